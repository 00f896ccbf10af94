import { normalizeBoolean, normalizeLanguage } from '../../../ingest/normalize';
import { type FieldError, FieldReader, unique } from '../../../ingest/validate/fields';
import { type Vocabulary } from '../../../ingest/vocabulary';
import { DesignationBasis, RequestKind } from '../../entities';

/** An authority's contact details. */
export interface ContactDetails {
  email: string | null;
  phone: string | null;
  fax: string | null;
  address: string | null;
  website: string | null;
}

export interface ContactPerson {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  languages: string[];
}

/** A directory record after validation: canonical codes, cleaned text. */
export interface AuthorityFields {
  country: string;
  name: string;
  kinds: RequestKind[];
  designations: DesignationBasis[];
  contact: ContactDetails;
  persons: ContactPerson[];
  officeHours: string | null;
  timeZone: string | null;
  languages: string[];
  documentsRequired: string | null;
  formats: string[];
  channels: string[];
  interpolAccepted: boolean | null;
  urgentProcedure: string | null;
  comments: string | null;
}

/** Changes to a directory record: only the fields given (null clears). `contact` and `persons`, when given, replace the old. */
export type AuthorityChanges = Partial<AuthorityFields>;

export type ValidatedAuthority<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{3,40}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
const URL = /^https?:\/\/\S+$/i;
const KINDS = new Set<string>(Object.values(RequestKind));
const DESIGNATIONS = new Set<string>(Object.values(DesignationBasis));

/** Whether a time zone is one the runtime knows (IANA names such as Europe/Rome, or UTC). */
function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a directory record (on creation: country, name and kinds required) or a set of changes (every field
 * optional; a field left out stays as it is). Uses the field reader and normalizers of ingest, so errors name
 * the field, the value and what is accepted, as ingest reports do.
 */
export function validateAuthority(raw: unknown, vocab: Vocabulary, mode: 'create'): ValidatedAuthority<AuthorityFields>;
export function validateAuthority(raw: unknown, vocab: Vocabulary, mode: 'change'): ValidatedAuthority<AuthorityChanges>;
export function validateAuthority(raw: unknown, vocab: Vocabulary, mode: 'create' | 'change'): ValidatedAuthority<AuthorityChanges> {
  const r = new FieldReader();
  const obj = r.object(raw, 'input');
  if (!obj) return { ok: false, errors: r.errors };
  const creating = mode === 'create';
  // A change sets the fields present (null clears one); fields left out stay as they are.
  const has = (key: string) => creating || obj[key] !== undefined;
  const out: AuthorityChanges = {};

  const email = (o: Record<string, unknown>, key: string, path: string) => {
    const value = r.text(o, key, path, { max: 320 });
    if (value && !EMAIL.test(value)) return r.fail(path, value, 'must be an email address such as mla@justice.example');
    return value;
  };
  const phone = (o: Record<string, unknown>, key: string, path: string) => {
    const value = r.text(o, key, path, { max: 60 });
    if (value && !PHONE.test(value)) return r.fail(path, value, 'must be a telephone number such as +39 06 1234 5678');
    return value;
  };
  const languages = (o: Record<string, unknown>, key: string, path: string) =>
    unique(
      r.list(o, key, path, 30)
        .map((l, i) => r.normalized(`${path}[${i}]`, l, normalizeLanguage))
        .filter((l): l is string => l !== null),
    );
  const texts = (key: string, max: number) =>
    unique(r.list(obj, key, key, 30).map((t, i) => r.text({ t }, 't', `${key}[${i}]`, { max })).filter((t): t is string => t !== null));
  const codes = <T extends string>(key: string, accepted: Set<string>, required: boolean): T[] => {
    const values = r.list(obj, key, key, 20).map((v, i) => {
      const code = typeof v === 'string' ? v.trim().toUpperCase() : v;
      if (typeof code !== 'string' || !accepted.has(code)) return r.fail(`${key}[${i}]`, v, `must be one of ${[...accepted].join(', ')}`);
      return code as T;
    });
    const list = unique(values.filter((v): v is T => v !== null));
    if (required && values.length === 0) r.fail(key, obj[key] ?? null, `is required: give at least one of ${[...accepted].join(', ')}`);
    return list;
  };

  if (has('country')) out.country = r.requiredNormalized('country', obj.country, vocab.country) ?? '';
  if (has('name')) out.name = r.text(obj, 'name', 'name', { required: true, max: 500 }) ?? '';
  if (has('kinds')) out.kinds = codes<RequestKind>('kinds', KINDS, true);
  if (has('designations')) out.designations = codes<DesignationBasis>('designations', DESIGNATIONS, false);
  if (has('contact')) {
    const c = obj.contact === undefined || obj.contact === null ? {} : (r.object(obj.contact, 'contact') ?? {});
    const website = r.text(c, 'website', 'contact.website', { max: 2000 });
    out.contact = {
      email: email(c, 'email', 'contact.email'),
      phone: phone(c, 'phone', 'contact.phone'),
      fax: phone(c, 'fax', 'contact.fax'),
      address: r.text(c, 'address', 'contact.address', { max: 2000, paragraphs: true }),
      website: website && !URL.test(website) ? r.fail('contact.website', website, 'must be an http(s) URL') : website,
    };
  }
  if (has('persons')) {
    out.persons = r.list(obj, 'persons', 'persons', 50).map((p, i) => {
      const o = r.object(p, `persons[${i}]`) ?? {};
      return {
        name: r.text(o, 'name', `persons[${i}].name`, { required: true, max: 300 }) ?? '',
        title: r.text(o, 'title', `persons[${i}].title`, { max: 300 }),
        email: email(o, 'email', `persons[${i}].email`),
        phone: phone(o, 'phone', `persons[${i}].phone`),
        languages: languages(o, 'languages', `persons[${i}].languages`),
      };
    });
  }
  if (has('officeHours')) out.officeHours = r.text(obj, 'officeHours', 'officeHours', { max: 500 });
  if (has('timeZone')) {
    const zone = r.text(obj, 'timeZone', 'timeZone', { max: 64 });
    out.timeZone = zone && !isTimeZone(zone) ? r.fail('timeZone', zone, 'must be an IANA time zone such as Europe/Rome or America/Mexico_City') : zone;
  }
  if (has('languages')) out.languages = languages(obj, 'languages', 'languages');
  if (has('documentsRequired')) out.documentsRequired = r.text(obj, 'documentsRequired', 'documentsRequired', { max: 20_000, paragraphs: true });
  if (has('formats')) out.formats = texts('formats', 300);
  if (has('channels')) out.channels = texts('channels', 300);
  if (has('interpolAccepted')) {
    out.interpolAccepted =
      typeof obj.interpolAccepted === 'boolean'
        ? obj.interpolAccepted
        : r.normalized('interpolAccepted', obj.interpolAccepted, (s) => normalizeBoolean(s));
  }
  if (has('urgentProcedure')) out.urgentProcedure = r.text(obj, 'urgentProcedure', 'urgentProcedure', { max: 20_000, paragraphs: true });
  if (has('comments')) out.comments = r.text(obj, 'comments', 'comments', { max: 50_000, paragraphs: true });

  if (!creating && Object.keys(out).length === 0) r.fail('input', null, 'gives no change: set at least one field');
  return r.errors.length ? { ok: false, errors: r.errors } : { ok: true, value: out };
}
