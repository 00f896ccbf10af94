import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CourtLevel } from '../entities';
import { RecordType, SearchInput, SearchSort } from './search.types';

/** GraphQL shapes of saved searches, their feeds and webhooks. */

@InputType()
export class SaveSearchInput {
  @Field({ description: 'What to call the search, 1 to 200 characters.' })
  name: string;

  @Field(() => SearchInput, { description: 'The search as the search query takes it; first and after are not kept.' })
  search: SearchInput;
}

@ObjectType({ description: 'The filters of a saved search, as they were saved.' })
export class SavedSearchFilters {
  @Field(() => [String], { nullable: true }) countries?: string[] | null;
  @Field(() => [String], { nullable: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true }) crimeTypes?: string[] | null;
  @Field(() => [String], { nullable: true }) articles?: string[] | null;
  @Field(() => [String], { nullable: true }) keywords?: string[] | null;
  @Field(() => [CourtLevel], { nullable: true }) courtLevels?: CourtLevel[] | null;
  @Field(() => Int, { nullable: true }) yearFrom?: number | null;
  @Field(() => Int, { nullable: true }) yearTo?: number | null;
}

@ObjectType({ description: 'What a saved search searches: the SearchInput it was saved with, without its page.' })
export class SavedSearchCriteria {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => SavedSearchFilters, { nullable: true }) filters?: SavedSearchFilters | null;
  @Field(() => [RecordType], { nullable: true }) types?: RecordType[] | null;
  @Field(() => SearchSort, { nullable: true }) sort?: SearchSort | null;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet answered with 2xx and to be tried again; DELIVERED; FAILED: every retry was used.',
});

@ObjectType({ description: 'One attempt to deliver: what the receiver answered, or why there was no answer.' })
export class WebhookAttempt {
  @Field(() => Int) attempt: number;
  @Field() attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none was (refused, timed out).' })
  statusCode: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) durationMs: number;
}

@ObjectType({ description: 'A POST of matching records to a webhook, retried with growing waits until answered with 2xx.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also sent as X-Portal-Delivery and in the body.' }) id: string;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { description: 'Records announced.' }) recordCount: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) deliveredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it is tried again (PENDING only).' }) nextAttemptAt: Date | null;
  @Field(() => [WebhookAttempt]) attemptLog: WebhookAttempt[];
}

@ObjectType({ description: 'Where matches of a saved search are POSTed, signed with the secret shown when it was added.' })
export class SavedSearchWebhook {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field() createdAt: Date;
  savedSearchId: string;
}

@ObjectType({ description: 'A webhook just added. Its signing key is shown here once: keep it to verify X-Portal-Signature.' })
export class NewSavedSearchWebhook {
  @Field(() => SavedSearchWebhook) webhook: SavedSearchWebhook;
  @Field({ description: 'The HMAC key of the signatures (whsec_…), shown this once.' }) signingKey: string;
}

@ObjectType({ description: 'A search you saved: its private Atom feed and its webhooks.' })
export class SavedSearch {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SavedSearchCriteria) search: SavedSearchCriteria;
  @Field(() => String, {
    nullable: true,
    description:
      'The private Atom feed of the newest matching records. Shown only when the search is saved and when the feed URL is ' +
      'rotated (only a hash of it is kept); null otherwise.',
  })
  feedUrl: string | null;
  @Field({ description: 'The first characters of the feed token, to tell feed URLs apart.' }) feedUrlHint: string;
  @Field({ description: 'The web portal page of the search (a path).' }) searchPath: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When a new or changed record last matched.' }) lastMatchedAt: Date | null;
  @Field(() => [SavedSearchWebhook]) webhooks: SavedSearchWebhook[];
}
