import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../schema/context';
import { RequestStatistics, RequestStatisticsFilter } from '../schema/request-statistics.types';

@Resolver(() => RequestStatistics)
export class RequestStatisticsResolver {
  @Query(() => RequestStatistics, {
    description:
      "Figures on requests: an authority account's own State, any State or the aggregate for the secretariat, the aggregate for everyone else (counts under 5 suppressed, the others rounded to 5).",
  })
  requestStatistics(
    @Arg('filter', () => RequestStatisticsFilter, { nullable: true }) filter: RequestStatisticsFilter | null,
    @Ctx() { viewer, services }: Context,
  ) {
    return services.requestStatistics.statistics(viewer, filter);
  }
}
