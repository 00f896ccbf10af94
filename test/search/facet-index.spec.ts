import { generateCases, generateLaws } from '../../ingest/generate';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { refreshSearchDocuments } from '../../src/search/documents';
import { FacetIndex } from '../../src/search/facet-index';
import { PostgresSearchIndex } from '../../src/search/postgres-search';
import { FACET_FIELDS, type FacetField, type RecordType, type SearchPage, type SearchQuery, type SearchSort } from '../../src/search/search-index';
import { loadRecords } from '../helpers/catalogue';
import { openSearchFixture, type SearchFixture } from './contract';

/**
 * Searches without text are answered by the in-memory facet index. Its totals, pages and disjunctive facets must
 * be those counted by brute force over the stored documents, and those of the SQL statement over the documents,
 * for random filter combinations on a generated catalogue, before and after documents change by any statement.
 * Searches with text count their total and facets there too, over the ids their text matched: the same answers
 * as the one SQL statement.
 */
let f: SearchFixture;
let inMemory: PostgresSearchIndex;
let fromDocuments: PostgresSearchIndex;

beforeAll(async () => {
  f = await openSearchFixture((dataSource) => new PostgresSearchIndex(dataSource));
  const vocabulary = await generatorVocabulary(f.dataSource);
  const laws = await loadRecords(f.dataSource, 'law', [...generateLaws({ count: 60, seed: 11, vocabulary })]);
  const cases = await loadRecords(f.dataSource, 'case', [...generateCases({ count: 400, seed: 11, vocabulary })]);
  if (laws.rejected || cases.rejected) throw new Error('generated records were rejected');
  // Waits for every rebuild, so that each answer below does come from the in-memory copy.
  inMemory = new PostgresSearchIndex(f.dataSource, { cacheSize: 0, facetIndexWaitMs: 600_000 });
  fromDocuments = new PostgresSearchIndex(f.dataSource, { cacheSize: 0, facetIndex: false });
}, 120_000);
afterAll(async () => {
  await f?.dataSource.destroy();
});

interface DocumentRow {
  record_type: RecordType;
  values: Record<FacetField, string[]>;
}

/** Every document's facet values, read straight from search_documents. */
async function documents(): Promise<DocumentRow[]> {
  const rows: (Record<FacetField, string[] | string | null> & { record_type: RecordType })[] = await f.dataSource.query(
    `SELECT record_type, countries AS country, regions AS region, crime_types AS "crimeType", articles AS article,
            keywords AS keyword, court_level AS "courtLevel", year::text AS year FROM search_documents`,
  );
  const list = (v: string[] | string | null) => (v === null ? [] : Array.isArray(v) ? v : [v]);
  return rows.map((r) => ({
    record_type: r.record_type,
    values: Object.fromEntries(FACET_FIELDS.map((field) => [field, list(r[field])])) as Record<FacetField, string[]>,
  }));
}

/** The definition: a facet counts the documents passing every filter but its own; the total, those passing all. */
function bruteForce(docs: DocumentRow[], q: SearchQuery): { total: number; facets: SearchPage['facets'] } {
  const fl = q.filters;
  const years = (v: string[]) =>
    v.some((y) => (fl.yearFrom === null || Number(y) >= fl.yearFrom) && (fl.yearTo === null || Number(y) <= fl.yearTo));
  const anyOf = (chosen: string[]) => (v: string[]) => chosen.length === 0 || v.some((x) => chosen.includes(x));
  const passes: Record<FacetField, (v: string[]) => boolean> = {
    country: anyOf(fl.countries), region: anyOf(fl.regions), crimeType: anyOf(fl.crimeTypes),
    article: anyOf(fl.articles), keyword: anyOf(fl.keywords), courtLevel: anyOf(fl.courtLevels),
    year: (v) => (fl.yearFrom === null && fl.yearTo === null) || years(v),
  };
  const typed = docs.filter((d) => q.types.includes(d.record_type));
  const passAllBut = (d: DocumentRow, own: FacetField | null) =>
    FACET_FIELDS.every((field) => field === own || passes[field](d.values[field]));
  const facets = FACET_FIELDS.map((field) => {
    const counts = new Map<string, number>();
    for (const d of typed) if (passAllBut(d, field)) for (const v of d.values[field]) counts.set(v, (counts.get(v) ?? 0) + 1);
    return {
      field,
      values: [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    };
  });
  return { total: typed.filter((d) => passAllBut(d, null)).length, facets };
}

/** A seeded generator (mulberry32): the same combinations every run, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomQueries(docs: DocumentRow[], count: number, seed: number): SearchQuery[] {
  const next = random(seed);
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)];
  const valuesOf = (field: FacetField) => [...new Set(docs.flatMap((d) => d.values[field]))].sort();
  const choose = (field: FacetField, chance: number) => {
    const values = valuesOf(field);
    if (next() > chance || values.length === 0) return [];
    return [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(values)))];
  };
  const sorts: SearchSort[] = ['RELEVANCE', 'DATE_DESC', 'DATE_ASC', 'TITLE'];
  const typeSets: RecordType[][] = [['CASE', 'LAW', 'PUBLICATION'], ['CASE'], ['LAW'], ['CASE', 'PUBLICATION'], ['PUBLICATION']];
  return Array.from({ length: count }, () => {
    const year = Number(pick(valuesOf('year')));
    return {
      text: null,
      filters: {
        countries: choose('country', 0.3), regions: choose('region', 0.3), crimeTypes: choose('crimeType', 0.4),
        articles: choose('article', 0.3), keywords: choose('keyword', 0.3),
        courtLevels: choose('courtLevel', 0.3) as SearchQuery['filters']['courtLevels'],
        yearFrom: next() < 0.3 ? year - Math.floor(next() * 5) : null,
        yearTo: next() < 0.3 ? year + Math.floor(next() * 5) : null,
      },
      types: pick(typeSets),
      sort: pick(sorts),
      limit: 1 + Math.floor(next() * 30),
      offset: next() < 0.3 ? Math.floor(next() * 40) : 0,
    };
  });
}

async function expectExact(queries: SearchQuery[]) {
  const docs = await documents();
  for (const q of queries) {
    const memory = await inMemory.search(q);
    const expected = bruteForce(docs, q);
    expect([q, memory.total, memory.facets]).toEqual([q, expected.total, expected.facets]);
    // The page too: same hits, same order as the SQL listing (which the contract and relevance suites check).
    expect([q, memory]).toEqual([q, await fromDocuments.search(q)]);
  }
}

/** A search without text with the given filters, newest first. */
const listing = (filters: Partial<SearchQuery['filters']> = {}): SearchQuery => ({
  text: null,
  filters: { countries: [], regions: [], crimeTypes: [], articles: [], keywords: [], courtLevels: [], yearFrom: null, yearTo: null, ...filters },
  types: ['CASE', 'LAW', 'PUBLICATION'],
  sort: 'DATE_DESC',
  limit: 20,
  offset: 0,
});

test('a catalogue large enough to matter', async () => {
  const landing = await inMemory.search(listing());
  expect(landing.total).toBeGreaterThan(450);
  expect(landing.facets.find((x) => x.field === 'keyword')!.values.length).toBeGreaterThan(20);
});

test('random filter combinations: totals, pages and disjunctive facets are exact', async () => {
  const docs = await documents();
  const first = (field: FacetField) => docs.flatMap((d) => d.values[field]).sort()[0];
  // No filter and one filter are answered partly from counts kept per record type: each of them, too.
  const fixed: SearchQuery[] = [
    listing(), { ...listing(), types: ['LAW'] }, { ...listing(), types: ['CASE', 'PUBLICATION'], sort: 'DATE_ASC', offset: 7 },
    listing({ countries: [first('country')] }), listing({ regions: ['Europe'] }), listing({ crimeTypes: [first('crimeType')] }),
    listing({ articles: [first('article')] }), listing({ keywords: [first('keyword')] }),
    { ...listing({ courtLevels: ['APPELLATE'] as SearchQuery['filters']['courtLevels'] }), types: ['CASE', 'LAW'] },
    listing({ yearFrom: 2012 }), { ...listing({ yearTo: 2009 }), sort: 'TITLE' },
  ];
  const queries = [...fixed, ...randomQueries(docs, 80, 29)];
  // The combinations reach the cases that matter: several filters at once, and answers with nothing.
  expect(queries.filter((q) => Object.values(q.filters).filter((v) => (Array.isArray(v) ? v.length : v !== null)).length >= 3).length).toBeGreaterThan(10);
  await expectExact(queries);
});

test('and stay exact when documents are removed, changed by any statement and added back', async () => {
  const queries = randomQueries(await documents(), 25, 31);
  const [{ id }] = await f.dataSource.query(`SELECT id FROM cases WHERE reference = 'ITA-2018-310'`);
  await f.dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE cases SET status = 'WITHDRAWN' WHERE id = $1`, [id]);
    await refreshSearchDocuments(tx, 'CASE', [id]);
  });
  await expectExact(queries);
  // Not through the application: the version still changes (a trigger), so the facet index follows.
  await f.dataSource.query(
    `UPDATE search_documents SET countries = '{NGA}', regions = '{Africa}', year = 1999 WHERE reference = 'DEU-2016-041'`,
  );
  const changed = listing({ countries: ['NGA'], yearFrom: 1999, yearTo: 1999 });
  expect((await inMemory.search(changed)).total).toBeGreaterThan(0);
  await expectExact([changed, ...queries]);
  await f.dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE cases SET status = 'PUBLISHED' WHERE id = $1`, [id]);
    await refreshSearchDocuments(tx, 'CASE', [id]);
  });
  await expectExact(queries);
});

test('searches with text: total and facets counted in memory over the matched ids, page from SQL, as one statement would', async () => {
  const texts = ['trafficking', 'smuggling migrants', 'laundering', 'court appeal', 'drug*', 'forced labour', 'witnesses'];
  const sorts: SearchSort[] = ['RELEVANCE', 'RELEVANCE', 'DATE_DESC', 'TITLE', 'MOST_CITED'];
  const queries = randomQueries(await documents(), 60, 37).map((q, i) => ({ ...q, text: texts[i % texts.length], sort: sorts[i % sorts.length] }));
  const counted = jest.spyOn(FacetIndex.prototype, 'textCounts');
  try {
    for (const q of queries) expect([q, await inMemory.search(q)]).toEqual([q, await fromDocuments.search(q)]);
    // Each was counted in memory (none fell back to SQL), and the combinations include answers with hits.
    const answers = await Promise.all(counted.mock.results.map((r) => r.value as Promise<SearchPage | null>));
    expect(answers).toHaveLength(queries.length);
    expect(answers.filter((a) => a === null)).toHaveLength(0);
    expect(answers.filter((a) => a!.total > 0).length).toBeGreaterThan(20);
  } finally {
    counted.mockRestore();
  }
});

test('a listing that would wait for the copy to catch up with a write is answered by SQL, exactly', async () => {
  const impatient = new PostgresSearchIndex(f.dataSource, { cacheSize: 0, facetIndexWaitMs: 0 });
  const query = listing({ countries: ['ITA'] });
  const before = await impatient.search(query); // no copy yet: SQL answers, a rebuild starts
  expect(before).toEqual(await fromDocuments.search(query));
  await f.dataSource.query(`UPDATE search_documents SET countries = '{ITA}', regions = '{Europe}' WHERE reference = 'DEU-2016-041'`);
  const after = await impatient.search(query);
  expect(after.total).toBe(before.total + 1);
  expect(after).toEqual(await fromDocuments.search(query));
  await f.dataSource.query(`UPDATE search_documents SET countries = '{DEU}', regions = '{Europe}' WHERE reference = 'DEU-2016-041'`);
});
