import { type DataSource } from 'typeorm';
import { generateCases, generateLaws, LAWS_PER_COUNTRY } from '../../ingest/generate';
import { generatePublications, generateRatifications, generateTreaties } from '../../ingest/generate/library';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { ingestFile } from '../../ingest/ingest-file';
import { type SourceRow } from '../../ingest/readers';
import { commandLineActor, recordAudit } from './audit.service';

export const DEMO_SEED = 2026;
export const DEMO_CASES = 400;

function* asRows(records: Iterable<unknown>): Iterable<SourceRow> {
  let line = 0;
  for (const record of records) yield { line: ++line, record };
}

/**
 * The synthetic demo catalogue: generated cases and laws (references start with SYN-, every summary says it is
 * synthetic), and a legal library of synthetic ratifications, treaties and publications (marked as samples and
 * saying they are synthetic), loaded published through the same pipeline as any catalogue. Idempotent.
 */
export async function loadDemoCatalogue(dataSource: DataSource) {
  const vocabulary = await generatorVocabulary(dataSource);
  const laws = await ingestFile(dataSource, null, {
    kind: 'law', publish: true, // Every country's law list, so every law a demo case charges resolves to a published law.
    rows: asRows(generateLaws({ count: vocabulary.countries.length * LAWS_PER_COUNTRY, seed: DEMO_SEED, vocabulary })),
  });
  const cases = await ingestFile(dataSource, null, {
    kind: 'case', publish: true, rows: asRows(generateCases({ count: DEMO_CASES, seed: DEMO_SEED, vocabulary })),
  });
  // The legal library: synthetic ratifications, treaties and publications, loaded as samples.
  const regions: { code: string; name: string; region: string }[] = await dataSource.query(
    `SELECT code, name, region FROM jurisdictions WHERE un_status <> 'REIO' ORDER BY code`,
  );
  const library = { sample: true, publish: true } as const;
  const ratifications = await ingestFile(dataSource, null, {
    kind: 'ratification', ...library, rows: asRows(generateRatifications(vocabulary, DEMO_SEED)),
  });
  const treaties = await ingestFile(dataSource, null, { kind: 'treaty', ...library, rows: asRows(generateTreaties(regions, DEMO_SEED)) });
  const publications = await ingestFile(dataSource, null, {
    kind: 'publication', ...library, rows: asRows(generatePublications(vocabulary, DEMO_SEED)),
  });
  const counts = (s: typeof laws) => ({ read: s.read, created: s.created, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected });
  const all = [laws, cases, ratifications, treaties, publications];
  if (all.some((s) => s.rejected)) {
    const first = all.flatMap((s) => s.rows).find((r) => r.outcome === 'rejected');
    throw new Error(`demo catalogue rejected rows, first: ${JSON.stringify(first)}`);
  }
  const report = {
    laws: counts(laws), cases: counts(cases), ratifications: counts(ratifications), treaties: counts(treaties),
    publications: counts(publications),
  };
  await recordAudit(dataSource.manager, commandLineActor('portal'), {
    action: 'ingest.demo', entityType: 'ingest-run', entityId: cases.runId, after: { ...report, publish: true },
  });
  return report;
}
