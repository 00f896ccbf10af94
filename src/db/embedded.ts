import fs from 'node:fs';
import path from 'node:path';
import { type AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import lockfile from 'proper-lockfile';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * An in-process PostgreSQL (PGlite, real PostgreSQL compiled to WebAssembly) served on a loopback port, so the
 * same `pg` driver and TypeORM code run in embedded and server modes. PGlite is a single session: the portal
 * connects with one pooled connection (src/db/database.ts), because the socket server does not keep concurrent
 * connections' extended-protocol messages apart outside transactions.
 * `dataDir` null keeps the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null, maxConnections = 20): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { pg_trgm, unaccent } });
  } catch (error) {
    await release();
    throw error;
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      await release();
    },
  };
}

export class DataDirInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in ${dataDir} is in use by another portal process (a running \`portal serve\`?). ` +
        'Stop it first, or run the portal on a PostgreSQL server (DATABASE_URL) to use several processes at once. ' +
        '(The lock of a process that crashed expires after 15 seconds.)',
    );
  }
}

/**
 * PGlite keeps a data directory's pages in the memory of the one process that opened it: a second process
 * writing the same directory would corrupt it. A lock file next to it (refreshed while held, stale after a
 * crash) keeps a second `portal` process out with a clear message.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(path.dirname(dataDir), {
      lockfilePath: `${dataDir}.lock`,
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (error) => {
        throw error;
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataDirInUseError(dataDir);
    throw error;
  }
}
