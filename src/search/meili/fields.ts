import { type FacetField } from '../search-index';
import { type MeiliDocument } from './documents';

export type Attribute = keyof MeiliDocument & string;

/** The document attribute behind each facet of the port. */
export const FACET_ATTRIBUTES: Readonly<Record<FacetField, Attribute>> = {
  country: 'countryCode',
  region: 'region',
  crimeType: 'crimeTypes',
  article: 'articles',
  keyword: 'keywords',
  courtLevel: 'courtLevel',
  year: 'year',
};

/** Searchable attributes, most important first: Meilisearch's `attribute` rule ranks by this order. */
export const SEARCHABLE_ATTRIBUTES: readonly Attribute[] = [
  'title',
  'reference',
  'crimeTypeLabels',
  'articleLabels',
  'keywordLabels',
  'articles',
  'countryName',
  'summary',
  'body',
];

/** Text attributes whose matches are shown as highlights, in the order they are shown. */
export const HIGHLIGHTED_ATTRIBUTES: readonly Attribute[] = [
  'title',
  'summary',
  'crimeTypeLabels',
  'articleLabels',
  'keywordLabels',
];
