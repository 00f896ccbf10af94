import { type DataSource } from 'typeorm';
import { type CaseRecord, type LawRecord, type PublicationRecord } from '../../../ingest/record-types';
import { type RecordType } from '../../search/search-index';
import { caseJsonSql, lawJsonSql } from '../editorial/record-snapshot';
import { canSeeFullNames, initials, wasMinor } from '../privacy';
import { type Viewer } from '../viewer';

/** One exported record: its kind and its catalogue record, exactly as `portal ingest --kind <kind>` loads it. */
export type ExportRecord =
  | { kind: 'case'; record: CaseRecord }
  | { kind: 'law'; record: LawRecord }
  | { kind: 'publication'; record: PublicationRecord };

const PUBLICATION_JSON = `json_strip_nulls(json_build_object(
  'reference', p.reference, 'title', p.title, 'authors', p.authors, 'year', p.year, 'kind', lower(p.kind),
  'publisher', p.publisher, 'language', p.language, 'annotation', p.annotation, 'url', p.url,
  'articles', p.article_ids, 'crimeTypes', p.crime_type_codes, 'countries', p.country_codes, 'keywords', p.keywords))`;

/**
 * One statement per kind and page. Published records only, whatever the search engine answered (an engine's
 * index may lag a withdrawal): drafts never leave by an export.
 */
const RECORDS_SQL: Record<RecordType, string> = {
  CASE: `SELECT c.id, c.jurisdiction_code, c.status, c.created_by, ${caseJsonSql('catalogue')} AS record
           FROM cases c WHERE c.id = ANY($1::uuid[]) AND c.status = 'PUBLISHED'`,
  LAW: `SELECT l.id, ${lawJsonSql('catalogue')} AS record FROM laws l WHERE l.id = ANY($1::uuid[]) AND l.status = 'PUBLISHED'`,
  PUBLICATION: `SELECT p.id, ${PUBLICATION_JSON} AS record FROM publications p WHERE p.id = ANY($1::uuid[])`,
};

const KIND = { CASE: 'case', LAW: 'law', PUBLICATION: 'publication' } as const;

interface RecordRow {
  id: string;
  record: Record<string, unknown>;
  jurisdiction_code?: string;
  status?: string;
  created_by?: string | null;
}

/**
 * The catalogue records of a page of hits, in the hits' order, as `viewer` may read them: victims and defendants
 * who were minors by their initials unless the viewer may see full names (src/services/privacy.ts, the rule the
 * API applies to `Case.defendants` and `Case.victims`).
 */
export async function catalogueRecords(
  dataSource: DataSource,
  viewer: Viewer,
  hits: { type: RecordType; id: string }[],
): Promise<ExportRecord[]> {
  const byId = new Map<string, ExportRecord>();
  for (const type of ['CASE', 'LAW', 'PUBLICATION'] as const) {
    const ids = hits.filter((h) => h.type === type).map((h) => h.id);
    if (ids.length === 0) continue;
    const rows: RecordRow[] = await dataSource.query(RECORDS_SQL[type], [ids]);
    for (const row of rows) {
      const record = type === 'CASE' ? protectNames(viewer, row) : row.record;
      byId.set(`${type}:${row.id}`, { kind: KIND[type], record } as unknown as ExportRecord);
    }
  }
  return hits.map((h) => byId.get(`${h.type}:${h.id}`)).filter((r): r is ExportRecord => r !== undefined);
}

function protectNames(viewer: Viewer, row: RecordRow): Record<string, unknown> {
  const record = row.record as unknown as CaseRecord;
  const fullNames = canSeeFullNames(viewer, {
    jurisdictionCode: row.jurisdiction_code!,
    status: row.status as never,
    createdBy: row.created_by ?? null,
  });
  if (fullNames) return row.record;
  for (const d of record.defendants ?? []) {
    if (d.name && wasMinor({ age: d.age ?? null, legalPerson: d.legalPerson ?? false })) d.name = initials(d.name);
  }
  for (const v of record.victims ?? []) {
    if (v.name) v.name = initials(v.name);
  }
  return row.record;
}
