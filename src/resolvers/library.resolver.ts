import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  Article, CooperationKind, CrimeType, InstrumentCode, Jurisdiction, Publication, Treaty, TreatyParty,
} from '../entities';
import { type Context } from '../schema/context';
import { PageArgs } from '../schema/inputs';
import {
  ArticleImplementation, LegalBasisAdvice, LegalBasisOption, PublicationConnection, PublicationsArgs, StateImplementation,
  TreatiesArgs, TreatyConnection,
} from '../schema/library.types';
import { pageSize, toConnection } from '../schema/pagination';

@Resolver(() => Treaty)
export class TreatyResolver {
  @Query(() => Treaty, { nullable: true, description: 'A treaty by its reference.' })
  treaty(@Arg('reference') reference: string, @Ctx() { services }: Context) {
    return services.treaties.byReference(reference);
  }

  @Query(() => TreatyConnection, { description: 'Treaties on cooperation in criminal matters, by title.' })
  async treaties(@Args() args: TreatiesArgs, @Ctx() { services }: Context) {
    return toConnection(await services.treaties.list(args));
  }

  @Query(() => LegalBasisAdvice, {
    description: 'On what basis the requesting State may ask the requested State for this kind of cooperation: treaties in force, the Convention, reciprocity, domestic law.',
  })
  legalBasis(
    @Arg('requesting', { description: 'ISO 3166-1 alpha-3 code of the State that asks.' }) requesting: string,
    @Arg('requested', { description: 'ISO 3166-1 alpha-3 code of the State asked.' }) requested: string,
    @Arg('kind', () => CooperationKind) kind: CooperationKind,
    @Ctx() { services }: Context,
  ) {
    return services.legalBasis.advise(requesting, requested, kind);
  }

  @FieldResolver(() => [TreatyParty])
  parties(@Root() treaty: Treaty, @Ctx() { loaders }: Context) {
    return loaders.partiesOfTreaty.load(treaty.id);
  }
}

@Resolver(() => TreatyParty)
export class TreatyPartyResolver {
  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() party: TreatyParty, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(party.jurisdictionCode);
  }
}

@Resolver(() => LegalBasisAdvice)
export class LegalBasisAdviceResolver {
  @FieldResolver(() => Jurisdiction)
  requesting(@Root() advice: LegalBasisAdvice, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(advice.requesting);
  }

  @FieldResolver(() => Jurisdiction)
  requested(@Root() advice: LegalBasisAdvice, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(advice.requested);
  }
}

@Resolver(() => LegalBasisOption)
export class LegalBasisOptionResolver {
  @FieldResolver(() => Article, { nullable: true, description: 'The article to cite (the Convention\'s, for a CONVENTION basis).' })
  article(@Root() option: LegalBasisOption, @Ctx() { loaders }: Context) {
    return option.articleId ? loaders.article.load(option.articleId) : null;
  }
}

@Resolver(() => Publication)
export class PublicationResolver {
  @Query(() => Publication, { nullable: true, description: 'A publication of the bibliography by its reference.' })
  publication(@Arg('reference') reference: string, @Ctx() { services }: Context) {
    return services.publications.byReference(reference);
  }

  @Query(() => PublicationConnection, { description: 'The annotated bibliography, by title.' })
  async publications(@Args() args: PublicationsArgs, @Ctx() { services }: Context) {
    return toConnection(await services.publications.list(args));
  }

  @FieldResolver(() => [Article])
  async articles(@Root() p: Publication, @Ctx() { loaders }: Context) {
    return (await loaders.article.loadMany(p.articleIds)).filter((a): a is Article => a instanceof Article);
  }

  @FieldResolver(() => [CrimeType])
  async crimeTypes(@Root() p: Publication, @Ctx() { loaders }: Context) {
    return (await loaders.crimeType.loadMany(p.crimeTypeCodes)).filter((c): c is CrimeType => c instanceof CrimeType);
  }

  @FieldResolver(() => [Jurisdiction], { description: 'The States the publication concerns.' })
  async countries(@Root() p: Publication, @Ctx() { loaders }: Context) {
    return (await loaders.jurisdiction.loadMany(p.countryCodes)).filter((j): j is Jurisdiction => j instanceof Jurisdiction);
  }
}

@Resolver(() => Jurisdiction)
export class JurisdictionLibraryResolver {
  @FieldResolver(() => TreatyConnection, { description: 'Treaties this State is party to.' })
  async treaties(@Root() j: Jurisdiction, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.treatyPages.for({ scope: 'party', ...args }).load({ scope: 'party', key: j.code }));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications about this State.' })
  async publications(@Root() j: Jurisdiction, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(
      await loaders.publicationPages.for({ scope: 'jurisdiction', ...args }).load({ scope: 'jurisdiction', key: j.code }),
    );
  }

  @FieldResolver(() => [ArticleImplementation], {
    description:
      "Every article of the instrument (all four when omitted), criminalization articles first, with this State's published provisions implementing it. No provision means none is loaded, not that none exists.",
  })
  implementation(
    @Root() j: Jurisdiction,
    @Arg('instrument', () => InstrumentCode, { nullable: true }) instrument: InstrumentCode | null,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.implementationOfJurisdiction.for(instrument ?? null).load(j.code);
  }
}

@Resolver(() => Article)
export class ArticleLibraryResolver {
  @FieldResolver(() => PublicationConnection, { description: 'Publications about this article.' })
  async publications(@Root() a: Article, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(await loaders.publicationPages.for({ scope: 'article', ...args }).load({ scope: 'article', key: a.id }));
  }

  @FieldResolver(() => [StateImplementation], {
    description: 'States whose published legislation has a provision implementing this article; the others have none loaded.',
  })
  implementingStates(@Root() a: Article, @Ctx() { loaders }: Context) {
    return loaders.statesImplementingArticle.load(a.id);
  }
}

@Resolver(() => CrimeType)
export class CrimeTypeLibraryResolver {
  @FieldResolver(() => PublicationConnection, { description: 'Publications about this crime type.' })
  async publications(@Root() c: CrimeType, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(
      await loaders.publicationPages.for({ scope: 'crimeType', ...args }).load({ scope: 'crimeType', key: c.code }),
    );
  }
}

export const LIBRARY_RESOLVERS = [
  TreatyResolver, TreatyPartyResolver, LegalBasisAdviceResolver, LegalBasisOptionResolver, PublicationResolver,
  JurisdictionLibraryResolver, ArticleLibraryResolver, CrimeTypeLibraryResolver, TreatyConnection.Resolver,
  PublicationConnection.Resolver,
] as const;
