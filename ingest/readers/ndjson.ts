import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One parsed record with the line it started on, or why the line could not be read. */
export type SourceRow = { line: number; record: unknown } | { line: number; error: string };

/** Streams an NDJSON file line by line (constant memory); blank lines are skipped. */
export async function* readNdjson(path: string, input?: NodeJS.ReadableStream): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input: input ?? createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, record: JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text) };
    } catch (error) {
      yield { line, error: `invalid JSON: ${(error as Error).message}` };
    }
  }
}
