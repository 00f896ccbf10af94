import type { Settings } from 'meilisearch';
import { INSTRUMENT_CODES } from '../../../fixtures/reference';
import { synonymGroups } from '../synonyms';
import { type Attribute, FACET_ATTRIBUTES, SEARCHABLE_ATTRIBUTES } from './fields';

/** Enough for every value of every facet to be counted: ~196 jurisdictions, 107 articles. */
export const MAX_VALUES_PER_FACET = 300;
/**
 * Totals and reachable offsets are capped at this number (Meilisearch answers min(matches, maxTotalHits)).
 * Far above any catalogue we hold; a query matching more reports this number.
 */
export const MAX_TOTAL_HITS = 100_000;

export const FILTERABLE_ATTRIBUTES: readonly Attribute[] = ['type', ...Object.values(FACET_ATTRIBUTES)];
export const SORTABLE_ATTRIBUTES: readonly Attribute[] = ['dateValue', 'titleSort', 'citedByCount'];

/**
 * `sort` first: a query that asks for a date or title order gets exactly that order, and a query without `sort`
 * is ranked by relevance alone because the rule is then inert. Then the rules of PostgreSQL search, in the same
 * order of weight: words held (all of them, unless the fallback drops some), fewer typos, words close together,
 * the more important attribute (SEARCHABLE_ATTRIBUTES' order: title, labels, facts, the rest), exact forms over
 * prefixes; equally relevant records by more recent decision, then by reference — never by chance.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'recency:desc', 'reference:asc'];

/** The index settings, applied idempotently by prepare(). */
export function indexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    synonyms: synonymMap(synonymGroups()),
    typoTolerance: {
      enabled: true,
      // Identifiers are matched exactly: "UNTOC-18" must not find UNTOC-19, nor a reference its neighbour.
      disableOnAttributes: ['articles', 'reference'] satisfies Attribute[],
      // An article id is tokenized into its instrument acronym and its number (UNTOC-18 → "untoc", "18").
      disableOnWords: instrumentAcronyms(),
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Facet values are listed by the search itself; searching inside them is not offered.
    facetSearch: false,
  };
}

/**
 * Multi-way synonyms: every term of a group maps to every other term of that group, and a term found in
 * several groups maps to the terms of all of them. (Meilisearch expands query terms of up to three words.)
 */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const term of group) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}

/**
 * Instrument acronyms, lower case, which one typo would turn into ordinary words ("untoc" → "unto"). FIREARMS is
 * itself an ordinary word and keeps its typo tolerance ("firarms").
 */
function instrumentAcronyms(): string[] {
  return INSTRUMENT_CODES.filter((code) => code !== 'FIREARMS').map((code) => code.toLowerCase());
}
