import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../schema/context';
import {
  NewSavedSearchWebhook, SavedSearch, SavedSearchWebhook, SaveSearchInput, WebhookDelivery,
} from '../schema/saved-search.types';
import { actorOf } from '../services/audit.service';
import { badInput } from '../services/errors';
import { type SavedSearchRow, searchPageUrl } from '../services/saved-searches/saved-search.service';

const MAX_DELIVERIES = 50;

/** A saved search as the API shows it: the feed URL only when its token was just made. */
async function present(ctx: Context, rows: SavedSearchRow[], feedToken: string | null = null): Promise<SavedSearch[]> {
  const webhooks = await ctx.services.savedSearches.webhooksOf(rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    search: row.search as SavedSearch['search'],
    feedUrl: feedToken ? `${ctx.origin}/feeds/${feedToken}.atom` : null,
    feedUrlHint: row.feedTokenDisplay,
    searchPath: searchPageUrl('', row.search),
    createdAt: row.createdAt,
    lastMatchedAt: row.lastMatchedAt,
    webhooks: webhooks.filter((w) => w.savedSearchId === row.id),
  }));
}

@Resolver(() => SavedSearch)
export class SavedSearchResolver {
  @Authorized()
  @Query(() => [SavedSearch], { description: 'Your saved searches, newest first.' })
  async savedSearches(@Ctx() ctx: Context) {
    return present(ctx, await ctx.services.savedSearches.list(ctx.viewer.userId!));
  }

  @Authorized()
  @Mutation(() => SavedSearch, { description: 'Saves a search; the answer holds its feed URL, shown this once.' })
  async saveSearch(@Arg('input', () => SaveSearchInput) input: SaveSearchInput, @Ctx() ctx: Context) {
    const { savedSearch, feedToken } = await ctx.services.savedSearches.save(ctx.viewer.userId!, input, actorOf(ctx.viewer, ctx.requestId));
    return (await present(ctx, [savedSearch], feedToken))[0];
  }

  @Authorized()
  @Mutation(() => SavedSearch, { description: 'Deletes one of your saved searches, its feed and its webhooks.' })
  async deleteSavedSearch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const [shown] = await present(ctx, [await ctx.services.savedSearches.get(ctx.viewer.userId!, id)]);
    await ctx.services.savedSearches.delete(ctx.viewer.userId!, id, actorOf(ctx.viewer, ctx.requestId));
    return shown;
  }

  @Authorized()
  @Mutation(() => SavedSearch, { description: 'Gives the search a new feed URL (shown this once); the old one stops working.' })
  async rotateSavedSearchFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const { savedSearch, feedToken } = await ctx.services.savedSearches.rotateFeed(ctx.viewer.userId!, id, actorOf(ctx.viewer, ctx.requestId));
    return (await present(ctx, [savedSearch], feedToken))[0];
  }

  @Authorized()
  @Mutation(() => NewSavedSearchWebhook, { description: 'Adds a webhook to one of your saved searches; its secret is shown this once.' })
  async addSavedSearchWebhook(@Arg('id', () => ID) id: string, @Arg('url') url: string, @Ctx() ctx: Context) {
    return ctx.services.savedSearches.addWebhook(ctx.viewer.userId!, id, url, actorOf(ctx.viewer, ctx.requestId));
  }

  @Authorized()
  @Mutation(() => SavedSearchWebhook, { description: 'Removes a webhook of one of your saved searches, with its delivery log.' })
  async removeSavedSearchWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.savedSearches.removeWebhook(ctx.viewer.userId!, id, actorOf(ctx.viewer, ctx.requestId));
  }
}

@Resolver(() => SavedSearchWebhook)
export class SavedSearchWebhookResolver {
  /** Webhooks are reached only through their owner's saved searches, so the log is the owner's. */
  @FieldResolver(() => [WebhookDelivery], { description: 'The newest deliveries, with every attempt.' })
  async deliveries(@Root() webhook: SavedSearchWebhook, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_DELIVERIES) throw badInput('first', first, `use 0 to ${MAX_DELIVERIES}`);
    return ctx.services.savedSearches.deliveriesOf(webhook.id, first);
  }
}
