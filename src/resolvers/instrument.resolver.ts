import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Article, Instrument, InstrumentCode } from '../entities';
import { CaseConnection, LawConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { CasePageArgs, PageArgs } from '../schema/inputs';
import { pageSize, toConnection } from '../schema/pagination';

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => Instrument, { nullable: true })
  instrument(@Arg('code', () => InstrumentCode) code: InstrumentCode, @Ctx() { services }: Context) {
    return services.reference.instrument(code);
  }

  @Query(() => [Instrument])
  instruments(@Ctx() { services }: Context) {
    return services.reference.instruments();
  }

  @FieldResolver(() => [Article], { description: 'Every article, in order.' })
  articles(@Root() instrument: Instrument, @Ctx() { loaders }: Context) {
    return loaders.articlesOfInstrument.load(instrument.code);
  }
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id, e.g. UNTOC-18.' })
  article(@Arg('id') id: string, @Ctx() { services }: Context) {
    return services.reference.article(id);
  }

  @FieldResolver(() => Instrument)
  instrument(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.instrument.valueOrLoad(article.instrumentCode);
  }

  @FieldResolver(() => CaseConnection, { description: 'Published cases applying this article.' })
  async cases(@Root() article: Article, @Args() args: CasePageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.casePages.for({ scope: 'article', ...args }).load({ scope: 'article', key: article.id }));
  }

  @FieldResolver(() => Int, { description: 'Number of published cases applying this article.' })
  caseCount(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.caseCount.for('article').load(article.id);
  }

  @FieldResolver(() => LawConnection, { description: 'Published laws with a provision implementing this article.' })
  async laws(@Root() article: Article, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.lawPages.for({ scope: 'article', ...args }).load({ scope: 'article', key: article.id }));
  }

  @FieldResolver(() => Int)
  lawCount(@Root() article: Article, @Ctx() { loaders }: Context) {
    return loaders.lawCount.for('article').load(article.id);
  }
}
