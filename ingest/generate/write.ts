/** Streaming NDJSON output for generated (or any) records. */
import { once } from 'node:events';

/**
 * Writes one JSON document per line to `out`, honouring backpressure: when `write` returns false it waits for
 * 'drain' before pulling the next record from the iterable, so memory stays constant however many records
 * come. Rejects if the stream errors or closes early. Does not end the stream. Resolves to the number of
 * records written.
 */
export async function writeNdjson(records: Iterable<object>, out: NodeJS.WritableStream): Promise<number> {
  let failure: unknown;
  let closed = false;
  const onError = (err: unknown): void => {
    failure ??= err;
  };
  const onClose = (): void => {
    closed = true;
  };
  out.on('error', onError);
  out.on('close', onClose);
  let n = 0;
  try {
    let chunk = '';
    for (const record of records) {
      if (failure !== undefined) throw failure;
      if (closed) throw new Error(`output closed after ${n} records`);
      chunk += JSON.stringify(record) + '\n';
      n++;
      // Batch small records into ~64 KiB writes: far fewer write calls, same backpressure semantics.
      if (chunk.length >= 65536) {
        const ok = out.write(chunk);
        chunk = '';
        if (!ok) await drained(out, () => failure, () => closed);
      }
    }
    if (chunk.length > 0) {
      const ok = out.write(chunk);
      if (!ok) await drained(out, () => failure, () => closed);
    }
    if (failure !== undefined) throw failure;
    return n;
  } finally {
    out.removeListener('error', onError);
    out.removeListener('close', onClose);
  }
}

/** Waits for 'drain', failing on 'error' or 'close' (checking both before waiting, as they may have fired). */
async function drained(out: NodeJS.WritableStream, failure: () => unknown, closed: () => boolean): Promise<void> {
  if (failure() !== undefined) throw failure();
  if (closed()) throw new Error('output closed before drain');
  const ac = new AbortController();
  try {
    await Promise.race([
      once(out, 'drain', { signal: ac.signal }),
      once(out, 'error', { signal: ac.signal }).then(([err]) => {
        throw err;
      }),
      once(out, 'close', { signal: ac.signal }).then(() => {
        throw new Error('output closed before drain');
      }),
    ]);
  } finally {
    ac.abort();
  }
}
