import {
  normalizeBoolean,
  normalizeCooperationType,
  normalizeCourtLevel,
  normalizeDate,
  normalizeGender,
  normalizeLanguage,
  normalizeCaseReference,
  normalizeVerdict,
  classifySentence,
  MAX_CITED_CASES,
} from '../normalize';
import { type NormalizedCase } from '../load/normalized';
import { type Vocabulary } from '../vocabulary';
import { type FieldError, FieldReader, unique } from './fields';

/** The fields of a case record. */
export const CASE_FIELDS = [
  'reference', 'title', 'country', 'court', 'courtLevel', 'decisionDate', 'sentenceDate', 'language', 'crimeTypes',
  'articles', 'keywords', 'summary', 'proceedings', 'legalReasoning', 'commentary', 'defendants', 'victims',
  'cooperation', 'laws', 'citedCases', 'sources',
] as const;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** A raw catalogue record → a normalized case, or every error found in it. */
export function validateCaseRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedCase> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a case record', CASE_FIELDS);

  const reference = r.text(obj, 'reference', 'reference', { required: true, max: 128 });
  const title = r.text(obj, 'title', 'title', { required: true, max: 1000 });
  const country = r.requiredNormalized('country', obj.country, vocab.country);
  const decisionDate = r.normalized('decisionDate', obj.decisionDate, (s) => normalizeDate(s));
  const sentenceDate = r.normalized('sentenceDate', obj.sentenceDate, (s) => normalizeDate(s));

  const articles = r.list(obj, 'articles', 'articles').map((a, i) => r.normalized(`articles[${i}]`, a, vocab.article));
  const crimeTypes = r
    .list(obj, 'crimeTypes', 'crimeTypes')
    .map((c, i) => r.normalized(`crimeTypes[${i}]`, c, vocab.crimeType));
  const keywords = r.list(obj, 'keywords', 'keywords').map((k, i) => r.normalized(`keywords[${i}]`, k, vocab.keyword));
  const laws = r.list(obj, 'laws', 'laws').map((l, i) => r.text({ l }, 'l', `laws[${i}]`, { max: 128 }));
  const citedCases = r
    .list(obj, 'citedCases', 'citedCases', MAX_CITED_CASES)
    .map((c, i) => r.normalized(`citedCases[${i}]`, c, normalizeCaseReference));
  citedCases.forEach((cited, i) => {
    if (cited !== null && cited === reference) {
      r.fail(`citedCases[${i}]`, cited, 'is the reference of this case itself: a decision cannot cite itself');
    }
  });

  const proceedings = r.list(obj, 'proceedings', 'proceedings', 50).map((p, i) => {
    const o = r.object(p, `proceedings[${i}]`) ?? {};
    r.onlyFields(o, `proceedings[${i}]`, 'a proceeding', ['stage', 'date', 'court', 'place', 'outcome']);
    return {
      stage: r.text(o, 'stage', `proceedings[${i}].stage`, { max: 100 }),
      date: r.normalized(`proceedings[${i}].date`, o.date, (s) => normalizeDate(s)),
      court: r.text(o, 'court', `proceedings[${i}].court`, { max: 500 }),
      place: r.text(o, 'place', `proceedings[${i}].place`, { max: 200 }),
      outcome: r.text(o, 'outcome', `proceedings[${i}].outcome`, { max: 2000 }),
    };
  });

  const defendants = r.list(obj, 'defendants', 'defendants', 500).map((d, i) => {
    // A defendant may be given by name alone (in CSV: `Name A; Name B`).
    const o = typeof d === 'string' ? { name: d } : (r.object(d, `defendants[${i}]`) ?? {});
    const at = `defendants[${i}]`;
    r.onlyFields(o, at, 'a defendant', ['name', 'legalPerson', 'gender', 'nationality', 'age', 'charges']);
    return {
      name: r.text(o, 'name', `${at}.name`, { max: 300 }),
      legalPerson:
        r.normalized(
          `${at}.legalPerson`,
          typeof o.legalPerson === 'boolean' ? String(o.legalPerson) : o.legalPerson,
          (s) => normalizeBoolean(s),
        ) ?? false,
      gender: r.normalized(`${at}.gender`, o.gender, normalizeGender),
      nationality: r.normalized(`${at}.nationality`, o.nationality, vocab.country),
      age: r.integer(o, 'age', `${at}.age`, 0, 120),
      charges: r.list(o, 'charges', `${at}.charges`, 100).map((c, j) => {
        const co = r.object(c, `${at}.charges[${j}]`) ?? {};
        r.onlyFields(co, `${at}.charges[${j}]`, 'a charge', ['law', 'verdict', 'sentence', 'prisonMonths']);
        const sentence = r.text(co, 'sentence', `${at}.charges[${j}].sentence`, { max: 2000 });
        // The kind of sentence and, when only the text gives it, the term in months (ingest/normalize/sentence.ts).
        const classified = classifySentence(sentence, r.integer(co, 'prisonMonths', `${at}.charges[${j}].prisonMonths`, 0, 12000));
        return {
          law: r.text(co, 'law', `${at}.charges[${j}].law`, { max: 128 }),
          verdict: r.normalized(`${at}.charges[${j}].verdict`, co.verdict, normalizeVerdict),
          sentence,
          prisonMonths: classified.prisonMonths,
          sentenceKind: classified.kind,
        };
      }),
    };
  });

  const victims = r.list(obj, 'victims', 'victims', 200).map((v, i) => {
    const o = r.object(v, `victims[${i}]`) ?? {};
    r.onlyFields(o, `victims[${i}]`, 'a victim group', ['name', 'count', 'gender', 'child', 'nationality']);
    return {
      name: r.text(o, 'name', `victims[${i}].name`, { max: 300 }),
      count: r.integer(o, 'count', `victims[${i}].count`, 0, 1_000_000),
      gender: r.normalized(`victims[${i}].gender`, o.gender, normalizeGender),
      child:
        typeof o.child === 'boolean'
          ? o.child
          : r.normalized(`victims[${i}].child`, o.child, (s) => normalizeBoolean(s)),
      nationality: r.normalized(`victims[${i}].nationality`, o.nationality, vocab.country),
    };
  });

  const cooperation = r.list(obj, 'cooperation', 'cooperation', 100).map((x, i) => {
    const o = r.object(x, `cooperation[${i}]`) ?? {};
    r.onlyFields(o, `cooperation[${i}]`, 'a cooperation act', ['type', 'counterpart', 'legalBasis', 'description']);
    const type = r.requiredNormalized(`cooperation[${i}].type`, o.type, normalizeCooperationType);
    const counterpart = r.normalized(`cooperation[${i}].counterpart`, o.counterpart, vocab.country);
    const legalBasis = r.normalized(`cooperation[${i}].legalBasis`, o.legalBasis, vocab.article);
    return {
      type: type ?? '',
      counterpart,
      legalBasis: legalBasis?.id ?? null,
      description: r.text(o, 'description', `cooperation[${i}].description`, { max: 2000 }),
    };
  });

  const sources = r.sources(obj);

  const value: NormalizedCase = {
    reference: reference ?? '',
    title: title ?? '',
    country: country ?? '',
    court: r.text(obj, 'court', 'court', { max: 500 }),
    courtLevel: r.normalized('courtLevel', obj.courtLevel, normalizeCourtLevel),
    decisionDate,
    sentenceDate,
    language: r.normalized('language', obj.language, normalizeLanguage),
    summary: r.text(obj, 'summary', 'summary', { max: 100_000, paragraphs: true }),
    legalReasoning: r.text(obj, 'legalReasoning', 'legalReasoning', { max: 100_000, paragraphs: true }),
    commentary: r.text(obj, 'commentary', 'commentary', { max: 100_000, paragraphs: true }),
    crimeTypes: unique(crimeTypes.filter((c): c is string => c !== null)),
    articles: unique(
      articles.filter((a) => a !== null).map((a) => ({ id: a!.id, paragraph: a!.paragraph ? a!.pinpoint : null })),
      (a) => a.id,
    ),
    keywords: unique(keywords.filter((k) => k !== null).map((k) => k!.term)),
    laws: unique([
      ...laws.filter((l): l is string => l !== null),
      ...defendants.flatMap((d) => d.charges.map((c) => c.law)).filter((l): l is string => l !== null),
    ]),
    citedCases: unique(citedCases.filter((c): c is string => c !== null)),
    proceedings,
    defendants,
    victims,
    cooperation,
    sources,
  };
  if (decisionDate && sentenceDate && sentenceDate < decisionDate) {
    r.fail('sentenceDate', sentenceDate, `must not be before decisionDate (${decisionDate})`);
  }
  return r.errors.length ? { ok: false, errors: r.errors } : { ok: true, value };
}
