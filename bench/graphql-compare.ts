/**
 * bench/graphql-compare: the portal beside PostGraphile 4 (with the connection-filter plugin) on the same
 * database, in one run. Both run as servers in their own processes (`portal serve` and
 * bench/postgraphile-server.ts), on a catalogue of generated cases and laws loaded through the real ingest.
 *
 * Workloads, each at 1 and 4 concurrent clients, with rotating arguments:
 * - nested: 50 cases filtered by three countries and three articles (with the total), each with its jurisdiction,
 *   articles and their instrument, crime types, defendants and their charges;
 * - one case: one case by reference with its jurisdiction's name.
 * Before timing, every argument set is asked of both servers and the answers compared (same cases in the same
 * order, same nested data; the defendants' names as the portal shows them to the public, by the portal's own rule).
 *
 * Per workload and server: requests/s, latency, SQL statements per request (counted by a wire-protocol proxy in a
 * separate counting pass), server CPU per request (/proc of the server process) and PostgreSQL CPU per request
 * (/proc of the backends serving that server's connections). Phases are interleaved (portal, PostGraphile, then
 * PostGraphile, portal in the next round) so both see the same background load.
 *
 * Run: npm run bench:compare  (BENCH_CASES, BENCH_SECONDS, BENCH_ROUNDS, BENCH_DATABASE, BENCH_REUSE=1,
 * BENCH_PORTAL_PORT, BENCH_POSTGRAPHILE_PORT, BENCH_POSTGRES_URL)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { initials, wasMinor } from '../src/services/privacy';
import { BENCH_SERVER, generatedCatalogue, round, summarize } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const DATABASE = process.env.BENCH_DATABASE ?? 'portal_bench_graphql';
const PORTAL_PORT = Number(process.env.BENCH_PORTAL_PORT ?? 4121);
const POSTGRAPHILE_PORT = Number(process.env.BENCH_POSTGRAPHILE_PORT ?? 5121);
const ROOT = path.resolve(__dirname, '../..');

const PORTAL_NESTED = `query Nested($countries: [String!], $articles: [String!]) {
  cases(filter: { countries: $countries, articles: $articles }, first: 50) { totalCount edges { node {
    reference title decisionDate courtLevel
    jurisdiction { code name region }
    articles { id number title instrument { code } }
    crimeTypes { code label }
    defendants { name charges { verdict sentence prisonMonths } }
  } } } }`;

const POSTGRAPHILE_NESTED = `query Nested($countries: [String!], $articles: [String!]) {
  allCases(first: 50, orderBy: [DECISION_DATE_DESC, ID_DESC],
           filter: { status: { equalTo: "PUBLISHED" }, jurisdictionCode: { in: $countries },
                     caseArticlesByCaseId: { some: { articleId: { in: $articles } } } }) {
    totalCount nodes {
      reference title decisionDate courtLevel
      jurisdictionByJurisdictionCode { code name region }
      caseArticlesByCaseId { nodes { articleByArticleId { id number title instrumentCode } } }
      caseCrimeTypesByCaseId { nodes { crimeTypeByCrimeTypeCode { code label } } }
      defendantsByCaseId(orderBy: SEQ_ASC) { nodes { name age legalPerson
        chargesByDefendantId(orderBy: SEQ_ASC) { nodes { verdict sentence prisonMonths } } } }
    } } }`;

const PORTAL_ONE = `query One($reference: String!) { case(reference: $reference) { reference jurisdiction { name } } }`;
// `reference` has a unique index, not a unique constraint, so PostGraphile offers no caseByReference: a condition.
const POSTGRAPHILE_ONE = `query One($reference: String!) {
  allCases(condition: { reference: $reference, status: "PUBLISHED" }, first: 1) { nodes { reference jurisdictionByJurisdictionCode { name } } } }`;

type Side = 'portal' | 'postgraphile';
type Vars = Record<string, unknown>;

/** The same shape from both servers: cases in order, their links sorted where the two order differently. */
function normalizeNested(side: Side, data: any) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
  if (side === 'portal') {
    return {
      totalCount: data.cases.totalCount,
      cases: data.cases.edges.map(({ node: c }: any) => ({
        reference: c.reference, title: c.title, decisionDate: c.decisionDate, courtLevel: c.courtLevel,
        jurisdiction: c.jurisdiction,
        articles: c.articles.map((a: any) => ({ id: a.id, number: a.number, title: a.title, instrument: a.instrument.code })).sort(byId),
        crimeTypes: [...c.crimeTypes].sort(byCode),
        defendants: c.defendants.map((d: any) => ({ name: d.name, charges: d.charges })),
      })),
    };
  }
  return {
    totalCount: data.allCases.totalCount,
    cases: data.allCases.nodes.map((c: any) => ({
      reference: c.reference, title: c.title, decisionDate: c.decisionDate, courtLevel: c.courtLevel,
      jurisdiction: c.jurisdictionByJurisdictionCode,
      articles: c.caseArticlesByCaseId.nodes
        .map(({ articleByArticleId: a }: any) => ({ id: a.id, number: a.number, title: a.title, instrument: a.instrumentCode }))
        .sort(byId),
      crimeTypes: c.caseCrimeTypesByCaseId.nodes.map((t: any) => t.crimeTypeByCrimeTypeCode).sort(byCode),
      // The portal shows minors by their initials to the public: the same rule applied to PostGraphile's raw rows.
      defendants: c.defendantsByCaseId.nodes.map((d: any) => ({
        name: d.name && wasMinor(d) ? initials(d.name) : d.name,
        charges: d.chargesByDefendantId.nodes,
      })),
    })),
  };
}

function normalizeOne(side: Side, data: any) {
  const c = side === 'portal' ? data.case : data.allCases.nodes[0] ?? null;
  if (!c) return null;
  return { reference: c.reference, jurisdiction: (side === 'portal' ? c.jurisdiction : c.jurisdictionByJurisdictionCode).name };
}

/**
 * A TCP proxy to PostgreSQL that counts the statements its clients run: simple queries ('Q') and executions of
 * extended-protocol portals ('E'), telling transaction control (BEGIN, COMMIT, …) apart from the rest.
 */
class CountingProxy {
  statements = 0;
  transactionControl = 0;
  background = 0;
  private server: net.Server;
  private readonly target: URL;

  constructor(target: string) {
    this.target = new URL(target);
    this.server = net.createServer((client) => this.connection(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  close() {
    this.server.close();
  }

  private connection(client: net.Socket) {
    const upstream = net.connect(Number(this.target.port || 5432), this.target.hostname);
    let buffer = Buffer.alloc(0);
    let started = false;
    const named = new Map<string, string>();
    let bound = '';
    // The portal polls its outboxes in the background (search_outbox; alert_outbox and webhook_deliveries for saved
    // searches, busy after a catalogue was loaded): their transactions are counted apart, so that only the requests'
    // statements are counted.
    let transaction: string[] | null = null;
    const settle = (texts: string[]) => {
      if (texts.some((t) => /search_outbox|alert_outbox|webhook_deliveries/.test(t))) this.background += texts.length;
      else for (const t of texts) if (/^\s*(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(t)) this.transactionControl++;
      else this.statements++;
    };
    const count = (text: string) => {
      if (/^\s*(BEGIN|START TRANSACTION)\b/i.test(text)) transaction = [text];
      else if (transaction) {
        transaction.push(text);
        if (/^\s*(COMMIT|END|ROLLBACK)\b/i.test(text)) {
          settle(transaction);
          transaction = null;
        }
      } else settle([text]);
    };
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) started = true; // not an SSLRequest: the startup message
          continue;
        }
        if (buffer.length < 5) return;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) return;
        const body = buffer.subarray(5, length + 1);
        buffer = buffer.subarray(length + 1);
        if (type === 'Q') count(body.toString('utf8', 0, body.length - 1));
        else if (type === 'P') {
          const end = body.indexOf(0);
          const name = body.toString('utf8', 0, end);
          const text = body.toString('utf8', end + 1, body.indexOf(0, end + 1));
          named.set(name, text);
        } else if (type === 'B') {
          const portalEnd = body.indexOf(0);
          const statement = body.toString('utf8', portalEnd + 1, body.indexOf(0, portalEnd + 1));
          bound = named.get(statement) ?? '';
        } else if (type === 'E') count(bound);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}

interface Running {
  side: Side;
  child: ChildProcess;
  url: string;
}

async function startServer(side: Side, databaseUrl: string, port: number): Promise<Running> {
  // Both as in production (graphql-js skips its development checks); the portal then needs a signing key.
  const env = { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', NODE_ENV: 'production' };
  const child =
    side === 'portal'
      ? spawn(process.execPath, [path.join(ROOT, 'dist/src/cli.js'), 'serve'], {
          env: {
            ...env,
            DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-')),
            SEARCH_BACKEND: 'postgres',
            AUTH_SECRET: 'bench-only-signing-key-not-used-by-any-request-0123456789',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        })
      : spawn(process.execPath, [path.join(ROOT, 'dist/bench/postgraphile-server.js')], {
          env: { ...env, PGAPPNAME: 'postgraphile' },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${side} exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${side} did not answer within 60 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { side, child, url };
}

async function stopServer(server: Running) {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

async function ask(url: string, query: string, variables: Vars): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || !res.ok) throw new Error(`${url}: ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** CPU time (ms) a process has used so far, from /proc; null where /proc cannot be read. */
function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

async function backendCpu(monitor: Client, applicationName: string): Promise<Map<number, number>> {
  const { rows } = await monitor.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`, [DATABASE, applicationName]);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = cpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

interface Workload {
  name: string;
  clients: number;
  query: Record<Side, string>;
  variables: Vars[];
}

async function measure(server: Running, workload: Workload, monitor: Client) {
  const appName = server.side === 'portal' ? 'portal' : 'postgraphile';
  let next = 0;
  const request = async () => {
    const variables = workload.variables[next++ % workload.variables.length];
    const t = process.hrtime.bigint();
    await ask(server.url, workload.query[server.side], variables);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  // Warm-up at the same concurrency, so every pooled connection is open before the backends are read.
  await Promise.all(Array.from({ length: workload.clients }, async () => {
    for (let i = 0; i < 10; i++) await request();
  }));
  const pgBefore = await backendCpu(monitor, appName);
  const serverBefore = cpuMs(server.child.pid!);
  const latencies: number[] = [];
  const t0 = Date.now();
  const until = t0 + SECONDS * 1000;
  await Promise.all(Array.from({ length: workload.clients }, async () => {
    while (Date.now() < until) latencies.push(await request());
  }));
  const seconds = (Date.now() - t0) / 1000;
  const serverAfter = cpuMs(server.child.pid!);
  const pgAfter = await backendCpu(monitor, appName);
  let pgMs = 0;
  for (const [pid, ms] of pgAfter) pgMs += ms - (pgBefore.get(pid) ?? 0);
  const n = latencies.length;
  return {
    requestsPerSecond: round(n / seconds),
    latencyMs: summarize(latencies),
    serverCpuMsPerRequest: serverBefore !== null && serverAfter !== null ? round((serverAfter - serverBefore) / n) : null,
    postgresCpuMsPerRequest: pgAfter.size ? round(pgMs / n) : null,
  };
}

async function main() {
  const dataSource = await generatedCatalogue(DATABASE, CASES);
  const databaseUrl = `${BENCH_SERVER}/${DATABASE}`;
  // Rotating arguments: windows of three of the busiest countries, with three articles each.
  const countries: string[] = (
    await dataSource.query(`SELECT jurisdiction_code AS code FROM cases WHERE status = 'PUBLISHED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 9`)
  ).map((r: { code: string }) => r.code);
  const articleSets = [['TIP-5', 'SOM-6', 'UNTOC-5'], ['UNTOC-18', 'TIP-3', 'SOM-3'], ['UNTOC-2', 'UNTOC-20', 'UNTOC-3'], ['TIP-5', 'UNTOC-6', 'UNTOC-23']];
  const nestedVars: Vars[] = [];
  for (let i = 0; i < 8; i++) {
    nestedVars.push({ countries: [0, 1, 2].map((k) => countries[(i + k * 3) % countries.length]), articles: articleSets[i % articleSets.length] });
  }
  const references: string[] = (
    await dataSource.query(`SELECT reference FROM cases WHERE status = 'PUBLISHED' ORDER BY md5(reference) LIMIT 500`)
  ).map((r: { reference: string }) => r.reference);
  const oneVars: Vars[] = references.map((reference) => ({ reference }));
  await dataSource.destroy();

  const nested = { portal: PORTAL_NESTED, postgraphile: POSTGRAPHILE_NESTED };
  const one = { portal: PORTAL_ONE, postgraphile: POSTGRAPHILE_ONE };
  const sides: Side[] = ['portal', 'postgraphile'];
  const port = (side: Side) => (side === 'portal' ? PORTAL_PORT : POSTGRAPHILE_PORT);

  // 1. Statements per request, through the counting proxy (a separate pass: the proxy stays out of the timings).
  const statements: Record<string, Record<Side, { statements: number; transactionControl: number }>> = { nested: {} as any, one: {} as any };
  for (const side of sides) {
    const proxy = new CountingProxy(databaseUrl);
    const proxyPort = await proxy.listen();
    const server = await startServer(side, databaseUrl.replace(/@[^/]+\//, `@127.0.0.1:${proxyPort}/`), port(side));
    try {
      for (const [name, query, vars] of [['nested', nested, nestedVars], ['one', one, oneVars]] as const) {
        await ask(server.url, query[side], vars[0]); // first use: caches, prepared statements
        const [s0, t0] = [proxy.statements, proxy.transactionControl];
        for (let i = 1; i <= 10; i++) await ask(server.url, query[side], vars[i % vars.length]);
        statements[name][side] = { statements: (proxy.statements - s0) / 10, transactionControl: (proxy.transactionControl - t0) / 10 };
      }
    } finally {
      await stopServer(server);
      proxy.close();
    }
  }

  // 2. The servers, directly on PostgreSQL.
  const servers = {} as Record<Side, Running>;
  for (const side of sides) servers[side] = await startServer(side, databaseUrl, port(side));
  const monitor = new Client({ connectionString: databaseUrl, application_name: 'bench-monitor' });
  await monitor.connect();
  try {
    // 3. Same answers.
    for (const vars of nestedVars) {
      const [a, b] = await Promise.all(sides.map(async (s) => normalizeNested(s, await ask(servers[s].url, nested[s], vars))));
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`answers differ for ${JSON.stringify(vars)}:\n${JSON.stringify(a).slice(0, 800)}\n${JSON.stringify(b).slice(0, 800)}`);
      if (a.cases.length !== 50) throw new Error(`expected 50 cases for ${JSON.stringify(vars)}, got ${a.cases.length}`);
    }
    for (const vars of oneVars.slice(0, 50)) {
      const [a, b] = await Promise.all(sides.map(async (s) => normalizeOne(s, await ask(servers[s].url, one[s], vars))));
      if (!a || JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`answers differ for ${JSON.stringify(vars)}: ${JSON.stringify(a)} / ${JSON.stringify(b)}`);
    }

    // 4. Timed phases, interleaved.
    const workloads: Workload[] = [
      { name: 'nested query, 1 client', clients: 1, query: nested, variables: nestedVars },
      { name: 'nested query, 4 clients', clients: 4, query: nested, variables: nestedVars },
      { name: 'one case by reference, 1 client', clients: 1, query: one, variables: oneVars },
      { name: 'one case by reference, 4 clients', clients: 4, query: one, variables: oneVars },
    ];
    const results: Record<string, Record<Side, Awaited<ReturnType<typeof measure>>[]>> = {};
    for (let r = 0; r < ROUNDS; r++) {
      for (const workload of workloads) {
        results[workload.name] ??= { portal: [], postgraphile: [] };
        for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
          results[workload.name][side].push(await measure(servers[side], workload, monitor));
        }
      }
    }

    const mean = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? round((xs as number[]).reduce((a, b) => a + b, 0) / xs.length) : null);
    const table = workloads.map((w) => {
      const [p, g] = [results[w.name].portal, results[w.name].postgraphile];
      const rps = { portal: mean(p.map((x) => x.requestsPerSecond))!, postgraphile: mean(g.map((x) => x.requestsPerSecond))! };
      return {
        workload: w.name,
        requestsPerSecond: rps,
        ratio: round(rps.portal / rps.postgraphile),
        perRound: p.map((x, i) => ({ portal: x.requestsPerSecond, postgraphile: g[i].requestsPerSecond })),
        p50Ms: { portal: mean(p.map((x) => x.latencyMs.p50)), postgraphile: mean(g.map((x) => x.latencyMs.p50)) },
        p95Ms: { portal: mean(p.map((x) => x.latencyMs.p95)), postgraphile: mean(g.map((x) => x.latencyMs.p95)) },
        serverCpuMsPerRequest: { portal: mean(p.map((x) => x.serverCpuMsPerRequest)), postgraphile: mean(g.map((x) => x.serverCpuMsPerRequest)) },
        postgresCpuMsPerRequest: { portal: mean(p.map((x) => x.postgresCpuMsPerRequest)), postgraphile: mean(g.map((x) => x.postgresCpuMsPerRequest)) },
      };
    });
    console.log(JSON.stringify({
      benchmark: 'graphql-compare',
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      loadAverage: os.loadavg().map(round),
      catalogue: { cases: CASES, database: DATABASE },
      secondsPerPhase: SECONDS,
      rounds: ROUNDS,
      sqlStatementsPerRequest: statements,
      results: table,
    }, null, 2));
    console.log('\n| measure | portal | PostGraphile | portal / PostGraphile |\n|---|---|---|---|');
    for (const row of table) {
      console.log(`| ${row.workload}, req/s | ${row.requestsPerSecond.portal} | ${row.requestsPerSecond.postgraphile} | ${row.ratio} |`);
    }
    const cpu = (w: number, k: 'serverCpuMsPerRequest' | 'postgresCpuMsPerRequest', s: Side) => table[w][k][s];
    console.log(`| SQL statements per request (nested / one case), + transaction control | ${statements.nested.portal.statements} / ${statements.one.portal.statements} (+${statements.nested.portal.transactionControl} / +${statements.one.portal.transactionControl}) | ${statements.nested.postgraphile.statements} / ${statements.one.postgraphile.statements} (+${statements.nested.postgraphile.transactionControl} / +${statements.one.postgraphile.transactionControl}) | |`);
    console.log(`| server CPU per request, ms (nested / one case, 4 clients) | ${cpu(1, 'serverCpuMsPerRequest', 'portal')} / ${cpu(3, 'serverCpuMsPerRequest', 'portal')} | ${cpu(1, 'serverCpuMsPerRequest', 'postgraphile')} / ${cpu(3, 'serverCpuMsPerRequest', 'postgraphile')} | |`);
    console.log(`| PostgreSQL CPU per request, ms (nested / one case, 4 clients) | ${cpu(1, 'postgresCpuMsPerRequest', 'portal')} / ${cpu(3, 'postgresCpuMsPerRequest', 'portal')} | ${cpu(1, 'postgresCpuMsPerRequest', 'postgraphile')} / ${cpu(3, 'postgresCpuMsPerRequest', 'postgraphile')} | |`);
  } finally {
    await monitor.end();
    for (const side of sides) await stopServer(servers[side]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
