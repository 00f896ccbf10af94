import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Article, CrimeType, Jurisdiction } from '../entities';
import { type Context } from '../schema/context';
import { SentencingDistribution, SentencingFilter } from '../schema/sentencing.types';

const SENTENCING =
  'Sentencing in the published cases of this record: see SentencingDistribution for what is counted and what apart.';

@Resolver(() => SentencingDistribution)
export class SentencingResolver {
  @Query(() => SentencingDistribution, {
    description:
      'Prison terms per defendant in published cases (months): median, quartiles, range and count, with acquittals, suspended, non-custodial, life and death sentences counted apart.',
  })
  sentencing(
    @Arg('filter', () => SentencingFilter, { nullable: true }) filter: SentencingFilter | null,
    @Ctx() { services }: Context,
  ) {
    return services.sentencing.distribution(filter);
  }

  @FieldResolver(() => [SentencingDistribution], {
    description: 'The same figures for each State, most defendants first.',
  })
  byCountry(@Root() d: SentencingDistribution, @Ctx() { services }: Context) {
    return services.sentencing.distributions(d.scope, 'country');
  }

  @FieldResolver(() => [SentencingDistribution], {
    description: 'The same figures for each crime type of the cases, most defendants first.',
  })
  byCrimeType(@Root() d: SentencingDistribution, @Ctx() { services }: Context) {
    return services.sentencing.distributions(d.scope, 'crimeType');
  }
}

@Resolver(() => Jurisdiction)
export class JurisdictionSentencingResolver {
  @FieldResolver(() => SentencingDistribution, { description: SENTENCING })
  sentencing(@Root() j: Jurisdiction, @Ctx() { loaders }: Context) {
    return loaders.sentencingOfCountry.load(j.code);
  }
}

@Resolver(() => Article)
export class ArticleSentencingResolver {
  @FieldResolver(() => SentencingDistribution, { description: SENTENCING })
  sentencing(@Root() a: Article, @Ctx() { loaders }: Context) {
    return loaders.sentencingOfArticle.load(a.id);
  }
}

@Resolver(() => CrimeType)
export class CrimeTypeSentencingResolver {
  @Query(() => CrimeType, {
    nullable: true,
    description: 'A crime type of the vocabulary by its code, e.g. trafficking-in-persons.',
  })
  crimeType(@Arg('code') code: string, @Ctx() { services }: Context) {
    return services.reference.crimeType(code);
  }

  @FieldResolver(() => SentencingDistribution, { description: SENTENCING })
  sentencing(@Root() t: CrimeType, @Ctx() { loaders }: Context) {
    return loaders.sentencingOfCrimeType.load(t.code);
  }
}

export const SENTENCING_RESOLVERS = [
  SentencingResolver,
  JurisdictionSentencingResolver,
  ArticleSentencingResolver,
  CrimeTypeSentencingResolver,
] as const;
