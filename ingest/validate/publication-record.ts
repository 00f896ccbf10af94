import { normalizeLanguage, normalizePublicationKind } from '../normalize';
import { type PublicationKindCode } from '../normalize/library';
import { type Vocabulary } from '../vocabulary';
import { type Validated } from './case-record';
import { FieldReader, unique } from './fields';

/** A publication after normalization and validation: canonical codes only. */
export interface NormalizedPublication {
  reference: string;
  title: string;
  authors: string[];
  year: number | null;
  kind: PublicationKindCode;
  publisher: string | null;
  language: string | null;
  annotation: string | null;
  url: string | null;
  articles: string[];
  crimeTypes: string[];
  countries: string[];
  keywords: string[];
}

/** The fields of a publication record. */
export const PUBLICATION_FIELDS = [
  'reference', 'title', 'authors', 'year', 'kind', 'publisher', 'language', 'annotation', 'url', 'articles',
  'crimeTypes', 'countries', 'keywords',
] as const;

const URL_PATTERN = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;
const YEARS = { min: 1800, max: new Date().getUTCFullYear() + 1 };

/** A raw publication record → a normalized publication, or every error found in it. */
export function validatePublicationRecord(raw: unknown, vocab: Vocabulary): Validated<NormalizedPublication> {
  const r = new FieldReader();
  const obj = r.object(raw, 'record');
  if (!obj) return { ok: false, errors: r.errors };
  r.onlyFields(obj, '', 'a publication record', PUBLICATION_FIELDS);
  const reference = r.text(obj, 'reference', 'reference', { required: true, max: 128 });
  const title = r.text(obj, 'title', 'title', { required: true, max: 1000 });
  const kind = r.requiredNormalized('kind', obj.kind, normalizePublicationKind);
  const authors = r
    .list(obj, 'authors', 'authors', 100)
    .map((a, i) => r.text({ a }, 'a', `authors[${i}]`, { max: 300 }))
    .filter((a): a is string => a !== null);
  const year = r.integer(obj, 'year', 'year', YEARS.min, YEARS.max);
  const publisher = r.text(obj, 'publisher', 'publisher', { max: 500 });
  const language = r.normalized('language', obj.language, normalizeLanguage);
  const annotation = r.text(obj, 'annotation', 'annotation', { max: 20_000, paragraphs: true });
  const url = r.text(obj, 'url', 'url', { max: 2000 });
  if (url && !URL_PATTERN.test(url)) {
    r.fail('url', url, 'is not a web address: use an http:// or https:// URL with a host name (https://www.unodc.org/…)');
  }
  const articles = r.list(obj, 'articles', 'articles').map((a, i) => r.normalized(`articles[${i}]`, a, vocab.article));
  const crimeTypes = r.list(obj, 'crimeTypes', 'crimeTypes').map((c, i) => r.normalized(`crimeTypes[${i}]`, c, vocab.crimeType));
  const countries = r.list(obj, 'countries', 'countries', 300).map((c, i) => r.normalized(`countries[${i}]`, c, vocab.country));
  const keywords = r.list(obj, 'keywords', 'keywords').map((k, i) => r.normalized(`keywords[${i}]`, k, vocab.keyword));
  if (r.errors.length) return { ok: false, errors: r.errors };
  const present = <T>(values: (T | null)[]) => values.filter((v): v is T => v !== null);
  return {
    ok: true,
    value: {
      reference: reference!,
      title: title!,
      authors,
      year,
      kind: kind!,
      publisher,
      language,
      annotation,
      url,
      articles: unique(present(articles).map((a) => a.id)),
      crimeTypes: unique(present(crimeTypes)),
      countries: unique(present(countries)),
      keywords: unique(present(keywords).map((k) => k.term)),
    },
  };
}
