import fs from 'node:fs';
import { once } from 'node:events';
import { type IngestSummary, type RowOutcome } from './ingest-file';

/** The totals of a command over all its files. */
export interface ReportTotals {
  files: number;
  failedFiles: number;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  durationMs: number;
}

/**
 * The `--report` file, written as the rows are loaded so memory stays flat whatever the size of the catalogue:
 *
 * ```json
 * { "files": [ { "file": "cases.csv", "kind": "case", "dryRun": false,
 *                "rows": [ { "line": 2, "reference": "ITA-2014-01", "outcome": "created" },
 *                          { "line": 3, "reference": null, "outcome": "rejected",
 *                            "errors": [ { "field": "country", "value": "Atlantis", "message": "…" } ] } ],
 *                "summary": { "runId": "…", "format": "csv", "read": 2, "created": 1, … } } ],
 *   "summary": { "files": 1, "failedFiles": 0, "read": 2, "created": 1, … } }
 * ```
 * A file that could not be loaded has `"error"` in place of `"summary"`.
 */
export class IngestReport {
  private firstFile = true;
  private firstRow = true;

  private constructor(private readonly out: fs.WriteStream) {}

  static async open(file: string): Promise<IngestReport> {
    const out = fs.createWriteStream(file);
    await once(out, 'open');
    const report = new IngestReport(out);
    await report.write('{"files":[');
    return report;
  }

  async beginFile(meta: { file: string; kind: string; dryRun: boolean }) {
    await this.write(`${this.firstFile ? '' : ','}\n{"file":${JSON.stringify(meta.file)},"kind":${JSON.stringify(meta.kind)},"dryRun":${meta.dryRun},"rows":[`);
    this.firstFile = false;
    this.firstRow = true;
  }

  async rows(rows: RowOutcome[]) {
    if (rows.length === 0) return;
    const text = rows.map((r) => JSON.stringify(r)).join(',\n');
    await this.write(`${this.firstRow ? '\n' : ',\n'}${text}`);
    this.firstRow = false;
  }

  async endFile(result: { summary: Omit<IngestSummary, 'rows'> } | { error: string }) {
    const tail = 'summary' in result ? `"summary":${JSON.stringify(result.summary)}` : `"error":${JSON.stringify(result.error)}`;
    await this.write(`\n],${tail}}`);
  }

  async close(totals: ReportTotals) {
    await this.write(`\n],"summary":${JSON.stringify(totals)}}\n`);
    this.out.end();
    await once(this.out, 'finish');
  }

  private async write(text: string) {
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
