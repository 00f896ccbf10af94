import { registerEnumType } from 'type-graphql';
import { type CourtLevel, type RecordStatus } from '../entities';
import { decodeCursor, encodeCursor } from '../schema/pagination';
import { type SqlParams } from './sql';

/** Normalized, validated case criteria (codes already checked by ReferenceService). */
export interface CaseCriteria {
  countries?: string[];
  articles?: string[];
  crimeTypes?: string[];
  keywords?: string[];
  courtLevels?: CourtLevel[];
  decidedFrom?: string;
  decidedTo?: string;
  /** Narrows what the viewer may read to these statuses. */
  statuses?: RecordStatus[];
}

export enum CaseOrder {
  DECISION_DATE_DESC = 'DECISION_DATE_DESC',
  DECISION_DATE_ASC = 'DECISION_DATE_ASC',
  REFERENCE_ASC = 'REFERENCE_ASC',
  TITLE_ASC = 'TITLE_ASC',
}
registerEnumType(CaseOrder, { name: 'CaseOrder', description: 'Newest first by default. Cases without a date come last.' });

/**
 * WHERE conditions for case criteria on alias `c`. Values within a list are alternatives (OR);
 * different fields must all hold (AND).
 */
export function caseCriteriaSql(criteria: CaseCriteria, params: SqlParams): string[] {
  const where: string[] = [];
  if (criteria.countries?.length) where.push(`c.jurisdiction_code = ANY(${params.add(criteria.countries)}::char(3)[])`);
  if (criteria.courtLevels?.length) where.push(`c.court_level = ANY(${params.add(criteria.courtLevels)}::text[])`);
  if (criteria.statuses?.length) where.push(`c.status = ANY(${params.add(criteria.statuses)}::text[])`);
  if (criteria.decidedFrom) where.push(`c.decision_date >= ${params.add(criteria.decidedFrom)}::date`);
  if (criteria.decidedTo) where.push(`c.decision_date <= ${params.add(criteria.decidedTo)}::date`);
  if (criteria.articles?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM case_articles ca WHERE ca.case_id = c.id AND ca.article_id = ANY(${params.add(criteria.articles)}::text[]))`,
    );
  }
  if (criteria.crimeTypes?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM case_crime_types cc WHERE cc.case_id = c.id AND cc.crime_type_code = ANY(${params.add(criteria.crimeTypes)}::text[]))`,
    );
  }
  if (criteria.keywords?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM case_keywords ck JOIN keywords k ON k.id = ck.keyword_id WHERE ck.case_id = c.id AND k.label = ANY(${params.add(criteria.keywords)}::text[]))`,
    );
  }
  return where;
}

interface OrderSpec {
  /** Sort key expression (never NULL, so keyset comparisons hold). */
  key: string;
  direction: 'ASC' | 'DESC';
  keyOf(row: Record<string, unknown>): string;
}

const ORDERS: Record<CaseOrder, OrderSpec> = {
  // Undated cases sort last in both directions.
  [CaseOrder.DECISION_DATE_DESC]: {
    key: `COALESCE(c.decision_date, DATE '0001-01-01')`,
    direction: 'DESC',
    keyOf: (r) => (r.decision_date as string | null) ?? '0001-01-01',
  },
  [CaseOrder.DECISION_DATE_ASC]: {
    key: `COALESCE(c.decision_date, DATE '9999-12-31')`,
    direction: 'ASC',
    keyOf: (r) => (r.decision_date as string | null) ?? '9999-12-31',
  },
  [CaseOrder.REFERENCE_ASC]: { key: 'c.reference', direction: 'ASC', keyOf: (r) => r.reference as string },
  [CaseOrder.TITLE_ASC]: { key: 'lower(c.title)', direction: 'ASC', keyOf: (r) => (r.title as string).toLowerCase() },
};

/** ORDER BY and keyset condition for an ordering; ties broken by id. */
export function caseOrderSql(order: CaseOrder, after: string | null | undefined, params: SqlParams) {
  const spec = ORDERS[order];
  let keyset: string | null = null;
  if (after) {
    const [key, id] = decodeCursor(after, `case:${order}`, [order.startsWith('DECISION') ? 'date' : 'text', 'uuid']);
    const op = spec.direction === 'DESC' ? '<' : '>';
    const keyCast = order.startsWith('DECISION') ? '::date' : '::text';
    keyset = `(${spec.key}, c.id) ${op} (${params.add(key)}${keyCast}, ${params.add(id)}::uuid)`;
  }
  return {
    orderBy: `${spec.key} ${spec.direction}, c.id ${spec.direction}`,
    keyset,
    cursorOf: (row: Record<string, unknown>) => encodeCursor(`case:${order}`, [spec.keyOf(row), row.id as string]),
  };
}
