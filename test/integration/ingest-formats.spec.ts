import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { toCsv, toJsonArray, toNdjson, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { CASES, LAWS } from '../fixtures/small-catalogue';

let dataSource: DataSource;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-formats-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
});
afterAll(async () => {
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Everything the catalogue put in the database, in a comparable form. */
async function stored() {
  return dataSource.query(`
    SELECT c.reference, c.title, c.jurisdiction_code, c.court_level, c.decision_date, c.status,
      (SELECT array_agg(article_id ORDER BY article_id) FROM case_articles WHERE case_id = c.id) AS articles,
      (SELECT array_agg(crime_type_code ORDER BY 1) FROM case_crime_types WHERE case_id = c.id) AS crime_types,
      (SELECT array_agg(k.label ORDER BY 1) FROM case_keywords ck JOIN keywords k ON k.id = ck.keyword_id WHERE ck.case_id = c.id) AS keywords,
      (SELECT json_agg(json_build_object('name', d.name, 'nationality', d.nationality_code, 'age', d.age,
          'charges', (SELECT json_agg(json_build_object('law', ch.law_reference, 'verdict', ch.verdict, 'months', ch.prison_months) ORDER BY ch.seq)
                      FROM charges ch WHERE ch.defendant_id = d.id)) ORDER BY d.seq) FROM defendants d WHERE d.case_id = c.id) AS defendants,
      (SELECT json_agg(json_build_object('type', x.type, 'counterpart', x.counterpart_code, 'basis', x.legal_basis_article_id))
         FROM cooperation_acts x WHERE x.case_id = c.id) AS cooperation,
      (SELECT json_agg(json_build_object('count', v.count, 'child', v.child)) FROM victim_groups v WHERE v.case_id = c.id) AS victims
    FROM cases c ORDER BY c.reference`);
}

describe('ingest of every catalogue format', () => {
  let expected: unknown;
  beforeAll(async () => {
    await resetCatalogue(dataSource);
    const summary = await ingestFile(dataSource, writeCatalogue(dir, 'baseline.ndjson', toNdjson(CASES)), { kind: 'case' });
    expect(summary).toMatchObject({ read: CASES.length, created: CASES.length, rejected: 0 });
    expected = await stored();
  });

  it.each([
    ['cases.csv', () => toCsv(CASES)],
    ['cases.csv.gz', () => toCsv(CASES)],
    ['cases.json', () => toJsonArray(CASES)],
    ['cases.json.gz', () => toJsonArray(CASES)],
    ['cases.ndjson.gz', () => toNdjson(CASES)],
  ])('%s stores exactly what the NDJSON catalogue stores', async (name, content) => {
    await resetCatalogue(dataSource);
    const summary = await ingestFile(dataSource, writeCatalogue(dir, name, content()), { kind: 'case' });
    expect(summary).toMatchObject({ read: CASES.length, created: CASES.length, rejected: 0, compressed: name.endsWith('.gz') });
    expect(await stored()).toEqual(expected);
  });

  it('reads the format given over the one the name tells', async () => {
    await resetCatalogue(dataSource);
    const file = writeCatalogue(dir, 'export.txt', toCsv(CASES));
    await expect(ingestFile(dataSource, file, { kind: 'case' })).rejects.toThrow(/--format csv\|json\|ndjson/);
    const summary = await ingestFile(dataSource, file, { kind: 'case', format: 'csv' });
    expect(summary).toMatchObject({ format: 'csv', created: CASES.length, rejected: 0 });
  });

  it('reports CSV and JSON rows on the line they start on', async () => {
    const records = [{ reference: 'OK-1', title: 'Fine', country: 'ITA' }, { reference: 'BAD-1', title: 'Bad', country: 'Atlantis' }];
    const csv = await ingestFile(dataSource, writeCatalogue(dir, 'lines.csv', toCsv(records)), { kind: 'case' });
    expect(csv.rows.map((r) => [r.line, r.outcome])).toEqual([[2, expect.any(String)], [3, 'rejected']]);
    const json = await ingestFile(dataSource, writeCatalogue(dir, 'lines.json', toJsonArray(records)), { kind: 'case' });
    expect(json.rows.map((r) => [r.line, r.outcome])).toEqual([[2, expect.any(String)], [7, 'rejected']]);
  });

  it('loads laws from CSV with their provisions as JSON, each linked to the articles it implements', async () => {
    await resetCatalogue(dataSource);
    const summary = await ingestFile(dataSource, writeCatalogue(dir, 'laws.csv', toCsv(LAWS)), { kind: 'law', publish: true });
    expect(summary).toMatchObject({ read: LAWS.length, created: LAWS.length, rejected: 0 });
    const links = await dataSource.query(
      `SELECT l.reference, p.number, array_agg(pa.article_id ORDER BY pa.article_id) AS articles
       FROM laws l JOIN law_provisions p ON p.law_id = l.id JOIN provision_articles pa ON pa.provision_id = p.id
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(links).toEqual([
      { reference: 'ITA-PC', number: 'Art. 416', articles: ['UNTOC-5'] },
      { reference: 'ITA-PC', number: 'Art. 601', articles: ['TIP-5'] },
      { reference: 'USA-18-1589', number: '§ 1589', articles: ['TIP-3', 'TIP-5'] },
      { reference: 'USA-DRAFT', number: '§ 1', articles: ['TIP-5'] },
    ]);
  });
});
