import 'reflect-metadata';
import { createDataSource } from '../src/db/data-source';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { seedReferenceData } from '../src/services/seed.service';

/**
 * One database for the whole run, migrated and seeded once: the server at TEST_DATABASE_URL (CI gives a fresh
 * one), otherwise an in-memory embedded PostgreSQL, so `npm test` needs no server.
 */
export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const embedded = await startEmbeddedPostgres(null, 30);
    (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded = embedded;
    url = embedded.url;
    process.env.TEST_DATABASE_URL = url;
    process.env.TEST_DATABASE_KIND = 'embedded';
  } else {
    process.env.TEST_DATABASE_KIND = 'server';
  }
  const dataSource = await createDataSource(url, 2, { embedded: process.env.TEST_DATABASE_KIND === 'embedded' }).initialize();
  try {
    if (process.env.TEST_DATABASE_KIND === 'server') {
      // A test database is disposable: start from an empty schema every run.
      await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    }
    await dataSource.runMigrations({ transaction: 'each' });
    await seedReferenceData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
