import { createInterface } from 'node:readline';
import { type SourceRow } from './source-row';

/** Streams NDJSON (one JSON record per line; blank lines skipped) with constant memory. */
export async function* readNdjson(input: NodeJS.ReadableStream): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input, crlfDelay: Infinity });
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
