import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { ingestFile } from '../../ingest/ingest-file';
import { createTestApi, type TestApi } from '../helpers/api';
import { toCsv, writeCatalogue } from '../helpers/catalogue-files';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-ratifications-'));
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const RATIFICATIONS = [
  { country: 'Italy', instrument: 'UNTOC', signedOn: '12/12/2000', ratifiedOn: '2006-08-02', kind: 'Ratification', conventionAsExtraditionBasis: 'yes', source: 'C.N.606.2006.TREATIES-7' },
  { country: 'ITA', instrument: 'Trafficking in Persons Protocol', signedOn: '2000-12-12', ratifiedOn: '2006-08-02', kind: 'ratification' },
  { country: 'Mexico', instrument: 'SOM', signedOn: '13 December 2000', ratifiedOn: '4 March 2003', kind: 'Ratification' },
  { country: 'Atlantis', instrument: 'UNTOC', ratifiedOn: '2003-01-01' },
];

const jurisdictionQuery = `query($code: String!) { jurisdiction(code: $code) {
  ratifications { instrument { code } signedOn ratifiedOn kind conventionAsExtraditionBasis source isSample } } }`;

describe('ingest of ratifications', () => {
  it('loads them from CSV, upserted by country and instrument, and the jurisdiction shows them', async () => {
    const file = writeCatalogue(dir, 'ratifications.csv', toCsv(RATIFICATIONS));
    const first = await ingestFile(dataSource, file, { kind: 'ratification' });
    expect(first).toMatchObject({ read: 4, created: 3, rejected: 1 });
    expect(first.rows.map((r) => r.reference)).toEqual(['ITA:UNTOC', 'ITA:TIP', 'MEX:SOM', null]);
    const italy = await api.query(jurisdictionQuery, { code: 'ITA' });
    expect(italy.errors).toBeUndefined();
    expect(italy.data.jurisdiction.ratifications).toEqual([
      { instrument: { code: 'UNTOC' }, signedOn: '2000-12-12', ratifiedOn: '2006-08-02', kind: 'RATIFICATION', conventionAsExtraditionBasis: true, source: 'C.N.606.2006.TREATIES-7', isSample: false },
      { instrument: { code: 'TIP' }, signedOn: '2000-12-12', ratifiedOn: '2006-08-02', kind: 'RATIFICATION', conventionAsExtraditionBasis: null, source: null, isSample: false },
    ]);

    const again = await ingestFile(dataSource, file, { kind: 'ratification' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 1 });

    const changed = RATIFICATIONS.map((r) => (r.country === 'Mexico' ? { ...r, ratifiedOn: '5 March 2003' } : r));
    const update = await ingestFile(dataSource, writeCatalogue(dir, 'changed.csv', toCsv(changed)), { kind: 'ratification' });
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const [mexico] = await dataSource.query(
      `SELECT ratified_on, provenance FROM ratifications WHERE jurisdiction_code = 'MEX' AND instrument_code = 'SOM'`,
    );
    expect(mexico).toMatchObject({ ratified_on: '2003-03-05', provenance: { origin: 'ingest', file: 'changed.csv', line: 4, runId: update.runId } });
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM ratifications`))[0].n)).toBe(3);
  });
});
