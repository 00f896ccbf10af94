import { type DataSource } from 'typeorm';
import { type SentencingDistribution, type SentencingFilter, type SentencingScope } from '../schema/sentencing.types';
import { type ReferenceService } from './reference.service';
import { SqlParams } from './sql';

/** What a breakdown groups by: nothing (one distribution), the case's State, its crime types or its articles. */
export type SentencingGroup = 'none' | 'country' | 'crimeType' | 'article';

interface Row {
  code: string | null;
  defendants: number;
  count: number;
  q: (number | null)[] | null;
  min_months: number | null;
  max_months: number | null;
  acquittals: number;
  suspended: number;
  non_custodial: number;
  life: number;
  death: number;
  not_recorded: number;
}

const GROUP_KEY: Record<SentencingGroup, { join: string; key: string }> = {
  none: { join: '', key: 'NULL::text' },
  country: { join: '', key: 'c.jurisdiction_code::text' },
  crimeType: { join: 'JOIN case_crime_types g ON g.case_id = c.id', key: 'g.crime_type_code::text' },
  article: { join: 'JOIN case_articles g ON g.case_id = c.id', key: 'g.article_id::text' },
};

/**
 * Sentencing compared: the distribution of prison terms per defendant in published cases (README "Sentencing
 * compared"). One statement per distribution or breakdown, computed in SQL (percentile_cont).
 *
 * The unit is a defendant in a case. The defendant's outcome is read from the charges not ending in acquittal or
 * dismissal, by precedence: a death sentence, life imprisonment, a custodial term (the longest of them: terms on
 * several charges are often concurrent, so a sum would overstate), a wholly suspended term, a non-custodial
 * sentence. A defendant acquitted or dismissed on every charge counts as an acquittal; one convicted without a
 * recorded sentence counts apart as sentenceNotRecorded; pending charges count nowhere.
 * A defendant counts under every crime type and article of the case (the catalogue links those to the case, not
 * to each charge).
 */
export class SentencingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  /** Checks the filter's codes (BAD_USER_INPUT naming the field) and returns their canonical form. */
  async scope(filter: SentencingFilter | null | undefined): Promise<SentencingScope> {
    const one = async (list: Promise<string[] | undefined>) => (await list)?.[0] ?? null;
    return {
      crimeType:
        filter?.crimeType != null
          ? await one(this.reference.crimeTypeCodes('filter.crimeType', [filter.crimeType]))
          : null,
      article:
        filter?.article != null ? await one(this.reference.articleIds('filter.article', [filter.article])) : null,
      country:
        filter?.country != null ? await one(this.reference.countryCodes('filter.country', [filter.country])) : null,
    };
  }

  async distribution(filter: SentencingFilter | null | undefined): Promise<SentencingDistribution> {
    const scope = await this.scope(filter);
    return (await this.distributions(scope, 'none'))[0];
  }

  /**
   * The distributions of `scope` grouped by `group`, largest first; with `keys`, only those group values, one
   * distribution per key in key order (empty ones included), so field loaders batch many States into one statement.
   */
  async distributions(
    scope: SentencingScope,
    group: SentencingGroup,
    keys?: readonly string[],
  ): Promise<SentencingDistribution[]> {
    const p = new SqlParams();
    const where = [`c.status = 'PUBLISHED'`];
    if (scope.country) where.push(`c.jurisdiction_code = ${p.add(scope.country)}`);
    if (scope.crimeType)
      where.push(
        `EXISTS (SELECT 1 FROM case_crime_types t WHERE t.case_id = c.id AND t.crime_type_code = ${p.add(scope.crimeType)})`,
      );
    if (scope.article)
      where.push(
        `EXISTS (SELECT 1 FROM case_articles a WHERE a.case_id = c.id AND a.article_id = ${p.add(scope.article)})`,
      );
    const { join, key } = GROUP_KEY[group];
    if (keys) where.push(`${key} = ANY(${p.add(keys)}::text[])`);
    const rows: Row[] = await this.dataSource.query(
      `WITH per_defendant AS (
         SELECT ${key} AS code,
                CASE WHEN bool_or(ch.sentence_kind = 'DEATH') FILTER (WHERE NOT acquitted) THEN 'DEATH'
                     WHEN bool_or(ch.sentence_kind = 'LIFE') FILTER (WHERE NOT acquitted) THEN 'LIFE'
                     WHEN bool_or(ch.sentence_kind = 'CUSTODIAL') FILTER (WHERE NOT acquitted) THEN 'CUSTODIAL'
                     WHEN bool_or(ch.sentence_kind = 'SUSPENDED') FILTER (WHERE NOT acquitted) THEN 'SUSPENDED'
                     WHEN bool_or(ch.sentence_kind = 'NON_CUSTODIAL') FILTER (WHERE NOT acquitted) THEN 'NON_CUSTODIAL'
                     WHEN bool_and(acquitted) THEN 'ACQUITTED'
                     WHEN bool_or(ch.verdict = 'guilty') THEN 'NOT_RECORDED'
                END AS outcome,
                max(ch.prison_months) FILTER (WHERE ch.sentence_kind = 'CUSTODIAL' AND NOT acquitted) AS months
           FROM cases c ${join}
           JOIN defendants d ON d.case_id = c.id
           JOIN charges ch ON ch.defendant_id = d.id,
           LATERAL (SELECT coalesce(ch.verdict IN ('acquitted', 'dismissed'), false) AS acquitted) v
          WHERE ${where.join(' AND ')}
          GROUP BY 1, d.id
       )
       SELECT code,
              count(*) FILTER (WHERE outcome NOT IN ('NOT_RECORDED'))::int AS defendants,
              count(months)::int AS count,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY months) AS q,
              min(months) AS min_months, max(months) AS max_months,
              count(*) FILTER (WHERE outcome = 'ACQUITTED')::int AS acquittals,
              count(*) FILTER (WHERE outcome = 'SUSPENDED')::int AS suspended,
              count(*) FILTER (WHERE outcome = 'NON_CUSTODIAL')::int AS non_custodial,
              count(*) FILTER (WHERE outcome = 'LIFE')::int AS life,
              count(*) FILTER (WHERE outcome = 'DEATH')::int AS death,
              count(*) FILTER (WHERE outcome = 'NOT_RECORDED')::int AS not_recorded
         FROM per_defendant WHERE outcome IS NOT NULL
        GROUP BY code
        ORDER BY defendants DESC, code`,
      p.values,
    );
    const labels = await this.labels(group);
    const shape = (code: string | null, row: Row | undefined): SentencingDistribution => {
      const narrowed = { ...scope, ...(group === 'none' || code == null ? {} : { [group]: code }) };
      return {
        scope: narrowed,
        code,
        label: code != null ? (labels?.get(code) ?? code) : null,
        defendants: row?.defendants ?? 0,
        count: row?.count ?? 0,
        lowerQuartileMonths: row?.q?.[0] ?? null,
        medianMonths: row?.q?.[1] ?? null,
        upperQuartileMonths: row?.q?.[2] ?? null,
        minMonths: row?.min_months ?? null,
        maxMonths: row?.max_months ?? null,
        acquittals: row?.acquittals ?? 0,
        suspended: row?.suspended ?? 0,
        nonCustodial: row?.non_custodial ?? 0,
        life: row?.life ?? 0,
        death: row?.death ?? 0,
        sentenceNotRecorded: row?.not_recorded ?? 0,
      };
    };
    if (group === 'none') return [shape(null, rows[0])];
    if (keys) {
      const byCode = new Map(rows.map((r) => [r.code, r]));
      return keys.map((k) => shape(k, byCode.get(k)));
    }
    return rows.map((r) => shape(r.code, r));
  }

  private async labels(group: SentencingGroup): Promise<ReadonlyMap<string, string> | null> {
    if (group === 'none') return null;
    const labels = await this.reference.labels();
    return group === 'country' ? labels.countries : group === 'crimeType' ? labels.crimeTypes : labels.articles;
  }
}
