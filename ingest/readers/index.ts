import path from 'node:path';
import { readCsv } from './csv';
import { openInput } from './input';
import { readJsonArray } from './json-array';
import { readNdjson } from './ndjson';
import { type SourceRow } from './source-row';

export type { SourceRow };
export { readCsv, readJsonArray, readNdjson };

export const CATALOGUE_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type CatalogueFormat = (typeof CATALOGUE_FORMATS)[number];

const EXTENSIONS: Readonly<Record<string, CatalogueFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** The format of a file from its extension (`.csv`, `.json`, `.ndjson`/`.jsonl`, each possibly followed by `.gz`). */
export function formatFromName(file: string): CatalogueFormat | null {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return EXTENSIONS[path.extname(name)] ?? null;
}

export class UnknownFormatError extends Error {
  constructor(file: string) {
    super(`cannot tell the format of ${file} from its name: use --format ${CATALOGUE_FORMATS.join('|')} (or name it .csv, .json, .ndjson, optionally .gz)`);
  }
}

/** An opened catalogue: its rows, and how far through the file the reading is. */
export interface CatalogueSource {
  format: CatalogueFormat;
  compressed: boolean;
  size: number;
  bytesRead(): number;
  rows: AsyncIterable<SourceRow>;
}

/**
 * Opens a catalogue file for streaming: the format given, or the one its name tells; gzip is recognized by its
 * content. `jsonColumns` are the CSV columns whose cells may hold JSON (see readCsv).
 */
export function openCatalogue(
  file: string,
  options: { format?: CatalogueFormat; jsonColumns?: ReadonlySet<string> } = {},
): CatalogueSource {
  const format = options.format ?? formatFromName(file);
  if (!format) throw new UnknownFormatError(file);
  const input = openInput(file);
  // The file is opened when the first row is asked for, with the reader listening from the start.
  async function* rows(): AsyncGenerator<SourceRow> {
    const stream = input.open();
    if (format === 'csv') yield* readCsv(stream, { jsonColumns: options.jsonColumns });
    else if (format === 'json') yield* readJsonArray(stream);
    else yield* readNdjson(stream);
  }
  return { format, compressed: input.compressed, size: input.size, bytesRead: input.bytesRead, rows: rows() };
}
