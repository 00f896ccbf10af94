import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { logger } from '../../logger';
import { type PostgresSearchIndex } from '../../search/postgres-search';
import { type RecordType, type SearchQuery } from '../../search/search-index';
import { type SearchService } from '../search.service';
import { recordUrl, type SavedSearchInput, searchPageUrl } from './saved-search.service';

/** Changed records matched per transaction. */
const BATCH_SIZE = 500;

interface ChangedDocument {
  record_type: RecordType;
  record_id: string;
  reference: string;
  title: string;
  hash: string;
}

/** What a webhook receives (README: "Webhooks"). */
export interface MatchDelivery {
  event: 'saved-search.matched';
  delivery: string;
  savedSearch: { id: string; name: string; url: string };
  records: { type: RecordType; id: string; reference: string; title: string; url: string; change: 'new' | 'updated' }[];
  createdAt: string;
}

/**
 * Consumes `alert_outbox` (filled in the writing transaction, beside the search outbox) and evaluates every saved
 * search against the changed records with the search's own statement restricted to them. A record that now
 * matches — new to the search, or changed since it last matched — is recorded (the feed) and queued for each
 * webhook of the search (webhook_deliveries). Claiming the changes, recording matches and queuing deliveries
 * commit together: a crash leaves the changes in the outbox for the next run. Records without a search document
 * (drafts, submissions, withdrawn records) match nothing.
 */
export class AlertMatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchService,
    private readonly documents: PostgresSearchIndex,
    private readonly baseUrl: () => string,
  ) {}

  /** Matches until the outbox is empty; returns the number of changes handled. */
  async drain(): Promise<number> {
    let handled = 0;
    for (;;) {
      const n = await this.runBatch();
      handled += n;
      if (n < BATCH_SIZE) return handled;
    }
  }

  /** One batch of changes; returns how many it handled. */
  async runBatch(): Promise<number> {
    const [{ pending }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM alert_outbox) AS pending`);
    if (!pending) return 0;
    // Compiled outside the transaction: the embedded database has a single connection, which it holds.
    const searches = await this.compiledSearches();
    return this.dataSource.transaction((tx) => this.matchBatch(tx, searches));
  }

  private async compiledSearches(): Promise<{ id: string; name: string; search: SavedSearchInput; query: SearchQuery }[]> {
    const rows: { id: string; name: string; search: SavedSearchInput }[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.search FROM saved_searches s ORDER BY s.id`,
    );
    const compiled = [];
    for (const row of rows) {
      try {
        compiled.push({ ...row, query: await this.search.validate(row.search, 'search') });
      } catch (error) {
        // A vocabulary value removed since the search was saved: the search cannot be run, nor matched.
        logger.warn({ err: error, savedSearch: row.id }, 'saved search no longer valid; not matched');
      }
    }
    return compiled;
  }

  private async matchBatch(tx: EntityManager, searches: Awaited<ReturnType<AlertMatcher['compiledSearches']>>): Promise<number> {
    const claimed: { record_type: RecordType; record_id: string }[] = await tx.query(
      `WITH claimed AS (
         DELETE FROM alert_outbox WHERE id IN (
           SELECT id FROM alert_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING record_type, record_id)
       SELECT DISTINCT record_type, record_id FROM claimed`,
      [BATCH_SIZE],
    );
    if (claimed.length === 0 || searches.length === 0) return claimed.length;
    const changed: ChangedDocument[] = await tx.query(
      `SELECT d.record_type, d.record_id, d.reference, d.title, md5(d::text) AS hash
         FROM unnest($1::text[], $2::uuid[]) AS c(record_type, record_id)
         JOIN search_documents d USING (record_type, record_id)`,
      [claimed.map((c) => c.record_type), claimed.map((c) => c.record_id)],
    );
    if (changed.length === 0) return claimed.length;
    const byKey = new Map(changed.map((d) => [`${d.record_type}:${d.record_id}`, d]));
    const ids = [...new Set(changed.map((d) => d.record_id))];
    for (const saved of searches) {
      const hits = (await this.documents.matchRecords(saved.query, ids, tx))
        .map((hit) => byKey.get(`${hit.type}:${hit.id}`))
        .filter((d): d is ChangedDocument => d !== undefined);
      if (hits.length === 0) continue;
      // New matches, and records whose document changed since they last matched; an unchanged rewrite is none.
      const fresh: { record_type: RecordType; record_id: string; inserted: boolean }[] = await tx.query(
        `INSERT INTO saved_search_matches AS m (saved_search_id, record_type, record_id, document_hash)
         SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::text[])
         ON CONFLICT (saved_search_id, record_type, record_id)
         DO UPDATE SET document_hash = EXCLUDED.document_hash, matched_at = now()
          WHERE m.document_hash <> EXCLUDED.document_hash
         RETURNING record_type, record_id, (xmax = 0) AS inserted`,
        [saved.id, hits.map((d) => d.record_type), hits.map((d) => d.record_id), hits.map((d) => d.hash)],
      );
      if (fresh.length === 0) continue;
      await tx.query(`UPDATE saved_searches SET last_matched_at = now() WHERE id = $1`, [saved.id]);
      await this.queueDeliveries(tx, saved, fresh.map((f) => ({ ...byKey.get(`${f.record_type}:${f.record_id}`)!, inserted: f.inserted })));
    }
    return claimed.length;
  }

  private async queueDeliveries(
    tx: EntityManager,
    saved: { id: string; name: string; search: SavedSearchInput },
    records: (ChangedDocument & { inserted: boolean })[],
  ): Promise<void> {
    const webhooks: { id: string }[] = await tx.query(`SELECT id FROM saved_search_webhooks WHERE saved_search_id = $1`, [saved.id]);
    if (webhooks.length === 0) return;
    const base = this.baseUrl();
    const deliveries = webhooks.map((webhook) => {
      const delivery = randomUUID();
      const body: MatchDelivery = {
        event: 'saved-search.matched',
        delivery,
        savedSearch: { id: saved.id, name: saved.name, url: searchPageUrl(base, saved.search) },
        records: records.map((r) => ({
          type: r.record_type, id: r.record_id, reference: r.reference, title: r.title,
          url: recordUrl(base, r.record_type, r.reference), change: r.inserted ? 'new' : 'updated',
        })),
        createdAt: new Date().toISOString(),
      };
      return { id: delivery, webhookId: webhook.id, body: JSON.stringify(body) };
    });
    await tx.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, body) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`,
      [deliveries.map((d) => d.id), deliveries.map((d) => d.webhookId), deliveries.map((d) => d.body)],
    );
  }
}
