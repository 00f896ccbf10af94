import { type DataSource } from 'typeorm';
import { openTestDataSource } from '../helpers/db';

/**
 * Concurrent transactions and reads on one data source each get their own answers. On the embedded database
 * this holds only because the portal uses a single pooled connection (src/db/database.ts): with several, the
 * socket server interleaved connections' messages and readers received other statements' results.
 */
let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await dataSource.query(`CREATE TABLE IF NOT EXISTS concurrency_probe (id int)`);
});
afterAll(async () => {
  await dataSource.query(`DROP TABLE IF EXISTS concurrency_probe`);
  await dataSource.destroy();
});

test('interleaved transactions and parameterized reads never see each other\'s results', async () => {
  const results = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      if (i % 4 === 0) {
        await dataSource.transaction(async (tx) => {
          for (let j = 0; j < 5; j++) {
            await tx.query(`INSERT INTO concurrency_probe (id) VALUES ($1)`, [i * 10 + j]);
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        });
        return true;
      }
      const [row] = await dataSource.query(
        `SELECT $1::int AS x, $2::text AS label, (SELECT count(*) FROM concurrency_probe) AS n`, [i, `read-${i}`]);
      return row?.x === i && row?.label === `read-${i}`;
    }),
  );
  expect(results.every(Boolean)).toBe(true);
});
