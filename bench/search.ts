/**
 * bench/search: free text + 3 filters + every facet + highlights on the PostgreSQL backend, on generated
 * catalogues of 10k and 100k cases, through the search service (validation, vocabulary lookup, the search
 * statement, facet labels); beside the same result computed by one hand-written SQL statement (the floor).
 * Run: npm run bench:search   (BENCH_SIZES=10000,100000  BENCH_REQUESTS=200  BENCH_POSTGRES_URL=…  BENCH_DATABASE_PREFIX=…)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type DataSource } from 'typeorm';
import { CourtLevel } from '../src/entities/enums';
import { PostgresSearchIndex } from '../src/search/postgres-search';
import { SearchVocabulary } from '../src/search/vocabulary';
import { ReferenceService } from '../src/services/reference.service';
import { SearchService, type SearchRequest } from '../src/services/search.service';
import { measureListings } from './search-listings';
import { generatedCatalogue, round, summarize } from './support';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
/** Database names are `<prefix>_<cases>`: another prefix keeps a second catalogue beside the default one. */
const DATABASE_PREFIX = process.env.BENCH_DATABASE_PREFIX ?? 'portal_bench_search';

/** Texts researchers type, each with three filters (crime type, court levels, years). */
const QUERIES: SearchRequest[] = [
  { text: 'undercover agent', filters: { crimeTypes: ['drug-offences'], courtLevels: [CourtLevel.FIRST_INSTANCE, CourtLevel.APPELLATE], yearFrom: 2010 } },
  { text: 'forced labour', filters: { crimeTypes: ['trafficking-in-persons'], courtLevels: [CourtLevel.FIRST_INSTANCE], yearFrom: 2005 } },
  { text: 'smuggling migrants boat', filters: { crimeTypes: ['smuggling-of-migrants'], regions: ['Europe'], yearFrom: 2008 } },
  { text: 'laundering real estate', filters: { crimeTypes: ['money-laundering'], courtLevels: [CourtLevel.APPELLATE, CourtLevel.SUPREME], yearTo: 2020 } },
  { text: 'encrypted messaging', filters: { regions: ['Americas'], courtLevels: [CourtLevel.FIRST_INSTANCE], yearFrom: 2012 } },
  { text: 'witnesses threatened', filters: { crimeTypes: ['obstruction-of-justice'], regions: ['Asia'], yearFrom: 2000 } },
];

/**
 * Texts with a misspelt word (corrected from the index's vocabulary, and a "did you mean" sought) or a synonym
 * the catalogue lacks ("labor"), each with the filters of a researcher narrowing a first search.
 */
const TYPO_QUERIES: SearchRequest[] = [
  { text: 'traffickng children', filters: { countries: ['AUS', 'GBR', 'THA'] } },
  { text: 'recieving stolen goods', filters: { regions: ['Europe'], yearFrom: 2010 } },
  { text: 'forced labor', filters: { crimeTypes: ['trafficking-in-persons'], courtLevels: [CourtLevel.APPELLATE] } },
];

/** The floor: the same page, total and seven disjunctive facets from one statement with a given tsquery. */
const FLOOR_SQL = `
WITH m AS MATERIALIZED (
  SELECT record_type, record_id, country_code, region, crime_types, articles, keywords, court_level, year, date,
         ($2::text[] IS NULL OR crime_types && $2) AS fc,
         ($3::text[] IS NULL OR court_level = ANY($3)) AS fl,
         ($4::text[] IS NULL OR region = ANY($4)) AS fr,
         (($5::int IS NULL OR year >= $5) AND ($6::int IS NULL OR year <= $6)) AS fy
    FROM search_documents WHERE tsv @@ $1::tsquery)
SELECT json_build_object(
  'total', (SELECT count(*) FROM m WHERE fc AND fl AND fr AND fy),
  'hits', (SELECT json_agg(h) FROM (
     SELECT p.record_id, p.score, ts_headline('portal_english', d.title, $1::tsquery) AS t,
            ts_headline('portal_english', coalesce(d.summary, ''), $1::tsquery, 'MaxWords=35, MinWords=15') AS s
       FROM (SELECT d.record_type, d.record_id, ts_rank(d.tsv, $1::tsquery, 1) AS score
               FROM m JOIN search_documents d USING (record_type, record_id)
              WHERE fc AND fl AND fr AND fy ORDER BY score DESC, d.record_id LIMIT 20) p
       JOIN search_documents d USING (record_type, record_id)) h),
  'country', (SELECT json_agg(x) FROM (SELECT country_code, count(*) FROM m WHERE fc AND fl AND fr AND fy GROUP BY 1) x),
  'region', (SELECT json_agg(x) FROM (SELECT region, count(*) FROM m WHERE fc AND fl AND fy GROUP BY 1) x),
  'crimeType', (SELECT json_agg(x) FROM (SELECT unnest(crime_types) v, count(*) FROM m WHERE fl AND fr AND fy GROUP BY 1) x),
  'article', (SELECT json_agg(x) FROM (SELECT unnest(articles) v, count(*) FROM m WHERE fc AND fl AND fr AND fy GROUP BY 1) x),
  'keyword', (SELECT json_agg(x) FROM (SELECT unnest(keywords) v, count(*) FROM m WHERE fc AND fl AND fr AND fy GROUP BY 1) x),
  'courtLevel', (SELECT json_agg(x) FROM (SELECT court_level, count(*) FROM m WHERE fc AND fr AND fy GROUP BY 1) x),
  'year', (SELECT json_agg(x) FROM (SELECT year, count(*) FROM m WHERE fc AND fl AND fr GROUP BY 1) x))`;

async function measure(work: () => Promise<unknown>, requests: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function benchSize(cases: number) {
  const started = Date.now();
  const dataSource: DataSource = await generatedCatalogue(`${DATABASE_PREFIX}_${cases}`, cases);
  const loadSeconds = round((Date.now() - started) / 1000);
  const service = new SearchService(
    new ReferenceService(dataSource),
    // Uncached: every request runs the search (repeated queries would otherwise come from the answer cache).
    new PostgresSearchIndex(dataSource, { cacheSize: 0 }),
    null,
    new SearchVocabulary(dataSource),
  );

  const matches: number[] = [];
  let q = 0;
  const api = await measure(async () => {
    const result = await service.search({ ...QUERIES[q++ % QUERIES.length], first: 20 });
    matches.push(result.total);
  }, REQUESTS);

  let t = 0;
  const typos = await measure(() => service.search({ ...TYPO_QUERIES[t++ % TYPO_QUERIES.length], first: 20 }), Math.max(9, Math.round(REQUESTS / 2)));

  // Without text: the landing page and listings by each filter (bench/search-listings.ts).
  const withoutText = await measureListings(dataSource, Math.max(10, Math.round(REQUESTS / 4)));

  // The floor gets the tsquery ready-made (no vocabulary lookup, no validation, no labels).
  const floorQueries = await Promise.all(
    QUERIES.map(async (query) => {
      const [{ tsq }] = await dataSource.query(`SELECT plainto_tsquery('portal_english', $1)::text AS tsq`, [query.text]);
      const f = query.filters!;
      return [tsq, f.crimeTypes ?? null, f.courtLevels ?? null, f.regions ?? null, f.yearFrom ?? null, f.yearTo ?? null];
    }),
  );
  let k = 0;
  const floor = await measure(() => dataSource.query(FLOOR_SQL, floorQueries[k++ % floorQueries.length]), REQUESTS);
  const [{ documents }] = await dataSource.query(`SELECT count(*)::int AS documents FROM search_documents`);
  await dataSource.destroy();
  return {
    cases,
    documents,
    loadSeconds,
    medianMatches: summarize(matches).p50,
    search: summarize(api),
    withTypos: summarize(typos),
    floor: summarize(floor),
    ...withoutText,
  };
}

async function main() {
  const results = [];
  for (const size of SIZES) results.push(await benchSize(size));
  console.log(
    JSON.stringify(
      { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: round(os.totalmem() / 2 ** 30), node: process.version }, requests: REQUESTS, results },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
