import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { writeCases, type CaseWrite, type WriteOutcome } from './load/case-writer';
import { writeLaws, type LawWrite } from './load/law-writer';
import { readNdjson, type SourceRow } from './readers/ndjson';
import { validateCaseRecord } from './validate/case-record';
import { type FieldError } from './validate/fields';
import { validateLawRecord } from './validate/law-record';
import { loadVocabulary, type Vocabulary } from './vocabulary';

export type RecordKind = 'case' | 'law';

export interface IngestOptions {
  kind: RecordKind;
  publish?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  /** Rows from somewhere other than a file (the demo loader, tests). */
  rows?: AsyncIterable<SourceRow> | Iterable<SourceRow>;
  onProgress?: (processed: number) => void;
}

export interface RowOutcome {
  line: number;
  reference: string | null;
  outcome: WriteOutcome | 'rejected';
  errors?: FieldError[];
}

export interface IngestSummary {
  runId: string;
  file: string | null;
  kind: RecordKind;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  durationMs: number;
  rows: RowOutcome[];
}

interface Pending {
  line: number;
  write: CaseWrite | LawWrite;
}

/**
 * Reads, normalizes, validates and loads a catalogue. Each batch is written in its own transaction; a row that
 * fails validation is reported and skipped; a batch that fails in the database is retried row by row so a bad
 * row never takes its neighbours down with it.
 */
export async function ingestFile(dataSource: DataSource, file: string | null, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const runId = randomUUID();
  const vocab = await loadVocabulary(dataSource);
  const batchSize = options.batchSize ?? 500;
  const summary: IngestSummary = {
    runId, file: file ? path.basename(file) : null, kind: options.kind,
    read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, durationMs: 0, rows: [],
  };
  const record = (row: RowOutcome) => {
    summary.rows.push(row);
    summary[row.outcome] += 1;
  };

  let batch: Pending[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    for (const row of await writeBatch(dataSource, current, options, vocab)) record(row);
    options.onProgress?.(summary.read);
  };

  const rows = options.rows ?? readNdjson(file!);
  for await (const row of rows) {
    summary.read += 1;
    if ('error' in row) {
      record({ line: row.line, reference: null, outcome: 'rejected', errors: [{ field: 'record', value: null, message: row.error }] });
      continue;
    }
    const validated = options.kind === 'case' ? validateCaseRecord(row.record, vocab) : validateLawRecord(row.record, vocab);
    if (!validated.ok) {
      const ref = (row.record as { reference?: unknown } | null)?.reference;
      record({ line: row.line, reference: typeof ref === 'string' ? ref : null, outcome: 'rejected', errors: validated.errors });
      continue;
    }
    const origin = { file: summary.file, line: row.line, runId };
    batch.push({ line: row.line, write: { record: validated.value, origin } as CaseWrite | LawWrite });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.rows.sort((a, b) => a.line - b.line);
  summary.durationMs = Date.now() - started;
  return summary;
}

async function writeBatch(dataSource: DataSource, batch: Pending[], options: IngestOptions, vocab: Vocabulary): Promise<RowOutcome[]> {
  const publish = Boolean(options.publish);
  const write = async (items: Pending[]): Promise<WriteOutcome[]> => {
    let outcomes: WriteOutcome[] = [];
    await dataSource
      .transaction(async (tx) => {
        outcomes =
          options.kind === 'case'
            ? await writeCases(tx, items.map((p) => p.write as CaseWrite), { publish, keywordIds: vocab.keywordIds })
            : await writeLaws(tx, items.map((p) => p.write as LawWrite), { publish });
        // A dry run writes inside a transaction that is always rolled back: the same checks, no trace.
        if (options.dryRun) throw new DryRunRollback();
      })
      .catch((error) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
    return outcomes;
  };
  const reference = (p: Pending) => p.write.record.reference;
  try {
    const outcomes = await write(batch);
    return batch.map((p, i) => ({ line: p.line, reference: reference(p), outcome: outcomes[i] }));
  } catch {
    // Isolate the failing rows: each row alone in its own transaction.
    const results: RowOutcome[] = [];
    for (const p of batch) {
      try {
        const [outcome] = await write([p]);
        results.push({ line: p.line, reference: reference(p), outcome });
      } catch (error) {
        results.push({
          line: p.line, reference: reference(p), outcome: 'rejected',
          errors: [{ field: 'record', value: reference(p), message: `could not be stored: ${(error as Error).message}` }],
        });
      }
    }
    return results;
  }
}

class DryRunRollback extends Error {}
