import { type DataSource } from 'typeorm';
import {
  type Coverage,
  type CoverageCompleteness,
  type CountryCoverage,
  type YearCoverage,
} from '../schema/coverage.types';

interface CountryRow {
  code: string | null;
  name: string | null;
  region: string | null;
  cases: number;
  laws: number;
  latest_decision: string | null;
  latest_case_added: Date | null;
  latest_law_added: Date | null;
  court: number;
  dated: number;
  articles: number;
  defendants: number;
  sentence: number;
}

/**
 * The coverage page: published cases and laws per State and per year, the latest record per State, and how
 * complete the cases are (README "Coverage"). Two statements, each one pass over the published records; the
 * row for every State together comes from the same pass (GROUPING SETS), so totals and rows always agree.
 */
export class CoverageService {
  constructor(private readonly dataSource: DataSource) {}

  async coverage(): Promise<Coverage> {
    const [rows, years] = await Promise.all([this.countryRows(), this.yearRows()]);
    const total = rows.find((r) => r.code === null);
    const byCountry = rows
      .filter((r) => r.code !== null)
      .map((r): CountryCoverage => ({
        code: r.code!,
        name: r.name ?? r.code!,
        region: r.region,
        caseCount: r.cases,
        lawCount: r.laws,
        latestDecisionDate: r.latest_decision,
        latestCaseAddedAt: r.latest_case_added,
        latestLawAddedAt: r.latest_law_added,
        completeness: completeness(r),
      }));
    return {
      caseCount: total?.cases ?? 0,
      lawCount: total?.laws ?? 0,
      completeness: completeness(total),
      byCountry,
      byYear: years,
    };
  }

  private countryRows(): Promise<CountryRow[]> {
    // A case is complete on "sentence" when a charge records one, or when every charge ended without conviction.
    return this.dataSource.query(
      `WITH case_rows AS (
         SELECT c.jurisdiction_code AS code, c.decision_date, coalesce(c.published_at, c.created_at) AS added,
                c.court_id IS NOT NULL AS court, c.decision_date IS NOT NULL AS dated,
                EXISTS (SELECT 1 FROM case_articles a WHERE a.case_id = c.id) AS articles,
                coalesce(o.defendants, false) AS defendants, coalesce(o.sentence, false) AS sentence
           FROM cases c
           LEFT JOIN LATERAL (
             SELECT count(d.id) > 0 AS defendants,
                    bool_or(ch.sentence_kind IS NOT NULL)
                      OR bool_and(coalesce(ch.verdict IN ('acquitted', 'dismissed'), false)) AS sentence
               FROM defendants d LEFT JOIN charges ch ON ch.defendant_id = d.id
              WHERE d.case_id = c.id
           ) o ON true
          WHERE c.status = 'PUBLISHED'
       ), case_counts AS (
         SELECT coalesce(code, '*') AS k, count(*)::int AS cases, max(decision_date)::text AS latest_decision,
                max(added) AS latest_case_added,
                count(*) FILTER (WHERE court)::int AS court, count(*) FILTER (WHERE dated)::int AS dated,
                count(*) FILTER (WHERE articles)::int AS articles, count(*) FILTER (WHERE defendants)::int AS defendants,
                count(*) FILTER (WHERE sentence)::int AS sentence
           FROM case_rows GROUP BY GROUPING SETS ((code), ())
       ), law_counts AS (
         SELECT coalesce(jurisdiction_code, '*') AS k, count(*)::int AS laws,
                max(coalesce(published_at, created_at)) AS latest_law_added
           FROM laws WHERE status = 'PUBLISHED' GROUP BY GROUPING SETS ((jurisdiction_code), ())
       )
       SELECT nullif(k, '*') AS code, j.name, j.region,
              coalesce(cc.cases, 0) AS cases, coalesce(lc.laws, 0) AS laws, cc.latest_decision, cc.latest_case_added,
              lc.latest_law_added, coalesce(cc.court, 0) AS court, coalesce(cc.dated, 0) AS dated,
              coalesce(cc.articles, 0) AS articles, coalesce(cc.defendants, 0) AS defendants,
              coalesce(cc.sentence, 0) AS sentence
         FROM case_counts cc FULL JOIN law_counts lc USING (k)
         LEFT JOIN jurisdictions j ON j.code = nullif(k, '*')
        ORDER BY k`,
    );
  }

  private yearRows(): Promise<YearCoverage[]> {
    return this.dataSource.query(
      `SELECT year, sum(cases)::int AS cases, sum(laws)::int AS laws FROM (
         SELECT extract(year FROM decision_date)::int AS year, 1 AS cases, 0 AS laws
           FROM cases WHERE status = 'PUBLISHED' AND decision_date IS NOT NULL
         UNION ALL
         SELECT extract(year FROM enacted_on)::int, 0, 1
           FROM laws WHERE status = 'PUBLISHED' AND enacted_on IS NOT NULL
       ) r GROUP BY year ORDER BY year`,
    );
  }
}

function completeness(r: CountryRow | undefined): CoverageCompleteness {
  const share = (n: number) => (r && r.cases > 0 ? n / r.cases : null);
  return {
    court: share(r?.court ?? 0),
    decisionDate: share(r?.dated ?? 0),
    articles: share(r?.articles ?? 0),
    defendants: share(r?.defendants ?? 0),
    sentence: share(r?.sentence ?? 0),
  };
}
