import fs from 'node:fs';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { type Config } from '../config';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from './embedded';

export interface Database {
  dataSource: DataSource;
  mode: 'embedded' | 'server';
  /** True when the embedded database was created by this start (so it needs seeding). */
  fresh: boolean;
  close(): Promise<void>;
}

/** Connections to the embedded database: see openDatabase. */
export const EMBEDDED_POOL_SIZE = 1;

/** Opens the configured database: the server at DATABASE_URL, or the embedded one under DATA_DIR. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) {
    const dataSource = await createDataSource(config.databaseUrl).initialize();
    return { dataSource, mode: 'server', fresh: false, close: () => dataSource.destroy() };
  }
  const dataDir = path.join(config.dataDir, 'pglite');
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const embedded = await startEmbeddedPostgres(dataDir);
  try {
    // One connection: the socket server interleaves the messages of concurrent connections on PGlite's single
    // session outside transactions (a reader's Bind lands on another connection's statement), so every
    // statement is queued in the pool instead.
    const dataSource = await createDataSource(embedded.url, EMBEDDED_POOL_SIZE, { embedded: true }).initialize();
    return {
      dataSource,
      mode: 'embedded',
      fresh,
      async close() {
        await dataSource.destroy();
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}
