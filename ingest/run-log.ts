import os from 'node:os';
import { type DataSource, type EntityManager } from 'typeorm';
import { type FieldError } from './validate/fields';

export interface RunStart {
  file: string | null;
  kind: string;
  format: string | null;
  compressed: boolean;
  publish: boolean;
  startedBy: string;
}

export interface BatchCounts {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface RejectedRow {
  line: number;
  reference: string | null;
  errors: FieldError[];
}

/**
 * The `ingest_runs` row of one run. Each batch adds its counts and rejected rows inside the batch's own
 * transaction, so the run always tells exactly what was committed, even when the process is killed.
 */
export class IngestRunLog {
  private constructor(
    private readonly dataSource: DataSource,
    readonly id: string,
  ) {}

  static async start(dataSource: DataSource, run: RunStart): Promise<IngestRunLog> {
    await failInterruptedRuns(dataSource);
    const [{ id }]: { id: string }[] = await dataSource.query(
      // started_at to the millisecond: the keyset cursor of the run list carries it through a JS Date exactly.
      `INSERT INTO ingest_runs (started_by, started_at, file, kind, format, compressed, publish, status, host, pid)
       VALUES ($1, date_trunc('milliseconds', clock_timestamp()), $2, $3, $4, $5, $6, 'RUNNING', $7, $8) RETURNING id`,
      [run.startedBy, run.file, run.kind, run.format, run.compressed, run.publish, os.hostname(), process.pid],
    );
    return new IngestRunLog(dataSource, id);
  }

  async recordBatch(tx: EntityManager, counts: BatchCounts, rejected: RejectedRow[]): Promise<void> {
    await tx.query(
      `UPDATE ingest_runs SET read = read + $2, created = created + $3, updated = updated + $4,
         unchanged = unchanged + $5, rejected = rejected + $6 WHERE id = $1`,
      [this.id, counts.read, counts.created, counts.updated, counts.unchanged, counts.rejected],
    );
    const errors = rejected.flatMap((row) =>
      row.errors.map((e) => ({ line: row.line, reference: row.reference, field: e.field, value: asText(e.value), reason: e.message })),
    );
    if (errors.length === 0) return;
    await tx.query(
      `INSERT INTO ingest_rejections (run_id, line, reference, field, value, reason)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [
        this.id,
        errors.map((e) => e.line),
        errors.map((e) => e.reference),
        errors.map((e) => e.field),
        errors.map((e) => e.value),
        errors.map((e) => e.reason),
      ],
    );
  }

  complete(): Promise<void> {
    return this.finish('COMPLETED', null);
  }

  fail(error: unknown): Promise<void> {
    return this.finish('FAILED', error instanceof Error ? error.message : String(error));
  }

  private async finish(status: 'COMPLETED' | 'FAILED', error: string | null) {
    await this.dataSource.query(`UPDATE ingest_runs SET status = $2, error = $3, finished_at = now() WHERE id = $1`, [
      this.id,
      status,
      error,
    ]);
  }
}

/**
 * Marks FAILED the runs of this host still RUNNING whose process is gone (killed, or the machine stopped):
 * their committed batches stay, and a new run of the same file completes it. Runs of other hosts are left
 * alone: their processes cannot be checked from here.
 */
export async function failInterruptedRuns(dataSource: DataSource): Promise<number> {
  const running: { id: string; pid: number }[] = await dataSource.query(
    `SELECT id, pid FROM ingest_runs WHERE status = 'RUNNING' AND host = $1`,
    [os.hostname()],
  );
  const gone = running.filter((r) => r.pid !== process.pid && !processExists(r.pid)).map((r) => r.id);
  if (gone.length === 0) return 0;
  await dataSource.query(
    `UPDATE ingest_runs SET status = 'FAILED', finished_at = now(),
       error = 'interrupted: the process stopped before the end of the file; its committed batches are kept'
     WHERE id = ANY($1::uuid[]) AND status = 'RUNNING'`,
    [gone],
  );
  return gone.length;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
