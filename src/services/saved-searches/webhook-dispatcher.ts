import http from 'node:http';
import https from 'node:https';
import { type DataSource } from 'typeorm';
import { type AlertsConfig } from '../../config';
import { signDelivery } from './secrets';
import { checkWebhookUrl, guardedLookup } from './webhook-url';

/** Deliveries sent per poll, in parallel. */
const BATCH_SIZE = 10;
/** A claimed delivery is not claimed again before this, in case the process dies while sending it. */
const LEASE = '10 minutes';
const MAX_ERROR_LENGTH = 500;

interface DueDelivery {
  id: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * Sends queued webhook deliveries: each a POST of its JSON body, signed with the webhook's secret (X-Portal-Signature
 * over X-Portal-Timestamp and the body). A 2xx answer delivers it; anything else (another status, a refused
 * address, a timeout) is logged as an attempt and retried after the next configured wait, until the waits run out
 * and the delivery is FAILED. Redirects are not followed. Deliveries are claimed with a lease, so several
 * portal processes can send side by side and one that dies mid-send leaves its deliveries to be retried.
 */
export class WebhookDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: Pick<AlertsConfig, 'allowLocalWebhooks' | 'retryDelaysSeconds' | 'webhookTimeoutMs'>,
  ) {}

  /** Sends the deliveries that are due; returns how many were attempted. */
  async sendDue(): Promise<number> {
    const due: DueDelivery[] = await this.dataSource.query(
      // A SELECT over the UPDATE: TypeORM hands back plain rows for a SELECT only.
      `WITH claimed AS (
         UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + interval '${LEASE}'
           FROM saved_search_webhooks w
          WHERE w.id = d.webhook_id AND d.id IN (
                SELECT id FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= now()
                 ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING d.id, d.body, d.attempts, w.url, w.secret)
       SELECT * FROM claimed`,
      [BATCH_SIZE],
    );
    await Promise.all(due.map((delivery) => this.attempt(delivery)));
    return due.length;
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const result = await this.send(delivery);
    const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const delays = this.settings.retryDelaysSeconds;
    const retryIn = delivered || delivery.attempts > delays.length ? null : delays[delivery.attempts - 1];
    await this.dataSource.query(
      `WITH attempt AS (
         INSERT INTO webhook_delivery_attempts (delivery_id, attempt, status_code, error, duration_ms)
         VALUES ($1, $2, $3, $4, $5))
       UPDATE webhook_deliveries
          SET status = $6::varchar,
              delivered_at = CASE WHEN $6::varchar = 'DELIVERED' THEN now() END,
              next_attempt_at = CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7::int) END
        WHERE id = $1`,
      [
        delivery.id, delivery.attempts, result.statusCode, result.error, result.durationMs,
        delivered ? 'DELIVERED' : retryIn === null ? 'FAILED' : 'PENDING', retryIn,
      ],
    );
  }

  /** One POST; never throws. */
  send(delivery: Pick<DueDelivery, 'id' | 'body' | 'url' | 'secret'>): Promise<SendResult> {
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    try {
      // Checked again: the settings may have changed since the webhook was added (a literal address is never looked up).
      checkWebhookUrl('url', delivery.url, this.settings.allowLocalWebhooks);
    } catch (error) {
      return Promise.resolve({ statusCode: null, error: (error as Error).message.slice(0, MAX_ERROR_LENGTH), durationMs: 0 });
    }
    const url = new URL(delivery.url);
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const done = (statusCode: number | null, error: string | null) =>
        resolve({ statusCode, error: error && error.slice(0, MAX_ERROR_LENGTH), durationMs: Date.now() - started });
      const request = client.request(
        url,
        {
          method: 'POST',
          lookup: guardedLookup(this.settings.allowLocalWebhooks),
          timeout: this.settings.webhookTimeoutMs,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(delivery.body),
            'User-Agent': 'organized-crime-law-portal-webhooks',
            'X-Portal-Event': 'saved-search.matched',
            'X-Portal-Delivery': delivery.id,
            'X-Portal-Timestamp': String(timestamp),
            'X-Portal-Signature': signDelivery(delivery.secret, timestamp, delivery.body),
          },
        },
        (response) => {
          // The answer's body is not read beyond what the socket needs to close.
          response.resume();
          const status = response.statusCode ?? null;
          done(status, status !== null && status >= 200 && status < 300 ? null : `the receiver answered HTTP ${status}`);
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${this.settings.webhookTimeoutMs} ms`)));
      request.on('error', (error) => done(null, error.message));
      request.end(delivery.body);
    });
  }
}
