import { normalizeLanguage } from '../../../ingest/normalize/enums';
import { type Vocabulary } from '../../../ingest/vocabulary';
import {
  type CooperationRequest, EXTRADITION_FORMS, MLA_FORMS, RequestKind, type RequestMeasure, type RequestOffence,
  type RequestPerson,
} from '../../entities';
import { type RequestInput, type RequestPersonInput } from '../../schema/request.types';
import { type FieldProblem } from '../errors';

/** The kinds the writer drafts, and the forms each takes. */
export const WRITER_KINDS: readonly RequestKind[] = [RequestKind.MUTUAL_LEGAL_ASSISTANCE, RequestKind.EXTRADITION];
export const FORMS_OF_KIND: Partial<Record<RequestKind, readonly string[]>> = {
  [RequestKind.MUTUAL_LEGAL_ASSISTANCE]: MLA_FORMS,
  [RequestKind.EXTRADITION]: EXTRADITION_FORMS,
};

const MAX_TEXT = 20_000;
const MAX_SHORT = 500;
const MAX_ITEMS = 50;

/** The content fields a request takes as they are (text), with their length limit. */
const TEXT_FIELDS = {
  reference: MAX_SHORT, requestingAuthority: 2_000, requestingAuthorityContact: 2_000, conductingAuthority: 2_000,
  subject: MAX_TEXT, facts: MAX_TEXT, purpose: MAX_TEXT, legalBasisDetail: MAX_TEXT, urgencyReason: MAX_TEXT,
  confidentialityReason: MAX_TEXT, priorContact: MAX_TEXT, otherChannels: MAX_TEXT, officialsPresence: MAX_TEXT,
  arrestWarrant: MAX_TEXT, conviction: MAX_TEXT, sentenceServed: MAX_TEXT, trialPresence: MAX_TEXT, limitation: MAX_TEXT,
  evidence: MAX_TEXT,
} as const satisfies Partial<Record<keyof RequestInput & keyof CooperationRequest, number>>;

/** Fields copied as given (enums, booleans, dates): the schema has checked their type. */
const PLAIN_FIELDS = ['proceedingsNature', 'legalBasis', 'urgent', 'confidential', 'receivedOn', 'dueOn'] as const;

export type RequestPatch = Partial<CooperationRequest>;

/**
 * Turns the fields given in a RequestInput into column values, with every problem found (the field, the value,
 * why). Cross-field rules — kind and forms, the two States, dates in order — are checked on the merged record by
 * `checkRecord`. Texts are trimmed, empty texts become null.
 */
export function normalizeContent(input: RequestInput, vocab: Vocabulary): { patch: RequestPatch; problems: FieldProblem[] } {
  const patch: RequestPatch = {};
  const problems: FieldProblem[] = [];
  const text = (field: string, value: string | null | undefined, max: number): string | null => {
    if (value === null || value === undefined) return null;
    const trimmed = value.replace(/\u0000/g, '').trim();
    if (trimmed.length > max) problems.push({ field, value: `${trimmed.length} characters`, message: `is too long: give at most ${max} characters` });
    return trimmed === '' ? null : trimmed;
  };
  for (const [field, max] of Object.entries(TEXT_FIELDS) as [keyof typeof TEXT_FIELDS, number][]) {
    if (input[field] !== undefined) (patch as Record<string, unknown>)[field] = text(field, input[field], max);
  }
  for (const field of PLAIN_FIELDS) {
    if (input[field] !== undefined) (patch as Record<string, unknown>)[field] = input[field] ?? (field === 'urgent' || field === 'confidential' ? false : null);
  }
  if (input.language !== undefined) {
    const value = text('language', input.language, 64);
    if (value === null) patch.language = null;
    else {
      const language = normalizeLanguage(value);
      if (language.ok) patch.language = language.value;
      else problems.push({ field: 'language', value, message: `is not accepted: ${language.error}` });
    }
  }
  const list = <T>(field: string, items: T[] | null | undefined): T[] | undefined => {
    if (items === undefined) return undefined;
    if (items === null) return [];
    if (items.length > MAX_ITEMS) {
      problems.push({ field, value: `${items.length} items`, message: `has too many items: give at most ${MAX_ITEMS}` });
      return items.slice(0, MAX_ITEMS);
    }
    return items;
  };
  const measures = list('measures', input.measures);
  if (measures) {
    patch.measures = measures.map((m, i): RequestMeasure => ({
      form: m.form,
      description: text(`measures[${i}].description`, m.description, MAX_TEXT),
      relevance: text(`measures[${i}].relevance`, m.relevance, MAX_TEXT),
      procedure: text(`measures[${i}].procedure`, m.procedure, MAX_TEXT),
      confiscationOrder: text(`measures[${i}].confiscationOrder`, m.confiscationOrder, MAX_TEXT),
    }));
    const seen = new Set<string>();
    patch.measures.forEach((m, i) => {
      if (seen.has(m.form)) problems.push({ field: `measures[${i}].form`, value: m.form, message: 'is asked for twice: describe each form of assistance once' });
      seen.add(m.form);
    });
  }
  const offences = list('offences', input.offences);
  if (offences) {
    patch.offences = offences.map((o, i): RequestOffence => {
      let crimeType: string | null = text(`offences[${i}].crimeType`, o.crimeType, MAX_SHORT);
      if (crimeType !== null) {
        const normalized = vocab.crimeType(crimeType);
        if (normalized.ok) crimeType = normalized.value;
        else problems.push({ field: `offences[${i}].crimeType`, value: crimeType, message: `is not accepted: ${normalized.error}` });
      }
      return {
        description: text(`offences[${i}].description`, o.description, MAX_TEXT),
        lawReference: text(`offences[${i}].lawReference`, o.lawReference, MAX_SHORT),
        provision: text(`offences[${i}].provision`, o.provision, 2_000),
        excerpt: text(`offences[${i}].excerpt`, o.excerpt, MAX_TEXT),
        penalty: text(`offences[${i}].penalty`, o.penalty, 2_000),
        crimeType,
        time: text(`offences[${i}].time`, o.time, MAX_SHORT),
        place: text(`offences[${i}].place`, o.place, MAX_SHORT),
        participation: text(`offences[${i}].participation`, o.participation, MAX_TEXT),
      };
    });
  }
  const person = (field: string, p: RequestPersonInput): RequestPerson => {
    let nationality = text(`${field}.nationality`, p.nationality, 100);
    if (nationality !== null) {
      const normalized = vocab.country(nationality);
      if (normalized.ok) nationality = normalized.value;
      else problems.push({ field: `${field}.nationality`, value: nationality, message: `is not accepted: ${normalized.error}` });
    }
    return {
      name: text(`${field}.name`, p.name, MAX_SHORT),
      role: p.role ?? null,
      nationality,
      dateOfBirth: p.dateOfBirth ?? null,
      location: text(`${field}.location`, p.location, 2_000),
      description: text(`${field}.description`, p.description, MAX_TEXT),
    };
  };
  const persons = list('persons', input.persons);
  if (persons) patch.persons = persons.map((p, i) => person(`persons[${i}]`, p));
  if (input.personSought !== undefined) patch.personSought = input.personSought === null ? null : person('personSought', input.personSought);
  return { patch, problems };
}

/** Rules across fields, on the record as it would be stored. */
export function checkRecord(r: CooperationRequest, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (r.requestingState === r.requestedState) {
    problems.push({ field: 'requestedState', value: r.requestedState, message: 'is the requesting State: name the State asked, another than the one asking' });
  }
  const forms = FORMS_OF_KIND[r.kind] ?? [];
  r.measures.forEach((m, i) => {
    if (!forms.includes(m.form)) {
      problems.push({
        field: `measures[${i}].form`, value: m.form,
        message: `does not match the kind ${r.kind}: ${r.kind === RequestKind.EXTRADITION ? 'an extradition request takes EXTRADITION_OF_ACCUSED or EXTRADITION_OF_CONVICTED' : 'a mutual legal assistance request takes the forms of art. 18(3), VIDEOCONFERENCE, STORED_COMPUTER_DATA or CONFISCATION'}`,
      });
    }
  });
  if (r.kind === RequestKind.EXTRADITION && r.measures.filter((m) => EXTRADITION_FORMS.includes(m.form)).length > 1) {
    problems.push({ field: 'measures', value: r.measures.map((m) => m.form), message: 'asks for both: the person sought is either accused or convicted' });
  }
  const order: [keyof CooperationRequest & string, keyof CooperationRequest & string][] = [
    ['sentOn', 'receivedOn'], ['sentOn', 'dueOn'], ['receivedOn', 'completedOn'], ['sentOn', 'completedOn'],
  ];
  for (const [earlier, later] of order) {
    const a = r[earlier] as string | null;
    const b = r[later] as string | null;
    if (a && b && b < a) problems.push({ field: later, value: b, message: `is before ${earlier} (${a}): dates must be in order` });
  }
  if (r.receivedOn && r.receivedOn > today) problems.push({ field: 'receivedOn', value: r.receivedOn, message: 'is in the future' });
  if (r.personSought?.dateOfBirth && r.personSought.dateOfBirth > today) {
    problems.push({ field: 'personSought.dateOfBirth', value: r.personSought.dateOfBirth, message: 'is in the future' });
  }
  return problems;
}
