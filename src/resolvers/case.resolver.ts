import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { REVIEWERS } from '../auth/roles';
import { canSeeFullNames, presentDefendants, presentVictims } from '../services/privacy';
import { SIMILAR_DEFAULT, SIMILAR_MAX, similarCount } from '../services/similar-cases';
import {
  Article, Case, CooperationAct, Court, CrimeType, Defendant, Jurisdiction, Keyword, Law, Proceeding, RecordEvent, VictimGroup,
} from '../entities';
import { CaseConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { CaseCitationConnection } from '../schema/citation.types';
import { CasePageArgs, CasesArgs, PageArgs } from '../schema/inputs';
import { pageSize, toConnection } from '../schema/pagination';
import { selectionAt, selectionOf } from '../schema/selection';
import { caseLinksOf, unselectedCaseColumns } from '../services/case-links';
import { whenLoaded } from '../loaders/batch';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'A case by its reference: published, or one you may read (drafts of your jurisdictions; the secretariat reads all).' })
  async case(@Arg('reference') reference: string, @Ctx() { services, viewer, loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const selection = selectionOf(info);
    const found = await services.cases.readByReference(viewer, reference, {
      links: caseLinksOf(selection),
      omitColumns: unselectedCaseColumns(selection),
    });
    if (found) loaders.primeCaseLinks([found.record], [found.extras]);
    return found?.record ?? null;
  }

  @Query(() => CaseConnection)
  async cases(@Args() args: CasesArgs, @Ctx() { services, viewer, loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const selection = selectionOf(info);
    const node = selectionAt(selection, 'edges', 'node');
    const page = await services.cases.list(viewer, args, {
      links: caseLinksOf(node),
      totalCount: selection.has('totalCount'),
      omitColumns: unselectedCaseColumns(node),
    });
    loaders.primeCaseLinks(page.nodes, page.extras);
    return toConnection(page);
  }

  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.valueOrLoad(c.jurisdictionCode);
  }

  @FieldResolver(() => Court, { nullable: true, description: 'The court of the latest ruling.' })
  court(@Root() c: Case, @Ctx() { loaders }: Context) {
    return c.courtId ? loaders.court.load(c.courtId) : null;
  }

  @FieldResolver(() => [Case], {
    description:
      'More like this: published cases sharing articles, crime types, keywords and words of the facts, most similar first ' +
      `(first: ${SIMILAR_DEFAULT} by default, at most ${SIMILAR_MAX}).`,
  })
  similar(@Root() c: Case, @Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() { loaders }: Context) {
    return loaders.similarCases.for(similarCount(first)).load(c.id);
  }

  @FieldResolver(() => [Article], { description: 'Convention and Protocol articles the case applies.' })
  articles(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.articlesOfCase.valueOrLoad(c.id);
  }

  @FieldResolver(() => [CrimeType])
  crimeTypes(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.crimeTypesOfCase.valueOrLoad(c.id);
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

  @FieldResolver(() => [String], { description: 'References of every case the decision cites (at most 200), loaded or not: what `citedCases` holds.' })
  async citedCaseReferences(@Root() c: Case, @Ctx() { loaders }: Context) {
    return (await loaders.citedReferencesOfCase.load(c.id)).map((r) => r.reference);
  }

  @FieldResolver(() => CaseCitationConnection, {
    description: 'The cases this decision relies on, by reference (cases not in the catalogue, or that you may not read, by reference only).',
  })
  async cites(@Root() c: Case, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.citationPages.for(args).load(c.id));
  }

  @FieldResolver(() => CaseConnection, { description: 'The cases you may read that cite this case.' })
  async citedBy(@Root() c: Case, @Args() args: CasePageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.casePages.for({ scope: 'citing', ...args }).load({ scope: 'citing', key: c.id }));
  }

  @FieldResolver(() => Int, { description: 'Number of cases you may read that cite this case (the public: published cases).' })
  citedByCount(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.caseCount.for('citing').load(c.id);
  }

  @FieldResolver(() => [Proceeding], { description: 'Procedural history, oldest first.' })
  proceedings(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.proceedingsOfCase.load(c.id);
  }

  @FieldResolver(() => [Defendant])
  defendants(@Root() c: Case, @Ctx() { loaders, viewer }: Context) {
    return whenLoaded(loaders.defendantsOfCase.valueOrLoad(c.id), (defendants) => presentDefendants(defendants, canSeeFullNames(viewer, c)));
  }

  @FieldResolver(() => [VictimGroup])
  async victims(@Root() c: Case, @Ctx() { loaders, viewer }: Context) {
    return presentVictims(await loaders.victimsOfCase.load(c.id), canSeeFullNames(viewer, c));
  }

  @Authorized(...REVIEWERS)
  @FieldResolver(() => [RecordEvent], { nullable: true, description: 'Created, submitted, reviewed, published — and by whom. Secretariat only.' })
  history(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.historyOf.load({ kind: 'case', id: c.id });
  }

  @FieldResolver(() => [CooperationAct])
  cooperation(@Root() c: Case, @Ctx() { loaders }: Context) {
    return loaders.cooperationOfCase.load(c.id);
  }
}
