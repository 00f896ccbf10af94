import { scaleBand, scaleLinear } from 'd3-scale';
import { type FacetValue } from './FacetPanel';

const WIDTH = 420;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 8, bottom: 24, left: 32 };

interface Props {
  /** Year facet: "2014" → number of matching records. */
  years: FacetValue[];
  from: number | null;
  to: number | null;
  onSelectYear: (year: number) => void;
  /** What the bars count (default: records matching the search). */
  caption?: string;
  noun?: string;
}

/**
 * Matching records per year as bars, every year between the first and the last shown (empty years too); clicking a
 * bar narrows the search to that year. Screen readers get the same numbers as a table; the year range is typed in
 * the Year filter.
 */
export function YearChart({ years, from, to, onSelectYear, caption = 'Records per year', noun = 'matching' }: Props) {
  const counts = new Map(years.filter((y) => /^\d{4}$/.test(y.value)).map((y) => [Number(y.value), y.count]));
  if (counts.size === 0) {
    return (
      <figure className="year-chart">
        <figcaption>{caption}</figcaption>
        <p className="hint">No dated records.</p>
      </figure>
    );
  }
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => ({ year, count: counts.get(year) ?? 0 }));
  const max = Math.max(...all.map((y) => y.count));
  const x = scaleBand<number>()
    .domain(all.map((y) => y.year))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const labelEvery = Math.ceil(all.length / 8);
  const inRange = (year: number) => (from === null || year >= from) && (to === null || year <= to);

  return (
    <figure className="year-chart">
      <figcaption>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="chart-svg">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="gridline" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="axis-label">
              {tick}
            </text>
          </g>
        ))}
        {all.map((d, i) => (
          <g key={d.year} className={`bar${inRange(d.year) ? '' : ' outside'}`} onClick={d.count > 0 ? () => onSelectYear(d.year) : undefined}>
            <rect x={x(d.year)} width={x.bandwidth()} y={MARGIN.top} height={HEIGHT - MARGIN.bottom - MARGIN.top} className="bar-hit" />
            <rect x={x(d.year)} width={x.bandwidth()} y={y(d.count)} height={y(0) - y(d.count)} className="bar-value" />
            <title>{`${d.year}: ${d.count} ${noun}`}</title>
            {i % labelEvery === 0 && (
              <text x={(x(d.year) ?? 0) + x.bandwidth() / 2} y={HEIGHT - 6} textAnchor="middle" className="axis-label">
                {d.year}
              </text>
            )}
          </g>
        ))}
      </svg>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Records</th>
          </tr>
        </thead>
        <tbody>
          {all
            .filter((d) => d.count > 0)
            .map((d) => (
              <tr key={d.year}>
                <td>{d.year}</td>
                <td>{d.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
