import fs from 'node:fs';
import { type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** An opened catalogue file: its decompressed content, and how far the reading has got in the file itself. */
export interface CatalogueInput {
  stream: Readable;
  compressed: boolean;
  /** Size of the file on disk (compressed size for a gzip file). */
  size: number;
  /** Bytes of the file read so far (compressed bytes for a gzip file): progress against `size`. */
  bytesRead(): number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Whether a file is gzip-compressed, from its first two bytes rather than its name. */
export function isGzip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens a catalogue file for streaming, decompressing it when it is gzip. */
export function openInput(file: string): CatalogueInput {
  const { size } = fs.statSync(file);
  const compressed = isGzip(file);
  const raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const bytesRead = () => raw.bytesRead;
  if (!compressed) return { stream: raw, compressed, size, bytesRead };
  const gunzip = createGunzip();
  // A read error must reach the consumer of the decompressed stream, which is the one being awaited.
  raw.on('error', (error) => gunzip.destroy(error));
  return { stream: raw.pipe(gunzip), compressed, size, bytesRead };
}
