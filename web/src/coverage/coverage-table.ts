import { type CoveragePageQuery } from '../gql/graphql';

export type CountryRow = CoveragePageQuery['coverage']['byCountry'][number];
export type Completeness = CountryRow['completeness'];

/** The columns of the per-State table, in order: heading, how a row sorts, how the CSV writes it. */
export const COLUMNS = [
  { key: 'name', heading: 'State', value: (r: CountryRow) => r.name },
  { key: 'cases', heading: 'Cases', value: (r: CountryRow) => r.caseCount },
  { key: 'laws', heading: 'Laws', value: (r: CountryRow) => r.lawCount },
  { key: 'latestDecision', heading: 'Latest decision', value: (r: CountryRow) => r.latestDecisionDate ?? null },
  { key: 'latestAdded', heading: 'Latest case added', value: (r: CountryRow) => r.latestCaseAddedAt ?? null },
  { key: 'court', heading: 'With court', value: (r: CountryRow) => r.completeness.court },
  { key: 'decisionDate', heading: 'With decision date', value: (r: CountryRow) => r.completeness.decisionDate },
  { key: 'articles', heading: 'With articles', value: (r: CountryRow) => r.completeness.articles },
  { key: 'defendants', heading: 'With defendants', value: (r: CountryRow) => r.completeness.defendants },
  { key: 'sentence', heading: 'With sentence', value: (r: CountryRow) => r.completeness.sentence },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export interface Sort {
  key: ColumnKey;
  descending: boolean;
}

/** Rows in the order asked; a State without cases has no shares, and comes last either way. */
export function sortRows(rows: readonly CountryRow[], sort: Sort): CountryRow[] {
  const column = COLUMNS.find((c) => c.key === sort.key)!;
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x == null || y == null) return (x == null ? 1 : 0) - (y == null ? 1 : 0) || a.name.localeCompare(b.name, 'en');
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
    return sign * order || a.name.localeCompare(b.name, 'en');
  });
}

export const percent = (share: number | null | undefined) => (share == null ? '—' : `${Math.round(share * 100)}%`);

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote what needs it, and neutralize a leading formula character for spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The table as CSV: one row per State, shares as fractions from 0 to 1 (empty when the State has no case). */
export function coverageCsv(rows: readonly CountryRow[]): string {
  const share = (x: number | null | undefined) => (x == null ? '' : x.toFixed(4));
  const header = ['code', 'state', 'region', 'cases', 'laws', 'latest_decision_date', 'latest_case_added_at', 'latest_law_added_at',
    'share_with_court', 'share_with_decision_date', 'share_with_articles', 'share_with_defendants', 'share_with_sentence'];
  const lines = rows.map((r) => [
    r.code, r.name, r.region ?? '', r.caseCount, r.lawCount, r.latestDecisionDate ?? '', r.latestCaseAddedAt ?? '',
    r.latestLawAddedAt ?? '', share(r.completeness.court), share(r.completeness.decisionDate),
    share(r.completeness.articles), share(r.completeness.defendants), share(r.completeness.sentence),
  ].map(csvCell).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
