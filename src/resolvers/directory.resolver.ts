import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DIRECTORY_READERS, REVIEWERS, Role } from '../auth/roles';
import { Authority, AuthorityPerson, AuthorityProposal, InstrumentCode, Jurisdiction, ProposalStatus } from '../entities';
import { AuthorityProposalConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { AuthorityChangesInput, AuthorityContact, AuthorityInput } from '../schema/directory-inputs';
import { PageArgs } from '../schema/inputs';
import { toConnection } from '../schema/pagination';
import { actorOf } from '../services/audit.service';
import { ExportFormat } from '../services/directory/directory-export';

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => [Authority], { description: 'Competent national authorities, of one State (code or name) or all. Contact details are restricted.' })
  authorities(@Arg('country', () => String, { nullable: true }) country: string | null, @Ctx() { services }: Context) {
    return services.directory.list(country);
  }

  @Query(() => Authority, { nullable: true })
  authority(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.authority.load(id);
  }

  @FieldResolver(() => Jurisdiction, { description: 'The designating State.' })
  jurisdiction(@Root() a: Authority, @Ctx() { loaders }: Context) {
    return loaders.jurisdiction.load(a.jurisdictionCode);
  }

  @Authorized(...DIRECTORY_READERS)
  @FieldResolver(() => AuthorityContact, { nullable: true, description: 'Restricted to authority accounts and the secretariat.' })
  contact(@Root() a: Authority): AuthorityContact {
    return { email: a.contactEmail, phone: a.contactPhone, fax: a.contactFax, address: a.contactAddress, website: a.contactWebsite };
  }

  @Authorized(...DIRECTORY_READERS)
  @FieldResolver(() => [AuthorityPerson], { nullable: true, description: 'Contact persons. Restricted to authority accounts and the secretariat.' })
  persons(@Root() a: Authority, @Ctx() { loaders }: Context) {
    return loaders.personsOfAuthority.load(a.id);
  }

  @FieldResolver(() => [String], { description: 'International and regional cooperation networks the State belongs to.' })
  async regionalNetworks(@Root() a: Authority, @Ctx() { loaders }: Context) {
    return (await loaders.networksOfJurisdiction.load(a.jurisdictionCode)).map((n) => n.network);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the State declared (UNTOC art. 16(5)) that it takes the Convention as the legal basis for extradition.',
  })
  async conventionAsExtraditionBasis(@Root() a: Authority, @Ctx() { loaders }: Context) {
    const ratifications = await loaders.ratificationsOfJurisdiction.load(a.jurisdictionCode);
    return ratifications.find((r) => r.instrumentCode === InstrumentCode.UNTOC)?.conventionAsExtraditionBasis ?? null;
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Authority, { description: 'Adds an authority to the directory. Secretariat only.' })
  createAuthority(@Arg('input', () => AuthorityInput) input: AuthorityInput, @Ctx() { viewer, services, requestId }: Context) {
    return services.directory.create(viewer, actorOf(viewer, requestId), input);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Authority, { description: 'Changes a directory record. Secretariat only.' })
  updateAuthority(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AuthorityChangesInput) input: AuthorityChangesInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.directory.update(viewer, actorOf(viewer, requestId), id, { ...input });
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => Boolean, { description: 'Removes an authority from the directory (its designation ended). Secretariat only.' })
  removeAuthority(@Arg('id', () => ID) id: string, @Ctx() { viewer, services, requestId }: Context) {
    return services.directory.remove(viewer, actorOf(viewer, requestId), id);
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => [String], { description: 'Sets the cooperation networks a State belongs to. Secretariat only.' })
  setCooperationNetworks(
    @Arg('country') country: string,
    @Arg('networks', () => [String]) networks: string[],
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.directory.setNetworks(viewer, actorOf(viewer, requestId), country, networks);
  }

  @Authorized(...REVIEWERS)
  @Query(() => String, { description: 'The whole directory, contact details included, as JSON or CSV (for the printed handbook). Secretariat only.' })
  directoryExport(@Arg('format', () => ExportFormat) format: ExportFormat, @Ctx() { viewer, services, requestId }: Context) {
    return services.directory.export(viewer, actorOf(viewer, requestId), format);
  }
}

@Resolver(() => Jurisdiction)
export class JurisdictionAuthoritiesResolver {
  @FieldResolver(() => [Authority], { description: 'Competent national authorities the State designated.' })
  authorities(@Root() j: Jurisdiction, @Ctx() { loaders }: Context) {
    return loaders.authoritiesOfJurisdiction.load(j.code);
  }
}

@Resolver(() => AuthorityProposal)
export class AuthorityProposalResolver {
  @Authorized(...DIRECTORY_READERS)
  @Query(() => AuthorityProposalConnection, {
    description: 'Proposed changes, oldest first: every proposal for the secretariat, its own record\'s for an authority account.',
  })
  async authorityProposals(
    @Arg('status', () => ProposalStatus, { nullable: true }) status: ProposalStatus | null,
    @Args() page: PageArgs,
    @Ctx() { viewer, services }: Context,
  ) {
    return toConnection(await services.directory.proposals(viewer, { status, ...page }));
  }

  @FieldResolver(() => Authority, { nullable: true })
  authority(@Root() p: AuthorityProposal, @Ctx() { loaders }: Context) {
    return loaders.authority.load(p.authorityId);
  }

  @FieldResolver(() => GraphQLJSON, { description: 'The fields the authority proposed, as it gave them (validated).' })
  changes(@Root() p: AuthorityProposal) {
    return p.changes;
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => AuthorityProposal, { description: 'Proposes changes to your own directory record, for the secretariat to approve.' })
  proposeAuthorityChanges(
    @Arg('input', () => AuthorityChangesInput) input: AuthorityChangesInput,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.directory.propose(viewer, actorOf(viewer, requestId), { ...input });
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => AuthorityProposal, { description: 'Approves proposed changes: they are applied to the record. Secretariat only.' })
  approveAuthorityProposal(@Arg('id', () => ID) id: string, @Ctx() { viewer, services, requestId }: Context) {
    return services.directory.decide(viewer, actorOf(viewer, requestId), id, 'approve');
  }

  @Authorized(...REVIEWERS)
  @Mutation(() => AuthorityProposal, { description: 'Rejects proposed changes, with the reason. Secretariat only.' })
  rejectAuthorityProposal(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() { viewer, services, requestId }: Context) {
    return services.directory.decide(viewer, actorOf(viewer, requestId), id, 'reject', reason);
  }
}
