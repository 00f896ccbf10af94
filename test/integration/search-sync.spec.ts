import { type DataSource } from 'typeorm';
import { SearchIndexer } from '../../src/search/indexer';
import { PostgresSearchIndex } from '../../src/search/postgres-search';
import {
  type OrderedPage, type SearchDocument, type SearchIndex, type SearchPage, type SearchQuery, SearchUnavailableError,
} from '../../src/search/search-index';
import { recordSearchChanges } from '../../src/search/sync';
import { DomainError } from '../../src/services/errors';
import { ReferenceService } from '../../src/services/reference.service';
import { SearchService } from '../../src/services/search.service';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/** An engine kept in memory that can be switched off: stands for a remote engine the network can lose. */
class SwitchableEngine implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  documents = new Map<string, SearchDocument>();
  up = true;
  prepared = 0;
  private check() {
    if (!this.up) throw new SearchUnavailableError(this.engine, new Error('connection refused'));
  }
  async prepare() { this.check(); this.prepared += 1; }
  async upsert(docs: SearchDocument[]) { this.check(); for (const d of docs) this.documents.set(d.key, d); }
  async remove(keys: string[]) { this.check(); for (const k of keys) this.documents.delete(k); }
  async clear() { this.check(); this.documents.clear(); }
  async isAvailable() { return this.up; }
  async search(_query: SearchQuery): Promise<SearchPage> {
    this.check();
    return { total: this.documents.size, hits: [], facets: [], matchedAllWords: true };
  }
  async orderedHits(): Promise<OrderedPage> {
    this.check();
    return { hits: [], next: null, matchedAllWords: true };
  }
}

const CASE = (reference: string, title: string, country = 'KEN') => ({
  reference, title, country, decisionDate: '2021-05-05', crimeTypes: ['crimes-affecting-the-environment'],
  summary: 'Pangolin scales were exported in containers.',
});

let dataSource: DataSource;
const outbox = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox`))[0].n as number;
const postgresSearch = () => new SearchService(new ReferenceService(dataSource), new PostgresSearchIndex(dataSource));

beforeAll(async () => {
  dataSource = await openTestDataSource();
});
beforeEach(async () => {
  await resetCatalogue(dataSource);
});
afterAll(async () => {
  await dataSource.query(`UPDATE jurisdictions SET name = 'Kenya' WHERE code = 'KEN'`);
  await dataSource.destroy();
});

test('a write is searchable on PostgreSQL as soon as it commits, and an update replaces its document', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-1', 'Republic v. Otieno')]);
  expect((await postgresSearch().search({ text: 'pangolin' })).total).toBe(1);
  await loadRecords(dataSource, 'case', [{ ...CASE('KEN-1', 'Republic v. Kamau'), summary: 'Rhino horn trade.' }]);
  const search = postgresSearch();
  expect((await search.search({ text: 'pangolin' })).total).toBe(0);
  expect((await search.search({ text: 'Kamau rhino' })).total).toBe(1);
  expect(await outbox()).toBe(2);
});

test('PostgreSQL answers are cached until the documents change, whoever changes them', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-11', 'Republic v. Odhiambo')]);
  const index = new PostgresSearchIndex(dataSource);
  const query = {
    text: 'pangolin', types: ['CASE', 'LAW'] as const, sort: 'RELEVANCE' as const, limit: 20, offset: 0,
    filters: { countries: [], regions: [], crimeTypes: [], articles: [], keywords: [], courtLevels: [], yearFrom: null, yearTo: null },
  };
  const first = await index.search({ ...query, types: [...query.types] });
  expect(first.total).toBe(1);
  expect(await index.search({ ...query, types: [...query.types] })).toBe(first); // served from the cache
  // Another writer (here the ingest pipeline, as a CLI process would) changes the documents: the cache is bypassed.
  await loadRecords(dataSource, 'case', [CASE('KEN-12', 'Republic v. Onyango')]);
  const after = await index.search({ ...query, types: [...query.types] });
  expect(after).not.toBe(first);
  expect(after.total).toBe(2);
  // A relabelled jurisdiction reaches cached answers through the indexer's refresh too.
  await dataSource.query(`UPDATE jurisdictions SET name = 'Kenya Republic' WHERE code = 'KEN'`);
  await new SearchIndexer(dataSource, index).drain();
  expect((await index.search({ ...query, text: 'Kenya Republic', types: [...query.types] })).total).toBe(2);
  await dataSource.query(`UPDATE jurisdictions SET name = 'Kenya' WHERE code = 'KEN'`);
  await new SearchIndexer(dataSource, index).drain();
});

test('a record that stops being public leaves the index with the same transaction', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-2', 'Republic v. Wanjiru')]);
  await dataSource.transaction(async (tx) => {
    const [{ id }] = await tx.query(`WITH u AS (UPDATE cases SET status = 'DRAFT' WHERE reference = 'KEN-2' RETURNING id) SELECT id FROM u`);
    await recordSearchChanges(tx, 'case', [id]);
  });
  expect((await postgresSearch().search({ text: 'Wanjiru' })).total).toBe(0);
});

test('a renamed jurisdiction reaches the documents that carry its name', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-3', 'Republic v. Njoroge')]);
  await dataSource.query(`DELETE FROM search_outbox`);
  await dataSource.query(`UPDATE jurisdictions SET name = 'Republic of Kenyaland' WHERE code = 'KEN'`);
  expect(await outbox()).toBe(1);
  await new SearchIndexer(dataSource, new PostgresSearchIndex(dataSource)).drain();
  expect(await outbox()).toBe(0);
  expect((await postgresSearch().search({ text: 'Kenyaland' })).total).toBe(1);
  await dataSource.query(`UPDATE jurisdictions SET name = 'Kenya' WHERE code = 'KEN'`);
});

test('with the engine down, writes commit, the outbox keeps them, and indexing resumes when it returns', async () => {
  const engine = new SwitchableEngine();
  const indexer = new SearchIndexer(dataSource, engine, { batchSize: 2 });
  engine.up = false;
  const summary = await loadRecords(dataSource, 'case', [CASE('KEN-4', 'A'), CASE('KEN-5', 'B'), CASE('KEN-6', 'C')]);
  expect(summary.created).toBe(3);
  await expect(indexer.drain()).rejects.toBeInstanceOf(SearchUnavailableError);
  expect(await outbox()).toBe(3);
  expect(engine.documents.size).toBe(0);

  engine.up = true;
  expect(await indexer.drain()).toBe(3);
  expect(await outbox()).toBe(0);
  expect([...engine.documents.values()].map((d) => d.reference).sort()).toEqual(['KEN-4', 'KEN-5', 'KEN-6']);

  // Unpublished: the engine is told to drop it.
  await dataSource.transaction(async (tx) => {
    const [{ id }] = await tx.query(`WITH u AS (UPDATE cases SET status = 'DRAFT' WHERE reference = 'KEN-5' RETURNING id) SELECT id FROM u`);
    await recordSearchChanges(tx, 'case', [id]);
  });
  await indexer.drain();
  expect([...engine.documents.values()].map((d) => d.reference).sort()).toEqual(['KEN-4', 'KEN-6']);
});

test('the indexer loop backs off while the engine is down and catches up on its own', async () => {
  const engine = new SwitchableEngine();
  engine.up = false;
  const indexer = new SearchIndexer(dataSource, engine, { idleMs: 20, maxBackoffMs: 40 });
  indexer.start();
  await loadRecords(dataSource, 'case', [CASE('KEN-7', 'D')]);
  await new Promise((r) => setTimeout(r, 100));
  expect((await indexer.status()).available).toBe(false);
  engine.up = true;
  for (let i = 0; i < 50 && engine.documents.size === 0; i++) await new Promise((r) => setTimeout(r, 20));
  await indexer.stop();
  expect(engine.documents.size).toBe(1);
  expect(await indexer.status()).toMatchObject({ available: true, pending: 0, lastError: null });
});

test('search answers SEARCH_UNAVAILABLE at once when the engine is down, or PostgreSQL when configured', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-8', 'Republic v. Achieng')]);
  const engine = new SwitchableEngine();
  engine.up = false;
  const reference = new ReferenceService(dataSource);
  const error = await new SearchService(reference, engine).search({ text: 'Achieng' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('SEARCH_UNAVAILABLE');
  const withFallback = new SearchService(reference, engine, new PostgresSearchIndex(dataSource));
  expect((await withFallback.search({ text: 'Achieng' })).total).toBe(1);
});

test('reindex rebuilds documents and the engine from scratch and clears the outbox it covered', async () => {
  await loadRecords(dataSource, 'case', [CASE('KEN-9', 'E'), CASE('KEN-10', 'F')]);
  await dataSource.query(`DELETE FROM search_documents`);
  const engine = new SwitchableEngine();
  engine.documents.set('case-stale', {} as SearchDocument);
  const stages: string[] = [];
  const total = await new SearchIndexer(dataSource, engine).reindex((stage) => stages.push(stage));
  expect(total).toBe(2);
  expect([...engine.documents.keys()].every((k) => k.startsWith('case-') && k !== 'case-stale')).toBe(true);
  expect(engine.documents.size).toBe(2);
  expect(await outbox()).toBe(0);
  expect(stages).toEqual(expect.arrayContaining(['documents', 'engine']));
  expect((await postgresSearch().search({ filters: { countries: ['KEN'] } })).total).toBe(2);
});
