import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { CooperationCaseConnection, CooperationCaseFilter } from '../schema/cooperation-catalogue.types';
import { type Context } from '../schema/context';

/** The catalogue of cooperation cases (public: published cases only). */
@Resolver()
export class CooperationCatalogueResolver {
  @Query(() => CooperationCaseConnection, {
    description: 'Published cases whose international cooperation used the Convention as legal basis, by form, counterpart State and article, with facet counts.',
  })
  cooperationCases(
    @Ctx() { services }: Context,
    @Arg('filter', () => CooperationCaseFilter, { nullable: true }) filter?: CooperationCaseFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return services.cooperationCatalogue.list({ filter, first, after });
  }
}
