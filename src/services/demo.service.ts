import { type DataSource } from 'typeorm';
import { generateCases, generateLaws, LAWS_PER_COUNTRY } from '../../ingest/generate';
import { generatePublications, generateRatifications, generateTreaties } from '../../ingest/generate/library';
import { generateRequestRegister, type RegisterInput } from '../../ingest/generate/requests';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { ingestFile } from '../../ingest/ingest-file';
import { type SourceRow } from '../../ingest/readers';
import { commandLineActor, recordAudit } from './audit.service';

export const DEMO_SEED = 2026;
export const DEMO_CASES = 400;
/** The day the demo register of requests stands at: requests not closed by then are open (many past their due date). */
export const DEMO_REGISTER_AS_OF = '2025-12-31';

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
  // The register of requests, from the demo cases' cooperation and the library just loaded (private to each
  // State's authorities and the secretariat, like any request).
  const requests = await ingestFile(dataSource, null, {
    kind: 'request', sample: true, rows: asRows(generateRequestRegister(await registerInput(dataSource))),
  });
  const counts = (s: typeof laws) => ({ read: s.read, created: s.created, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected });
  const all = [laws, cases, ratifications, treaties, publications, requests];
  if (all.some((s) => s.rejected)) {
    const first = all.flatMap((s) => s.rows).find((r) => r.outcome === 'rejected');
    throw new Error(`demo catalogue rejected rows, first: ${JSON.stringify(first)}`);
  }
  const report = {
    laws: counts(laws), cases: counts(cases), ratifications: counts(ratifications), treaties: counts(treaties),
    publications: counts(publications), requests: counts(requests),
  };
  await recordAudit(dataSource.manager, commandLineActor('portal'), {
    action: 'ingest.demo', entityType: 'ingest-run', entityId: cases.runId, after: { ...report, publish: true },
  });
  return report;
}

/** What the demo register is drawn from: the demo cases' cooperation with a counterpart, the treaties, the Convention's parties. */
async function registerInput(dataSource: DataSource): Promise<RegisterInput> {
  const [cases, treaties, ratifications] = await Promise.all([
    dataSource.query(
      `SELECT c.reference, c.title, c.jurisdiction_code AS country, to_char(c.decision_date, 'YYYY-MM-DD') AS "decisionDate",
              ARRAY(SELECT ct.crime_type_code::text FROM case_crime_types ct WHERE ct.case_id = c.id ORDER BY ct.crime_type_code) AS "crimeTypes",
              a.type, a.counterpart_code AS counterpart
         FROM cooperation_acts a JOIN cases c ON c.id = a.case_id
        WHERE c.reference LIKE 'SYN-%' AND c.status = 'PUBLISHED' AND a.type IN ('extradition', 'mutual-legal-assistance', 'joint-investigation', 'confiscation', 'transfer-of-sentenced-persons')
          AND a.counterpart_code IS NOT NULL AND a.counterpart_code <> c.jurisdiction_code`,
    ),
    dataSource.query(
      `SELECT t.reference, t.kinds::text[] AS kinds, to_char(t.in_force_on, 'YYYY-MM-DD') AS "inForceOn",
              json_agg(json_build_object('country', p.jurisdiction_code, 'inForceOn', to_char(p.in_force_on, 'YYYY-MM-DD')) ORDER BY p.seq) AS parties
         FROM treaties t JOIN treaty_parties p ON p.treaty_id = t.id GROUP BY t.id ORDER BY t.reference`,
    ),
    dataSource.query(
      `SELECT jurisdiction_code AS country, to_char(ratified_on, 'YYYY-MM-DD') AS "ratifiedOn",
              convention_as_extradition_basis AS "conventionAsExtraditionBasis"
         FROM ratifications WHERE instrument_code = 'UNTOC' ORDER BY jurisdiction_code`,
    ),
  ]);
  return { cases, treaties, ratifications, seed: DEMO_SEED, asOf: DEMO_REGISTER_AS_OF };
}
