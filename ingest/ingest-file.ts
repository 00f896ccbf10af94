import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { mergePendingSearchEntries } from '../src/search/documents';
import { createBatchWriter, type PendingRow, type RowOutcome } from './batch-writer';
import { type CatalogueFormat, openCatalogue, type SourceRow } from './readers';
import { RECORD_KIND_HANDLERS, type RecordKind } from './record-kinds';
import { IngestRunLog } from './run-log';
import { loadVocabulary } from './vocabulary';

export type { RecordKind, RowOutcome };

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
  /** Mark the records as synthetic samples (the demo catalogue's treaties, ratifications, publications). */
  sample?: boolean;
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

/**
 * Reads, normalizes, validates and loads a catalogue, recording the run in `ingest_runs`. Batches are written
 * by the batch writer (each in its own transaction with the run's counts); a row that fails validation is
 * reported and skipped, never guessed at.
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

  const writeBatch = createBatchWriter(dataSource, { kind, vocab, publish, dryRun: Boolean(options.dryRun), run, sample: options.sample });

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
    if (run && summary.created + summary.updated > 0) await mergePendingSearchEntries(dataSource);
  } catch (error) {
    await writing.catch(() => undefined); // a batch in flight commits or not before the run is marked
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
