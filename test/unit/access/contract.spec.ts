import 'reflect-metadata';
import { type GraphQLField, type GraphQLObjectType, type GraphQLInputObjectType } from 'graphql';
import { buildPortalSchema } from '../../../src/schema/build-schema';

/** Names used by checks outside the project. */
describe('access contract names', () => {
  it('keeps signIn, me, authorities and createAuthority with their types', async () => {
    const schema = await buildPortalSchema();
    const field = (type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name] as GraphQLField<unknown, unknown>;
    const signature = (type: string, name: string) => {
      const f = field(type, name);
      // Arguments are named, not positional: compared in name order, as the committed SDL prints them.
      const args = [...f.args].sort((a, b) => a.name.localeCompare(b.name));
      return `${name}(${args.map((a) => `${a.name}: ${a.type}`).join(', ')}): ${f.type}`;
    };
    expect(signature('Mutation', 'signIn')).toBe('signIn(email: String!, password: String!): AuthPayload!');
    expect(field('AuthPayload', 'token').type.toString()).toBe('String!');
    expect(field('Query', 'me')).toBeDefined();
    expect(signature('Query', 'authorities')).toBe('authorities(country: String): [Authority!]!');
    expect(signature('Mutation', 'createAuthority')).toBe('createAuthority(input: AuthorityInput!): Authority!');
    const input = (schema.getType('AuthorityInput') as GraphQLInputObjectType).getFields();
    expect(Object.keys(input)).toEqual(expect.arrayContaining(['country', 'name', 'kinds', 'contact']));
    expect(Object.keys((schema.getType('ContactInput') as GraphQLInputObjectType).getFields())).toEqual(expect.arrayContaining(['email', 'phone', 'address']));
    const authority = (schema.getType('Authority') as GraphQLObjectType).getFields();
    expect(Object.keys(authority)).toEqual(expect.arrayContaining(['id', 'name', 'jurisdiction', 'kinds', 'contact', 'persons']));
    expect(Object.keys((schema.getType('AuthorityContact') as GraphQLObjectType).getFields())).toEqual(expect.arrayContaining(['email', 'phone', 'address']));
    expect(Object.keys((schema.getType('AuthorityPerson') as GraphQLObjectType).getFields())).toContain('name');
    // Restricted fields are nullable, so a refusal leaves the rest of the answer standing.
    expect(String(authority.contact.type)).toBe('AuthorityContact');
    expect(String(authority.persons.type)).toBe('[AuthorityPerson!]');
  });

  it('exposes no password hash, token hash or secret anywhere', async () => {
    const schema = await buildPortalSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type)) continue;
      for (const name of Object.keys((type as GraphQLObjectType).getFields())) {
        expect(`${type.name}.${name}`).not.toMatch(/hash|secret|sessionVersion/i);
      }
    }
  });
});
