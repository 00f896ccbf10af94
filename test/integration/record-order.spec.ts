import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource } from '../helpers/db';

/** The lists of a case come back from the API in the order its catalogue record gave them, not the database's. */
let dataSource: DataSource;
let api: TestApi;
const REFERENCE = `ORD-${process.pid}`;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  const summary = await loadRecords(dataSource, 'case', [{
    reference: REFERENCE, title: 'Order of the lists', country: 'ITA',
    victims: [{ count: 7, gender: 'female' }, { count: 2, gender: 'male' }, { count: 11, child: true }],
    cooperation: [
      { type: 'mutual legal assistance', counterpart: 'NGA', legalBasis: 'UNTOC-18' },
      { type: 'extradition', counterpart: 'ESP', legalBasis: 'UNTOC-16' },
      { type: 'joint investigation', counterpart: 'FRA', legalBasis: 'UNTOC-19' },
    ],
  }]);
  expect(summary.rejected).toBe(0);
  // Writing the first of each list again puts its row after the others, where a read without an order finds it last.
  for (const table of ['victim_groups', 'cooperation_acts']) {
    await dataSource.query(
      `WITH moved AS (DELETE FROM ${table} WHERE seq = 0 AND case_id = (SELECT id FROM cases WHERE reference = $1) RETURNING *)
       INSERT INTO ${table} SELECT * FROM moved`,
      [REFERENCE],
    );
  }
  api = await createTestApi(dataSource);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

it('gives victim groups and acts of cooperation in the order of the record', async () => {
  const r = await api.query(`query($r: String!) { case(reference: $r) { victims { count } cooperation { counterpart { code } } } }`, { r: REFERENCE });
  expect(r.errors).toBeUndefined();
  expect(r.data.case.victims.map((v: { count: number }) => v.count)).toEqual([7, 2, 11]);
  expect(r.data.case.cooperation.map((c: { counterpart: { code: string } }) => c.counterpart.code)).toEqual(['NGA', 'ESP', 'FRA']);
});
