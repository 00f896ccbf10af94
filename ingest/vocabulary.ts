import { type DataSource } from 'typeorm';
import * as reference from '../fixtures/reference';
import {
  createArticleReferenceParser, createCountryNormalizer, createCrimeTypeNormalizer, createInstrumentNormalizer,
  createKeywordNormalizer,
  type ArticleReference, type Keyword, type Normalized,
} from './normalize';

/** The normalizers bound to the vocabularies the database holds: one set shared by ingest and mutations. */
export interface Vocabulary {
  country(input: string): Normalized<string>;
  article(input: string): Normalized<ArticleReference>;
  crimeType(input: string): Normalized<string>;
  keyword(input: string): Normalized<Keyword>;
  instrument(input: string): Normalized<string>;
  /** Instrument code → the date it was adopted (YYYY-MM-DD): no State signed before. */
  instrumentAdoptedOn: ReadonlyMap<string, string | null>;
  /** Keyword label → id. */
  keywordIds: ReadonlyMap<string, number>;
}

export async function loadVocabulary(dataSource: DataSource): Promise<Vocabulary> {
  const [jurisdictions, articles, crimeTypes, keywords, instruments] = await Promise.all([
    dataSource.query(`SELECT code FROM jurisdictions`) as Promise<{ code: string }[]>,
    dataSource.query(`SELECT id, instrument_code AS instrument, number FROM articles`) as Promise<
      { id: string; instrument: string; number: number }[]
    >,
    dataSource.query(`SELECT code, label FROM crime_types`) as Promise<{ code: string; label: string }[]>,
    dataSource.query(`SELECT id, category, label FROM keywords`) as Promise<{ id: number; category: string; label: string }[]>,
    dataSource.query(`SELECT code, adopted_on FROM instruments`) as Promise<{ code: string; adopted_on: string | null }[]>,
  ]);
  // Aliases are editorial data shipped with the fixtures; codes and labels come from the database.
  const aliases = new Map<string, readonly string[]>(reference.crimeTypes().map((c) => [c.code, c.aliases ?? []]));
  const categories = new Map<string, string[]>();
  for (const k of keywords) categories.set(k.category, [...(categories.get(k.category) ?? []), k.label]);
  return {
    country: createCountryNormalizer(new Set(jurisdictions.map((j) => j.code))),
    article: createArticleReferenceParser(articles),
    crimeType: createCrimeTypeNormalizer(crimeTypes.map((c) => ({ ...c, aliases: aliases.get(c.code) ?? [] }))),
    keyword: createKeywordNormalizer([...categories].map(([category, terms]) => ({ category, terms }))),
    keywordIds: new Map(keywords.map((k) => [k.label, k.id])),
    instrument: createInstrumentNormalizer(instruments.map((i) => i.code)),
    instrumentAdoptedOn: new Map(instruments.map((i) => [i.code, i.adopted_on])),
  };
}
