import { type DataSource } from 'typeorm';
import { Article, Jurisdiction, LawProvision } from '../entities';
import { mapRows } from './sql';
import { ANONYMOUS, visibleRecordsSql } from './viewer';

/** The criminalization articles, shown first (UNTOC 5, 6, 8, 23; TIP 5; SOM 6; Firearms 5). */
export const CRIMINALIZATION_ARTICLES: ReadonlySet<string> = new Set([
  'UNTOC-5', 'UNTOC-6', 'UNTOC-8', 'UNTOC-23', 'TIP-5', 'SOM-6', 'FIREARMS-5',
]);

/** One article of an instrument in one State: the published provisions that implement it (none found: empty). */
export interface ArticleImplementationValue {
  key: string;
  article: Article;
  criminalization: boolean;
  provisions: LawProvision[];
}

/** One State's implementation of one article: how many of its published provisions implement it. */
export interface StateImplementationValue {
  key: string;
  jurisdiction: Jurisdiction;
  provisionCount: number;
  lawCount: number;
}

const INSTRUMENT_ORDER = `array_position(ARRAY['UNTOC','TIP','SOM','FIREARMS'], a.instrument_code::text)`;
const CRIMINALIZATION = `a.id = ANY(ARRAY[${[...CRIMINALIZATION_ARTICLES].map((id) => `'${id}'`).join(', ')}])`;

/**
 * Implementation by State (issue of the legal library): which articles each State's *loaded and published*
 * legislation implements, provision by provision. "No provision found" means that none is loaded, not that
 * none exists. Batched: one statement for every State (or article) of a request.
 */
export class ImplementationService {
  constructor(private readonly dataSource: DataSource) {}

  /** For each State code: every article of the instrument(s), criminalization articles first, with the provisions. */
  async ofJurisdictions(codes: readonly string[], instrument: string | null): Promise<ArticleImplementationValue[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT j.code AS scope_key, a.*, (${CRIMINALIZATION}) AS is_criminalization
         FROM unnest($1::text[]) AS j(code) CROSS JOIN articles a
        WHERE ($2::text IS NULL OR a.instrument_code = $2)
        ORDER BY j.code, (${CRIMINALIZATION}) DESC, ${INSTRUMENT_ORDER}, a.number`,
      [codes, instrument],
    );
    const provisions: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT l.jurisdiction_code AS scope_key, pa.article_id, p.*
         FROM laws l JOIN law_provisions p ON p.law_id = l.id JOIN provision_articles pa ON pa.provision_id = p.id
        WHERE l.jurisdiction_code = ANY($1::char(3)[]) AND ${visibleRecordsSql('l', ANONYMOUS)}
        ORDER BY lower(l.title), p.seq`,
      [codes],
    );
    const provisionEntities = mapRows<LawProvision>(this.dataSource, LawProvision, provisions);
    const byKey = new Map<string, LawProvision[]>();
    provisions.forEach((row, i) => {
      const key = `${String(row.scope_key).trim()}:${row.article_id}`;
      byKey.set(key, [...(byKey.get(key) ?? []), provisionEntities[i]]);
    });
    const articles = mapRows<Article>(this.dataSource, Article, rows);
    return rows.map((row, i) => {
      const code = String(row.scope_key);
      return {
        key: code,
        article: articles[i],
        criminalization: Boolean(row.is_criminalization),
        provisions: byKey.get(`${code}:${articles[i].id}`) ?? [],
      };
    });
  }

  /** For each article id: the States whose published legislation has a provision implementing it. */
  async statesForArticles(articleIds: readonly string[]): Promise<StateImplementationValue[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT pa.article_id AS scope_key, j.*, count(DISTINCT p.id)::int AS provision_count, count(DISTINCT l.id)::int AS law_count
         FROM provision_articles pa JOIN law_provisions p ON p.id = pa.provision_id JOIN laws l ON l.id = p.law_id
         JOIN jurisdictions j ON j.code = l.jurisdiction_code
        WHERE pa.article_id = ANY($1::text[]) AND ${visibleRecordsSql('l', ANONYMOUS)}
        GROUP BY pa.article_id, j.code ORDER BY pa.article_id, j.name`,
      [articleIds],
    );
    const jurisdictions = mapRows<Jurisdiction>(this.dataSource, Jurisdiction, rows);
    return rows.map((row, i) => ({
      key: String(row.scope_key),
      jurisdiction: jurisdictions[i],
      provisionCount: Number(row.provision_count),
      lawCount: Number(row.law_count),
    }));
  }
}
