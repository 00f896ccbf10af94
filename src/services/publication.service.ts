import { type DataSource } from 'typeorm';
import { Publication, type PublicationKind } from '../entities';
import { type Page } from '../schema/pagination';
import { libraryPages, type LibraryTable } from './library-pages';
import { type ReferenceService } from './reference.service';
import { type SqlParams } from './sql';

export interface PublicationFilterInput {
  countries?: string[] | null;
  articles?: string[] | null;
  crimeTypes?: string[] | null;
  keywords?: string[] | null;
  kinds?: PublicationKind[] | null;
}

export interface PublicationListArgs {
  filter?: PublicationFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of publications can be scoped by when nested under another record. */
export type PublicationScope = 'jurisdiction' | 'article' | 'crimeType';

const SCOPES: Record<PublicationScope, string> = {
  jurisdiction: `b.country_codes @> ARRAY[s.key]`,
  article: `b.article_ids @> ARRAY[s.key]`,
  crimeType: `b.crime_type_codes @> ARRAY[s.key]`,
};

const TABLE: LibraryTable = { entity: Publication, table: 'publications', alias: 'b', orderKind: 'publication:TITLE_ASC' };

interface Criteria {
  countries?: string[];
  articles?: string[];
  crimeTypes?: string[];
  keywords?: string[];
  kinds?: PublicationKind[];
}

/** The annotated bibliography. Public reference data. */
export class PublicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  byReference(reference: string): Promise<Publication | null> {
    return this.dataSource.getRepository(Publication).findOneBy({ reference: reference.trim() });
  }

  byIds(ids: readonly string[]): Promise<Publication[]> {
    return this.dataSource.getRepository(Publication).createQueryBuilder('b').where('b.id = ANY(:ids)', { ids }).getMany();
  }

  async list(args: PublicationListArgs): Promise<Page<Publication>> {
    const f = args.filter ?? {};
    const [countries, articles, crimeTypes, keywords] = await Promise.all([
      this.reference.countryCodes('filter.countries', f.countries),
      this.reference.articleIds('filter.articles', f.articles),
      this.reference.crimeTypeCodes('filter.crimeTypes', f.crimeTypes),
      this.reference.keywordLabels('filter.keywords', f.keywords),
    ]);
    const kinds = f.kinds?.length ? [...new Set(f.kinds)] : undefined;
    const [page] = await this.pages(null, [''], { countries, articles, crimeTypes, keywords, kinds }, args);
    return page;
  }

  pages(
    scope: PublicationScope | null,
    keys: string[],
    criteria: Criteria,
    args: { first?: number | null; after?: string | null },
  ): Promise<Page<Publication>[]> {
    const conditions = (params: SqlParams) => {
      const where: string[] = [];
      if (criteria.countries?.length) where.push(`b.country_codes && ${params.add(criteria.countries)}::text[]`);
      if (criteria.articles?.length) where.push(`b.article_ids && ${params.add(criteria.articles)}::text[]`);
      if (criteria.crimeTypes?.length) where.push(`b.crime_type_codes && ${params.add(criteria.crimeTypes)}::text[]`);
      if (criteria.keywords?.length) where.push(`b.keywords && ${params.add(criteria.keywords)}::text[]`);
      if (criteria.kinds?.length) where.push(`b.kind = ANY(${params.add(criteria.kinds)}::text[])`);
      return where;
    };
    return libraryPages<Publication>(this.dataSource, TABLE, conditions, scope ? SCOPES[scope] : null, keys, args);
  }
}
