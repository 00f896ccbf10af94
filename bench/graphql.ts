/**
 * bench/graphql: 50 cases by country and article, each with jurisdiction, articles, crime types, defendants and
 * charges, on a 10k-case generated catalogue, through the real HTTP server; beside the same result produced by
 * one hand-written SQL statement (the floor). Run: npm run build && node dist/bench/graphql.js
 */
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import { statementScope } from '../src/db/statement-counter';
import { createApp, createContext } from '../src/http/app';
import { readConfig } from '../src/config';
import { buildPortalSchema } from '../src/schema/build-schema';
import { createServices } from '../src/services';
import { generatedCatalogue, round, summarize } from './support';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);

const QUERY = `query($countries: [String!], $articles: [String!]) {
  cases(filter: { countries: $countries, articles: $articles }, first: 50) { totalCount edges { node {
    reference title decisionDate courtLevel
    jurisdiction { code name region }
    articles { id number title instrument { code } }
    crimeTypes { code label }
    defendants { name charges { verdict sentence prisonMonths } }
  } } } }`;

const FLOOR_SQL = `
  SELECT c.reference, c.title, c.decision_date, c.court_level,
    json_build_object('code', j.code, 'name', j.name, 'region', j.region) AS jurisdiction,
    (SELECT json_agg(json_build_object('id', a.id, 'number', a.number, 'title', a.title, 'instrument', a.instrument_code) ORDER BY a.id)
       FROM case_articles ca JOIN articles a ON a.id = ca.article_id WHERE ca.case_id = c.id) AS articles,
    (SELECT json_agg(json_build_object('code', t.code, 'label', t.label))
       FROM case_crime_types ct JOIN crime_types t ON t.code = ct.crime_type_code WHERE ct.case_id = c.id) AS crime_types,
    (SELECT json_agg(json_build_object('name', d.name, 'charges',
        (SELECT json_agg(json_build_object('verdict', ch.verdict, 'sentence', ch.sentence, 'prisonMonths', ch.prison_months) ORDER BY ch.seq)
           FROM charges ch WHERE ch.defendant_id = d.id)) ORDER BY d.seq)
       FROM defendants d WHERE d.case_id = c.id) AS defendants
  FROM cases c JOIN jurisdictions j ON j.code = c.jurisdiction_code
  WHERE c.status = 'PUBLISHED' AND c.jurisdiction_code = ANY($1::char(3)[])
    AND EXISTS (SELECT 1 FROM case_articles x WHERE x.case_id = c.id AND x.article_id = ANY($2::text[]))
  ORDER BY COALESCE(c.decision_date, DATE '0001-01-01') DESC, c.id DESC LIMIT 50`;

async function main() {
  const started = Date.now();
  const dataSource = await generatedCatalogue('portal_bench_graphql', CASES);
  const loadSeconds = (Date.now() - started) / 1000;
  // The busiest countries, so the filter really returns 50 cases.
  const top: { code: string }[] = await dataSource.query(
    `SELECT jurisdiction_code AS code FROM cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`,
  );
  const variables = { countries: top.map((t) => t.code), articles: ['TIP-5', 'SOM-6', 'UNTOC-5'] };

  const services = createServices(dataSource);
  const { listen, apollo } = await createApp(await buildPortalSchema(), services, readConfig({ LOG_LEVEL: 'silent' }));
  const server = listen(0);
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  // Statements per request, counted in process.
  const scope = { statements: 0 };
  const check = await statementScope.run(scope, () =>
    apollo.executeOperation({ query: QUERY, variables }, { contextValue: createContext(services, 'bench') }),
  );
  const single = check.body.kind === 'single' ? check.body.singleResult : null;
  if (single?.errors) throw new Error(JSON.stringify(single.errors));
  const returned = (single?.data as any).cases.edges.length;

  const request = async () => {
    const t = process.hrtime.bigint();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  for (let i = 0; i < 20; i++) await request(); // warm-up
  const latencies: number[] = [];
  const t0 = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) latencies.push(await request());
    }),
  );
  const seconds = (Date.now() - t0) / 1000;

  // The floor: the same rows as one hand-written statement, sequential.
  const floor: number[] = [];
  for (let i = 0; i < 20; i++) await dataSource.query(FLOOR_SQL, [variables.countries, variables.articles]);
  for (let i = 0; i < REQUESTS / 2; i++) {
    const t = process.hrtime.bigint();
    const rows = await dataSource.query(FLOOR_SQL, [variables.countries, variables.articles]);
    floor.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (rows.length !== returned) throw new Error(`floor returned ${rows.length} rows, API ${returned}`);
  }
  // The API sequentially too, for a like-for-like latency comparison.
  const sequential: number[] = [];
  for (let i = 0; i < REQUESTS / 2; i++) sequential.push(await request());

  console.log(JSON.stringify({
    benchmark: 'graphql',
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    catalogue: { cases: CASES, loadSeconds: round(loadSeconds) },
    query: { variables, casesReturned: returned, sqlStatementsPerRequest: scope.statements },
    api: { concurrency: CONCURRENCY, requestsPerSecond: round(REQUESTS / seconds), latencyMs: summarize(latencies) },
    apiSequentialMs: summarize(sequential),
    floorSingleSqlMs: summarize(floor),
  }, null, 2));
  server.close();
  await apollo.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
