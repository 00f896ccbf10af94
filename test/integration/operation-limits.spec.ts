import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { type DataSource } from 'typeorm';
import { createApp } from '../../src/http/app';
import { buildPortalSchema } from '../../src/schema/build-schema';
import { createServices } from '../../src/services';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadConfigForTests } from '../helpers/config';
import { openTestDataSource } from '../helpers/db';

/**
 * Documents an anonymous caller can send to make the server work far more than their size: each must be refused
 * (or answered) at once. Before the limits were made linear, the fan-out documents below kept the process busy
 * for 2^n steps — these tests would run out their timeout instead of failing an assertion.
 */
let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

async function post(query: string, variables?: Record<string, unknown>, url = base) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

/** `fragment F1 on T { ...F0 ...F0 }` … up to F<levels>: 2^levels copies of F0 once expanded. */
function fanOut(levels: number, typeName: string, leaf: string): string {
  let fragments = `fragment F0 on ${typeName} { ${leaf} }\n`;
  for (let i = 1; i <= levels; i++) fragments += `fragment F${i} on ${typeName} { ...F${i - 1} ...F${i - 1} }\n`;
  return fragments;
}

const FAST = 10_000;

describe('operation limits over HTTP', () => {
  it('refuses a fan-out of fragments (2^24 copies) with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const { status, body } = await post(`{ ...F24 }\n${fanOut(24, 'Query', 'crimeTypes { code label }')}`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/cost/);
  }, FAST);

  it('refuses a fan-out nested in a connection, and keeps answering /health meanwhile', async () => {
    const refused = post(`{ cases(first: 100) { edges { node { ...F40 } } } }\n${fanOut(40, 'Case', 'title')}`);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const { status, body } = await refused;
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  }, FAST);

  it('refuses fragments that each nest the previous one one level deeper, counted once each', async () => {
    let fragments = 'fragment D0 on Jurisdiction { code }\n';
    for (let i = 1; i <= 60; i++) fragments += `fragment D${i} on Jurisdiction { code cases { edges { node { jurisdiction { ...D${i - 1} ...D${i - 1} } } } } }\n`;
    const { status, body } = await post(`{ jurisdiction(code: "ITA") { ...D60 } }\n${fragments}`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/depth/);
  }, FAST);

  it('refuses bracket nesting deeper than any query needs before parsing it', async () => {
    const levels = 3000;
    const { status, body } = await post(`{ a${'{ a'.repeat(levels)}${'}'.repeat(levels + 1)}`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/nests/);
  }, FAST);

  it('refuses fragment cycles with graphql’s own message', async () => {
    const { status, body } = await post(`{ ...A } fragment A on Query { ...B crimeTypes { code } } fragment B on Query { ...A }`);
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "A" within itself/);
  }, FAST);

  it('answers a wide selection without quadratic work, and refuses a wide aliased one', async () => {
    const wide = await post(`{ ${'__typename '.repeat(1800)}}`);
    expect(wide.status).toBeLessThan(500);
    const aliased = await post(`{ ${Array.from({ length: 1500 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  }, FAST);

  it('checks the cost with the variables’ values', async () => {
    const query = `query Costly($n: Int) { cases(first: $n) { edges { node { jurisdiction { cases(first: $n) { edges { node { reference defendants { charges { verdict } } } } } } } } } }`;
    const small = await post(query, { n: 5 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    const big = await post(query, { n: 100 });
    expect(big.status).toBe(400);
    expect(big.body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  }, FAST);

  it('checks each operation of a repeated document by its own name, with each request’s variables', async () => {
    // Validation measures every operation with the default page size (both pass); the variables decide the rest.
    const document = `query Light { crimeTypes { code } }
      query Costly($n: Int) { cases(first: $n) { edges { node { jurisdiction { cases(first: $n) { edges { node { reference defendants { charges { verdict } } } } } } } } } }`;
    const ask = async (operationName: string, n: number) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName, variables: { n } }),
      });
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
    };
    for (let round = 0; round < 2; round++) {
      const light = await ask('Light', 100);
      expect(light.status).toBe(200);
      expect(light.body.errors).toBeUndefined();
      expect(light.body.data.crimeTypes.length).toBeGreaterThan(0);
      const costly = await ask('Costly', 100);
      expect(costly.status).toBe(400);
      expect(costly.body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
      const small = await ask('Costly', 2);
      expect(small.status).toBe(200);
      expect(small.body.errors).toBeUndefined();
    }
  }, FAST);

  it('lets the standard introspection query through the limits', async () => {
    const { status, body } = await post(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.__schema.types.some((t: { name: string }) => t.name === 'Case')).toBe(true);
  }, FAST);

  it('refuses introspection that nests lists in lists (types → fields → type → fields …)', async () => {
    const { status, body } = await post(`{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/Introspection/);
  }, FAST);
});

describe('introspection turned off', () => {
  let closed: Server;
  let closedBase: string;
  let closedApi: Awaited<ReturnType<typeof createApp>>;

  beforeAll(async () => {
    const config = { ...loadConfigForTests() };
    config.limits = { ...config.limits, introspection: false };
    closedApi = await createApp(await buildPortalSchema(), createServices(dataSource), config);
    closed = closedApi.listen(0);
    await new Promise((resolve) => closed.once('listening', resolve));
    closedBase = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => closed?.close(resolve));
    await closedApi?.apollo.stop();
  });

  it('refuses __schema and __type with a message that says so, and still answers queries', async () => {
    const refused = await post(`{ __schema { queryType { name } } }`, undefined, closedBase);
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0].message).toMatch(/Introspection is turned off.*GRAPHQL_INTROSPECTION=false/);
    const typed = await post(`{ __type(name: "Case") { name } }`, undefined, closedBase);
    expect(typed.status).toBe(400);
    const normal = await post(`{ crimeTypes { code } __typename }`, undefined, closedBase);
    expect(normal.status).toBe(200);
    expect(normal.body.data.crimeTypes.length).toBeGreaterThan(10);
  });
});
