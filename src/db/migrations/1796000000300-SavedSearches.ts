import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Saved searches with their Atom feed and webhooks (README "Saved searches, feeds and webhooks"):
 * - `saved_searches`: a user's search (the SearchInput as saved) and the SHA-256 of its feed token;
 * - `saved_search_matches`: the records that matched, with a hash of the search document they matched as, so an
 *   unchanged record written again is not announced twice; the feed lists the newest of them;
 * - `saved_search_webhooks`, `webhook_deliveries` and `webhook_delivery_attempts`: where matches are POSTed, each
 *   delivery (its signed body, retried with backoff) and every attempt (the delivery log);
 * - `alert_outbox`: the alert matcher's own copy of the search outbox, filled by a trigger in the writing
 *   transaction, so the search indexer and the alerts consume the same changes independently and a crash of
 *   either loses nothing.
 */
export class SavedSearches1796000000300 implements MigrationInterface {
  name = 'SavedSearches1796000000300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE saved_searches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      search jsonb NOT NULL,
      feed_token_hash char(64) NOT NULL,
      feed_token_display varchar(16) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_matched_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_saved_searches_feed" ON saved_searches (feed_token_hash)`);
    await q.query(`CREATE INDEX "IDX_saved_searches_user" ON saved_searches (user_id, created_at)`);

    await q.query(`CREATE TABLE saved_search_matches (
      saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
      record_type varchar(16) NOT NULL,
      record_id uuid NOT NULL,
      document_hash char(32) NOT NULL,
      matched_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (saved_search_id, record_type, record_id)
    )`);
    await q.query(`CREATE INDEX "IDX_saved_search_matches_newest" ON saved_search_matches (saved_search_id, matched_at DESC)`);

    await q.query(`CREATE TABLE saved_search_webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
      url text NOT NULL,
      secret text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "IDX_saved_search_webhooks_search" ON saved_search_webhooks (saved_search_id)`);

    await q.query(`CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES saved_search_webhooks(id) ON DELETE CASCADE,
      body text NOT NULL,
      status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      delivered_at timestamptz
    )`);
    await q.query(`CREATE INDEX "IDX_webhook_deliveries_due" ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX "IDX_webhook_deliveries_webhook" ON webhook_deliveries (webhook_id, created_at DESC)`);

    await q.query(`CREATE TABLE webhook_delivery_attempts (
      delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
      attempt int NOT NULL,
      attempted_at timestamptz NOT NULL DEFAULT now(),
      status_code int,
      error text,
      duration_ms int NOT NULL,
      PRIMARY KEY (delivery_id, attempt)
    )`);

    await q.query(`CREATE TABLE alert_outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      record_type varchar(16) NOT NULL,
      record_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Relabelled reference data (refresh rows) is not a new or updated record: only record writes are alerts.
    await q.query(`CREATE FUNCTION alert_outbox_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert_outbox (record_type, record_id)
          SELECT record_type, record_id FROM queued WHERE NOT refresh;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER search_outbox_alerts AFTER INSERT ON search_outbox
      REFERENCING NEW TABLE AS queued FOR EACH STATEMENT EXECUTE FUNCTION alert_outbox_copy()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS search_outbox_alerts ON search_outbox`);
    await q.query(`DROP FUNCTION IF EXISTS alert_outbox_copy()`);
    await q.query(`DROP TABLE IF EXISTS alert_outbox, webhook_delivery_attempts, webhook_deliveries, saved_search_webhooks,
      saved_search_matches, saved_searches`);
  }
}
