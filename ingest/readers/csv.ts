import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type CsvError, type Info, parse } from 'csv-parse';
import { MAX_RECORD_CHARS } from './json-array';
import { type SourceRow } from './source-row';

export interface CsvOptions {
  /**
   * Columns whose cells may hold JSON (nested structures: defendants, proceedings, provisions…): a cell in one
   * of them that starts with `[` or `{` is parsed as JSON. Other cells stay text; list fields keep `;` between
   * their items and are split by the validators.
   */
  jsonColumns?: ReadonlySet<string>;
}

/**
 * Streams a CSV file with a header row (comma-separated, RFC 4180 quoting, UTF-8 with or without a byte order
 * mark) as records keyed by the header's names, each with the line it starts on. Empty cells are left out of
 * the record, rows with only empty cells are skipped; a row whose number of cells differs from the header's, or
 * whose quoting is broken, is reported on its line and the reading goes on.
 */
export async function* readCsv(input: Readable, options: CsvOptions = {}): AsyncGenerator<SourceRow> {
  const jsonColumns = options.jsonColumns ?? new Set<string>();
  // Rows csv-parse could not read arrive through on_skip while it parses, ahead of the records consumed here:
  // they are queued and handed out in line order.
  const skipped: SourceRow[] = [];
  const parser = parse({
    bom: true,
    columns: (header: string[]) => header.map((name) => name.trim()),
    info: true,
    skip_empty_lines: true,
    // A quote left open would otherwise make the rest of the file one record, held in memory.
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error) skipped.push({ line: (error as CsvError & { lines: number }).lines, error: describe(error) });
    },
  });
  const source = input.pipe(new LineBreaksToLf()).pipe(parser);
  input.on('error', (error) => parser.destroy(error));
  for await (const { record, info } of source as AsyncIterable<{ record: Record<string, string>; info: Info }>) {
    const row = toRow(record, startLine(record, info.lines), jsonColumns);
    while (skipped.length && skipped[0].line < row.line) yield skipped.shift()!;
    if (row !== EMPTY) yield row;
  }
  yield* skipped;
}

const EMPTY: SourceRow = { line: 0, record: null };

/** A parsed row → a record without its empty cells, JSON columns parsed; EMPTY for a row of empty cells. */
function toRow(cells: Record<string, string>, line: number, jsonColumns: ReadonlySet<string>): SourceRow {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(cells)) {
    const text = cell.trim();
    if (text === '') continue;
    if (jsonColumns.has(column) && (text.startsWith('[') || text.startsWith('{'))) {
      try {
        record[column] = JSON.parse(text);
      } catch (error) {
        return { line, field: column, error: `${column}: the cell is not valid JSON: ${(error as Error).message}` };
      }
    } else {
      record[column] = cell;
    }
  }
  return Object.keys(record).length ? { line, record } : EMPTY;
}

/** csv-parse counts the line a record ends on; a quoted cell spanning lines moves the start back. */
function startLine(cells: Record<string, string>, endLine: number): number {
  let breaks = 0;
  for (const cell of Object.values(cells)) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
  return endLine - breaks;
}

function describe(error: CsvError): string {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
    const { record, columns } = error as CsvError & { record?: unknown[]; columns?: unknown[] };
    return `the row has ${record?.length ?? 'a different number of'} cells where the header has ${columns?.length ?? 'another number'}: check its quotes and commas`;
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return `the row is longer than ${MAX_RECORD_CHARS} characters: a quote is probably left open`;
  }
  return `unreadable CSV: ${error.message}`;
}

/**
 * Decodes UTF-8 and turns CRLF into LF before parsing. csv-parse counts a CRLF inside a quoted cell as two
 * lines, which would shift every later line number; a cell's own line breaks become LF, as the text
 * normalizers would make them anyway.
 */
class LineBreaksToLf extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private pendingCr = false;

  constructor() {
    super({ decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.pushText(this.decoder.write(chunk));
    done();
  }

  override _flush(done: TransformCallback) {
    this.pushText(this.decoder.end());
    if (this.pendingCr) this.push('\r');
    done();
  }

  private pushText(text: string) {
    if (this.pendingCr) text = `\r${text}`;
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    if (text) this.push(text.replace(/\r\n/g, '\n'));
  }
}
