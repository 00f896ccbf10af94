import { normalizeDate, normalizeLawStatus } from '../normalize';
import { type NormalizedLaw } from '../load/normalized';
import { type Vocabulary } from '../vocabulary';
import { type Validated } from './case-record';
import { FieldReader, unique } from './fields';

/** Oldest enactment year accepted: codes still in force date back to the 18th century. */
const LAW_MIN_YEAR = 1700;

/** The fields of a law record. */
export const LAW_FIELDS = ['reference', 'country', 'title', 'enactedOn', 'status', 'crimeTypes', 'provisions', 'sources'] as const;

/** A raw law record → a normalized law, or every error found in it. */
export function validateLawRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedLaw> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a law record', LAW_FIELDS);
  const reference = r.text(obj, 'reference', 'reference', { required: true, max: 128 });
  const title = r.text(obj, 'title', 'title', { required: true, max: 1000 });
  const country = r.requiredNormalized('country', obj.country, vocab.country);
  const crimeTypes = r
    .list(obj, 'crimeTypes', 'crimeTypes')
    .map((c, i) => r.normalized(`crimeTypes[${i}]`, c, vocab.crimeType));
  const provisions = r.list(obj, 'provisions', 'provisions', 2000).map((p, i) => {
    const o = r.object(p, `provisions[${i}]`) ?? {};
    r.onlyFields(o, `provisions[${i}]`, 'a provision', ['number', 'heading', 'text', 'articles']);
    const articles = r
      .list(o, 'articles', `provisions[${i}].articles`)
      .map((a, j) => r.normalized(`provisions[${i}].articles[${j}]`, a, vocab.article));
    return {
      number: r.text(o, 'number', `provisions[${i}].number`, { required: true, max: 100 }) ?? '',
      heading: r.text(o, 'heading', `provisions[${i}].heading`, { max: 1000 }),
      text: r.text(o, 'text', `provisions[${i}].text`, { max: 100_000, paragraphs: true }),
      articles: unique(articles.filter((a) => a !== null).map((a) => a!.id)),
    };
  });
  const sources = r.sources(obj);
  const value: NormalizedLaw = {
    reference: reference ?? '',
    title: title ?? '',
    country: country ?? '',
    enactedOn: r.normalized('enactedOn', obj.enactedOn, (s) =>
      normalizeDate(s, { allowPartial: true, minYear: LAW_MIN_YEAR }),
    ),
    legalStatus: r.normalized('status', obj.status, normalizeLawStatus),
    crimeTypes: unique(crimeTypes.filter((c): c is string => c !== null)),
    provisions,
    sources,
  };
  return r.errors.length ? { ok: false, errors: r.errors } : { ok: true, value };
}
