import { type SearchDocument } from '../search-index';
import { stripControlCharacters } from '../highlight';

/**
 * A record as Meilisearch stores it: the port's document (primary key `key`) plus `titleSort`, because
 * Meilisearch sorts strings by their bytes (`É` after `z`, accents apart from their letter), and `recency`, the
 * date as a number present in every document (undated records lowest), which breaks ties between equally
 * relevant records (a custom ranking rule needs a value in every document). `countryCode` and `region` hold every
 * country and region of the record (one for a case or a law, any number for a publication): Meilisearch filters
 * and counts facets on array attributes element by element.
 */
export type MeiliDocument = Omit<SearchDocument, 'countryCode' | 'region'> & {
  countryCode: string[];
  region: string[];
  titleSort: string;
  recency: number;
};

/** The recency of an undated record: below every date. */
export const UNDATED = Number.MIN_SAFE_INTEGER;

export const PRIMARY_KEY = 'key' satisfies keyof MeiliDocument;

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  return {
    ...document,
    // The highlight markers are control characters: stored text must never contain any (see highlights.ts).
    reference: stripControlCharacters(document.reference),
    title: stripControlCharacters(document.title),
    summary: nullableText(document.summary),
    body: nullableText(document.body),
    countryCode: document.countries,
    region: document.regions,
    countryName: document.countryName === null ? null : stripControlCharacters(document.countryName),
    crimeTypeLabels: document.crimeTypeLabels.map(stripControlCharacters),
    articleLabels: document.articleLabels.map(stripControlCharacters),
    keywordLabels: document.keywordLabels.map(stripControlCharacters),
    titleSort: sortKey(document.title),
    recency: document.dateValue ?? UNDATED,
  };
}

/** Lower case, accents removed, spaces collapsed: "  Émile  v. État" → "emile v. etat". */
export function sortKey(text: string): string {
  return stripControlCharacters(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function nullableText(text: string | null): string | null {
  return text === null ? null : stripControlCharacters(text);
}
