import os from 'node:os';
import path from 'node:path';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type WriteOutcome } from './load/bulk';
import { type RecordOrigin } from './load/normalized';
import { type CatalogueFormat, openCatalogue, type SourceRow } from './readers';
import { RECORD_KIND_HANDLERS, type RecordKind } from './record-kinds';
import { type BatchCounts, IngestRunLog } from './run-log';
import { type FieldError } from './validate/fields';
import { loadVocabulary } from './vocabulary';

export type { RecordKind };

export interface IngestOptions {
  kind: RecordKind;
  publish?: boolean;
  /** Validate and write inside transactions that are rolled back: the same checks and outcomes, nothing stored, no run recorded. */
  dryRun?: boolean;
  batchSize?: number;
  /** The file's format; by default its name tells. */
  format?: CatalogueFormat;
  /** Who runs the ingest, recorded with the run (default: the operating-system user). */
  startedBy?: string;
  /** Rows from somewhere other than a file (the demo loader, tests). */
  rows?: AsyncIterable<SourceRow> | Iterable<SourceRow>;
  /** Keep every row's outcome in the summary (default true). Callers streaming them through `onBatch` turn it off so memory stays flat. */
  keepRows?: boolean;
  /** Called after each batch is committed, with its rows' outcomes in file order and the progress so far. */
  onBatch?: (batch: BatchProgress) => void | Promise<void>;
}

export interface BatchProgress {
  rows: RowOutcome[];
  /** Rows read so far. */
  read: number;
  /** Bytes of the file read so far, and its size (compressed for a gzip file); null for rows not from a file. */
  bytesRead: number | null;
  size: number | null;
}

export interface RowOutcome {
  line: number;
  reference: string | null;
  outcome: WriteOutcome | 'rejected';
  errors?: FieldError[];
}

export interface IngestSummary {
  /** The `ingest_runs` id of the run; null for a dry run. */
  runId: string | null;
  file: string | null;
  kind: RecordKind;
  format: CatalogueFormat | null;
  compressed: boolean;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  durationMs: number;
  rows: RowOutcome[];
}

/** A row read and validated, waiting for its batch: to be written, or already rejected. */
interface PendingRow {
  line: number;
  reference: string | null;
  write?: { record: unknown; origin: RecordOrigin };
  errors?: FieldError[];
}

/**
 * Reads, normalizes, validates and loads a catalogue, recording the run in `ingest_runs`. Each batch is written
 * in its own transaction together with the run's counts and rejected rows, so whatever happens the database
 * holds whole batches and a run that says what they were. A row that fails validation is reported and skipped;
 * a batch the database refuses is retried row by row, so a bad row never takes its neighbours down with it.
 */
export async function ingestFile(dataSource: DataSource, file: string | null, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const kind = RECORD_KIND_HANDLERS[options.kind];
  const source = options.rows ? null : openCatalogue(file!, { format: options.format, jsonColumns: kind.jsonColumns });
  const vocab = await loadVocabulary(dataSource);
  const publish = Boolean(options.publish);
  const run = options.dryRun
    ? null
    : await IngestRunLog.start(dataSource, {
        file, kind: options.kind, format: source?.format ?? null, compressed: source?.compressed ?? false, publish,
        startedBy: options.startedBy ?? currentUser(),
      });
  const summary: IngestSummary = {
    runId: run?.id ?? null, file: file ? path.basename(file) : null, kind: options.kind, format: source?.format ?? null,
    compressed: source?.compressed ?? false, read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, durationMs: 0, rows: [],
  };

  /** Runs `work` in a transaction, rolled back in a dry run. */
  const transact = async <T>(work: (tx: EntityManager) => Promise<T>): Promise<T> => {
    let result!: T;
    await dataSource
      .transaction(async (tx) => {
        result = await work(tx);
        if (options.dryRun) throw new DryRunRollback();
      })
      .catch((error) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
    return result;
  };

  /** Writes rows and records them with the run, in one transaction; returns their outcomes in order. */
  const commit = (rows: PendingRow[]) =>
    transact(async (tx) => {
      const valid = rows.filter((r) => r.write);
      const written = await kind.write(tx, valid.map((r) => r.write!), { publish, vocab });
      let next = 0;
      const outcomes = rows.map((r): RowOutcome => {
        if (!r.write) return { line: r.line, reference: r.reference, outcome: 'rejected', errors: r.errors };
        return { line: r.line, reference: r.reference, outcome: written[next++] };
      });
      const rejected = outcomes.filter((o) => o.outcome === 'rejected');
      await run?.recordBatch(tx, countsOf(outcomes), rejected.map((o) => ({ line: o.line, reference: o.reference, errors: o.errors ?? [] })));
      return outcomes;
    });

  const writeBatch = async (rows: PendingRow[]): Promise<RowOutcome[]> => {
    try {
      return await commit(rows);
    } catch (error) {
      if (!isRowError(error)) throw error;
    }
    // The database refused something in the batch: each row alone, then the refused ones as rejected.
    const outcomes: RowOutcome[] = [];
    const refused: PendingRow[] = [];
    for (const row of rows) {
      if (!row.write) {
        refused.push(row);
        continue;
      }
      try {
        outcomes.push(...(await commit([row])));
      } catch (error) {
        if (!isRowError(error)) throw error;
        const message = `could not be stored: ${(error as Error).message}`;
        refused.push({ line: row.line, reference: row.reference, errors: [{ field: 'record', value: row.reference, message }] });
      }
    }
    outcomes.push(...(await commit(refused)));
    return outcomes.sort((a, b) => a.line - b.line);
  };

  const flush = async (batch: PendingRow[], read: number) => {
    const outcomes = await writeBatch(batch);
    for (const o of outcomes) summary[o.outcome] += 1;
    if (options.keepRows !== false) summary.rows.push(...outcomes);
    await options.onBatch?.({ rows: outcomes, read, bytesRead: source?.bytesRead() ?? null, size: source?.size ?? null });
  };
  // One batch is written while the next is read and validated (the database and this process work at the same
  // time); batches still commit one after the other, in file order, and at most two are held in memory.
  let writing: Promise<void> = Promise.resolve();
  const startWriting = async (batch: PendingRow[]) => {
    await writing;
    writing = flush(batch, summary.read);
    writing.catch(() => undefined); // awaited before the next batch or at the end; not an unhandled rejection meanwhile
  };

  try {
    const batchSize = options.batchSize ?? 500;
    let pending: PendingRow[] = [];
    for await (const row of options.rows ?? source!.rows) {
      summary.read += 1;
      pending.push(prepare(row));
      if (pending.length >= batchSize) {
        await startWriting(pending);
        pending = [];
      }
    }
    if (pending.length) await startWriting(pending);
    await writing;
    await run?.complete();
  } catch (error) {
    await run?.fail(error).catch(() => undefined);
    throw error;
  }
  summary.durationMs = Date.now() - started;
  return summary;

  function prepare(row: SourceRow): PendingRow {
    if ('error' in row) {
      return { line: row.line, reference: null, errors: [{ field: row.field ?? 'record', value: null, message: row.error }] };
    }
    const validated = kind.validate(row.record, vocab);
    if (!validated.ok) {
      const reference = (row.record as { reference?: unknown } | null)?.reference;
      return { line: row.line, reference: typeof reference === 'string' ? reference : null, errors: validated.errors };
    }
    return {
      line: row.line,
      reference: kind.key(validated.value),
      write: { record: validated.value, origin: { file: summary.file, line: row.line, runId: summary.runId } },
    };
  }
}

/** The operating-system user; a container's user may have no name, then its uid. */
function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? `uid ${process.getuid?.() ?? '?'}`;
  }
}

function countsOf(outcomes: RowOutcome[]): BatchCounts {
  const counts = { read: outcomes.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const o of outcomes) counts[o.outcome] += 1;
  return counts;
}

/**
 * Whether the database refused a row for its data (SQLSTATE classes 22 data exception and 23 integrity
 * constraint violation), which isolating the row can get round; anything else (a lost connection, a full
 * disk) stops the run.
 */
function isRowError(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

class DryRunRollback extends Error {}
