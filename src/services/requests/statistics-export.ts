import { stringify } from 'csv-stringify/sync';
import { type RequestStatistics } from '../../schema/request-statistics.types';

/**
 * requestStatistics as CSV: one line per cell (section, value, label, count, suppressed), the figures exactly as
 * the same viewer reads them over GraphQL. Cells a spreadsheet would run as formulas (=, +, -, @) are quoted.
 */
export function renderStatisticsCsv(stats: RequestStatistics): string {
  const rows: Record<string, string | number | null>[] = [];
  const add = (section: string, value: string, label: string | null, count: number | null, suppressed: boolean) =>
    rows.push({ view: stats.view, country: stats.country ?? 'ALL', section, value, label, count, suppressed: suppressed ? 'yes' : 'no' });
  add('total', '', null, stats.total, stats.totalSuppressed);
  for (const y of stats.byYear) add(`year_${y.direction.toLowerCase()}`, String(y.year), null, y.count, y.suppressed);
  const sections = [
    ['counterpart_country', stats.byCountry], ['outcome', stats.byOutcome], ['kind', stats.byKind], ['crime_type', stats.byCrimeType],
    ['refusal_ground', stats.byRefusalGround], ['legal_basis', stats.byLegalBasis],
  ] as const;
  for (const [section, cells] of sections) for (const c of cells) add(section, c.value, c.label, c.count, c.suppressed);
  add('completed', '', null, stats.completedCount, stats.completedCount === null && stats.view === 'PUBLIC_AGGREGATE');
  add('median_days_to_completion', '', null, stats.medianDaysToCompletion, false);
  add('p90_days_to_completion', '', null, stats.p90DaysToCompletion, false);
  return stringify(rows, {
    header: true,
    columns: ['view', 'country', 'section', 'value', 'label', 'count', 'suppressed'],
    escape_formulas: true,
  });
}
