import fs from 'node:fs';
import { type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** A catalogue file about to be read: what it is, and how far the reading has got in the file itself. */
export interface CatalogueInput {
  compressed: boolean;
  /** Size of the file on disk (compressed size for a gzip file). */
  size: number;
  /** Bytes of the file read so far (compressed bytes for a gzip file): progress against `size`. */
  bytesRead(): number;
  /**
   * Starts reading: the decompressed content. Call it when the consumer is ready to listen, so that an error
   * (a truncated gzip file) reaches it instead of going unheard.
   */
  open(): Readable;
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

/** A catalogue file for streaming, decompressed when it is gzip. */
export function openInput(file: string): CatalogueInput {
  const { size } = fs.statSync(file);
  const compressed = isGzip(file);
  let raw: fs.ReadStream | null = null;
  return {
    compressed,
    size,
    bytesRead: () => raw?.bytesRead ?? 0,
    open() {
      raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
      if (!compressed) return raw;
      const gunzip = createGunzip();
      // A read error must reach the consumer of the decompressed stream, which is the one listening.
      raw.on('error', (error) => gunzip.destroy(error));
      return raw.pipe(gunzip);
    },
  };
}
