import { normalizeBoolean, normalizeDate, normalizeRatificationKind } from '../normalize';
import { type NormalizedRatification } from '../load/normalized';
import { type Vocabulary } from '../vocabulary';
import { type Validated } from './case-record';
import { FieldReader } from './fields';

/** The fields of a ratification record. */
export const RATIFICATION_FIELDS = [
  'country', 'instrument', 'signedOn', 'ratifiedOn', 'kind', 'conventionAsExtraditionBasis', 'source',
] as const;

/** A raw ratification record → a normalized one, or every error found in it. */
export function validateRatificationRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedRatification> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a ratification record', RATIFICATION_FIELDS);
  const country = r.requiredNormalized('country', obj.country, vocab.country);
  const instrument = r.requiredNormalized('instrument', obj.instrument, vocab.instrument);
  const signedOn = r.normalized('signedOn', obj.signedOn, (s) => normalizeDate(s));
  const ratifiedOn = r.normalized('ratifiedOn', obj.ratifiedOn, (s) => normalizeDate(s));
  const kind = r.normalized('kind', obj.kind, normalizeRatificationKind);
  const basis = r.normalized(
    'conventionAsExtraditionBasis',
    typeof obj.conventionAsExtraditionBasis === 'boolean' ? String(obj.conventionAsExtraditionBasis) : obj.conventionAsExtraditionBasis,
    (s) => normalizeBoolean(s),
  );
  const source = r.text(obj, 'source', 'source', { max: 2000 });

  const present = (v: unknown) => v !== undefined && v !== null && v !== '';
  if (!present(obj.signedOn) && !present(obj.ratifiedOn)) {
    r.fail('ratifiedOn', null, 'is required when there is no signedOn: give the date of signature, of ratification (or accession…), or both');
  }
  if (kind && !present(obj.ratifiedOn)) r.fail('kind', obj.kind, 'needs ratifiedOn, the date of the act');
  if (signedOn && ratifiedOn && ratifiedOn < signedOn) {
    r.fail('ratifiedOn', ratifiedOn, `must not be before signedOn (${signedOn})`);
  }
  const adoptedOn = instrument ? vocab.instrumentAdoptedOn.get(instrument) : null;
  for (const [field, date] of [['signedOn', signedOn], ['ratifiedOn', ratifiedOn]] as const) {
    if (adoptedOn && date && date < adoptedOn) r.fail(field, date, `must not be before ${instrument} was adopted (${adoptedOn})`);
  }
  if (basis !== null && instrument && instrument !== 'UNTOC') {
    r.fail('conventionAsExtraditionBasis', obj.conventionAsExtraditionBasis, `applies to UNTOC only (article 16(5)), not to ${instrument}`);
  }
  if (r.errors.length) return { ok: false, errors: r.errors };
  return {
    ok: true,
    value: { country: country!, instrument: instrument!, signedOn, ratifiedOn, kind, conventionAsExtraditionBasis: basis, source },
  };
}
