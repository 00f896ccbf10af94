import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  Article, Case, CooperationAct, Court, CrimeType, Defendant, Jurisdiction, Keyword, Law, Proceeding, VictimGroup,
} from '../entities';
import { CaseConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { CasesArgs } from '../schema/inputs';
import { toConnection } from '../schema/pagination';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'A published case by its reference.' })
  case(@Arg('reference') reference: string, @Ctx() { services, viewer }: Context) {
    return services.cases.byReference(viewer, reference);
  }

  @Query(() => CaseConnection)
  async cases(@Args() args: CasesArgs, @Ctx() { services, viewer }: Context) {
    return toConnection(await services.cases.list(viewer, args));
  }

  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(c.jurisdictionCode);
  }

  @FieldResolver(() => Court, { nullable: true, description: 'The court of the latest ruling.' })
  court(@Root() c: Case, @Ctx() { loaders }: Context) {
    return c.courtId ? loaders.court.load(c.courtId) : null;
  }

  @FieldResolver(() => [Article], { description: 'Convention and Protocol articles the case applies.' })
  articles(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.articlesOfCase.load(c.id);
  }

  @FieldResolver(() => [CrimeType])
  crimeTypes(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.crimeTypesOfCase.load(c.id);
  }

  @FieldResolver(() => [Keyword])
  keywords(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.keywordsOfCase.load(c.id);
  }

  @FieldResolver(() => [Law], { description: 'Published laws applied in the case.' })
  async laws(@Root() c: Case, @Ctx() { loaders }: Context) {
    const refs = await loaders.lawReferencesOfCase.load(c.id);
    const laws = await loaders.lawByReference.loadMany(refs.map((r) => r.reference));
    return laws.filter((l): l is Law => l !== null && !(l instanceof Error));
  }

  @FieldResolver(() => [String], { description: 'References of every law applied, loaded or not.' })
  async lawReferences(@Root() c: Case, @Ctx() { loaders }: Context) {
    return (await loaders.lawReferencesOfCase.load(c.id)).map((r) => r.reference);
  }

  @FieldResolver(() => [Proceeding], { description: 'Procedural history, oldest first.' })
  proceedings(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.proceedingsOfCase.load(c.id);
  }

  @FieldResolver(() => [Defendant])
  defendants(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.defendantsOfCase.load(c.id);
  }

  @FieldResolver(() => [VictimGroup])
  victims(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.victimsOfCase.load(c.id);
  }

  @FieldResolver(() => [CooperationAct])
  cooperation(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.cooperationOfCase.load(c.id);
  }
}
