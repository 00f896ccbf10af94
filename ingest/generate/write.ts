/** Streaming NDJSON output for generated (or any) records. */
import { once } from 'node:events';

const BATCH_BYTES = 64 * 1024;

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
    // Records are encoded one by one and written in ~64 KiB batches: far fewer write calls than one per
    // record, and cheaper than concatenating one large string (measured), with the same backpressure.
    let batch: Buffer[] = [];
    let size = 0;
    const flush = async (): Promise<void> => {
      const ok = out.write(batch.length === 1 ? batch[0] : Buffer.concat(batch, size));
      batch = [];
      size = 0;
      if (!ok)
        await drained(
          out,
          () => failure,
          () => closed,
        );
    };
    for (const record of records) {
      if (failure !== undefined) throw failure;
      if (closed) throw new Error(`output closed after ${n} records`);
      const line = Buffer.from(JSON.stringify(record) + '\n', 'utf8');
      batch.push(line);
      size += line.length;
      n++;
      if (size >= BATCH_BYTES) await flush();
    }
    if (size > 0) await flush();
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
