import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(__dirname, '../../dist/src/cli.js');

export interface RunningPortal {
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the built portal (`portal serve`, as `npm start` does) in embedded mode on a free port: the first start
 * on a data directory migrates, loads the reference data and the demo catalogue. Resolves once it listens.
 * Without `dataDir` it uses a fresh one, removed on stop; a given one is the caller's and is kept.
 * With `databaseUrl` it serves that PostgreSQL database instead (already migrated; no demo catalogue), with a
 * fixed AUTH_SECRET the caller may pass as `authSecret`.
 */
export function servePortal(options: { dataDir?: string; databaseUrl?: string; authSecret?: string } = {}): Promise<RunningPortal> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete env.DATABASE_URL;
  delete env.SEARCH_BACKEND;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    env.AUTH_SECRET = options.authSecret ?? 'a test secret of at least thirty-two characters';
  }
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        logs.push(line);
        if (line.includes('portal listening')) resolve({ url: JSON.parse(line).url, logs, stop });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`portal exited with ${code}:\n${logs.join('\n')}`)));
  });
}
