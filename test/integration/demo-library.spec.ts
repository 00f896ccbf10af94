import { type DataSource } from 'typeorm';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { generatePublications, generateRatifications, generateTreaties } from '../../ingest/generate/library';
import { ingestFile } from '../../ingest/ingest-file';
import { DEMO_SEED } from '../../src/services/demo.service';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
});

const rows = (records: Iterable<unknown>) => [...records].map((record, i) => ({ line: i + 1, record }));

describe('the demo catalogue\'s legal library', () => {
  it('is synthetic, labelled, valid, deterministic and idempotent', async () => {
    const vocabulary = await generatorVocabulary(dataSource);
    const regions = await dataSource.query(`SELECT code, name, region FROM jurisdictions WHERE un_status <> 'REIO' ORDER BY code`);
    const sets = {
      ratification: () => generateRatifications(vocabulary, DEMO_SEED),
      treaty: () => generateTreaties(regions, DEMO_SEED),
      publication: () => generatePublications(vocabulary, DEMO_SEED),
    } as const;
    for (const [kind, make] of Object.entries(sets) as [keyof typeof sets, () => Iterable<unknown>][]) {
      expect(JSON.stringify([...make()])).toBe(JSON.stringify([...make()]));
      const first = await ingestFile(dataSource, null, { kind, sample: true, rows: rows(make()) });
      expect({ kind, rejected: first.rejected, firstRejected: first.rows.find((r) => r.outcome === 'rejected') }).toEqual({ kind, rejected: 0, firstRejected: undefined });
      expect(first.created).toBeGreaterThan(5);
      const again = await ingestFile(dataSource, null, { kind, sample: true, rows: rows(make()) });
      expect(again).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    }
    const [r] = await dataSource.query(`SELECT bool_and(is_sample) AS all_sample, bool_and(source LIKE 'Synthetic%') AS labelled,
      count(DISTINCT jurisdiction_code)::int AS states FROM ratifications`);
    expect(r).toMatchObject({ all_sample: true, labelled: true });
    const [states] = await dataSource.query(`SELECT count(*)::int AS n FROM jurisdictions WHERE un_status <> 'REIO'`);
    // Some States have no status loaded, so the portal shows that it is not loaded.
    expect(r.states).toBeLessThan(states.n);
    expect(r.states).toBeGreaterThan(states.n / 2);
    const [declarations] = await dataSource.query(`SELECT count(*) FILTER (WHERE convention_as_extradition_basis) AS yes,
      count(*) FILTER (WHERE NOT convention_as_extradition_basis) AS no FROM ratifications WHERE instrument_code = 'UNTOC'`);
    expect([Number(declarations.yes) > 0, Number(declarations.no) > 0]).toEqual([true, true]);
    for (const table of ['treaties', 'publications']) {
      const [t] = await dataSource.query(`SELECT bool_and(is_sample) AS s, bool_and(reference LIKE 'SYN-%') AS ref,
        bool_and(title LIKE '%(synthetic)') AS title FROM ${table}`);
      expect(t).toEqual({ s: true, ref: true, title: true });
    }
    const [annotations] = await dataSource.query(`SELECT bool_and(annotation LIKE 'Synthetic bibliography entry%') AS ok FROM publications`);
    expect(annotations.ok).toBe(true);

    // A real ratification loaded later replaces the sample, even with the same dates.
    const [sample] = await dataSource.query(`SELECT * FROM ratifications WHERE instrument_code = 'UNTOC' AND ratified_on IS NOT NULL LIMIT 1`);
    const real = await ingestFile(dataSource, null, {
      kind: 'ratification',
      rows: [{ line: 1, record: { country: sample.jurisdiction_code, instrument: 'UNTOC', signedOn: sample.signed_on, ratifiedOn: sample.ratified_on,
        kind: sample.kind, source: sample.source } }],
    });
    expect(real.updated).toBe(1);
    const [after] = await dataSource.query(`SELECT is_sample FROM ratifications WHERE id = $1`, [sample.id]);
    expect(after.is_sample).toBe(false);
  });
});
