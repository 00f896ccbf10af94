import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  getNamedType, type GraphQLArgument, type GraphQLField, type GraphQLInputType, isCompositeType, isEnumType, isInputObjectType,
  isListType, isNonNullType, isScalarType, type GraphQLSchema,
} from 'graphql';
import { type DataSource } from 'typeorm';
import { buildPortalSchema } from '../../src/schema/build-schema';
import { encodeCursor } from '../../src/schema/pagination';
import { account, Role } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

/**
 * Every argument of every query, filled with values a careless or hostile caller sends: each answer must be the
 * caller's error (4xx, a public code naming what was wrong) or an answer — never a 500 or INTERNAL_SERVER_ERROR.
 */
let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;
let secretariatToken: string;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  secretariatToken = (await account(api, Role.SECRETARIAT)).token;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

const UUID = '00000000-0000-4000-8000-000000000000';
/** Cursors that decode but carry values no list issues. */
const CURSORS = [
  encodeCursor('case:DECISION_DATE_DESC', ['2020-13-45', UUID]),
  encodeCursor('case:DECISION_DATE_DESC', ['2020-01-01', 'not-a-uuid']),
  encodeCursor('case:TITLE_ASC', ['a\u0000b', UUID]),
  encodeCursor('law:title', ['x', "1' OR '1'='1"]),
  encodeCursor('search', [1e300]),
  encodeCursor('search', [-1]),
  encodeCursor('ingest-runs', ['2020-02-30T00:00:00Z', UUID]),
  encodeCursor('audit', ['99999999999999999999999']),
  Buffer.from('{"not":"an array"}').toString('base64url'),
  '!!!',
];
const STRINGS = ['a\u0000b', '2020-13-45', 'x'.repeat(20_000), "' OR 1=1 --", '\u202e\ud800', ''];
const INTS = [2147483647, -2147483648, -1, 0];

function hostileValues(type: GraphQLInputType, argumentName: string, depth = 0): unknown[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return hostileValues(inner.ofType, argumentName, depth).map((v) => [v]).concat([[]]);
  if (isEnumType(inner)) return ['NOT_A_VALUE', inner.getValues()[0].value];
  if (isInputObjectType(inner)) {
    if (depth > 1) return [{}];
    const fields = Object.values(inner.getFields());
    // One value per hostile variant: every field of the input filled with it.
    const variants = Math.max(...fields.map((f) => hostileValues(f.type, f.name, depth + 1).length));
    return Array.from({ length: variants }, (_, i) =>
      Object.fromEntries(fields.map((f) => {
        const values = hostileValues(f.type, f.name, depth + 1);
        return [f.name, values[i % values.length]];
      })),
    );
  }
  if (isScalarType(inner)) {
    if (argumentName === 'after') return CURSORS;
    if (inner.name === 'Int') return INTS;
    if (inner.name === 'Float') return [1e308, -1e308];
    if (inner.name === 'Boolean') return [true];
    return STRINGS;
  }
  return [null];
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  return isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function typeText(argument: GraphQLArgument): string {
  return String(argument.type);
}

interface Probe {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** How a query reaches an object of each type whose fields take arguments (nested connections and the like). */
const ENTRY_POINTS: Record<string, (inner: string) => string> = {
  Query: (inner) => inner,
  Article: (inner) => `article(id: "UNTOC-18") { ${inner} }`,
  Jurisdiction: (inner) => `jurisdiction(code: "ITA") { ${inner} }`,
  Instrument: (inner) => `instrument(code: UNTOC) { ${inner} }`,
  CrimeType: (inner) => `crimeTypes { ${inner} }`,
  Case: (inner) => `cases(first: 2) { edges { node { ${inner} } } }`,
  Law: (inner) => `laws(first: 2) { edges { node { ${inner} } } }`,
};

/** One probe per field, argument and hostile value: the other required arguments get a plausible value. */
function probes(schema: GraphQLSchema): Probe[] {
  const out: Probe[] = [];
  for (const [typeName, reach] of Object.entries(ENTRY_POINTS)) {
    const type = schema.getType(typeName);
    if (!type || !('getFields' in type)) throw new Error(`no type ${typeName}`);
    for (const field of Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields())) {
      for (const argument of field.args) {
        for (const value of hostileValues(argument.type, argument.name)) {
          const required = field.args.filter((a) => isNonNullType(a.type) && a !== argument);
          const declared = [argument, ...required].map((a) => `$${a.name}: ${typeText(a)}`).join(', ');
          const passed = [argument, ...required].map((a) => `${a.name}: $${a.name}`).join(', ');
          const variables: Record<string, unknown> = { [argument.name]: value };
          for (const other of required) variables[other.name] = hostileValues(other.type, other.name)[1] ?? 'x';
          out.push({
            label: `${typeName}.${field.name}(${argument.name}: ${JSON.stringify(value)?.slice(0, 60)})`,
            query: `query Fuzz(${declared}) { ${reach(`${field.name}(${passed})${selectionFor(field)}`)} }`,
            variables,
          });
        }
      }
    }
  }
  return out;
}

async function send(probe: Probe, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: probe.query, variables: probe.variables }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  return { status: res.status, body };
}

describe('every query argument, fuzzed', () => {
  it('answers each hostile value as the caller’s mistake or with an answer, never a 500', async () => {
    const schema = await buildPortalSchema();
    const all = probes(schema);
    expect(all.length).toBeGreaterThan(200);
    const failures: string[] = [];
    for (const probe of all) {
      for (const token of [undefined, secretariatToken]) {
        const { status, body } = await send(probe, token);
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) failures.push(`${probe.label} → ${status} ${JSON.stringify(body.errors?.[0])}`);
        if (codes.includes('BAD_USER_INPUT') && status !== 400) failures.push(`${probe.label} → BAD_USER_INPUT with HTTP ${status}`);
      }
    }
    expect(failures).toEqual([]);
    // Over 400 probes, each an HTTP request, twice: more than the default minute on a busy two-core machine.
  }, 180_000);

  it('names the argument of a cursor that decodes but carries impossible values', async () => {
    for (const after of CURSORS.slice(0, 3)) {
      const { status, body } = await send({ label: 'cases', query: `query($after: String) { cases(after: $after) { totalCount } }`, variables: { after } });
      expect(status).toBe(400);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('names the variable that carries a NUL character, and the written argument', async () => {
    const variable = await send({ label: 'case', query: `query($r: String!) { case(reference: $r) { title } }`, variables: { r: 'ITA\u0000' } });
    expect(variable.status).toBe(400);
    expect(variable.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$r' });
    const written = await send({ label: 'case', query: `{ case(reference: "ITA\\u0000x") { title } }`, variables: {} });
    expect(written.status).toBe(400);
    expect(written.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
    const nested = await send({
      label: 'signIn', query: `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, variables: { e: 'a\u0000@x.org', p: 'pw' },
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$e' });
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT and 400', async () => {
    const { status, body } = await send({ label: 'cases', query: `query($n: Int) { cases(first: $n) { totalCount } }`, variables: { n: 'twenty' } });
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
