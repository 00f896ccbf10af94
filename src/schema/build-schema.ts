import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { RESOLVERS } from '../resolvers';

/** Builds the executable schema from the resolver classes. */
export function buildPortalSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    // Inputs are checked by the services, which know the vocabularies and name the field in their errors.
    validate: false,
    // Restricted fields and operations carry @Authorized; a refused field answers an error and no value.
    authChecker,
    authMode: 'error',
  });
}

/** The SDL as committed in src/schema/schema.graphql (sorted, so diffs show real changes only). */
export function schemaSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
