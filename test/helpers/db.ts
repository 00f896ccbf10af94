import 'reflect-metadata';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { EMBEDDED_POOL_SIZE } from '../../src/db/database';

/** A data source on the run's test database (see global-setup.ts). */
export async function openTestDataSource(): Promise<DataSource> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  // The embedded database takes one connection at a time (see src/db/database.ts).
  const embedded = process.env.TEST_DATABASE_KIND === 'embedded';
  return createDataSource(url, embedded ? EMBEDDED_POOL_SIZE : 4, { embedded }).initialize();
}

/**
 * Removes the directory's authorities of these States, which other test files sharing the database may have added:
 * a request's addressee is then the authority the calling file adds (the directory picks by name among several).
 */
export async function clearAuthorities(dataSource: DataSource, countries: string[]): Promise<void> {
  await dataSource.query(`DELETE FROM authorities WHERE jurisdiction_code = ANY($1::text[])`, [countries]);
}

/** Removes every catalogue record (cases, laws, courts and what hangs off them, requests and their kept counts); reference data stays. */
export async function resetCatalogue(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `TRUNCATE cases, laws, courts, ratifications, proceedings, case_articles, case_crime_types, case_keywords, case_laws,
       defendants, charges, victim_groups, cooperation_acts, law_crime_types, law_provisions, provision_articles,
       search_documents, search_lexemes, search_words, search_outbox, alert_outbox, ingest_runs, ingest_rejections,
       treaties, treaty_parties, publications, cooperation_requests, request_events, request_statistics_cells CASCADE`,
  );
  await dataSource.query(`UPDATE search_version SET version = version + 1`);
}
