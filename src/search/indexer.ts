import { type DataSource, type EntityManager } from 'typeorm';
import { logger } from '../logger';
import { allSearchDocuments, readSearchDocuments, rebuildSearchDocuments, refreshSearchDocuments, searchDocumentKey } from './documents';
import { type RecordType, type SearchIndex, SearchUnavailableError } from './search-index';

export interface IndexerOptions {
  /** Outbox rows handled per transaction. */
  batchSize?: number;
  /** Pause between polls when the outbox is empty. */
  idleMs?: number;
  /** Longest pause between retries while the engine is down. */
  maxBackoffMs?: number;
}

export interface IndexerStatus {
  engine: string;
  available: boolean;
  pending: number;
  lastError: string | null;
}

interface OutboxRow {
  record_type: RecordType;
  record_id: string;
  refresh: boolean;
}

/**
 * Drains the search outbox into the configured engine. Each batch is claimed, applied and deleted in one
 * transaction: if the engine fails, the transaction rolls back and the rows stay for the next attempt, so a
 * write is never lost, only delayed. While the engine is down the indexer backs off and resumes on its own.
 */
export class SearchIndexer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private prepared = false;
  private available = true;
  private lastError: string | null = null;
  private backoffMs: number;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    options: IndexerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.idleMs = options.idleMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.backoffMs = this.idleMs;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Applies engine settings once the engine answers (idempotent, retried by the loop until it succeeds). */
  async prepare(): Promise<void> {
    await this.index.prepare();
    this.prepared = true;
  }

  /** Drains the outbox until it is empty; returns the number of rows handled. Throws what the engine throws. */
  async drain(): Promise<number> {
    if (!this.prepared) await this.prepare();
    let handled = 0;
    for (;;) {
      const n = await this.dataSource.transaction((tx) => this.drainBatch(tx));
      handled += n;
      if (n < this.batchSize) return handled;
    }
  }

  async status(): Promise<IndexerStatus> {
    const [{ pending }] = await this.dataSource.query(`SELECT count(*)::int AS pending FROM search_outbox`);
    return { engine: this.index.engine, available: this.available, pending, lastError: this.lastError };
  }

  /**
   * Rebuilds the index from scratch: every document from the source tables, then the engine's settings and
   * contents. Outbox rows queued before the rebuild began are covered by it and removed at the end.
   */
  async reindex(onProgress?: (stage: 'documents' | 'engine', done: number, total: number) => void): Promise<number> {
    const [{ last }] = await this.dataSource.query(`SELECT coalesce(max(id), 0)::bigint AS last FROM search_outbox`);
    const total = await rebuildSearchDocuments(this.dataSource.manager, this.batchSize, (done, all) =>
      onProgress?.('documents', done, all),
    );
    await this.prepare();
    if (this.index.engine !== 'postgres') {
      await this.index.clear();
      let pushed = 0;
      for await (const documents of allSearchDocuments(this.dataSource.manager, 5000)) {
        await this.index.upsert(documents);
        pushed += documents.length;
        onProgress?.('engine', pushed, total);
      }
    }
    await this.dataSource.query(`DELETE FROM search_outbox WHERE id <= $1`, [last]);
    return total;
  }

  private async drainBatch(tx: EntityManager): Promise<number> {
    const rows: OutboxRow[] = await tx.query(
      // A SELECT over the DELETE: TypeORM hands back plain rows for a SELECT only.
      `WITH claimed AS (
         DELETE FROM search_outbox WHERE id IN (
           SELECT id FROM search_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING record_type, record_id, refresh)
       SELECT * FROM claimed`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    for (const type of ['CASE', 'LAW', 'PUBLICATION'] as const) {
      const stale = [...new Set(rows.filter((r) => r.refresh && r.record_type === type).map((r) => r.record_id))];
      await refreshSearchDocuments(tx, type, stale);
    }
    // PostgreSQL searches the documents table itself: rewriting the stale documents was all there was to do.
    if (this.index.engine !== 'postgres') {
      const records = [...new Map(rows.map((r) => [searchDocumentKey(r.record_type, r.record_id), { type: r.record_type, id: r.record_id }])).values()];
      const documents = await readSearchDocuments(tx, records);
      const present = new Set(documents.map((d) => d.key));
      await this.index.upsert(documents);
      await this.index.remove(records.map((r) => searchDocumentKey(r.type, r.id)).filter((key) => !present.has(key)));
    }
    return rows.length;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.cycle().finally(() => (this.running = null));
    }, delayMs);
    this.timer.unref();
  }

  private async cycle(): Promise<void> {
    try {
      await this.drain();
      if (!this.available) logger.info({ engine: this.index.engine }, 'search engine reachable again: indexing resumed');
      this.available = true;
      this.lastError = null;
      this.backoffMs = this.idleMs;
      this.schedule(this.idleMs);
    } catch (error) {
      const unavailable = error instanceof SearchUnavailableError;
      if (this.available || !unavailable) {
        logger.warn({ err: error, engine: this.index.engine }, 'search indexing paused; the outbox keeps every change');
      }
      this.available = !unavailable;
      // An engine that comes back may have lost its index and settings: prepare it again before writing.
      if (unavailable) this.prepared = false;
      this.lastError = error instanceof Error ? error.message : String(error);
      this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
      this.schedule(this.backoffMs);
    }
  }
}
