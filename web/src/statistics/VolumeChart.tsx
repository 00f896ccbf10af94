import { scaleBand, scaleLinear } from 'd3-scale';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 10, right: 8, bottom: 24, left: 36 };

export interface YearVolume {
  year: number;
  direction: 'OUTGOING' | 'INCOMING';
  count: number | null;
}

/**
 * Requests sent and received per year as paired bars, with the same figures in a table for screen readers (and a
 * title on each bar). A year and direction without a figure shows no bar and reads as `missing` (0, or withheld).
 */
export function VolumeChart({ years, note, missing = '0' }: { years: YearVolume[]; note?: string; missing?: string }) {
  const byYear = new Map<number, { out: number | null; in: number | null }>();
  for (const y of years) {
    const row = byYear.get(y.year) ?? { out: null, in: null };
    if (y.direction === 'OUTGOING') row.out = y.count;
    else row.in = y.count;
    byYear.set(y.year, row);
  }
  if (byYear.size === 0) {
    return (
      <figure className="stat-chart">
        <figcaption>Requests sent and received per year</figcaption>
        <p className="hint">No year to show.</p>
      </figure>
    );
  }
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const all = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => ({
    year,
    ...(byYear.get(year) ?? { out: null, in: null }),
  }));
  const max = Math.max(1, ...all.flatMap((d) => [d.out ?? 0, d.in ?? 0]));
  const x = scaleBand<number>()
    .domain(all.map((d) => d.year))
    // A few years keep bars of a readable width instead of filling the chart.
    .range([MARGIN.left, Math.min(WIDTH - MARGIN.right, MARGIN.left + all.length * 64)])
    .padding(0.2);
  const half = x.bandwidth() / 2;
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const labelEvery = Math.ceil(all.length / 10);
  const figure = (n: number | null) => (n === null ? missing : n.toLocaleString('en'));
  return (
    <figure className="stat-chart">
      <figcaption>
        Requests sent and received per year <span className="legend-key legend-out" aria-hidden="true" />{' '}
        <span className="hint">sent (outgoing)</span> <span className="legend-key legend-in" aria-hidden="true" />{' '}
        <span className="hint">received (incoming)</span>
      </figcaption>
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
          <g key={d.year}>
            {d.out !== null && (
              <rect x={x(d.year)} width={half} y={y(d.out)} height={y(0) - y(d.out)} className="volume-out">
                <title>{`${d.year}: ${figure(d.out)} sent`}</title>
              </rect>
            )}
            {d.in !== null && (
              <rect x={(x(d.year) ?? 0) + half} width={half} y={y(d.in)} height={y(0) - y(d.in)} className="volume-in">
                <title>{`${d.year}: ${figure(d.in)} received`}</title>
              </rect>
            )}
            {i % labelEvery === 0 && (
              <text x={(x(d.year) ?? 0) + half} y={HEIGHT - 6} textAnchor="middle" className="axis-label">
                {d.year}
              </text>
            )}
          </g>
        ))}
      </svg>
      {note && <p className="hint">{note}</p>}
      <table className="sr-only">
        <caption>Requests sent and received per year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Sent (outgoing)</th>
            <th scope="col">Received (incoming)</th>
          </tr>
        </thead>
        <tbody>
          {all
            .filter((d) => d.out !== null || d.in !== null)
            .map((d) => (
              <tr key={d.year}>
                <th scope="row">{d.year}</th>
                <td>{figure(d.out)}</td>
                <td>{figure(d.in)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}
