import { FACET_FIELDS, type FacetField, type RecordType, type SearchFilters } from '../search-index';
import { type Attribute, FACET_ATTRIBUTES } from './fields';

/**
 * Meilisearch filters, built only from typed values, in the array form: the outer array is AND-ed, each inner
 * array OR-ed, and every string is one comparison (`countryCode = "ITA"`, `year >= 2010`).
 *
 * Why the array form rather than one string: Meilisearch parses each string on its own, so the AND/OR
 * structure is carried by JSON, not by the expression grammar. Even a value that escaped its quotes could
 * not close a parenthesis, add an `OR` or reach another condition. Values are still quoted and escaped
 * (backslash and double quote are the only characters special inside a double-quoted Meilisearch string), and
 * numbers must be safe integers, so each comparison is exactly the one intended.
 */
export type MeiliFilter = string[][];

export interface FilterOptions {
  /** Leave this facet's own filter out (disjunctive facet counts). */
  omit?: FacetField;
}

export function buildFilter(
  filters: SearchFilters,
  types: readonly RecordType[],
  options: FilterOptions = {},
): MeiliFilter {
  const clauses: MeiliFilter = anyOf('type', types);
  for (const field of FACET_FIELDS) {
    if (field !== options.omit) clauses.push(...facetClauses(field, filters));
  }
  return clauses;
}

/** True when the query filters on this facet (its counts then need a query without that filter). */
export function isFacetFiltered(field: FacetField, filters: SearchFilters): boolean {
  return facetClauses(field, filters).length > 0;
}

function facetClauses(field: FacetField, filters: SearchFilters): MeiliFilter {
  const attribute = FACET_ATTRIBUTES[field];
  switch (field) {
    case 'country':
      return anyOf(attribute, filters.countries);
    case 'region':
      return anyOf(attribute, filters.regions);
    case 'crimeType':
      return anyOf(attribute, filters.crimeTypes);
    case 'article':
      return anyOf(attribute, filters.articles);
    case 'keyword':
      return anyOf(attribute, filters.keywords);
    case 'courtLevel':
      return anyOf(attribute, filters.courtLevels);
    case 'year': {
      const clauses: MeiliFilter = [];
      if (filters.yearFrom !== null) clauses.push([`${attribute} >= ${integer('yearFrom', filters.yearFrom)}`]);
      if (filters.yearTo !== null) clauses.push([`${attribute} <= ${integer('yearTo', filters.yearTo)}`]);
      return clauses;
    }
  }
}

/** One OR-group matching any of the values; no group at all for an empty list (no filter). */
function anyOf(attribute: Attribute, values: readonly string[]): MeiliFilter {
  return values.length ? [values.map((value) => `${attribute} = ${quoted(attribute, value)}`)] : [];
}

/** A Meilisearch double-quoted string: `\` and `"` are escaped with a backslash, nothing else is special. */
export function quoted(field: string, value: string): string {
  if (typeof value !== 'string') {
    throw new TypeError(`Filter ${field}: ${JSON.stringify(value)} is not accepted; expected a string`);
  }
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

function integer(field: string, value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Filter ${field}: ${String(value)} is not accepted; expected an integer`);
  }
  return String(value);
}
