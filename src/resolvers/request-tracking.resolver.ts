import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { type Context } from '../schema/context';
import { RequestFilter } from '../schema/request.types';
import { RequestReminder } from '../schema/request-tracking.types';

@Resolver(() => RequestReminder)
export class RequestTrackingResolver {
  @Query(() => [RequestReminder], {
    description: "The viewer's State's open requests (every State's for the secretariat), what each waits for and on whom, earliest due first; empty for anyone else.",
  })
  requestReminders(
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–200, default 50).' }) first: number | null,
    @Arg('filter', () => RequestFilter, { nullable: true, description: 'Direction, statuses, kinds, counterpart or case, as for requests.' }) filter: RequestFilter | null,
    @Ctx() { viewer, services }: Context,
  ) {
    return services.requestTracking.reminders(viewer, { first, filter });
  }

  @Query(() => [RequestReminder], { description: 'The open requests past their due date, earliest due first (same access as requestReminders).' })
  overdueRequests(
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (0–200, default 50).' }) first: number | null,
    @Arg('filter', () => RequestFilter, { nullable: true, description: 'Direction, statuses, kinds, counterpart or case, as for requests.' }) filter: RequestFilter | null,
    @Ctx() { viewer, services }: Context,
  ) {
    return services.requestTracking.reminders(viewer, { first, filter, overdueOnly: true });
  }
}
