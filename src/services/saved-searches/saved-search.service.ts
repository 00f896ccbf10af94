import { type DataSource, type EntityManager } from 'typeorm';
import { cleanText } from '../../../ingest/normalize/text';
import { type AlertsConfig } from '../../config';
import { type PostgresSearchIndex } from '../../search/postgres-search';
import { type SearchHitRef } from '../../search/search-index';
import { type Actor, recordAudit } from '../audit.service';
import { badInput, notFound } from '../errors';
import { type SearchRequest, type SearchService } from '../search.service';
import { generateFeedToken, generateWebhookSecret, hashFeedToken, looksLikeFeedToken } from './secrets';
import { checkWebhookUrl } from './webhook-url';

/** Saved searches an account may keep, and webhooks per saved search. */
export const MAX_SAVED_SEARCHES = 50;
export const MAX_WEBHOOKS = 5;
export const MAX_NAME_LENGTH = 200;
/** Records the feed lists (the newest matches), and matches recorded as the baseline when a search is saved. */
export const FEED_ENTRIES = 50;
const BASELINE = 20;

/** The part of a SearchInput a saved search keeps: what is searched, not which page. */
export type SavedSearchInput = Omit<SearchRequest, 'first' | 'after'>;

export interface SavedSearchRow {
  id: string;
  userId: string;
  name: string;
  search: SavedSearchInput;
  feedTokenDisplay: string;
  createdAt: Date;
  lastMatchedAt: Date | null;
}

export interface WebhookRow {
  id: string;
  savedSearchId: string;
  url: string;
  createdAt: Date;
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  status: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
  /** Records announced, from the signed body. */
  recordCount: number;
}

export interface AttemptRow {
  deliveryId: string;
  attempt: number;
  attemptedAt: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface FeedEntryRow {
  recordType: 'CASE' | 'LAW' | 'PUBLICATION';
  recordId: string;
  reference: string;
  title: string;
  summary: string | null;
  countryName: string | null;
  year: number | null;
  matchedAt: Date;
}

const SEARCH_COLUMNS = `id, user_id AS "userId", name, search, feed_token_display AS "feedTokenDisplay",
  created_at AS "createdAt", last_matched_at AS "lastMatchedAt"`;
const WEBHOOK_COLUMNS = `id, saved_search_id AS "savedSearchId", url, created_at AS "createdAt"`;

/**
 * Saved searches: an account keeps searches, reads each as a private Atom feed and may have
 * matches POSTed to webhooks. Every operation is its owner's only: another account's search answers NOT_FOUND,
 * as one that does not exist. Matching and sending are the AlertMatcher's and the WebhookDispatcher's.
 */
export class SavedSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
    private readonly documents: PostgresSearchIndex,
    private readonly settings: Pick<AlertsConfig, 'allowLocalWebhooks'>,
  ) {}

  async list(userId: string): Promise<SavedSearchRow[]> {
    return this.dataSource.query(
      `SELECT ${SEARCH_COLUMNS} FROM saved_searches WHERE user_id = $1 ORDER BY created_at DESC, id`,
      [userId],
    );
  }

  async get(userId: string, id: string): Promise<SavedSearchRow> {
    return this.owned(this.dataSource.manager, userId, id);
  }

  /**
   * Saves a search after checking it as `search` would (errors name `input.search.…`). The newest records it
   * matches now become its baseline: they open the feed, and only records written from now on are announced.
   */
  async save(userId: string, input: { name: string; search: SearchRequest }, actor: Actor): Promise<{ savedSearch: SavedSearchRow; feedToken: string }> {
    const name = cleanText(input.name ?? '');
    if (name === '' || name.length > MAX_NAME_LENGTH) {
      throw badInput('input.name', input.name, `name the search in 1 to ${MAX_NAME_LENGTH} characters (e.g. Smuggling by sea in Italy)`);
    }
    const query = await this.search.validate(savedPart(input.search), 'input.search');
    const search = savedPart({ ...input.search, text: query.text, filters: query.filters });
    // Read before the transaction: the embedded database has one connection, which the transaction holds.
    const baseline = await this.documents.search({ ...query, sort: 'DATE_DESC', limit: BASELINE, offset: 0 });
    const feed = generateFeedToken();
    return this.dataSource.transaction(async (tx) => {
      // One save at a time per account, so two concurrent saves cannot pass the limit together.
      const [owner] = await tx.query(`SELECT email FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!owner) throw notFound('account', userId);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM saved_searches WHERE user_id = $1`, [userId]);
      if (n >= MAX_SAVED_SEARCHES) {
        throw badInput('input', input.name, `an account keeps at most ${MAX_SAVED_SEARCHES} saved searches; delete one first`);
      }
      const [row] = await tx.query(
        `INSERT INTO saved_searches (user_id, name, search, feed_token_hash, feed_token_display)
         VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING ${SEARCH_COLUMNS}`,
        [userId, name, JSON.stringify(search), feed.hash, feed.display],
      );
      // Records holding only some of the words (search's "never a dead end") are not matches of a saved search.
      if (baseline.matchedAllWords) await this.recordBaseline(tx, row.id, baseline.hits);
      await recordAudit(tx, actor, { action: 'saved-search.create', entityType: 'saved-search', entityId: row.id, after: { name, search } });
      return { savedSearch: row, feedToken: feed.token };
    });
  }

  async delete(userId: string, id: string, actor: Actor): Promise<SavedSearchRow> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.owned(tx, userId, id, true);
      await tx.query(`DELETE FROM saved_searches WHERE id = $1`, [id]);
      await recordAudit(tx, actor, { action: 'saved-search.delete', entityType: 'saved-search', entityId: id, before: { name: row.name, search: row.search } });
      return row;
    });
  }

  /** A new feed URL; the old one stops answering at once. */
  async rotateFeed(userId: string, id: string, actor: Actor): Promise<{ savedSearch: SavedSearchRow; feedToken: string }> {
    const feed = generateFeedToken();
    return this.dataSource.transaction(async (tx) => {
      await this.owned(tx, userId, id, true);
      // A SELECT over the UPDATE: TypeORM hands back plain rows for a SELECT only.
      const [row] = await tx.query(
        `WITH updated AS (
           UPDATE saved_searches SET feed_token_hash = $2, feed_token_display = $3 WHERE id = $1 RETURNING ${SEARCH_COLUMNS})
         SELECT * FROM updated`,
        [id, feed.hash, feed.display],
      );
      await recordAudit(tx, actor, { action: 'saved-search.rotate-feed', entityType: 'saved-search', entityId: id, after: { display: feed.display } });
      return { savedSearch: row, feedToken: feed.token };
    });
  }

  async addWebhook(userId: string, savedSearchId: string, rawUrl: string, actor: Actor): Promise<{ webhook: WebhookRow; signingKey: string }> {
    const url = checkWebhookUrl('url', rawUrl ?? '', this.settings.allowLocalWebhooks);
    const secret = generateWebhookSecret();
    return this.dataSource.transaction(async (tx) => {
      await this.owned(tx, userId, savedSearchId, true);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM saved_search_webhooks WHERE saved_search_id = $1`, [savedSearchId]);
      if (n >= MAX_WEBHOOKS) throw badInput('url', rawUrl, `a saved search has at most ${MAX_WEBHOOKS} webhooks; remove one first`);
      const [webhook] = await tx.query(
        `INSERT INTO saved_search_webhooks (saved_search_id, url, secret) VALUES ($1, $2, $3) RETURNING ${WEBHOOK_COLUMNS}`,
        [savedSearchId, url, secret],
      );
      await recordAudit(tx, actor, { action: 'saved-search.add-webhook', entityType: 'saved-search', entityId: savedSearchId, after: { webhook: webhook.id, url } });
      return { webhook, signingKey: secret };
    });
  }

  async removeWebhook(userId: string, webhookId: string, actor: Actor): Promise<WebhookRow> {
    return this.dataSource.transaction(async (tx) => {
      const [webhook]: (WebhookRow & { userId: string })[] = await tx.query(
        `SELECT w.id, w.saved_search_id AS "savedSearchId", w.url, w.created_at AS "createdAt", s.user_id AS "userId"
           FROM saved_search_webhooks w JOIN saved_searches s ON s.id = w.saved_search_id
          WHERE w.id = $1 FOR UPDATE OF w`,
        [uuidOrNull(webhookId)],
      );
      if (!webhook || webhook.userId !== userId) throw notFound('webhook', webhookId);
      await tx.query(`DELETE FROM saved_search_webhooks WHERE id = $1`, [webhookId]);
      await recordAudit(tx, actor, { action: 'saved-search.remove-webhook', entityType: 'saved-search', entityId: webhook.savedSearchId, before: { webhook: webhook.id, url: webhook.url } });
      const { userId: _owner, ...row } = webhook;
      return row;
    });
  }

  /** Webhooks of several saved searches (already checked as the viewer's), oldest first. */
  async webhooksOf(savedSearchIds: readonly string[]): Promise<WebhookRow[]> {
    return this.dataSource.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM saved_search_webhooks WHERE saved_search_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [savedSearchIds],
    );
  }

  /** The newest deliveries of a webhook (the owner's, checked by the caller) with their attempts. */
  async deliveriesOf(webhookId: string, limit: number): Promise<(DeliveryRow & { attemptLog: AttemptRow[] })[]> {
    const deliveries: DeliveryRow[] = await this.dataSource.query(
      `SELECT id, webhook_id AS "webhookId", status, attempts, next_attempt_at AS "nextAttemptAt", created_at AS "createdAt",
              delivered_at AS "deliveredAt", coalesce(jsonb_array_length(body::jsonb -> 'records'), 0) AS "recordCount"
         FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [webhookId, limit],
    );
    const attempts: AttemptRow[] = await this.dataSource.query(
      `SELECT delivery_id AS "deliveryId", attempt, attempted_at AS "attemptedAt", status_code AS "statusCode", error,
              duration_ms AS "durationMs"
         FROM webhook_delivery_attempts WHERE delivery_id = ANY($1::uuid[]) ORDER BY attempt`,
      [deliveries.map((d) => d.id)],
    );
    return deliveries.map((d) => ({ ...d, attemptLog: attempts.filter((a) => a.deliveryId === d.id) }));
  }

  /**
   * The saved search a feed token opens and its newest matches that are still published, or null (an unknown,
   * rotated or malformed token: the caller answers 404 either way).
   */
  async feed(token: string): Promise<{ savedSearch: SavedSearchRow; entries: FeedEntryRow[] } | null> {
    if (!looksLikeFeedToken(token)) return null;
    const [savedSearch]: SavedSearchRow[] = await this.dataSource.query(
      `SELECT ${SEARCH_COLUMNS} FROM saved_searches WHERE feed_token_hash = $1`,
      [hashFeedToken(token)],
    );
    if (!savedSearch) return null;
    // Search documents exist for published records only: a record withdrawn since it matched drops out.
    const entries: FeedEntryRow[] = await this.dataSource.query(
      `SELECT m.record_type AS "recordType", m.record_id AS "recordId", d.reference, d.title, d.summary,
              d.country_name AS "countryName", d.year, m.matched_at AS "matchedAt"
         FROM saved_search_matches m
         JOIN search_documents d ON d.record_type = m.record_type AND d.record_id = m.record_id
        WHERE m.saved_search_id = $1
        ORDER BY m.matched_at DESC, d.date DESC NULLS LAST, d.reference
        LIMIT $2`,
      [savedSearch.id, FEED_ENTRIES],
    );
    return { savedSearch, entries };
  }

  /** The newest records the search matches when saved, recorded without being announced. */
  private async recordBaseline(tx: EntityManager, savedSearchId: string, hits: SearchHitRef[]): Promise<void> {
    if (hits.length === 0) return;
    await tx.query(
      `INSERT INTO saved_search_matches (saved_search_id, record_type, record_id, document_hash)
       SELECT $1, d.record_type, d.record_id, md5(d::text)
         FROM unnest($2::text[], $3::uuid[]) AS h(record_type, record_id)
         JOIN search_documents d USING (record_type, record_id)`,
      [savedSearchId, hits.map((h) => h.type), hits.map((h) => h.id)],
    );
  }

  private async owned(tx: EntityManager, userId: string, id: string, lock = false): Promise<SavedSearchRow> {
    const [row] = await tx.query(
      `SELECT ${SEARCH_COLUMNS} FROM saved_searches WHERE id = $1 AND user_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [uuidOrNull(id), userId],
    );
    if (!row) throw notFound('saved search', id);
    return row;
  }
}

/**
 * What a saved search keeps of a SearchInput: text, filters, types and sort (pages are the reader's); empty
 * filters are left out. Saved after checking, with the cleaned text and the filters' canonical values.
 */
export function savedPart(search: SearchRequest): SavedSearchInput {
  const { first: _first, after: _after, ...rest } = search ?? {};
  const filters = Object.fromEntries(
    Object.entries(rest.filters ?? {}).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
  return {
    text: rest.text ?? null,
    filters: Object.keys(filters).length ? filters : null,
    types: rest.types?.length ? [...rest.types] : null,
    sort: rest.sort ?? null,
  };
}

/** Ids are uuids: anything else matches nothing (and never reaches a uuid cast). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (id: string): string | null => (UUID.test(id ?? '') ? id : null);

/** The web portal's URL of the search (the parameters the search page reads). */
export function searchPageUrl(baseUrl: string, search: SavedSearchInput): string {
  const params = new URLSearchParams();
  const f = search.filters ?? {};
  if (search.text) params.set('q', search.text);
  if (search.types?.length === 1) params.set('type', search.types[0]);
  if (search.sort && search.sort !== 'RELEVANCE') params.set('sort', search.sort);
  const lists: [string, string[] | null | undefined][] = [
    ['country', f.countries], ['region', f.regions], ['crime', f.crimeTypes], ['article', f.articles],
    ['keyword', f.keywords], ['court', f.courtLevels],
  ];
  for (const [param, values] of lists) for (const value of values ?? []) params.append(param, value);
  if (f.yearFrom) params.set('from', String(f.yearFrom));
  if (f.yearTo) params.set('to', String(f.yearTo));
  const query = params.toString();
  return `${baseUrl}/${query ? `?${query}` : ''}`;
}

/** The portal page of a record. */
export function recordUrl(baseUrl: string, type: 'CASE' | 'LAW' | 'PUBLICATION', reference: string): string {
  const area = type === 'CASE' ? 'cases' : type === 'LAW' ? 'laws' : 'publications';
  return `${baseUrl}/${area}/${encodeURIComponent(reference)}`;
}
