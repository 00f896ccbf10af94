/**
 * bench/search-scale: searches without text on a catalogue FACTOR times larger than one bench/search loaded, without
 * loading it again: a copy of that database whose search documents are repeated FACTOR times (new record ids and
 * references, the facet values, dates and titles of the originals; text vectors and texts left empty, as no text
 * is searched). The listings and the facet index's build read nothing else.
 * Run: npm run build && BENCH_SCALE_SOURCE=portal_bench_search_100000 BENCH_SCALE_FACTOR=10 node dist/bench/search-scale.js
 */
import os from 'node:os';
import { Client } from 'pg';
import { createDataSource } from '../src/db/data-source';
import { measureListings } from './search-listings';
import { BENCH_SERVER, round } from './support';

const SOURCE = process.env.BENCH_SCALE_SOURCE ?? 'portal_bench_search_100000';
const FACTOR = Number(process.env.BENCH_SCALE_FACTOR ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

async function main() {
  const target = `${SOURCE}_x${FACTOR}`;
  const admin = new Client({ connectionString: `${BENCH_SERVER}/postgres` });
  await admin.connect();
  const [{ exists }] = (await admin.query(`SELECT count(*) > 0 AS exists FROM pg_database WHERE datname = $1`, [target])).rows;
  if (!exists || process.env.BENCH_REUSE !== '1') {
    await admin.query(`DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${target} TEMPLATE ${SOURCE}`);
  }
  await admin.end();
  const dataSource = await createDataSource(`${BENCH_SERVER}/${target}`, 8).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM search_documents WHERE reference NOT LIKE '%/%'`);
  const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM search_documents`);
  if (total < n * FACTOR) {
    for (let copy = 1; copy < FACTOR; copy++) {
      await dataSource.query(
        `INSERT INTO search_documents (record_type, record_id, reference, title, title_sort, summary, body, country_code,
                country_name, region, crime_types, crime_type_labels, articles, article_labels, keywords, keyword_labels,
                court_level, year, date, language, countries, regions, tsv)
         SELECT record_type, gen_random_uuid(), reference || '/' || $1::int, title, title_sort, NULL, NULL, country_code,
                country_name, region, crime_types, '{}', articles, '{}', keywords, '{}',
                court_level, year, date, language, countries, regions, ''::tsvector
           FROM search_documents WHERE reference NOT LIKE '%/%'`,
        [copy],
      );
    }
    await dataSource.query('VACUUM ANALYZE search_documents');
  }
  const [{ documents }] = await dataSource.query(`SELECT count(*)::int AS documents FROM search_documents`);
  const heapBefore = process.memoryUsage().arrayBuffers;
  const result = await measureListings(dataSource, ROUNDS);
  const arrayBuffers = process.memoryUsage().arrayBuffers - heapBefore;
  await dataSource.destroy();
  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map(round) },
        source: SOURCE, factor: FACTOR, documents, arrayBuffersMiB: round(arrayBuffers / 2 ** 20), ...result,
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
