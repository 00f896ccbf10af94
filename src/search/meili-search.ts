import {
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type IndexObject,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type MultiSearchParams,
} from 'meilisearch';
import { toBatches } from './meili/batches';
import { type MeiliDocument, PRIMARY_KEY, toMeiliDocument } from './meili/documents';
import { buildMultiSearch, type MeiliHit, toSearchPage } from './meili/search-mapping';
import { indexSettings, MAX_TOTAL_HITS } from './meili/settings';
import { ensureSucceeded } from './meili/tasks';
import {
  type OrderedPage,
  type OrderedQuery,
  type SearchDocument,
  type SearchIndex,
  type SearchPage,
  type SearchQuery,
  SearchUnavailableError,
} from './search-index';

export interface MeiliSearchOptions {
  /** e.g. http://localhost:7700 */
  url: string;
  apiKey?: string | null;
  /** Index uid; default `records`. */
  indexName?: string;
  /** Timeout of each search request, so a slow or hung engine never holds a request; default 3000 ms. */
  timeoutMs?: number;
  /** Timeout of each write request (a batch carries up to 16 MB); default 30 s. */
  writeTimeoutMs?: number;
  /** How long to wait for Meilisearch to process one task (settings, a batch of documents); default 120 s. */
  taskTimeoutMs?: number;
  /** Timeout of the health check behind isAvailable(); default 1000 ms. */
  healthTimeoutMs?: number;
}

/** Documents per write request, and the JSON size a request stays under (Meilisearch's default cap is 100 MB). */
export const MAX_BATCH_DOCUMENTS = 5_000;
export const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const TASK_POLL_INTERVAL_MS = 100;

export function createMeiliSearchIndex(options: MeiliSearchOptions): MeiliSearchIndex {
  return new MeiliSearchIndex(options);
}

/**
 * The Meilisearch adapter of the search port. Every write waits for its task and throws when the task did not
 * succeed; an engine that cannot be reached, times out or answers 5xx surfaces as SearchUnavailableError.
 */
export class MeiliSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch';
  readonly indexName: string;
  /** Three clients because the client's timeout is per client: short for searches, long for writes. */
  private readonly searcher: Meilisearch;
  private readonly writer: Meilisearch;
  private readonly prober: Meilisearch;

  constructor(options: MeiliSearchOptions) {
    this.indexName = options.indexName ?? 'records';
    const client = (timeout: number) =>
      new Meilisearch({
        host: options.url,
        apiKey: options.apiKey ?? undefined,
        timeout,
        defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 120_000, interval: TASK_POLL_INTERVAL_MS },
      });
    this.searcher = client(options.timeoutMs ?? 3_000);
    this.writer = client(options.writeTimeoutMs ?? 30_000);
    this.prober = client(options.healthTimeoutMs ?? 1_000);
  }

  async prepare(): Promise<void> {
    await this.guard(async () => {
      await this.ensureIndex();
      await this.complete(this.writer.index(this.indexName).updateSettings(indexSettings()));
    });
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const index = this.writer.index<MeiliDocument>(this.indexName);
    const batches = toBatches(documents.map(toMeiliDocument), MAX_BATCH_DOCUMENTS, MAX_BATCH_BYTES);
    await this.guard(async () => {
      // Enqueue every batch, then wait: Meilisearch indexes queued additions together.
      const enqueued: EnqueuedTask[] = [];
      for (const batch of batches) enqueued.push(await index.addDocuments(batch, { primaryKey: PRIMARY_KEY }));
      await this.completeAll(enqueued);
    });
  }

  async remove(keys: string[]): Promise<void> {
    if (!keys.length) return;
    const index = this.writer.index(this.indexName);
    await this.guard(async () => {
      const enqueued: EnqueuedTask[] = [];
      for (const batch of toBatches(keys, MAX_BATCH_DOCUMENTS, MAX_BATCH_BYTES)) {
        enqueued.push(await index.deleteDocuments(batch));
      }
      await this.completeAll(enqueued);
    });
  }

  async clear(): Promise<void> {
    await this.guard(() => this.complete(this.writer.index(this.indexName).deleteAllDocuments()));
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const ask = async (allWords: boolean) => {
      const plan = buildMultiSearch(this.indexName, query, { allWords });
      return toSearchPage(plan, await this.guard(() => this.searcher.multiSearch<MultiSearchParams, MeiliHit>(plan.request)));
    };
    const page = await ask(true);
    // Never a dead end: no record holds every word, so ask again letting Meilisearch drop words.
    if (page.total === 0 && countWords(query.text) > 1) {
      const most = await ask(false);
      if (most.total > 0) return most;
    }
    return page;
  }

  /**
   * An export's walk: the pages of `search` one after another (Meilisearch reaches MAX_TOTAL_HITS deep), so the
   * order is the search's own.
   */
  async orderedHits(query: OrderedQuery, after: string | null): Promise<OrderedPage> {
    const offset = after === null ? 0 : Number(after);
    if (!Number.isInteger(offset) || offset < 0) throw new Error('malformed walk cursor');
    const page = await this.search({ ...query, offset });
    const end = offset + page.hits.length;
    return {
      hits: page.hits.map(({ type, id }) => ({ type, id })),
      next: page.hits.length === query.limit && end < Math.min(page.total, MAX_TOTAL_HITS) ? String(end) : null,
      matchedAllWords: page.matchedAllWords,
    };
  }

  /** Health check with a short timeout; false on any error. */
  isAvailable(): Promise<boolean> {
    return this.prober.isHealthy();
  }

  /** Creates the index with primary key `key` when missing; refuses an index keyed on another attribute. */
  private async ensureIndex(): Promise<void> {
    const existing = await this.indexInfo();
    if (!existing) {
      // Another instance may create it at the same moment: that outcome is the one wanted.
      await this.complete(this.writer.createIndex(this.indexName, { primaryKey: PRIMARY_KEY }), [
        'index_already_exists',
      ]);
    } else if (existing.primaryKey == null) {
      await this.complete(this.writer.updateIndex(this.indexName, { primaryKey: PRIMARY_KEY }));
    } else if (existing.primaryKey !== PRIMARY_KEY) {
      throw new Error(
        `Meilisearch index "${this.indexName}" has primary key "${existing.primaryKey}"; search documents need ` +
          `"${PRIMARY_KEY}": delete that index or use another index name`,
      );
    }
  }

  private async indexInfo(): Promise<IndexObject | null> {
    try {
      return await this.writer.getRawIndex(this.indexName);
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
      throw error;
    }
  }

  private async complete(enqueued: EnqueuedTaskPromise, tolerated?: readonly string[]): Promise<void> {
    ensureSucceeded(await enqueued.waitTask(), tolerated);
  }

  private async completeAll(enqueued: readonly EnqueuedTask[]): Promise<void> {
    for (const task of enqueued) ensureSucceeded(await this.writer.tasks.waitForTask(task));
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw toSearchError(error);
    }
  }
}

/**
 * SearchUnavailableError for what waiting may cure: no connection, a request or task timeout, a 5xx answer, or
 * an answer that is not JSON (a proxy's error page). Anything else (a rejected key, a bad request, a failed
 * task) is a fault to fix, and is returned unchanged.
 */
export function toSearchError(error: unknown): unknown {
  const unavailable =
    error instanceof MeilisearchRequestError ||
    error instanceof MeilisearchTaskTimeOutError ||
    (error instanceof MeilisearchApiError && error.response.status >= 500) ||
    error instanceof SyntaxError;
  return unavailable ? new SearchUnavailableError('meilisearch', error) : error;
}

/** Words of the text as Meilisearch splits them (runs of letters and digits). */
function countWords(text: string | null): number {
  return text?.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
