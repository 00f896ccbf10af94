import { type DataSource } from 'typeorm';
import { Case, type RecordStatus } from '../entities';
import { isIsoDate } from '../schema/date.scalar';
import { type Page, pageSize } from '../schema/pagination';
import { type CaseCriteria, caseCriteriaSql, CaseOrder, caseOrderSql } from './case-query';
import { badInput } from './errors';
import { fetchKeysetPages } from './keyset-pages';
import { type ReferenceService } from './reference.service';
import { queryPrepared } from '../db/prepared';
import { columnList, mapRows, SqlParams } from './sql';
import { type CaseLinks, caseLinkReadAhead, NO_CASE_LINKS } from './case-links';
import { withLinks } from './read-ahead';
import { type Viewer, visibleRecordsSql } from './viewer';

/** A filter as the API receives it (codes not yet checked). */
export interface CaseFilterInput {
  countries?: string[] | null;
  articles?: string[] | null;
  crimeTypes?: string[] | null;
  keywords?: string[] | null;
  courtLevels?: CaseCriteria['courtLevels'] | null;
  decidedFrom?: string | null;
  decidedTo?: string | null;
}

export interface CaseListArgs {
  filter?: CaseFilterInput | null;
  statuses?: RecordStatus[] | null;
  orderBy?: CaseOrder | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of cases can be scoped by when nested under another record. */
export type CaseScope = 'jurisdiction' | 'article' | 'law' | 'citing';

/** What a caller will read besides the cases' own columns, so the statement reading them reads it too. */
export interface CaseReadAhead {
  links: CaseLinks;
  totalCount: boolean;
  /** Long columns not to read (unselectedCaseColumns); the entities then lack those properties. */
  omitColumns?: ReadonlySet<string>;
}

const SCOPES: Record<CaseScope, string> = {
  jurisdiction: `c.jurisdiction_code = s.key`,
  article: `EXISTS (SELECT 1 FROM case_articles sa WHERE sa.case_id = c.id AND sa.article_id = s.key)`,
  law: `EXISTS (SELECT 1 FROM case_laws sl WHERE sl.case_id = c.id AND sl.law_reference = s.key)`,
  /** The cases citing the case whose id is the key. */
  citing: `EXISTS (SELECT 1 FROM case_citations sx WHERE sx.citing_case_id = c.id AND sx.cited_case_id = s.key::uuid)`,
};

export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async byReference(viewer: Viewer, reference: string): Promise<Case | null> {
    return (await this.readByReference(viewer, reference, { links: NO_CASE_LINKS }))?.record ?? null;
  }

  /** A case by reference, if the viewer may read it, with the links asked for read in the same statement. */
  async readByReference(
    viewer: Viewer,
    reference: string,
    readAhead: Omit<CaseReadAhead, 'totalCount'>,
  ): Promise<{ record: Case; extras: Record<string, unknown> } | null> {
    const rows: Record<string, unknown>[] = await queryPrepared(
      this.dataSource,
      withLinks(
        `SELECT ${columnList(this.dataSource, Case, 'c', readAhead.omitColumns)} FROM cases c
          WHERE c.reference = $1 AND ${visibleRecordsSql('c', viewer)}`,
        caseLinkReadAhead(readAhead.links, { oneRow: true }),
      ),
      [reference.trim()],
    );
    if (!rows[0]) return null;
    return { record: mapRows(this.dataSource, Case, rows)[0], extras: rows[0] };
  }

  /** Turns an API filter into checked criteria, or throws BAD_USER_INPUT naming the field. */
  async criteria(filter: CaseFilterInput | null | undefined, prefix = 'filter'): Promise<CaseCriteria> {
    if (!filter) return {};
    const [countries, articles, crimeTypes, keywords] = await Promise.all([
      this.reference.countryCodes(`${prefix}.countries`, filter.countries),
      this.reference.articleIds(`${prefix}.articles`, filter.articles),
      this.reference.crimeTypeCodes(`${prefix}.crimeTypes`, filter.crimeTypes),
      this.reference.keywordLabels(`${prefix}.keywords`, filter.keywords),
    ]);
    for (const field of ['decidedFrom', 'decidedTo'] as const) {
      const value = filter[field];
      if (value !== undefined && value !== null && !isIsoDate(value)) {
        throw badInput(`${prefix}.${field}`, value, 'use a calendar date written YYYY-MM-DD');
      }
    }
    if (filter.decidedFrom && filter.decidedTo && filter.decidedFrom > filter.decidedTo) {
      throw badInput(`${prefix}.decidedTo`, filter.decidedTo, `use a date on or after decidedFrom (${filter.decidedFrom})`);
    }
    return {
      countries,
      articles,
      crimeTypes,
      keywords,
      courtLevels: filter.courtLevels ?? undefined,
      decidedFrom: filter.decidedFrom ?? undefined,
      decidedTo: filter.decidedTo ?? undefined,
    };
  }

  async list(viewer: Viewer, args: CaseListArgs, readAhead?: CaseReadAhead): Promise<Page<Case>> {
    const criteria = { ...(await this.criteria(args.filter)), statuses: args.statuses ?? undefined };
    const [page] = await this.pages(viewer, null, [''], criteria, args, readAhead);
    return page;
  }

  /** One page of cases for each key of a scope (e.g. the cases of each article), in one statement. */
  async pages(
    viewer: Viewer,
    scope: CaseScope | null,
    keys: string[],
    criteria: CaseCriteria,
    args: Omit<CaseListArgs, 'filter'>,
    readAhead?: CaseReadAhead,
  ): Promise<Page<Case>[]> {
    const first = pageSize(args.first);
    const params = new SqlParams();
    const where = [visibleRecordsSql('c', viewer), ...caseCriteriaSql(criteria, params)];
    const order = caseOrderSql(args.orderBy ?? CaseOrder.DECISION_DATE_DESC, args.after, params);
    return fetchKeysetPages<Case>(
      this.dataSource,
      {
        entity: Case,
        table: 'cases',
        alias: 'c',
        where,
        scope: scope ? SCOPES[scope] : null,
        orderBy: order.orderBy,
        keyset: order.keyset,
        cursorOf: order.cursorOf,
        params,
        first,
        after: Boolean(args.after),
        readAhead: readAhead ? caseLinkReadAhead(readAhead.links) : undefined,
        countWithRows: readAhead?.totalCount,
        omitColumns: readAhead?.omitColumns,
      },
      keys,
      (countKeys) => this.counts(viewer, scope, countKeys, criteria),
    );
  }

  /** Number of visible cases per scope key, in one statement. */
  async counts(viewer: Viewer, scope: CaseScope | null, keys: string[], criteria: CaseCriteria = {}) {
    const params = new SqlParams();
    const where = [visibleRecordsSql('c', viewer), ...caseCriteriaSql(criteria, params)];
    if (scope) where.push(SCOPES[scope]);
    const rows: { key: string; n: string }[] = await this.dataSource.query(
      `SELECT s.key, (SELECT count(*) FROM cases c WHERE ${where.join(' AND ')}) AS n
       FROM unnest(${params.add(keys)}::text[]) AS s(key)`,
      params.values,
    );
    return new Map(rows.map((r) => [r.key, Number(r.n)]));
  }
}
