import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { type WriteOutcome } from './load/bulk';
import { type RecordOrigin } from './load/normalized';
import { type RecordKindHandler } from './record-kinds';
import { type BatchCounts, type IngestRunLog } from './run-log';
import { type FieldError } from './validate/fields';
import { type Vocabulary } from './vocabulary';

/** What became of one row of a catalogue. */
export interface RowOutcome {
  line: number;
  reference: string | null;
  outcome: WriteOutcome | 'rejected';
  errors?: FieldError[];
}

/** A row read and validated, waiting for its batch: to be written, or already rejected. */
export interface PendingRow {
  line: number;
  reference: string | null;
  write?: { record: unknown; origin: RecordOrigin };
  errors?: FieldError[];
}

export interface BatchWriterOptions {
  kind: RecordKindHandler;
  vocab: Vocabulary;
  publish: boolean;
  /** Roll every transaction back: the same checks and outcomes, nothing stored. */
  dryRun: boolean;
  /** The run the batches are recorded with (none for a dry run). */
  run: IngestRunLog | null;
  /** Mark the records as synthetic samples (the demo catalogue's treaties, ratifications and publications). */
  sample?: boolean;
}

/**
 * Writes batches of rows, each in one transaction together with the run's counts and rejected rows, so the
 * database only ever holds whole batches and a run that says exactly what they were. A batch the database
 * refuses for its data is retried row by row: the refused rows are rejected, their neighbours stored.
 */
export function createBatchWriter(dataSource: DataSource, options: BatchWriterOptions) {
  const { kind, vocab, publish, dryRun, run, sample } = options;

  const transact = async <T>(work: (tx: EntityManager) => Promise<T>): Promise<T> => {
    let result!: T;
    await dataSource
      .transaction(async (tx) => {
        result = await work(tx);
        if (dryRun) throw new DryRunRollback();
      })
      .catch((error) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
    return result;
  };

  /** Writes the rows to be written and records them all with the run, in one transaction. */
  const commit = (rows: PendingRow[]) =>
    transact(async (tx) => {
      const valid = rows.filter((r) => r.write);
      const written = await kind.write(tx, valid.map((r) => r.write!), { publish, vocab, sample });
      let next = 0;
      const outcomes = rows.map((r): RowOutcome => {
        if (!r.write) return { line: r.line, reference: r.reference, outcome: 'rejected', errors: r.errors };
        const result = written[next++];
        if (typeof result === 'object') return { line: r.line, reference: r.reference, outcome: 'rejected', errors: result.errors };
        return { line: r.line, reference: r.reference, outcome: result };
      });
      const rejected = outcomes.filter((o) => o.outcome === 'rejected');
      await run?.recordBatch(tx, countsOf(outcomes), rejected.map((o) => ({ line: o.line, reference: o.reference, errors: o.errors ?? [] })));
      return outcomes;
    });

  /** The outcomes of a batch's rows, in file order. */
  return async function writeBatch(rows: PendingRow[]): Promise<RowOutcome[]> {
    try {
      return await commit(rows);
    } catch (error) {
      if (!isRowError(error)) throw error;
    }
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
