import { type DataSource, In } from 'typeorm';
import { COOPERATION_TYPES, normalizeCooperationType } from '../../ingest/normalize';
import { Case } from '../entities';
import { type Facet } from '../schema/search.types';
import { decodeCursor, encodeCursor, type PageInfo, pageSize } from '../schema/pagination';
import { badInput } from './errors';
import { type ReferenceService } from './reference.service';
import { SqlParams } from './sql';

export interface CooperationCaseFilterInput {
  forms?: string[] | null;
  counterparts?: string[] | null;
  articles?: string[] | null;
  q?: string | null;
}

export interface CooperationCaseArgs {
  filter?: CooperationCaseFilterInput | null;
  first?: number | null;
  after?: string | null;
}

export interface CooperationCasePage {
  edges: { cursor: string; node: Case }[];
  pageInfo: PageInfo;
  totalCount: number;
  facets: Facet[];
}

const ORDER = 'cooperation-case:DECISION_DESC';
/** Acts that used the Convention (not a Protocol) as legal basis. */
const CONVENTION_ACT = `a.legal_basis_article_id LIKE 'UNTOC-%'`;
const MAX_Q = 200;
/** The act column each facet counts by. */
const FACETS = { form: 'a.type', counterpart: 'a.counterpart_code', article: 'a.legal_basis_article_id' } as const;
type FacetField = keyof typeof FACETS;

const formLabel = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' ');

/**
 * The catalogue of cooperation cases: published cases whose cooperation (extradition, mutual legal assistance,
 * joint investigations…) used the Convention as legal basis, by form, counterpart State and article. The filters
 * apply to one same act (a case matches when one of its acts has a chosen form, with a chosen counterpart, under a
 * chosen article); facet counts are distinct cases and honour every filter but their own.
 */
export class CooperationCatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async list(args: CooperationCaseArgs): Promise<CooperationCasePage> {
    const first = pageSize(args.first);
    const f = args.filter ?? {};
    const forms = f.forms?.map((value, i) => {
      if (f.forms!.length > 100) throw badInput('filter.forms', `${f.forms!.length} values`, 'give at most 100 values');
      const normalized = normalizeCooperationType(String(value).slice(0, 200));
      if (!normalized.ok) throw badInput(`filter.forms[${i}]`, value, `use one of ${COOPERATION_TYPES.join(', ')}`);
      return normalized.value;
    });
    const [counterparts, articles] = await Promise.all([
      this.reference.countryCodes('filter.counterparts', f.counterparts),
      this.reference.articleIds('filter.articles', f.articles),
    ]);
    articles?.forEach((id, i) => {
      if (!id.startsWith('UNTOC-')) throw badInput(`filter.articles[${i}]`, id, 'give an article of the Convention used as legal basis (UNTOC-13, UNTOC-16, UNTOC-18, UNTOC-19, UNTOC-27…)');
    });
    const q = f.q?.replace(/\u0000/g, '').trim() || null;
    if (q && q.length > MAX_Q) throw badInput('filter.q', `${q.length} characters`, `give at most ${MAX_Q} characters`);
    const chosen: Record<FacetField, string[] | undefined> = { form: forms, counterpart: counterparts, article: articles };

    /** Conditions on alias `c` (the case) and `a` (one act), leaving out the facet `except`. */
    const conditions = (params: SqlParams, except?: FacetField) => {
      const where = [`c.status = 'PUBLISHED'`, CONVENTION_ACT];
      for (const field of Object.keys(FACETS) as FacetField[]) {
        const values = chosen[field];
        if (field !== except && values?.length) where.push(`${FACETS[field]} = ANY(${params.add(values)}::text[])`);
      }
      if (q) {
        const like = params.add(`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
        where.push(`(c.reference ILIKE ${like} OR c.title ILIKE ${like} OR c.summary ILIKE ${like} OR a.description ILIKE ${like})`);
      }
      return where.join(' AND ');
    };

    const params = new SqlParams();
    const matching = `EXISTS (SELECT 1 FROM cooperation_acts a WHERE a.case_id = c.id AND ${conditions(params)})`;
    let keyset = '';
    if (args.after) {
      const [date, reference] = decodeCursor(args.after, ORDER, ['date', 'text']);
      // Descending dates, ascending references: (date, ref) after (d0, r0) means date < d0, or date = d0 and ref > r0.
      keyset = ` AND (COALESCE(c.decision_date, DATE '0001-01-01') < ${params.add(date)}::date
        OR (COALESCE(c.decision_date, DATE '0001-01-01') = ${params.add(date)}::date AND c.reference > ${params.add(reference)}::text))`;
    }
    const rows: { id: string; reference: string; day: string }[] = await this.dataSource.query(
      `SELECT c.id, c.reference, to_char(COALESCE(c.decision_date, DATE '0001-01-01'), 'YYYY-MM-DD') AS day FROM cases c
        WHERE ${matching}${keyset}
        ORDER BY COALESCE(c.decision_date, DATE '0001-01-01') DESC, c.reference ASC LIMIT ${first + 1}`,
      params.values,
    );
    const pageRows = rows.slice(0, first);
    const cases = pageRows.length ? await this.dataSource.getRepository(Case).findBy({ id: In(pageRows.map((r) => r.id)) }) : [];
    const byId = new Map(cases.map((c) => [c.id, c]));
    const cursors = pageRows.map((r) => encodeCursor(ORDER, [r.day, r.reference]));

    const countParams = new SqlParams();
    const [total] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM cases c WHERE EXISTS (SELECT 1 FROM cooperation_acts a WHERE a.case_id = c.id AND ${conditions(countParams)})`,
      countParams.values,
    );
    return {
      edges: pageRows.map((r, i) => ({ cursor: cursors[i], node: byId.get(r.id)! })),
      pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: Boolean(args.after), startCursor: cursors[0] ?? null, endCursor: cursors[cursors.length - 1] ?? null },
      totalCount: total.n,
      facets: await this.facets(conditions),
    };
  }

  /** Each facet's values with the number of cases, under every filter but the facet's own. */
  private async facets(conditions: (params: SqlParams, except?: FacetField) => string): Promise<Facet[]> {
    const { countries, articles } = await this.reference.labels();
    const label = (field: FacetField, value: string) =>
      field === 'form' ? formLabel(value) : field === 'counterpart' ? countries.get(value) ?? value : `${value} ${articles.get(value) ?? ''}`.trim();
    const facets: Facet[] = [];
    for (const field of Object.keys(FACETS) as FacetField[]) {
      const params = new SqlParams();
      const rows: { value: string; n: number }[] = await this.dataSource.query(
        `SELECT ${FACETS[field]}::text AS value, count(DISTINCT a.case_id)::int AS n FROM cooperation_acts a JOIN cases c ON c.id = a.case_id
          WHERE ${conditions(params, field)} AND ${FACETS[field]} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
        params.values,
      );
      facets.push({ field, values: rows.map((r) => ({ value: r.value.trim(), label: label(field, r.value.trim()), count: r.n })) });
    }
    return facets;
  }
}
