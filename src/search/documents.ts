import { type EntityManager } from 'typeorm';
import { ANONYMOUS, visibleRecordsSql } from '../services/viewer';
import { type RecordType, type SearchDocument } from './search-index';

/**
 * The `search_documents` table: one denormalized row per public case or law and per publication. Rows are rebuilt
 * set-based from the source tables, so a batch of 500 records costs a handful of statements; a record that is
 * not (or no longer) public simply has no row. Who may see a record is decided by the one visibility rule.
 */

/** "Article 18 of the Organized Crime Convention: Mutual legal assistance (UNTOC-18)", per linked article. */
const ARTICLE_LABELS = `array_agg('Article ' || a.number || ' of the ' || i.short_title || ': ' || a.title || ' (' || a.id || ')' ORDER BY a.id)`;

const CASE_SOURCE = `
  SELECT 'CASE'::varchar AS record_type, c.id AS record_id, c.reference, c.title, c.summary,
         concat_ws(' ', co.name, c.legal_reasoning, c.commentary) AS body,
         c.jurisdiction_code AS country_code, j.name AS country_name, j.region,
         coalesce(ct.codes, '{}') AS crime_types, coalesce(ct.labels, '{}') AS crime_type_labels,
         coalesce(ar.ids, '{}') AS articles, coalesce(ar.labels, '{}') AS article_labels,
         coalesce(kw.ids, '{}') AS keywords, coalesce(kw.labels, '{}') AS keyword_labels,
         c.court_level, coalesce(c.decision_date, c.sentence_date) AS date, c.language,
         ARRAY[c.jurisdiction_code::text] AS countries, ARRAY[j.region] AS regions,
         (SELECT count(*) FROM case_citations x JOIN cases citing ON citing.id = x.citing_case_id
           WHERE x.cited_case_id = c.id AND ${visibleRecordsSql('citing', ANONYMOUS)})::int AS cited_by_count
    FROM cases c
    JOIN jurisdictions j ON j.code = c.jurisdiction_code
    LEFT JOIN courts co ON co.id = c.court_id
    LEFT JOIN LATERAL (SELECT array_agg(t.code ORDER BY t.code) AS codes, array_agg(t.label ORDER BY t.code) AS labels
                         FROM case_crime_types x JOIN crime_types t ON t.code = x.crime_type_code
                        WHERE x.case_id = c.id) ct ON true
    LEFT JOIN LATERAL (SELECT array_agg(a.id ORDER BY a.id) AS ids,
                              ${ARTICLE_LABELS} AS labels
                         FROM case_articles x JOIN articles a ON a.id = x.article_id
                         JOIN instruments i ON i.code = a.instrument_code
                        WHERE x.case_id = c.id) ar ON true
    LEFT JOIN LATERAL (SELECT array_agg(k.label ORDER BY k.id) AS ids, array_agg(k.label ORDER BY k.id) AS labels
                         FROM case_keywords x JOIN keywords k ON k.id = x.keyword_id
                        WHERE x.case_id = c.id) kw ON true
   WHERE c.id = ANY($1::uuid[]) AND ${visibleRecordsSql('c', ANONYMOUS)}`;

const LAW_SOURCE = `
  SELECT 'LAW'::varchar AS record_type, l.id AS record_id, l.reference, l.title, NULL::text AS summary,
         pr.body, l.jurisdiction_code AS country_code, j.name AS country_name, j.region,
         coalesce(ct.codes, '{}') AS crime_types, coalesce(ct.labels, '{}') AS crime_type_labels,
         coalesce(ar.ids, '{}') AS articles, coalesce(ar.labels, '{}') AS article_labels,
         '{}'::text[] AS keywords, '{}'::text[] AS keyword_labels,
         NULL::varchar AS court_level, l.enacted_on AS date, NULL::varchar AS language,
         ARRAY[l.jurisdiction_code::text] AS countries, ARRAY[j.region] AS regions, 0 AS cited_by_count
    FROM laws l
    JOIN jurisdictions j ON j.code = l.jurisdiction_code
    LEFT JOIN LATERAL (SELECT array_agg(t.code ORDER BY t.code) AS codes, array_agg(t.label ORDER BY t.code) AS labels
                         FROM law_crime_types x JOIN crime_types t ON t.code = x.crime_type_code
                        WHERE x.law_id = l.id) ct ON true
    LEFT JOIN LATERAL (SELECT string_agg(concat_ws(' ', p.number, p.heading, p.text), ' ' ORDER BY p.seq) AS body
                         FROM law_provisions p WHERE p.law_id = l.id) pr ON true
    LEFT JOIN LATERAL (SELECT array_agg(a.id ORDER BY a.id) AS ids,
                              ${ARTICLE_LABELS} AS labels
                         FROM (SELECT DISTINCT pa.article_id FROM law_provisions p
                                 JOIN provision_articles pa ON pa.provision_id = p.id WHERE p.law_id = l.id) x
                         JOIN articles a ON a.id = x.article_id JOIN instruments i ON i.code = a.instrument_code) ar ON true
   WHERE l.id = ANY($1::uuid[]) AND ${visibleRecordsSql('l', ANONYMOUS)}`;

/**
 * A publication: its annotation is the summary, authors and publisher the body; it may concern several
 * countries (or none), so the single-country columns are filled only when it concerns exactly one. Its date is
 * 1 January of its year, for sorting by date.
 */
const PUBLICATION_SOURCE = `
  SELECT 'PUBLICATION'::varchar AS record_type, p.id AS record_id, p.reference, p.title, p.annotation AS summary,
         concat_ws(' ', array_to_string(p.authors, ', '), p.publisher) AS body,
         CASE WHEN cardinality(p.country_codes) = 1 THEN p.country_codes[1] END AS country_code,
         co.names AS country_name,
         CASE WHEN cardinality(p.country_codes) = 1 THEN co.regions[1] END AS region,
         coalesce(ct.codes, '{}') AS crime_types, coalesce(ct.labels, '{}') AS crime_type_labels,
         coalesce(ar.ids, '{}') AS articles, coalesce(ar.labels, '{}') AS article_labels,
         p.keywords, p.keywords AS keyword_labels,
         NULL::varchar AS court_level, make_date(p.year, 1, 1) AS date, p.language,
         p.country_codes AS countries, coalesce(co.distinct_regions, '{}') AS regions, 0 AS cited_by_count
    FROM publications p
    LEFT JOIN LATERAL (SELECT string_agg(j.name, '; ' ORDER BY j.name) AS names,
                              array_agg(j.region ORDER BY j.name) AS regions,
                              array(SELECT DISTINCT j2.region FROM jurisdictions j2
                                     WHERE j2.code = ANY(p.country_codes) ORDER BY 1) AS distinct_regions
                         FROM jurisdictions j WHERE j.code = ANY(p.country_codes)) co ON true
    LEFT JOIN LATERAL (SELECT array_agg(t.code ORDER BY t.code) AS codes, array_agg(t.label ORDER BY t.code) AS labels
                         FROM crime_types t WHERE t.code = ANY(p.crime_type_codes)) ct ON true
    LEFT JOIN LATERAL (SELECT array_agg(a.id ORDER BY a.id) AS ids, ${ARTICLE_LABELS} AS labels
                         FROM articles a JOIN instruments i ON i.code = a.instrument_code
                        WHERE a.id = ANY(p.article_ids)) ar ON true
   WHERE p.id = ANY($1::uuid[])`;

/**
 * The text vector (search_tsv, defined by the SearchRanking migration), by ranking weight: A title and reference,
 * B the labels (crime types, articles, keywords), C country and facts (summary), D the rest; plus the exact word
 * forms of A–C, which ranking prefers over a stem-only match.
 */
const INSERT_DOCUMENTS = (source: string) => `
  WITH src AS (${source})
  INSERT INTO search_documents (record_type, record_id, reference, title, title_sort, summary, body, country_code,
         country_name, region, crime_types, crime_type_labels, articles, article_labels, keywords, keyword_labels,
         court_level, year, date, language, countries, regions, cited_by_count, tsv)
  SELECT record_type, record_id, reference, title, lower(unaccent(title)), summary, nullif(body, ''), country_code,
         country_name, region, crime_types, crime_type_labels, articles, article_labels, keywords, keyword_labels,
         court_level, extract(year FROM date)::int, date, language, countries, regions, cited_by_count,
         search_tsv(title || ' ' || reference, array_to_string(crime_type_labels || article_labels || keyword_labels, ' '),
                    concat_ws(' ', country_name, summary), body)
    FROM src
  RETURNING tsv`;

const TABLE_OF: Record<RecordType, { source: string }> = {
  CASE: { source: CASE_SOURCE },
  LAW: { source: LAW_SOURCE },
  PUBLICATION: { source: PUBLICATION_SOURCE },
};

/**
 * Rewrites the documents of the given records inside the caller's transaction: deletes them, re-inserts the
 * public ones, and adds their words to the typo-tolerance vocabulary.
 */
export async function refreshSearchDocuments(tx: EntityManager, type: RecordType, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(`DELETE FROM search_documents WHERE record_type = $2 AND record_id = ANY($1::uuid[])`, [ids, type]);
  // The vocabularies: stems for typo tolerance, exact forms (marked "=") for "did you mean" suggestions.
  await tx.query(
    `WITH inserted AS (${INSERT_DOCUMENTS(TABLE_OF[type].source)}),
     lexemes AS (SELECT DISTINCT lexeme FROM inserted, unnest(tsvector_to_array(inserted.tsv)) AS lexeme
                  WHERE length(lexeme) BETWEEN 3 AND 41 AND lexeme !~ '^=?[0-9]'),
     stems AS (INSERT INTO search_lexemes (lexeme)
               SELECT lexeme FROM lexemes WHERE lexeme NOT LIKE '=%' AND length(lexeme) <= 40 ON CONFLICT DO NOTHING)
     INSERT INTO search_words (word)
     SELECT substr(lexeme, 2) FROM lexemes WHERE lexeme LIKE '=%' AND length(lexeme) >= 4
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  // Each statement on search_documents bumps search_version (a trigger): cached answers and facets are dropped.
}

interface DocumentRow {
  record_type: RecordType;
  record_id: string;
  reference: string;
  title: string;
  summary: string | null;
  body: string | null;
  country_code: string | null;
  country_name: string | null;
  region: string | null;
  countries: string[];
  regions: string[];
  crime_types: string[];
  crime_type_labels: string[];
  articles: string[];
  article_labels: string[];
  keywords: string[];
  keyword_labels: string[];
  court_level: SearchDocument['courtLevel'];
  year: number | null;
  date: string | null;
  language: string | null;
  cited_by_count: number;
}

const DOCUMENT_COLUMNS = `record_type, record_id, reference, title, summary, body, country_code, country_name, region,
  crime_types, crime_type_labels, articles, article_labels, keywords, keyword_labels, court_level, year,
  to_char(date, 'YYYY-MM-DD') AS date, language, countries, regions, cited_by_count`;

export function searchDocumentKey(type: RecordType, id: string): string {
  return `${type.toLowerCase()}-${id}`;
}

function toDocument(row: DocumentRow): SearchDocument {
  return {
    key: searchDocumentKey(row.record_type, row.record_id),
    type: row.record_type,
    id: row.record_id,
    reference: row.reference,
    title: row.title,
    summary: row.summary,
    body: row.body,
    countryCode: row.country_code?.trim() ?? null,
    countryName: row.country_name,
    region: row.region,
    countries: row.countries,
    regions: row.regions,
    crimeTypes: row.crime_types,
    crimeTypeLabels: row.crime_type_labels,
    articles: row.articles,
    articleLabels: row.article_labels,
    keywords: row.keywords,
    keywordLabels: row.keyword_labels,
    courtLevel: row.court_level,
    year: row.year,
    date: row.date,
    dateValue: row.date ? Date.parse(`${row.date}T00:00:00Z`) : null,
    language: row.language,
    citedByCount: row.cited_by_count,
  };
}

/** The stored documents of the given records (records without one are simply absent). */
export async function readSearchDocuments(
  manager: EntityManager,
  records: { type: RecordType; id: string }[],
): Promise<SearchDocument[]> {
  if (records.length === 0) return [];
  const rows: DocumentRow[] = await manager.query(
    `SELECT ${DOCUMENT_COLUMNS} FROM search_documents d
       JOIN unnest($1::varchar[], $2::uuid[]) AS k(t, id) ON d.record_type = k.t AND d.record_id = k.id`,
    [records.map((r) => r.type), records.map((r) => r.id)],
  );
  return rows.map(toDocument);
}

/** Every document, in key order, a page at a time (for a full reindex). */
export async function* allSearchDocuments(manager: EntityManager, pageSize: number): AsyncGenerator<SearchDocument[]> {
  let after: [string, string] = ['', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const rows: DocumentRow[] = await manager.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM search_documents
        WHERE (record_type, record_id) > ($1, $2::uuid) ORDER BY record_type, record_id LIMIT $3`,
      [after[0], after[1], pageSize],
    );
    if (rows.length === 0) return;
    yield rows.map(toDocument);
    const last = rows[rows.length - 1];
    after = [last.record_type, last.record_id];
  }
}

/**
 * Merges the entries the text index holds in its pending list (GIN's fast update) into its tree. Writing many
 * documents leaves up to 4 MB of them there until a vacuum or a full list merges them, and every search with text
 * reads that whole list: a bulk write (an ingest run, a rebuild) merges it at its end so searches do not pay for
 * it. Best effort, and so outside a transaction (a failed statement would abort it): a role that does not own the
 * index cannot merge, and the list is then merged as it would have been anyway.
 */
export async function mergePendingSearchEntries(db: Pick<EntityManager, 'query'>): Promise<void> {
  await db.query(`SELECT gin_clean_pending_list('search_documents_text_filters'::regclass)`).catch(() => undefined);
}

/**
 * Rebuilds every document from the source tables, `pageSize` records per transaction (portal reindex).
 * Documents are replaced in place rather than truncated first, so searches keep answering during a rebuild;
 * documents of records that are no longer public are removed at the end.
 */
export async function rebuildSearchDocuments(
  manager: EntityManager,
  pageSize: number,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const ids: { t: RecordType; id: string }[] = await manager.query(
    `SELECT 'CASE' AS t, id FROM cases c WHERE ${visibleRecordsSql('c', ANONYMOUS)}
     UNION ALL SELECT 'LAW', id FROM laws l WHERE ${visibleRecordsSql('l', ANONYMOUS)}
     UNION ALL SELECT 'PUBLICATION', id FROM publications`,
  );
  onProgress?.(0, ids.length);
  for (let i = 0; i < ids.length; i += pageSize) {
    const slice = ids.slice(i, i + pageSize);
    await manager.transaction(async (tx) => {
      for (const type of ['CASE', 'LAW', 'PUBLICATION'] as const) {
        await refreshSearchDocuments(tx, type, slice.filter((r) => r.t === type).map((r) => r.id));
      }
    });
    onProgress?.(Math.min(i + pageSize, ids.length), ids.length);
  }
  await manager.transaction(async (tx) => {
    await tx.query(
    `DELETE FROM search_documents d WHERE NOT EXISTS (
       SELECT 1 FROM cases c WHERE d.record_type = 'CASE' AND c.id = d.record_id AND ${visibleRecordsSql('c', ANONYMOUS)}
       UNION ALL
       SELECT 1 FROM laws l WHERE d.record_type = 'LAW' AND l.id = d.record_id AND ${visibleRecordsSql('l', ANONYMOUS)}
       UNION ALL
       SELECT 1 FROM publications p WHERE d.record_type = 'PUBLICATION' AND p.id = d.record_id)`,
    );
  });
  await mergePendingSearchEntries(manager);
  return ids.length;
}
