import { Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../schema/context';
import { Coverage } from '../schema/coverage.types';

@Resolver(() => Coverage)
export class CoverageResolver {
  @Query(() => Coverage, {
    description:
      'What the published catalogue covers: cases and laws per State and per year, the latest record per State, and how complete the cases are.',
  })
  coverage(@Ctx() { services }: Context) {
    return services.coverage.coverage();
  }
}
