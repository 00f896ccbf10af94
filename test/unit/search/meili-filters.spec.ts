import { CourtLevel } from '../../../src/entities/enums';
import { FACET_FIELDS, type FacetField } from '../../../src/search/search-index';
import { buildFilter, isFacetFiltered, quoted } from '../../../src/search/meili/filters';
import { noFilters } from './meili-fixtures';
import { parseComparison } from './meili-filter-grammar';

const BOTH = ['CASE', 'LAW'] as const;

const HOSTILE = [
  '"',
  '\\',
  '\\"',
  '"\\',
  'ITA" OR countryCode = "NGA',
  'ITA") OR (type = "LAW',
  ') OR 1 = 1',
  '= "x"',
  'x" = "x',
  'OR',
  'AND',
  'NOT',
  '\n',
  'a\nOR b',
  'trailing \\',
  '\\\\"',
  "it's",
  '',
  ' ',
  '_geoRadius(0, 0, 1)',
  'TO',
  '\u0000',
  '日本',
];

describe('buildFilter', () => {
  it('is empty for no filter and no type', () => {
    expect(buildFilter(noFilters(), [])).toEqual([]);
  });

  it('ORs the values of one filter and ANDs the filters, record types first', () => {
    expect(
      buildFilter(
        noFilters({
          countries: ['ITA', 'NGA'],
          regions: ['Europe'],
          crimeTypes: ['trafficking-in-persons'],
          articles: ['TIP-5', 'UNTOC-18'],
          keywords: ['12'],
          courtLevels: [CourtLevel.APPELLATE, CourtLevel.SUPREME],
          yearFrom: 2010,
          yearTo: 2020,
        }),
        BOTH,
      ),
    ).toEqual([
      ['type = "CASE"', 'type = "LAW"'],
      ['countryCode = "ITA"', 'countryCode = "NGA"'],
      ['region = "Europe"'],
      ['crimeTypes = "trafficking-in-persons"'],
      ['articles = "TIP-5"', 'articles = "UNTOC-18"'],
      ['keywords = "12"'],
      ['courtLevel = "APPELLATE"', 'courtLevel = "SUPREME"'],
      ['year >= 2010'],
      ['year <= 2020'],
    ]);
  });

  it('bounds the year on one side only when only one bound is given', () => {
    expect(buildFilter(noFilters({ yearFrom: 2015 }), ['CASE'])).toEqual([['type = "CASE"'], ['year >= 2015']]);
    expect(buildFilter(noFilters({ yearTo: 1999 }), ['LAW'])).toEqual([['type = "LAW"'], ['year <= 1999']]);
  });

  it('leaves out the filter of the facet being counted, and only that one', () => {
    const filters = noFilters({ countries: ['ITA'], articles: ['TIP-5'], yearFrom: 2010, yearTo: 2012 });
    expect(buildFilter(filters, BOTH, { omit: 'country' })).toEqual([
      ['type = "CASE"', 'type = "LAW"'],
      ['articles = "TIP-5"'],
      ['year >= 2010'],
      ['year <= 2012'],
    ]);
    expect(buildFilter(filters, BOTH, { omit: 'year' })).toEqual([
      ['type = "CASE"', 'type = "LAW"'],
      ['countryCode = "ITA"'],
      ['articles = "TIP-5"'],
    ]);
    expect(buildFilter(filters, BOTH, { omit: 'keyword' })).toEqual(buildFilter(filters, BOTH));
  });

  it('rejects a year that is not an integer, naming the field and the value', () => {
    expect(() => buildFilter(noFilters({ yearFrom: 2010.5 }), BOTH)).toThrow(
      'Filter yearFrom: 2010.5 is not accepted; expected an integer',
    );
    expect(() => buildFilter(noFilters({ yearTo: Number.NaN }), BOTH)).toThrow('Filter yearTo: NaN');
    expect(() => buildFilter(noFilters({ yearTo: Infinity }), BOTH)).toThrow('Filter yearTo: Infinity');
    // A value that reached the adapter untyped (e.g. "2010 OR year > 0") is refused, not interpolated.
    expect(() => buildFilter(noFilters({ yearFrom: '2010 OR year > 0' as unknown as number }), BOTH)).toThrow(
      RangeError,
    );
  });

  it('rejects a filter value that is not a string', () => {
    expect(() => buildFilter(noFilters({ countries: [42 as unknown as string] }), BOTH)).toThrow(
      'Filter countryCode: 42 is not accepted; expected a string',
    );
  });

  describe('with hostile values', () => {
    const filters = noFilters({
      countries: HOSTILE,
      regions: HOSTILE,
      crimeTypes: HOSTILE,
      articles: HOSTILE,
      keywords: HOSTILE,
      courtLevels: HOSTILE as CourtLevel[],
    });
    const filter = buildFilter(filters, BOTH);

    it('keeps the structure: one AND-ed group per filter, one OR-ed comparison per value', () => {
      expect(filter).toHaveLength(7);
      expect(filter.slice(1).map((group) => group.length)).toEqual(Array(6).fill(HOSTILE.length));
    });

    it('makes every comparison read back as exactly the intended attribute and value', () => {
      const attributes = ['countryCode', 'region', 'crimeTypes', 'articles', 'keywords', 'courtLevel'];
      filter
        .slice(1)
        .forEach((group, g) =>
          group.forEach((expression, v) =>
            expect(parseComparison(expression)).toEqual({ attribute: attributes[g], operator: '=', value: HOSTILE[v] }),
          ),
        );
    });
  });
});

describe('quoted', () => {
  it('escapes backslash and double quote and nothing else', () => {
    expect(quoted('f', 'plain')).toBe('"plain"');
    expect(quoted('f', 'a"b')).toBe('"a\\"b"');
    expect(quoted('f', 'a\\b')).toBe('"a\\\\b"');
    expect(quoted('f', '\\"')).toBe('"\\\\\\""');
    expect(quoted('f', "O'Brien\n)")).toBe('"O\'Brien\n)"');
  });

  it('round-trips any string through the Meilisearch reading of a quoted value', () => {
    // Deterministic pseudo-random strings over the characters that matter to the grammar.
    const alphabet = ['"', '\\', "'", ' ', '\n', '\t', '(', ')', '=', '!', '<', '>', 'OR', 'AND', 'a', 'é', '0', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let value = '';
      for (let length = next() % 12; length > 0; length--) value += alphabet[next() % alphabet.length];
      expect(parseComparison(`countryCode = ${quoted('countryCode', value)}`)).toEqual({
        attribute: 'countryCode',
        operator: '=',
        value,
      });
    }
  });

  it('is detected by the reference reading when escaping is left out', () => {
    // Guards the guard: an unescaped quote must not parse as the intended value.
    expect(() => parseComparison('countryCode = "ITA" OR countryCode = "NGA"')).toThrow('unexpected');
    expect(() => parseComparison('countryCode = "a\\"')).toThrow('missing closing quote');
  });
});

describe('isFacetFiltered', () => {
  it('is true exactly for the facets with an active filter', () => {
    const filters = noFilters({ countries: ['ITA'], courtLevels: [CourtLevel.OTHER], yearTo: 2000 });
    const filtered: FacetField[] = FACET_FIELDS.filter((field) => isFacetFiltered(field, filters));
    expect(filtered).toEqual(['country', 'courtLevel', 'year']);
    expect(FACET_FIELDS.filter((field) => isFacetFiltered(field, noFilters()))).toEqual([]);
  });
});
