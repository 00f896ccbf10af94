import { type DataSource } from 'typeorm';
import { RequestDirection } from '../../entities';
import {
  type RequestStatistics, type RequestStatisticsFilter, type StatisticsCount, StatisticsView, type StatisticsYearCount,
} from '../../schema/request-statistics.types';
import { badInput, forbidden } from '../errors';
import { type ReferenceService } from '../reference.service';
import { SqlParams } from '../sql';
import { type Viewer } from '../viewer';
import { requestAccess } from './request-access';

/** Cells under this count are suppressed in the public view. */
export const SUPPRESSION_THRESHOLD = 5;
/** Public counts of 5 and more are rounded to a multiple of this base (totals too). */
export const ROUNDING_BASE = 5;
/** Public percentiles of time to completion need at least this many completed requests. */
export const PERCENTILE_MINIMUM = 10;
/** The value standing, in the public view, for every value of a breakdown whose count is withheld. */
export const SUPPRESSED = 'SUPPRESSED';
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

type Dimension = 'total' | 'year' | 'country' | 'outcome' | 'kind' | 'crimeType' | 'refusalGround' | 'legalBasis' | 'completion';
interface Row { dim: Dimension; value: string; n: string; median: string | null; p90: string | null }

/**
 * requestStatistics: figures on the register computed in one SQL statement over counts a trigger keeps (no
 * row-by-row work in JS).
 * The counts are kept per State, year and value by a trigger (request_statistics_cells), so the cost does not
 * grow with the register. A request counts once it is sent (outgoing) or received (incoming): drafts never count. Its year is the year
 * it was sent (outgoing) or received (incoming); its counterpart is the other State.
 *
 * Who sees what: an authority account its own State's figures; the secretariat any State's and the aggregate
 * across States, exact; everyone else only the aggregate, where every count from 1 to 4 is suppressed and every
 * other count — totals included — is rounded to the nearest multiple of 5, so that no cell can be recovered by
 * subtracting published figures from a published total (README "Casework").
 */
export class RequestStatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  async statistics(viewer: Viewer, filter: RequestStatisticsFilter | null | undefined): Promise<RequestStatistics> {
    const { country, yearFrom, yearTo } = await this.checkFilter(filter);
    const access = await requestAccess(this.dataSource, viewer);
    let view: StatisticsView;
    let state: string | null = null;
    if (access.state) {
      if (country && country !== access.state) {
        throw forbidden(`An authority account reads its own State's figures (${access.state}), not those of ${country}`);
      }
      view = StatisticsView.STATE;
      state = access.state;
    } else if (access.readsAll) {
      view = country ? StatisticsView.STATE : StatisticsView.AGGREGATE;
      state = country;
    } else {
      if (country) {
        throw forbidden(
          "One State's figures are read by its authority accounts and the secretariat; the public sees the aggregate across States (omit filter.country)",
        );
      }
      view = StatisticsView.PUBLIC_AGGREGATE;
    }
    const rows = await this.query(state, yearFrom, yearTo);
    return this.shape(view, state, rows);
  }

  private async checkFilter(filter: RequestStatisticsFilter | null | undefined) {
    const country = filter?.country != null ? (await this.reference.countryCodes('filter.country', [filter.country]))![0] : null;
    const year = (field: string, value: number | null | undefined) => {
      if (value == null) return null;
      if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
        throw badInput(field, value, `a year from ${YEAR_MIN} to ${YEAR_MAX}`);
      }
      return value;
    };
    const yearFrom = year('filter.yearFrom', filter?.yearFrom);
    const yearTo = year('filter.yearTo', filter?.yearTo);
    if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
      throw badInput('filter.yearTo', yearTo, `a year not before filter.yearFrom (${yearFrom})`);
    }
    return { country, yearFrom, yearTo };
  }

  /**
   * One statement over request_statistics_cells (kept by a trigger on cooperation_requests, migration
   * 1795950000000): counts per State, year and value, summed over the States and years asked for, and the
   * 50th and 90th percentiles of days to completion from its histogram (interpolated as percentile_cont does).
   * The cost depends on the States, years and values, not on the number of requests.
   */
  private async query(state: string | null, yearFrom: number | null, yearTo: number | null): Promise<Row[]> {
    const params = new SqlParams();
    // '*' holds every State's requests together (see the migration).
    const where = [`c.owner_state = ${params.add(state ?? '*')}`];
    if (yearFrom !== null) where.push(`c.year >= ${params.add(yearFrom)}`);
    if (yearTo !== null) where.push(`c.year BETWEEN 1 AND ${params.add(yearTo)}`);
    const sql = `
      WITH cells AS (
        SELECT CASE WHEN c.dimension = 'year' THEN c.year || ':' || c.value ELSE c.value END AS value, c.dimension, sum(c.n) AS n
        FROM request_statistics_cells c
        WHERE ${where.join(' AND ')}
        GROUP BY 1, 2
        HAVING sum(c.n) > 0
      ),
      days AS (
        SELECT value::int AS d, n, sum(n) OVER (ORDER BY value::int) AS upto FROM cells WHERE dimension = 'days'
      ),
      completed AS (SELECT COALESCE(sum(n), 0) AS total FROM days),
      ranks AS (
        SELECT p, (total - 1) * p AS k,
               (SELECT d FROM days WHERE upto > floor((total - 1) * p) ORDER BY d LIMIT 1) AS lo,
               (SELECT d FROM days WHERE upto > ceil((total - 1) * p) ORDER BY d LIMIT 1) AS hi
        FROM completed, (VALUES (0.5), (0.9)) AS ps(p) WHERE total > 0
      )
      SELECT dimension AS dim, value, n, NULL::float8 AS median, NULL::float8 AS p90 FROM cells WHERE dimension NOT IN ('days', 'total')
      UNION ALL
      SELECT 'total', '', COALESCE((SELECT n FROM cells WHERE dimension = 'total'), 0), NULL, NULL
      UNION ALL
      SELECT 'completion', '', (SELECT total FROM completed),
             (SELECT lo + (hi - lo) * (k - floor(k)) FROM ranks WHERE p = 0.5),
             (SELECT lo + (hi - lo) * (k - floor(k)) FROM ranks WHERE p = 0.9)`;
    return this.dataSource.query(sql, params.values);
  }

  private async shape(view: StatisticsView, state: string | null, rows: Row[]): Promise<RequestStatistics> {
    const isPublic = view === StatisticsView.PUBLIC_AGGREGATE;
    const { countries, crimeTypes } = await this.reference.labels();
    const publish = (n: number): { count: number | null; suppressed: boolean } => {
      if (!isPublic || n === 0) return { count: n, suppressed: false };
      if (n < SUPPRESSION_THRESHOLD) return { count: null, suppressed: true };
      return { count: Math.round(n / ROUNDING_BASE) * ROUNDING_BASE, suppressed: false };
    };
    let anySuppressed = false;
    // Public view: the values under the threshold are not named. Each breakdown lists its published cells and,
    // if any value was withheld, one cell SUPPRESSED standing for all of them, without a count; a year with
    // withheld figures is left out. So the public learns neither which States, grounds or crime types have a
    // request or two, nor how many.
    const cells = (dim: Dimension, labels?: ReadonlyMap<string, string>): StatisticsCount[] => {
      const all = rows
        .filter((r) => r.dim === dim)
        .map((r) => ({ value: r.value.trim(), label: labels?.get(r.value.trim()) ?? null, ...publish(Number(r.n)) }))
        .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.value.localeCompare(b.value));
      const shown = all.filter((c) => !c.suppressed);
      if (shown.length === all.length) return shown;
      anySuppressed = true;
      return [...shown, { value: SUPPRESSED, label: null, count: null, suppressed: true }];
    };
    const byYear: StatisticsYearCount[] = rows
      .filter((r) => r.dim === 'year')
      .map((r) => {
        const [year, direction] = r.value.split(':');
        return { year: Number(year), direction: direction as RequestDirection, ...publish(Number(r.n)) };
      })
      .filter((y) => {
        if (y.suppressed) anySuppressed = true;
        return !y.suppressed;
      })
      .sort((a, b) => a.year - b.year || a.direction.localeCompare(b.direction));
    const total = publish(Number(rows.find((r) => r.dim === 'total')?.n ?? 0));
    const completion = rows.find((r) => r.dim === 'completion');
    const completed = Number(completion?.n ?? 0);
    const showPercentiles = completed > 0 && (!isPublic || completed >= PERCENTILE_MINIMUM);
    const day = (v: string | null | undefined) => (v == null ? null : Math.round(Number(v) * 10) / 10);
    const byCountry = cells('country', countries);
    const byOutcome = cells('outcome');
    const byKind = cells('kind');
    const byCrimeType = cells('crimeType', crimeTypes);
    const byRefusalGround = cells('refusalGround');
    const byLegalBasis = cells('legalBasis');
    return {
      view,
      country: state,
      total: total.count,
      totalSuppressed: total.suppressed,
      anySuppressed: anySuppressed || total.suppressed,
      byYear,
      byCountry,
      byOutcome,
      byKind,
      byCrimeType,
      byRefusalGround,
      byLegalBasis,
      completedCount: publish(completed).count,
      medianDaysToCompletion: showPercentiles ? day(completion?.median) : null,
      p90DaysToCompletion: showPercentiles ? day(completion?.p90) : null,
    };
  }
}
