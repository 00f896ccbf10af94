import fs from 'node:fs';
import path from 'node:path';
import { type AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

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
  const db = await PGlite.create({ dataDir: dataDir ?? undefined, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
