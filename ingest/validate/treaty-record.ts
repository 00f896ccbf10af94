import { normalizeCooperationKind, normalizeDate, normalizeTreatyScope } from '../normalize';
import { type CooperationKindCode, type TreatyScopeCode } from '../normalize/library';
import { type Vocabulary } from '../vocabulary';
import { type Validated } from './case-record';
import { FieldReader, unique } from './fields';

/** A treaty after normalization and validation: canonical codes only. */
export interface NormalizedTreaty {
  reference: string;
  title: string;
  scope: TreatyScopeCode;
  kinds: CooperationKindCode[];
  adoptedOn: string | null;
  inForceOn: string | null;
  parties: { country: string; signedOn: string | null; inForceOn: string | null }[];
  sources: { label: string; url: string | null }[];
}

/** The fields of a treaty record. */
export const TREATY_FIELDS = ['reference', 'title', 'scope', 'kinds', 'adoptedOn', 'inForceOn', 'parties', 'sources'] as const;
const PARTY_FIELDS = ['country', 'signedOn', 'inForceOn'] as const;

/** Oldest treaty date accepted: extradition treaties still applied date back to the 19th century. */
const TREATY_MIN_YEAR = 1800;
const date = (s: string) => normalizeDate(s, { minYear: TREATY_MIN_YEAR });

/**
 * A raw treaty record → a normalized treaty, or every error found in it. Parties are objects
 * (`{ "country": "ITA", "inForceOn": "2018-01-01" }`) or, in a CSV cell, plain names or codes separated by `;`.
 * Rules: at least two parties, each once; a bilateral treaty has exactly two; no date of entry into force before
 * the adoption, and no party's before the treaty's.
 */
export function validateTreatyRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedTreaty> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a treaty record', TREATY_FIELDS);
  const reference = r.text(obj, 'reference', 'reference', { required: true, max: 128 });
  const title = r.text(obj, 'title', 'title', { required: true, max: 1000 });
  const scope = r.requiredNormalized('scope', obj.scope, normalizeTreatyScope);
  const kindItems = r.list(obj, 'kinds', 'kinds', 10);
  if (kindItems.length === 0 && !r.errors.some((e) => e.field === 'kinds')) {
    r.fail('kinds', obj.kinds ?? null, 'is required: name at least one kind of cooperation (EXTRADITION, MUTUAL_LEGAL_ASSISTANCE, …)');
  }
  const kinds = kindItems.map((k, i) => r.normalized(`kinds[${i}]`, k, normalizeCooperationKind));
  const adoptedOn = r.normalized('adoptedOn', obj.adoptedOn, date);
  const inForceOn = r.normalized('inForceOn', obj.inForceOn, date);
  if (adoptedOn && inForceOn && inForceOn < adoptedOn) {
    r.fail('inForceOn', inForceOn, `must not be before adoptedOn (${adoptedOn})`);
  }

  const seen = new Map<string, number>();
  const parties = r.list(obj, 'parties', 'parties', 300).map((p, i) => {
    const path = `parties[${i}]`;
    const o = typeof p === 'string' ? { country: p } : (r.object(p, path) ?? {});
    r.onlyFields(o, path, 'a treaty party', PARTY_FIELDS);
    const country = r.requiredNormalized(`${path}.country`, o.country, vocab.country);
    const signedOn = r.normalized(`${path}.signedOn`, o.signedOn, date);
    const partyInForce = r.normalized(`${path}.inForceOn`, o.inForceOn, date);
    if (country !== null) {
      const first = seen.get(country);
      if (first !== undefined) {
        r.fail(`${path}.country`, o.country, `lists ${country} a second time (already parties[${first}]): list each party once`);
      } else seen.set(country, i);
    }
    if (partyInForce && inForceOn && partyInForce < inForceOn) {
      r.fail(`${path}.inForceOn`, partyInForce, `must not be before the treaty's inForceOn (${inForceOn})`);
    }
    if (partyInForce && signedOn && partyInForce < signedOn) {
      r.fail(`${path}.inForceOn`, partyInForce, `must not be before the party's signedOn (${signedOn})`);
    }
    if (signedOn && adoptedOn && signedOn < adoptedOn) {
      r.fail(`${path}.signedOn`, signedOn, `must not be before adoptedOn (${adoptedOn})`);
    }
    return { country, signedOn, inForceOn: partyInForce };
  });
  if (!r.errors.some((e) => e.field.startsWith('parties'))) {
    if (parties.length < 2) r.fail('parties', obj.parties ?? null, 'must list at least two parties (country codes or names)');
    else if (scope === 'BILATERAL' && parties.length !== 2) {
      r.fail('parties', `${parties.length} parties`, 'a BILATERAL treaty has exactly two parties: use REGIONAL or MULTILATERAL for more');
    }
  }
  const sources = r.sources(obj);
  if (r.errors.length) return { ok: false, errors: r.errors };
  return {
    ok: true,
    value: {
      reference: reference!,
      title: title!,
      scope: scope!,
      kinds: unique(kinds.filter((k): k is CooperationKindCode => k !== null)),
      adoptedOn,
      inForceOn,
      parties: parties.map((p) => ({ country: p.country!, signedOn: p.signedOn, inForceOn: p.inForceOn })),
      sources,
    },
  };
}
