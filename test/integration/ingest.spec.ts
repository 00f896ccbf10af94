import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { CASES } from '../fixtures/small-catalogue';

let dataSource: DataSource;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
const file = (name: string, records: unknown[]) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return p;
};

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (table: string) => Number((await dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('ingest of an NDJSON file', () => {
  it('loads, then a re-run changes nothing (no duplicates, updated_at untouched)', async () => {
    const catalogue = file('cases.ndjson', CASES);
    const first = await ingestFile(dataSource, catalogue, { kind: 'case', publish: true, batchSize: 2 });
    expect(first).toMatchObject({ read: 6, created: 6, updated: 0, unchanged: 0, rejected: 0 });
    const before = await dataSource.query(`SELECT reference, updated_at FROM cases ORDER BY reference`);
    const charges = await count('charges');
    const second = await ingestFile(dataSource, catalogue, { kind: 'case', publish: true, batchSize: 4 });
    expect(second).toMatchObject({ read: 6, created: 0, updated: 0, unchanged: 6, rejected: 0 });
    expect(await dataSource.query(`SELECT reference, updated_at FROM cases ORDER BY reference`)).toEqual(before);
    expect(await count('charges')).toBe(charges);
  });

  it('updates exactly the changed record and its links, keeping provenance', async () => {
    const changed = CASES.map((c) => (c.reference === 'USA-2019-0007' ? { ...c, articles: ['FIREARMS-5', 'UNTOC-18'] } : c));
    const summary = await ingestFile(dataSource, file('changed.ndjson', changed), { kind: 'case', publish: true });
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 5 });
    const links = await dataSource.query(
      `SELECT ca.article_id FROM case_articles ca JOIN cases c ON c.id = ca.case_id WHERE c.reference = 'USA-2019-0007' ORDER BY 1`,
    );
    expect(links.map((l: { article_id: string }) => l.article_id)).toEqual(['FIREARMS-5', 'UNTOC-18']);
    const [{ provenance }] = await dataSource.query(`SELECT provenance FROM cases WHERE reference = 'USA-2019-0007'`);
    expect(provenance).toMatchObject({ origin: 'ingest', file: 'changed.ndjson', line: 4, runId: summary.runId });
  });

  it('rejects bad rows with line, field, value and what is accepted, and loads their neighbours', async () => {
    const summary = await ingestFile(dataSource, file('mixed.ndjson', [
      { reference: 'OK-1', title: 'Fine', country: 'France' },
      '{ not json',
      { reference: 'BAD-1', title: 'Bad country', country: 'Atlantis' },
      { reference: 'BAD-2', country: 'ITA', articles: ['UNTOC-99'], decisionDate: '2014-02-30' },
      { reference: 'OK-2', title: 'Also fine', country: 'DEU', crimeTypes: ['Human trafficking'] },
    ]), { kind: 'case' });
    expect(summary).toMatchObject({ read: 5, created: 2, rejected: 3 });
    const rejected = summary.rows.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rejected[0].errors![0].message).toMatch(/invalid JSON/);
    expect(rejected[1].errors![0]).toMatchObject({ field: 'country', value: 'Atlantis' });
    expect(rejected[2].errors!.map((e) => e.field).sort()).toEqual(['articles[0]', 'decisionDate', 'title']);
    expect(rejected[2].errors!.find((e) => e.field === 'articles[0]')!.message).toContain('1–41');
    const drafts = await dataSource.query(`SELECT reference, status FROM cases WHERE reference LIKE 'OK-%' ORDER BY 1`);
    expect(drafts).toEqual([{ reference: 'OK-1', status: 'DRAFT' }, { reference: 'OK-2', status: 'DRAFT' }]);
  });

  it('a dry run stores nothing', async () => {
    const before = await count('cases');
    const summary = await ingestFile(dataSource, file('dry.ndjson', [{ reference: 'DRY-1', title: 'Dry', country: 'ESP' }]), {
      kind: 'case', dryRun: true,
    });
    expect(summary).toMatchObject({ created: 1, rejected: 0 });
    expect(await count('cases')).toBe(before);
  });

  it('leaves nothing pending in the search indexes, which every search would otherwise read in full', async () => {
    await ingestFile(dataSource, file('pending.ndjson', CASES.map((c) => ({ ...c, title: `${c.title} (retried)` }))), { kind: 'case', publish: true });
    // The text index merges its pending entries at the end of the run; the vocabulary's trigram indexes have none.
    const merged = await dataSource.query(
      `SELECT relname, gin_clean_pending_list(oid) AS pages, reloptions FROM pg_class
        WHERE relname IN ('search_documents_text_filters', 'search_lexemes_trgm', 'search_words_trgm') ORDER BY relname`,
    );
    expect(merged.map((r: { relname: string; pages: string | number }) => [r.relname, Number(r.pages)])).toEqual([
      ['search_documents_text_filters', 0], ['search_lexemes_trgm', 0], ['search_words_trgm', 0],
    ]);
    expect(merged.filter((r: { reloptions: string[] | null }) => r.reloptions?.includes('fastupdate=off')).map((r: { relname: string }) => r.relname))
      .toEqual(['search_lexemes_trgm', 'search_words_trgm']);
  });
});
