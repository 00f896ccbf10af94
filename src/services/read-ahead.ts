/**
 * Links read with a page of records, in the statement that reads the page: common table expressions over the page's
 * rows (a CTE named `page`), the joins that attach them to each row, and the columns they give it
 * (src/services/case-links.ts builds those of cases).
 */
export interface LinkReadAhead {
  ctes: string[];
  joins: string[];
  columns: string[];
  /** Made for a statement reading one row at most: no page order to keep. */
  oneRow: boolean;
}

/**
 * A statement reading `pageSql` (rows, in order) and the links of its rows: the page is taken once, numbered in the
 * order its statement gives, and the links joined to it; the rows come back in that order (one row: no order).
 */
export function withLinks(pageSql: string, read: LinkReadAhead): string {
  const { oneRow } = read;
  if (read.columns.length === 0) return pageSql;
  if (oneRow && read.ctes.length === 0) return `SELECT page.*, ${read.columns.join(', ')} FROM (${pageSql}) page ${read.joins.join(' ')}`;
  const page = oneRow ? pageSql : `SELECT row_number() OVER () AS _page_order, p.* FROM (${pageSql}) p`;
  return `WITH page AS MATERIALIZED (${page})${read.ctes.map((c) => `,\n    ${c}`).join('')}
    SELECT page.*, ${read.columns.join(', ')} FROM page ${read.joins.join(' ')}${oneRow ? '' : ' ORDER BY page._page_order'}`;
}
