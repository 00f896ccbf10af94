import fs from 'node:fs';
import { type DataSource } from 'typeorm';
import { ingestFile, type IngestSummary, type RowOutcome } from './ingest-file';
import { createProgress, formatDuration } from './progress';
import { type CatalogueFormat } from './readers';
import { type RecordKind } from './record-kinds';
import { IngestReport, type ReportTotals } from './report';
import { commandLineActor, recordAudit } from '../src/services/audit.service';

export interface IngestCommandOptions {
  kind: RecordKind;
  format?: CatalogueFormat;
  dryRun?: boolean;
  publish?: boolean;
  /** File to write each row's outcome to, as JSON. */
  report?: string;
  batchSize?: number;
  /** Who runs the ingest (default: the operating-system user). */
  as?: string;
}

export interface CommandOutput {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** Exit status: 0 everything loaded, 1 rows were rejected, 2 a file could not be loaded at all. */
export const EXIT = { OK: 0, REJECTED: 1, FAILED: 2 } as const;

/** How many rejected rows of a file are shown on the terminal; the report and the ingest run hold them all. */
const SHOWN_REJECTIONS = 20;

/**
 * `portal ingest FILE…`: loads each file in turn (one ingest run each) with a progress view, prints a summary
 * per file and the first rejected rows, and writes the report. Returns the exit status.
 */
export async function runIngestCommand(
  dataSource: DataSource,
  files: string[],
  options: IngestCommandOptions,
  output: CommandOutput = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const { stdout, stderr } = output;
  const report = options.report ? await IngestReport.open(options.report) : null;
  const totals: ReportTotals = { files: files.length, failedFiles: 0, read: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, durationMs: 0 };
  const started = Date.now();

  for (const file of files) {
    await report?.beginFile({ file, kind: options.kind, dryRun: Boolean(options.dryRun) });
    const shown: RowOutcome[] = [];
    const progress = createProgress(file, stderr);
    try {
      if (!fs.existsSync(file)) throw new Error(`file not found: ${file}`);
      const { rows: _rows, ...summary } = await ingestFile(dataSource, file, {
        kind: options.kind,
        format: options.format,
        dryRun: options.dryRun,
        publish: options.publish,
        batchSize: options.batchSize,
        startedBy: options.as,
        keepRows: false,
        onBatch: async (batch) => {
          progress.update(batch);
          for (const row of batch.rows) if (row.outcome === 'rejected' && shown.length < SHOWN_REJECTIONS) shown.push(row);
          await report?.rows(batch.rows);
        },
      });
      progress.stop();
      if (!options.dryRun) {
        await recordAudit(dataSource.manager, commandLineActor(options.as), {
          action: 'ingest.run', entityType: 'ingest-run', entityId: summary.runId,
          after: { file, kind: options.kind, read: summary.read, created: summary.created, updated: summary.updated,
            unchanged: summary.unchanged, rejected: summary.rejected, publish: Boolean(options.publish) },
        });
      }
      await report?.endFile({ summary });
      for (const key of ['read', 'created', 'updated', 'unchanged', 'rejected'] as const) totals[key] += summary[key];
      showRejections(stderr, file, shown, summary.rejected, options.report);
      stdout.write(`${describeSummary(file, summary, Boolean(options.dryRun))}\n`);
    } catch (error) {
      progress.stop();
      totals.failedFiles += 1;
      const message = (error as Error).message;
      await report?.endFile({ error: message });
      stderr.write(`${file}: not loaded: ${message}\n`);
    }
  }
  totals.durationMs = Date.now() - started;
  await report?.close(totals);
  return totals.failedFiles ? EXIT.FAILED : totals.rejected ? EXIT.REJECTED : EXIT.OK;
}

/** `cases.csv: read 1,000, created 950, updated 20, unchanged 10, rejected 20 in 4 s (250 rows/s); run 5f0c…`. */
export function describeSummary(file: string, s: Omit<IngestSummary, 'rows'>, dryRun: boolean): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const rate = s.read / Math.max(0.001, s.durationMs / 1000);
  const counts = `read ${n(s.read)}, created ${n(s.created)}, updated ${n(s.updated)}, unchanged ${n(s.unchanged)}, rejected ${n(s.rejected)}`;
  const where = dryRun ? 'dry run, nothing stored' : `ingest run ${s.runId}`;
  return `${file}: ${counts} in ${formatDuration(s.durationMs / 1000)} (${n(Math.round(rate))} rows/s); ${where}`;
}

function showRejections(stderr: NodeJS.WritableStream, file: string, shown: RowOutcome[], total: number, report?: string) {
  for (const row of shown) {
    for (const e of row.errors ?? []) stderr.write(`${file}:${row.line}: ${e.field}: ${e.message}\n`);
  }
  if (total > shown.length) {
    const where = report ? `see ${report}` : 'write them all with --report FILE';
    stderr.write(`${file}: ${(total - shown.length).toLocaleString('en-US')} more rejected rows: ${where}, or query the ingest run\n`);
  }
}
