import { type DataSource } from 'typeorm';
import { Law, type RecordStatus } from '../entities';
import { encodeCursor, decodeCursor, type Page, pageSize } from '../schema/pagination';
import { fetchKeysetPages } from './keyset-pages';
import { type ReferenceService } from './reference.service';
import { SqlParams } from './sql';
import { type Viewer, visibleRecordsSql } from './viewer';

export interface LawFilterInput {
  countries?: string[] | null;
  crimeTypes?: string[] | null;
  articles?: string[] | null;
}

export interface LawCriteria {
  countries?: string[];
  crimeTypes?: string[];
  articles?: string[];
  /** Narrows what the viewer may read to these statuses. */
  statuses?: RecordStatus[];
}

export interface LawListArgs {
  filter?: LawFilterInput | null;
  statuses?: RecordStatus[] | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of laws can be scoped by when nested under another record. */
export type LawScope = 'jurisdiction' | 'article';

const SCOPES: Record<LawScope, string> = {
  jurisdiction: `l.jurisdiction_code = s.key`,
  article: `EXISTS (SELECT 1 FROM law_provisions sp JOIN provision_articles spa ON spa.provision_id = sp.id
                    WHERE sp.law_id = l.id AND spa.article_id = s.key)`,
};

const ORDER_KIND = 'law:TITLE_ASC';

export class LawService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async byReference(viewer: Viewer, reference: string): Promise<Law | null> {
    return this.dataSource
      .getRepository(Law)
      .createQueryBuilder('l')
      .where('l.reference = :reference', { reference: reference.trim() })
      .andWhere(visibleRecordsSql('l', viewer))
      .getOne();
  }

  /** Visible laws by reference, for links from cases and charges. */
  async byReferences(viewer: Viewer, references: readonly string[]): Promise<Law[]> {
    if (references.length === 0) return [];
    return this.dataSource
      .getRepository(Law)
      .createQueryBuilder('l')
      .where('l.reference = ANY(:references)', { references })
      .andWhere(visibleRecordsSql('l', viewer))
      .getMany();
  }

  async criteria(filter: LawFilterInput | null | undefined, prefix = 'filter'): Promise<LawCriteria> {
    if (!filter) return {};
    const [countries, crimeTypes, articles] = await Promise.all([
      this.reference.countryCodes(`${prefix}.countries`, filter.countries),
      this.reference.crimeTypeCodes(`${prefix}.crimeTypes`, filter.crimeTypes),
      this.reference.articleIds(`${prefix}.articles`, filter.articles),
    ]);
    return { countries, crimeTypes, articles };
  }

  async list(viewer: Viewer, args: LawListArgs): Promise<Page<Law>> {
    const criteria = { ...(await this.criteria(args.filter)), statuses: args.statuses ?? undefined };
    const [page] = await this.pages(viewer, null, [''], criteria, args);
    return page;
  }

  private where(viewer: Viewer, criteria: LawCriteria, params: SqlParams): string[] {
    const where = [visibleRecordsSql('l', viewer)];
    if (criteria.countries?.length) where.push(`l.jurisdiction_code = ANY(${params.add(criteria.countries)}::char(3)[])`);
    if (criteria.statuses?.length) where.push(`l.status = ANY(${params.add(criteria.statuses)}::text[])`);
    if (criteria.crimeTypes?.length) {
      where.push(
        `EXISTS (SELECT 1 FROM law_crime_types lc WHERE lc.law_id = l.id AND lc.crime_type_code = ANY(${params.add(criteria.crimeTypes)}::text[]))`,
      );
    }
    if (criteria.articles?.length) {
      where.push(`EXISTS (SELECT 1 FROM law_provisions p JOIN provision_articles pa ON pa.provision_id = p.id
                  WHERE p.law_id = l.id AND pa.article_id = ANY(${params.add(criteria.articles)}::text[]))`);
    }
    return where;
  }

  async pages(
    viewer: Viewer,
    scope: LawScope | null,
    keys: string[],
    criteria: LawCriteria,
    args: Omit<LawListArgs, 'filter'>,
  ): Promise<Page<Law>[]> {
    const first = pageSize(args.first);
    const params = new SqlParams();
    const where = this.where(viewer, criteria, params);
    let keyset: string | null = null;
    if (args.after) {
      const [title, id] = decodeCursor(args.after, ORDER_KIND, ['text', 'uuid']);
      keyset = `(lower(l.title), l.id) > (${params.add(title)}::text, ${params.add(id)}::uuid)`;
    }
    return fetchKeysetPages<Law>(
      this.dataSource,
      {
        entity: Law,
        table: 'laws',
        alias: 'l',
        where,
        scope: scope ? SCOPES[scope] : null,
        orderBy: 'lower(l.title) ASC, l.id ASC',
        keyset,
        cursorOf: (row) => encodeCursor(ORDER_KIND, [(row.title as string).toLowerCase(), row.id as string]),
        params,
        first,
        after: Boolean(args.after),
      },
      keys,
      (countKeys) => this.counts(viewer, scope, countKeys, criteria),
    );
  }

  async counts(viewer: Viewer, scope: LawScope | null, keys: string[], criteria: LawCriteria = {}) {
    const params = new SqlParams();
    const where = this.where(viewer, criteria, params);
    if (scope) where.push(SCOPES[scope]);
    const rows: { key: string; n: string }[] = await this.dataSource.query(
      `SELECT s.key, (SELECT count(*) FROM laws l WHERE ${where.join(' AND ')}) AS n
       FROM unnest(${params.add(keys)}::text[]) AS s(key)`,
      params.values,
    );
    return new Map(rows.map((r) => [r.key, Number(r.n)]));
  }
}
