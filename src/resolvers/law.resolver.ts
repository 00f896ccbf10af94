import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { REVIEWERS } from '../auth/roles';
import { Article, CrimeType, Jurisdiction, Law, LawProvision, RecordEvent } from '../entities';
import { CaseConnection, LawConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { CasePageArgs, LawsArgs } from '../schema/inputs';
import { pageSize, toConnection } from '../schema/pagination';

@Resolver(() => Law)
export class LawResolver {
  @Query(() => Law, { nullable: true, description: 'A law by its reference: published, or one you may read (drafts of your jurisdictions; the secretariat reads all).' })
  law(@Arg('reference') reference: string, @Ctx() { services, viewer }: Context) {
    return services.laws.byReference(viewer, reference);
  }

  @Query(() => LawConnection)
  async laws(@Args() args: LawsArgs, @Ctx() { services, viewer }: Context) {
    return toConnection(await services.laws.list(viewer, args));
  }

  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() law: Law, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(law.jurisdictionCode);
  }

  @FieldResolver(() => [LawProvision])
  provisions(@Root() law: Law, @Ctx() { loaders }: Context) {
    return loaders.provisionsOfLaw.load(law.id);
  }

  @FieldResolver(() => [CrimeType])
  crimeTypes(@Root() law: Law, @Ctx() { loaders }: Context) {
    return loaders.crimeTypesOfLaw.load(law.id);
  }

  @Authorized(...REVIEWERS)
  @FieldResolver(() => [RecordEvent], { nullable: true, description: 'Created, submitted, reviewed, published — and by whom. Secretariat only.' })
  history(@Root() law: Law, @Ctx() { loaders }: Context) {
    return loaders.historyOf.load({ kind: 'law', id: law.id });
  }

  @FieldResolver(() => CaseConnection, { description: 'Published cases applying this law.' })
  async cases(@Root() law: Law, @Args() args: CasePageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.casePages.for({ scope: 'law', ...args }).load({ scope: 'law', key: law.reference }));
  }
}

@Resolver(() => LawProvision)
export class LawProvisionResolver {
  @FieldResolver(() => [Article], { description: 'Convention and Protocol articles this provision implements.' })
  articles(@Root() provision: LawProvision, @Ctx() { loaders }: Context) {
    return loaders.articlesOfProvision.load(provision.id);
  }

  @FieldResolver(() => Law)
  law(@Root() provision: LawProvision, @Ctx() { loaders }: Context) {
    return loaders.lawById.load(provision.lawId);
  }
}
