import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Instrument, Jurisdiction, Ratification } from '../entities';
import { CaseConnection, LawConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { CasePageArgs, PageArgs } from '../schema/inputs';
import { pageSize, toConnection } from '../schema/pagination';

@Resolver(() => Jurisdiction)
export class JurisdictionResolver {
  @Query(() => Jurisdiction, { nullable: true, description: 'A jurisdiction by its ISO 3166-1 alpha-3 code.' })
  jurisdiction(@Arg('code') code: string, @Ctx() { services }: Context) {
    return services.reference.jurisdiction(code);
  }

  @Query(() => [Jurisdiction], { description: 'All jurisdictions, or those of a UN M49 region or subregion.' })
  jurisdictions(@Arg('region', () => String, { nullable: true }) region: string | null, @Ctx() { services }: Context) {
    return services.reference.jurisdictions(region);
  }

  @FieldResolver(() => CaseConnection)
  async cases(@Root() j: Jurisdiction, @Args() args: CasePageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(
      await loaders.casePages.for({ scope: 'jurisdiction', ...args }).load({ scope: 'jurisdiction', key: j.code }),
    );
  }

  @FieldResolver(() => Int, { description: 'Number of published cases.' })
  caseCount(@Root() j: Jurisdiction, @Ctx() { loaders }: Context) {
    return loaders.caseCount.for('jurisdiction').load(j.code);
  }

  @FieldResolver(() => LawConnection)
  async laws(@Root() j: Jurisdiction, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    pageSize(args.first);
    return toConnection(
      await loaders.lawPages.for({ scope: 'jurisdiction', ...args }).load({ scope: 'jurisdiction', key: j.code }),
    );
  }

  @FieldResolver(() => Int, { description: 'Number of published laws.' })
  lawCount(@Root() j: Jurisdiction, @Ctx() { loaders }: Context) {
    return loaders.lawCount.for('jurisdiction').load(j.code);
  }

  @FieldResolver(() => [Ratification], {
    description: 'Participation in the Convention and its Protocols as loaded, the Convention first. An instrument without a ratification here has no status loaded: that is not "not a party".',
  })
  ratifications(@Root() j: Jurisdiction, @Ctx() { loaders }: Context) {
    return loaders.ratificationsOfJurisdiction.load(j.code);
  }
}

@Resolver(() => Ratification)
export class RatificationResolver {
  @FieldResolver(() => Instrument)
  instrument(@Root() r: Ratification, @Ctx() { loaders }: Context) {
    return loaders.instrument.load(r.instrumentCode);
  }
}
