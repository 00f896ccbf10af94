import { type ExportRecord } from './catalogue-records';

/** The export formats and the path each is served at (`/export.<extension>`). */
export const EXPORT_FORMATS = ['csv', 'json', 'ndjson', 'ris', 'csl.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a writer may need besides the records: labels of codes, and the portal's address for links. */
export interface WriterContext {
  countryName(code: string): string;
  crimeTypeLabel(code: string): string;
  /** The record's page on the portal, e.g. `https://portal.example/cases/ITA-2019-01`. */
  recordUrl(record: ExportRecord): string;
}

/**
 * Writes records one at a time, so an export is streamed whatever its size: `begin` once, `record` for each
 * record in order (its position from 0), `end` once.
 */
export interface RecordWriter {
  readonly contentType: string;
  begin(): string;
  record(record: ExportRecord, position: number): string;
  end(): string;
}

/** Text on one line (RIS tags and CSV cells that must not break), whitespace collapsed. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `2014-03-26` → [2014, 3, 26]; `2014` → [2014]; partial dates keep what they have. */
export function dateParts(date: string | number | null | undefined): number[] | null {
  if (date === null || date === undefined) return null;
  const parts = String(date).split('-').map(Number);
  return parts.every((n) => Number.isInteger(n)) ? parts : null;
}

/** The date a record is listed by: a case's decision, a law's enactment, a publication's year. */
export function recordDate(r: ExportRecord): string | null {
  switch (r.kind) {
    case 'case':
      return r.record.decisionDate ?? null;
    case 'law':
      return r.record.enactedOn ?? null;
    case 'publication':
      return r.record.year === null || r.record.year === undefined ? null : String(r.record.year);
  }
}

/** The States a record concerns: a case's or law's country, a publication's countries. */
export const recordCountries = (r: ExportRecord): string[] =>
  r.kind === 'publication' ? (r.record.countries ?? []) : [r.record.country];
