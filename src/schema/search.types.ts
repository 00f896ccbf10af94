import { createUnionType, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Case, CourtLevel, Law, Publication } from '../entities';
import { PageInfo } from './pagination';

/** GraphQL shapes of the search contract. */

export enum RecordType {
  CASE = 'CASE',
  LAW = 'LAW',
  PUBLICATION = 'PUBLICATION',
}
registerEnumType(RecordType, { name: 'RecordType' });

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DATE_DESC = 'DATE_DESC',
  DATE_ASC = 'DATE_ASC',
  TITLE = 'TITLE',
  MOST_CITED = 'MOST_CITED',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'RELEVANCE without text lists the newest records first.',
  valuesConfig: {
    MOST_CITED: { description: 'Cases cited by the most published cases first, then the newest (laws and publications cite no case).' },
  },
});

@InputType({ description: 'Values within one field are alternatives (OR); different fields must all match (AND).' })
export class SearchFilters {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes, e.g. ITA.' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'UN M49 regions: Africa, Americas, Asia, Europe, Oceania.' })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'Crime type codes, e.g. trafficking-in-persons.' })
  crimeTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'Article ids, e.g. UNTOC-18.' })
  articles?: string[];

  @Field(() => [String], { nullable: true, description: 'Keyword labels, e.g. Deception.' })
  keywords?: string[];

  @Field(() => [CourtLevel], { nullable: true })
  courtLevels?: CourtLevel[];

  @Field(() => Int, { nullable: true })
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  yearTo?: number;
}

@InputType()
export class SearchInput {
  @Field(() => String, {
    nullable: true,
    description: 'Free text: words (stemmed, accents and case ignored, typos tolerated), "quoted phrases", prefix*.',
  })
  text?: string | null;

  @Field(() => SearchFilters, { nullable: true })
  filters?: SearchFilters | null;

  @Field(() => [RecordType], { nullable: true, description: 'Record types to return; all when omitted.' })
  types?: RecordType[] | null;

  @Field(() => SearchSort, { nullable: true, defaultValue: SearchSort.RELEVANCE })
  sort?: SearchSort | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export const SearchRecord = createUnionType({
  name: 'SearchRecord',
  types: () => [Case, Law, Publication] as const,
  resolveType: (value) => (value instanceof Law ? Law : value instanceof Publication ? Publication : Case),
});

@ObjectType()
export class Highlight {
  @Field({ description: 'Where the match is: title, summary, crimeTypeLabels, articleLabels or keywordLabels.' })
  field: string;

  @Field({ description: 'Matched terms wrapped in <mark>…</mark>; everything else is HTML-escaped.' })
  snippet: string;
}

@ObjectType()
export class SearchHit {
  @Field()
  cursor: string;

  @Field(() => Float, { nullable: true, description: 'Relevance score (higher is better) when sorted by relevance.' })
  score: number | null;

  @Field(() => SearchRecord)
  record: Case | Law | Publication;

  @Field(() => [Highlight])
  highlights: Highlight[];
}

@ObjectType()
export class FacetValue {
  @Field({ description: 'The value to pass back in SearchFilters.' })
  value: string;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts honour every active filter except the facet\'s own (disjunctive facets).' })
export class Facet {
  @Field({ description: 'country, region, crimeType, article, keyword, courtLevel or year.' })
  field: string;

  @Field(() => [FacetValue])
  values: FacetValue[];
}

@ObjectType()
export class SearchResult {
  @Field(() => Int)
  total: number;

  @Field(() => Float, { description: 'Milliseconds the search took on the server.' })
  tookMs: number;

  @Field(() => [SearchHit])
  hits: SearchHit[];

  @Field(() => [Facet])
  facets: Facet[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field({
    description:
      'False when no record holds every word of the text: the hits are then the records holding the most words, best first.',
  })
  matchedAllWords: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The text with its unknown words replaced by the closest words the catalogue holds ("did you mean").',
  })
  suggestion: string | null;
}
