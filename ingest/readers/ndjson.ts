import { createInterface } from 'node:readline';
import { type SourceRow } from './source-row';

/** Streams NDJSON (one JSON record per line; blank lines skipped) with constant memory. */
export async function* readNdjson(input: NodeJS.ReadableStream): AsyncGenerator<SourceRow> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  // readline ends its iteration quietly when its input fails (a truncated gzip file): keep the error to throw it.
  let failure: Error | null = null;
  input.once('error', (error: Error) => {
    failure = error;
    lines.close();
  });
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
  if (failure) throw failure;
}
