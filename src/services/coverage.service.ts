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
 * complete the cases are (README "Coverage"). Read from two materialized aggregates (migration
 * 1796000000510-CoverageAggregate: one pass over the published records, the row for every State together from the
 * same pass, GROUPING SETS), refreshed on the first read after a case or law changed.
 */
export class CoverageService {
  constructor(private readonly dataSource: DataSource) {}

  async coverage(): Promise<Coverage> {
    await this.refreshIfChanged();
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

  /**
   * Refreshes the aggregates when a case or law changed since they were last refreshed. One request refreshes
   * (an advisory lock); others meanwhile read the previous figures, which REFRESH … CONCURRENTLY leaves readable.
   */
  private async refreshIfChanged(): Promise<void> {
    const [{ stale }] = await this.dataSource.query(
      `SELECT s.last_value > r.seen AS stale FROM coverage_changes s, coverage_refreshes r`,
    );
    if (!stale) return;
    await this.dataSource.transaction(async (tx) => {
      const [{ locked }] = await tx.query(`SELECT pg_try_advisory_xact_lock(hashtext('coverage_refresh')) AS locked`);
      if (!locked) return;
      const [{ last }] = await tx.query(`SELECT last_value AS last FROM coverage_changes`);
      await tx.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY coverage_by_state`);
      await tx.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY coverage_by_year`);
      await tx.query(`UPDATE coverage_refreshes SET seen = $1`, [last]);
    });
  }

  private countryRows(): Promise<CountryRow[]> {
    return this.dataSource.query(
      `SELECT nullif(k, '*') AS code, j.name, j.region, s.cases, s.laws, s.latest_decision, s.latest_case_added,
              s.latest_law_added, s.court, s.dated, s.articles, s.defendants, s.sentence
         FROM coverage_by_state s LEFT JOIN jurisdictions j ON j.code = nullif(k, '*')
        ORDER BY k`,
    );
  }

  private yearRows(): Promise<YearCoverage[]> {
    return this.dataSource.query(`SELECT year, cases, laws FROM coverage_by_year ORDER BY year`);
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
