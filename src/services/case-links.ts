import { type Selection } from '../schema/selection';
import { type LinkReadAhead } from './read-ahead';

/**
 * Reading ahead the links of cases: when a query selects a case's jurisdiction, articles, crime types or
 * defendants (and their charges), the statement that reads the cases also reads those links as JSON, and the
 * request's loaders are primed with them, so the field resolvers (and every rule they apply, such as the
 * privacy of names) run unchanged without another round trip (src/loaders/case-links.ts primes them). Same rows,
 * same order as the loaders' own statements (src/loaders/index.ts).
 */
export interface CaseLinks {
  jurisdiction: boolean;
  articles: boolean;
  crimeTypes: boolean;
  defendants: boolean;
  charges: boolean;
}

export const NO_CASE_LINKS: CaseLinks = { jurisdiction: false, articles: false, crimeTypes: false, defendants: false, charges: false };

/**
 * Columns of a case that only their own field reads: left out of a read-ahead statement unless selected (GraphQL
 * field → column): the long texts, and the dates and timestamps each parsed into a value per row. Every other
 * column is always read (rules and cursors use them: id, status, jurisdiction, reference, title, decision date,
 * court, court level, and the creator, whom the privacy rule for names reads).
 */
const DEFERRABLE_COLUMNS: Record<string, string> = {
  summary: 'summary',
  legalReasoning: 'legal_reasoning',
  commentary: 'commentary',
  sources: 'sources',
  provenance: 'provenance',
  reviewNote: 'review_note',
  sentenceDate: 'sentence_date',
  language: 'language',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  publishedAt: 'published_at',
};

/** Columns no field of a case reads (kept for ingest): never read for the API. */
const UNREAD_COLUMNS = ['content_hash'];

/** The columns a selection of Case fields does not need. */
export function unselectedCaseColumns(selection: Selection): Set<string> {
  const deferred = Object.entries(DEFERRABLE_COLUMNS).filter(([field]) => !selection.has(field)).map(([, column]) => column);
  return new Set([...deferred, ...UNREAD_COLUMNS]);
}

/** The links a selection of Case fields follows. */
export function caseLinksOf(selection: Selection): CaseLinks {
  return {
    jurisdiction: selection.has('jurisdiction'),
    articles: selection.has('articles'),
    crimeTypes: selection.has('crimeTypes'),
    defendants: selection.has('defendants'),
    charges: selection.get('defendants')?.has('charges') ?? false,
  };
}

/**
 * How a statement reads the links of a page of cases: common table expressions over the page's rows (a CTE named
 * `page`, with each case's `id` and `jurisdiction_code`), the joins that attach them to each page row, and the
 * JSON columns they give (src/loaders/case-links.ts reads them):
 * - per case, the keys of its links in their order (`_articles`: ids and paragraphs, `_crime_types`: codes), its
 *   defendants with their charges (`_defendants`);
 * - once per statement, on its first row, the records those keys name (`_jurisdiction_records`,
 *   `_article_records`, `_instrument_records`, `_crime_type_records`): fifty cases citing the same few articles
 *   send each article once, not once per case.
 * A case's own link rows are read by its id through their index (`OFFSET 0` keeps each such read a lookup per
 * case: the planner would otherwise scan the whole link table for a page of fifty cases); the small tables they
 * point to are read once for the whole page.
 */
export function caseLinkReadAhead(links: CaseLinks, { oneRow = false } = {}): LinkReadAhead {
  const read: LinkReadAhead = { ctes: [], joins: [], columns: [], oneRow };
  /**
   * The rows of `table` of each case of the page (columns `columns` besides case_id), materialized: joined to a
   * small table afterwards, that table is read once for the page instead of once per case.
   */
  const linkRows = (name: string, table: string, columns: string) =>
    `${name} AS MATERIALIZED (
      SELECT p.case_id, l.* FROM (SELECT DISTINCT id AS case_id FROM page) p
       CROSS JOIN LATERAL (SELECT ${columns} FROM ${table} x WHERE x.case_id = p.case_id OFFSET 0) l)`;
  /** A column given on the statement's first row only (every row when it reads one case). */
  const once = (expression: string, name: string) =>
    `${oneRow ? expression : `CASE WHEN page._page_order = 1 THEN ${expression} END`} AS ${name}`;
  if (links.jurisdiction) {
    // One case: its jurisdiction by code, rather than the page's jurisdictions through the page.
    const codes = oneRow ? `j.code = page.jurisdiction_code` : `j.code IN (SELECT jurisdiction_code FROM page)`;
    read.columns.push(once(`(SELECT json_agg(row_to_json(j)) FROM jurisdictions j WHERE ${codes})`, '_jurisdiction_records'));
  }
  if (links.articles) {
    read.ctes.push(linkRows('link_article_rows', 'case_articles', 'x.article_id, x.paragraph'));
    read.ctes.push(`link_articles AS (
      SELECT l.case_id, json_agg(json_build_object('id', a.id, 'paragraph', l.paragraph)
                                 ORDER BY array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS'], a.instrument_code::text), a.number) AS items
        FROM link_article_rows l JOIN articles a ON a.id = l.article_id
       GROUP BY l.case_id)`);
    read.ctes.push(`link_article_records AS MATERIALIZED (
      SELECT a.* FROM articles a WHERE a.id IN (SELECT article_id FROM link_article_rows))`);
    read.joins.push(`LEFT JOIN link_articles ON link_articles.case_id = page.id`);
    read.columns.push(
      `link_articles.items AS _articles`,
      once(`(SELECT json_agg(row_to_json(a)) FROM link_article_records a)`, '_article_records'),
      once(
        `(SELECT json_agg(row_to_json(i)) FROM instruments i WHERE i.code IN (SELECT instrument_code FROM link_article_records))`,
        '_instrument_records',
      ),
    );
  }
  if (links.crimeTypes) {
    read.ctes.push(linkRows('link_crime_type_rows', 'case_crime_types', 'x.crime_type_code'));
    read.ctes.push(`link_crime_types AS (
      SELECT l.case_id, json_agg(t.code ORDER BY t.label) AS items
        FROM link_crime_type_rows l JOIN crime_types t ON t.code = l.crime_type_code
       GROUP BY l.case_id)`);
    read.joins.push(`LEFT JOIN link_crime_types ON link_crime_types.case_id = page.id`);
    read.columns.push(
      `link_crime_types.items AS _crime_types`,
      once(
        `(SELECT json_agg(row_to_json(t)) FROM crime_types t WHERE t.code IN (SELECT crime_type_code FROM link_crime_type_rows))`,
        '_crime_type_records',
      ),
    );
  }
  if (links.defendants) {
    // Defendants and their charges belong to one case each: read per case, through their indexes.
    const charges = links.charges
      ? `COALESCE((SELECT json_agg(row_to_json(ch) ORDER BY ch.seq) FROM charges ch WHERE ch.defendant_id = d.id), '[]'::json)`
      : 'NULL';
    read.columns.push(
      `(SELECT json_agg(json_build_object('d', row_to_json(d), 'charges', ${charges}) ORDER BY d.seq) FROM defendants d
         WHERE d.case_id = page.id) AS _defendants`,
    );
  }
  return read;
}
