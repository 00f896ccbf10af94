import { type ReactNode } from 'react';

export interface BarRow {
  key: string;
  label: ReactNode;
  /** The figure; null when withheld. */
  value: number | null;
  /** How the figure reads ("12", "34.5 days", "fewer than 5"). */
  text: string;
}

/**
 * A horizontal bar chart that is its own text alternative: a table whose rows name each value and give its figure
 * in words, with the bar beside it for the eye (hidden from screen readers, which read the figure).
 */
export function BarTable({
  caption,
  rows,
  valueHeading,
  empty,
}: {
  caption: string;
  rows: BarRow[];
  valueHeading: string;
  empty: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  return (
    <figure className="stat-chart">
      <table className="bar-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">
              <span className="sr-only">Bar</span>
            </th>
            <th scope="col" className="num">
              {valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3} className="hint">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.key} className={r.value === null ? 'withheld' : undefined}>
                <th scope="row">{r.label}</th>
                <td className="bar-cell" aria-hidden="true">
                  <span className="bar-track">
                    {r.value !== null && <span className="bar-fill" style={{ width: `${(100 * r.value) / max}%` }} />}
                  </span>
                </td>
                <td className="num">{r.text}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </figure>
  );
}
