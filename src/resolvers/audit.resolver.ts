import { Args, ArgsType, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { REVIEWERS } from '../auth/roles';
import { AuditEntryConnection } from '../schema/connections';
import { type Context } from '../schema/context';
import { PageArgs } from '../schema/inputs';
import { toConnection } from '../schema/pagination';

@InputType({ description: 'Every field given must match.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'case, law, authority, authority-proposal, user, api-token, ingest-run, jurisdiction, directory.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'A reference or id.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. case.approve' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'An account email, or cli:<user>.' })
  actor?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive.' })
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter;
}

@Resolver()
export class AuditResolver {
  @Authorized(...REVIEWERS)
  @Query(() => AuditEntryConnection, { description: 'Every write, newest first: who, when, what, before and after. Secretariat only.' })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() { services, viewer }: Context) {
    return toConnection(await services.audit.list(viewer, args.filter, args));
  }
}
