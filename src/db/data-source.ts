import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './migrations';
import { StatementCountingLogger } from './statement-counter';

// DATE columns stay 'YYYY-MM-DD' strings: no time zone can shift a decision date.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** One set of options for the app, the tests and the migration CLI. The schema only changes through migrations. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+ and PGlite
    logger: new StatementCountingLogger(),
    poolSize,
    extra: { application_name: 'portal', connectionTimeoutMillis: 10_000 },
  };
}

/** Data sources on the embedded database, where statements are never prepared by name (see src/db/prepared.ts). */
const embeddedDataSources = new WeakSet<DataSource>();

export function createDataSource(url: string, poolSize?: number, options: { embedded?: boolean } = {}): DataSource {
  const dataSource = new DataSource(dataSourceOptions(url, poolSize));
  if (options.embedded) embeddedDataSources.add(dataSource);
  return dataSource;
}

export const isEmbeddedDataSource = (dataSource: DataSource): boolean => embeddedDataSources.has(dataSource);
