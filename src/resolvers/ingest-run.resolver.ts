import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { REVIEWERS } from '../auth/roles';
import { IngestRun } from '../entities';
import { IngestRejectionConnection, IngestRunConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { PageArgs } from '../schema/inputs';
import { pageSize, toConnection } from '../schema/pagination';

/**
 * The record of `portal ingest` runs. ACCESS: secretariat-only once roles exist; the check belongs in
 * IngestRunService.authorize, which every method below goes through.
 */
@Resolver(() => IngestRun)
export class IngestRunResolver {
  @Authorized(...REVIEWERS)
  @Query(() => IngestRunConnection, { description: 'Ingest runs, newest first (for the secretariat).' })
  async ingestRuns(@Args() args: PageArgs, @Ctx() { services, viewer }: Context) {
    return toConnection(await services.ingestRuns.list(viewer, args));
  }

  @Authorized(...REVIEWERS)
  @Query(() => IngestRun, { nullable: true, description: 'One ingest run by its id (for the secretariat).' })
  ingestRun(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context) {
    return services.ingestRuns.byId(viewer, id);
  }

  @FieldResolver(() => IngestRejectionConnection, { description: 'The rejected rows, one entry per rejected field, in line order.' })
  async rejections(@Root() run: IngestRun, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.ingestRejectionPages.for({ first: args.first, after: args.after }).load(run.id));
  }
}
