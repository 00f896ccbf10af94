import { StringDecoder } from 'node:string_decoder';
import { MAX_RECORD_CHARS } from './json-array';
import { type SourceRow } from './source-row';

/**
 * Streams NDJSON (one JSON record per line; blank lines skipped) with constant memory: a line longer than
 * MAX_RECORD_CHARS is not kept — it is reported as rejected on its line, and the reading goes on at the next.
 */
export async function* readNdjson(input: NodeJS.ReadableStream): AsyncGenerator<SourceRow> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let pendingTooLong = false;
  let line = 0;

  function* complete(text: string): Generator<SourceRow> {
    line += 1;
    if (pendingTooLong) {
      pendingTooLong = false;
      yield { line, error: `the line is longer than ${MAX_RECORD_CHARS} characters: one record per line, each at most that long` };
      return;
    }
    const record = (line === 1 ? text.replace(/^\uFEFF/, '') : text).replace(/\r$/, '');
    if (record.trim() === '') return;
    try {
      yield { line, record: JSON.parse(record) };
    } catch (error) {
      yield { line, error: `invalid JSON: ${(error as Error).message}` };
    }
  }

  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      const piece = pendingTooLong ? '' : pending + text.slice(start, end);
      pending = '';
      if (piece.length > MAX_RECORD_CHARS) pendingTooLong = true;
      yield* complete(piece);
      start = end + 1;
    }
    if (!pendingTooLong) {
      pending += text.slice(start);
      if (pending.length > MAX_RECORD_CHARS) {
        pending = '';
        pendingTooLong = true;
      }
    }
  }
  const rest = pending + decoder.end();
  if (pendingTooLong || rest.length) yield* complete(pendingTooLong ? '' : rest);
}
