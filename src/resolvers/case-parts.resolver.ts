import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article, Case, Charge, CooperationAct, Defendant, Jurisdiction, Law } from '../entities';
import { CaseCitation } from '../schema/citation.types';
import { type Context } from '../schema/context';

@Resolver(() => Defendant)
export class DefendantResolver {
  @FieldResolver(() => [Charge])
  charges(@Root() d: Defendant, @Ctx() { loaders }: Context) {
    return loaders.chargesOfDefendant.valueOrLoad(d.id);
  }

  @FieldResolver(() => Jurisdiction, { nullable: true })
  nationality(@Root() d: Defendant, @Ctx() { loaders }: Context) {
    return d.nationalityCode ? loaders.jurisdiction.load(d.nationalityCode) : null;
  }
}

@Resolver(() => Charge)
export class ChargeResolver {
  @FieldResolver(() => Law, { nullable: true, description: 'The law charged, when it is loaded and published.' })
  law(@Root() c: Charge, @Ctx() { loaders }: Context) {
    return c.lawReference ? loaders.lawByReference.load(c.lawReference) : null;
  }
}

@Resolver(() => CooperationAct)
export class CooperationActResolver {
  @FieldResolver(() => Jurisdiction, { nullable: true })
  counterpart(@Root() x: CooperationAct, @Ctx() { loaders }: Context) {
    return x.counterpartCode ? loaders.jurisdiction.load(x.counterpartCode) : null;
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article used as legal basis, e.g. UNTOC-18.' })
  legalBasis(@Root() x: CooperationAct, @Ctx() { loaders }: Context) {
    return x.legalBasisArticleId ? loaders.article.load(x.legalBasisArticleId) : null;
  }
}

@Resolver(() => CaseCitation)
export class CaseCitationResolver {
  @FieldResolver(() => Case, { nullable: true, description: 'The cited case, when it is in the catalogue and you may read it.' })
  case(@Root() x: CaseCitation, @Ctx() { loaders }: Context) {
    return x.citedCaseId ? loaders.caseById.load(x.citedCaseId) : null;
  }
}
