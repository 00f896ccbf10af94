import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const csvCell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? value.join('; ')
    : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Records as CSV the way a secretariat would export them: `;` between list items, nested structures as JSON. */
export function toCsv(records: Record<string, unknown>[]): string {
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}

export const toNdjson = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
export const toJsonArray = (records: unknown[]) => JSON.stringify(records, null, 2) + '\n';

/** Writes a catalogue file in `dir`, gzip-compressed when its name ends in .gz. */
export function writeCatalogue(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, name.endsWith('.gz') ? gzipSync(content) : content);
  return file;
}
