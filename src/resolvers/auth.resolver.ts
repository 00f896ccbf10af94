import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApiToken, Authority, Jurisdiction, User } from '../entities';
import { type Context } from '../schema/context';
import { actorOf } from '../services/audit.service';
import { notFound } from '../services/errors';

@ObjectType({ description: 'A session: send the token as Authorization: Bearer <token>.' })
export class AuthPayload {
  @Field()
  token: string;

  @Field({ description: 'When the token stops being accepted; sign in again then.' })
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A new API token. The token is shown here once and never again: keep it safe.' })
export class NewApiToken {
  @Field()
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

async function session(ctx: Context, signedIn: { token: string; expiresAt: Date; userId: string }): Promise<AuthPayload> {
  const user = await ctx.services.users.byId(signedIn.userId);
  if (!user) throw notFound('account', signedIn.userId);
  return { token: signedIn.token, expiresAt: signedIn.expiresAt, user };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password. Repeated failures are refused for a while.' })
  async signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    return session(ctx, await ctx.services.auth.signIn(email, password, ctx.clientAddress));
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: 'Changes your password; every other session ends. Returns a new session.' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ) {
    const { viewer, services } = ctx;
    await services.auth.signIn(viewer.email!, currentPassword, ctx.clientAddress);
    await services.users.setPassword(viewer.userId!, newPassword, actorOf(viewer, ctx.requestId));
    return session(ctx, await services.auth.issueSession(viewer.userId!));
  }

  @Query(() => User, { nullable: true, description: 'The signed-in account, or null when anonymous.' })
  me(@Ctx() { viewer, services }: Context) {
    return viewer.userId ? services.users.byId(viewer.userId) : null;
  }

  @Authorized()
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first.' })
  apiTokens(@Ctx() { viewer, services }: Context) {
    return services.users.apiTokensOf(viewer.userId!);
  }

  @Authorized()
  @Mutation(() => NewApiToken, { description: 'A long-lived token for scripts, acting as you. Shown once.' })
  createApiToken(
    @Arg('name', { description: 'What it is for, e.g. nightly import.' }) name: string,
    @Arg('expiresInDays', () => Int, { nullable: true, description: 'Omit for a token that lasts until revoked.' }) expiresInDays: number | null,
    @Ctx() { viewer, services, requestId }: Context,
  ) {
    return services.users.createApiToken(viewer.userId!, { name, expiresInDays }, actorOf(viewer, requestId));
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revokes one of your API tokens.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { viewer, services, requestId }: Context) {
    return services.users.revokeApiToken(id, actorOf(viewer, requestId), viewer.userId);
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => [Jurisdiction], { description: 'The jurisdictions a contributor writes for.' })
  jurisdictions(@Root() user: User, @Ctx() { loaders }: Context) {
    return loaders.jurisdictionsOfUser.load(user.id);
  }

  @FieldResolver(() => Authority, { nullable: true, description: 'The directory record an authority account speaks for.' })
  authority(@Root() user: User, @Ctx() { loaders }: Context) {
    return user.authorityId ? loaders.authority.load(user.authorityId) : null;
  }
}
