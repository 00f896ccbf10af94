import { type GraphQLSchema, parse } from 'graphql';
import { buildPortalSchema } from '../../../src/schema/build-schema';
import { OperationChecks } from '../../../src/schema/operation-checks';

/**
 * The checks remembered per document must give every request of that document what a fresh check would: the same
 * limit refused every time, the variables' values still counted, each operation of a document checked as itself.
 * Each test asks with the same parsed document object, as Apollo's document store hands it back.
 */
const LIMITS = { maxDepth: 10, maxCost: 50_000, introspection: true };
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildPortalSchema();
});

const code = (error: { extensions: Record<string, unknown> } | null) => error?.extensions.code ?? null;

describe(OperationChecks.name, () => {
  it('refuses a document over the cost limit on every request, each with an error of its own', () => {
    const checks = new OperationChecks(LIMITS);
    const document = parse(
      `{ cases(first: 100) { edges { node { jurisdiction { cases(first: 100) { edges { node { reference defendants { charges { verdict } } } } } } } } } }`,
    );
    const first = checks.check(schema, document, undefined, {});
    const second = checks.check(schema, document, undefined, {});
    const third = checks.check(schema, document, undefined, { unrelated: 1 });
    for (const error of [first, second, third]) {
      expect(code(error)).toBe('QUERY_TOO_COMPLEX');
      expect(error!.message).toBe('Query cost exceeds the limit of 50000');
    }
    expect(second).not.toBe(first);
    expect(third).not.toBe(second);
  });

  it('counts the page size of each request when it is a variable', () => {
    const checks = new OperationChecks(LIMITS);
    const document = parse(
      `query Costly($n: Int) { cases(first: $n) { edges { node { jurisdiction { cases(first: $n) { edges { node { reference defendants { charges { verdict } } } } } } } } } }`,
    );
    expect(checks.check(schema, document, 'Costly', { n: 5 })).toBeNull();
    expect(code(checks.check(schema, document, 'Costly', { n: 100 }))).toBe('QUERY_TOO_COMPLEX');
    expect(checks.check(schema, document, 'Costly', { n: 5 })).toBeNull();
    expect(code(checks.check(schema, document, 'Costly', { n: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('checks each operation of a document as itself, whichever is asked first', () => {
    const document = parse(`
      query Light { crimeTypes { code } }
      query Deep { jurisdiction(code: "ITA") { cases { edges { node { jurisdiction { cases { edges { node { jurisdiction { cases { edges { node { reference } } } } } } } } } } } } }
    `);
    for (const order of [['Light', 'Deep'], ['Deep', 'Light']]) {
      const checks = new OperationChecks(LIMITS);
      for (let round = 0; round < 2; round++) {
        for (const name of order) {
          const error = checks.check(schema, document, name, {});
          if (name === 'Light') expect(error).toBeNull();
          else expect(error?.message).toBe('Query depth exceeds the limit of 10');
        }
      }
    }
  });

  it('keeps refusing introspection when it is turned off', () => {
    const checks = new OperationChecks({ ...LIMITS, introspection: false });
    const document = parse(`{ __schema { queryType { name } } }`);
    for (let i = 0; i < 3; i++) {
      expect(checks.check(schema, document, undefined, {})?.message).toMatch(/Introspection is turned off/);
    }
  });

  it('refuses the NUL character written in the document every time, and in the variables of the request that sends it', () => {
    const checks = new OperationChecks(LIMITS);
    const written = parse(`{ case(reference: "A\\u0000B") { reference } }`);
    for (let i = 0; i < 2; i++) {
      const error = checks.check(schema, written, undefined, {});
      expect(code(error)).toBe('BAD_USER_INPUT');
      expect(error!.message).toMatch(/^reference: /);
    }
    const byVariable = parse(`query One($reference: String!) { case(reference: $reference) { reference } }`);
    expect(checks.check(schema, byVariable, 'One', { reference: 'ITA-2019-001' })).toBeNull();
    expect(checks.check(schema, byVariable, 'One', { reference: 'ITA\u00002019' })?.message).toMatch(/^\$reference: /);
    expect(checks.check(schema, byVariable, 'One', { reference: 'ITA-2019-001' })).toBeNull();
  });
});
