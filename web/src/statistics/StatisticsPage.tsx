import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { authToken, execute } from '../api/client';
import { downloadWithSession } from '../api/download';
import { useGraphQL } from '../api/use-query';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { type RequestStatisticsPageQuery } from '../gql/graphql';
import { humanize } from '../labels';
import { GROUND_LABELS, KIND_LABELS, LEGAL_BASIS_LABELS, OUTCOME_LABELS } from '../requests/request-labels';
import { StatesDocument } from '../requests/requests.operations';
import { WorldMap } from '../search/WorldMap';
import { BarTable, type BarRow } from './BarTable';
import { RequestStatisticsDocument } from './statistics.operations';
import { VolumeChart } from './VolumeChart';

type Statistics = RequestStatisticsPageQuery['requestStatistics'];
type Cell = Statistics['byCountry'][number];

const FEWER_THAN_5 = 'fewer than 5';
const yearParam = (value: string | null) => (value && /^\d{1,4}$/.test(value) ? Number(value) : null);

/**
 * /statistics: the figures of the request register as charts, each readable as a table. What it shows follows the
 * viewer, as the API decides: the public the aggregate across States (small counts withheld, others rounded), an
 * authority its own State, the secretariat any State or the aggregate. Filters live in the URL.
 */
export function StatisticsPage() {
  useDocumentTitle('Statistics on requests');
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const secretariat = user?.role === 'SECRETARIAT';
  const country = secretariat ? (params.get('country') ?? '').toUpperCase() || null : null;
  const yearFrom = yearParam(params.get('from'));
  const yearTo = yearParam(params.get('to'));
  const filter = { country, yearFrom, yearTo };
  const token = authToken();
  const stats = useQuery({
    queryKey: ['request-statistics', token, filter],
    queryFn: ({ signal }) => execute(RequestStatisticsDocument, { filter }, signal),
  });
  const states = useGraphQL(StatesDocument, {}, { enabled: Boolean(user) });
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const [name, value] of [
      ['country', form.get('country')],
      ['from', form.get('from')],
      ['to', form.get('to')],
    ] as const) {
      if (typeof value === 'string' && value.trim()) next.set(name, value.trim());
    }
    setParams(next);
  };

  const csvQuery = new URLSearchParams();
  if (country) csvQuery.set('country', country);
  if (yearFrom !== null) csvQuery.set('yearFrom', String(yearFrom));
  if (yearTo !== null) csvQuery.set('yearTo', String(yearTo));
  const csvHref = `/statistics.csv${csvQuery.size ? `?${csvQuery}` : ''}`;

  const s = stats.data?.requestStatistics;
  const stateName = (code: string | null | undefined) =>
    code ? (states.data?.jurisdictions.find((j) => j.code === code)?.name ?? code) : null;
  return (
    <article className="record statistics-page" aria-labelledby="record-title">
      <h1 id="record-title">Statistics on requests</h1>
      <p className="lead">
        Requests for mutual legal assistance and extradition recorded by the central authorities in the portal: how many
        were sent and received each year, with which States, for which offences, on which legal basis, how they ended
        and how long they took.
      </p>

      <form className="statistics-filters" onSubmit={onSubmit} aria-label="Filter the figures" key={params.toString()}>
        {secretariat && (
          <div className="field">
            <label htmlFor="stat-country">State</label>
            <select id="stat-country" name="country" defaultValue={country ?? ''}>
              <option value="">All States together</option>
              {states.data?.jurisdictions.map((j) => (
                <option key={j.code} value={j.code}>
                  {j.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="stat-from">From year</label>
          <input
            id="stat-from"
            name="from"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={yearFrom ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="stat-to">To year</label>
          <input
            id="stat-to"
            name="to"
            type="number"
            inputMode="numeric"
            min={1900}
            max={2100}
            defaultValue={yearTo ?? ''}
          />
        </div>
        <button type="submit">Show</button>
      </form>

      {stats.error && <ErrorMessage error={stats.error} />}
      {stats.isPending && (
        <p className="hint" role="status">
          Loading…
        </p>
      )}
      {s && (
        <>
          <p className="statistics-view" role="status">
            {describeView(s, stateName(s.country), yearFrom, yearTo)}
          </p>
          <p>
            <a
              href={csvHref}
              download
              onClick={(event) => {
                if (!authToken()) return; // the public figures need no session: the link downloads them as it is
                event.preventDefault();
                setDownloadError(null);
                downloadWithSession(csvHref, 'request-statistics.csv').catch(setDownloadError);
              }}
            >
              Download these figures as CSV
            </a>
          </p>
          {downloadError !== null && <ErrorMessage error={downloadError} />}
          {s.view === 'PUBLIC_AGGREGATE' && <SuppressionNotice anySuppressed={s.anySuppressed} />}
          <Figures s={s} />
        </>
      )}
    </article>
  );
}

function describeView(s: Statistics, stateName: string | null, from: number | null, to: number | null): string {
  const years =
    from !== null && to !== null
      ? `, ${from} to ${to}`
      : from !== null
        ? `, from ${from}`
        : to !== null
          ? `, up to ${to}`
          : ', all years';
  const whose =
    s.view === 'STATE'
      ? `The requests of ${stateName ?? s.country}, exact figures`
      : s.view === 'AGGREGATE'
        ? 'The requests of every State together, exact figures'
        : 'The requests of every State together, as published to everyone';
  return `${whose}${years}.`;
}

function SuppressionNotice({ anySuppressed }: { anySuppressed: boolean }) {
  return (
    <section className="suppression-notice" aria-labelledby="suppression-heading">
      <h2 id="suppression-heading">How these figures protect small numbers</h2>
      <p>
        These are the figures of every State's register added together; one State's figures are read only by its own
        authorities and the secretariat. No count under 5 is published: in each list, the values with 1 to 4 requests
        are pooled in one line marked "{FEWER_THAN_5}", without naming them, and a year with such a count is left out of
        the yearly chart. Every other count, totals included, is rounded to the nearest multiple of 5, so the lines may
        not add up to the total and a withheld count cannot be worked out by subtraction. Times to completion are
        published from 10 completed requests.
      </p>
      <p>{anySuppressed ? 'Some figures below are withheld under this rule.' : 'No figure below is withheld.'}</p>
    </section>
  );
}

function Figures({ s }: { s: Statistics }) {
  const publicView = s.view === 'PUBLIC_AGGREGATE';
  const figure = (n: number | null, suppressed: boolean) =>
    suppressed || n === null ? FEWER_THAN_5 : n.toLocaleString('en');
  const rows = (cells: Cell[], label: (c: Cell) => string): BarRow[] =>
    cells.map((c) => ({
      key: c.value,
      label: c.suppressed ? 'Others (each with fewer than 5 requests, not named)' : label(c),
      value: c.suppressed ? null : c.count,
      text: c.suppressed ? `${FEWER_THAN_5} each` : figure(c.count, false),
    }));
  const days = (n: number | null | undefined) => (n == null ? null : `${n.toLocaleString('en')} days`);
  // Percentiles are withheld publicly below 10 completed requests (the count itself may read 10 once rounded).
  const noTime =
    s.completedCount === 0
      ? 'no completed request'
      : publicView
        ? 'not published: fewer than 10 completed requests'
        : 'no completed request';
  const mapped = s.byCountry
    .filter((c) => !c.suppressed && c.count !== null)
    .map((c) => ({ value: c.value, label: c.label ?? c.value, count: c.count! }));
  return (
    <>
      <section className="record-section" aria-labelledby="stat-volume">
        <h2 id="stat-volume">Volume</h2>
        <dl className="facts stat-totals">
          <dt>Requests counted</dt>
          <dd>{figure(s.total, s.totalSuppressed)}</dd>
          <dt>Completed, with both dates known</dt>
          <dd>{s.completedCount === null ? FEWER_THAN_5 : s.completedCount.toLocaleString('en')}</dd>
        </dl>
        <VolumeChart
          years={s.byYear
            .filter((y) => !y.suppressed)
            .map((y) => ({ year: y.year, direction: y.direction, count: y.count }))}
          missing={publicView ? 'none or fewer than 5' : '0'}
          note={publicView ? 'Years with a count under 5 in a direction show no bar for it.' : undefined}
        />
      </section>

      <section className="record-section" aria-labelledby="stat-countries">
        <h2 id="stat-countries">Counterpart States</h2>
        <p className="hint">The State asked (for requests sent) or asking (for requests received).</p>
        <WorldMap
          counts={mapped}
          selected={[]}
          counted="requests"
          uncounted={publicView ? 'none, or fewer than 5 (not shown)' : 'none'}
          caption="Requests by counterpart State"
        />
        <BarTable
          caption="Requests by counterpart State"
          valueHeading="Requests"
          rows={rows(s.byCountry, (c) => c.label ?? c.value)}
          empty="No request."
        />
      </section>

      <section className="record-section" aria-labelledby="stat-outcomes">
        <h2 id="stat-outcomes">Outcomes</h2>
        <BarTable
          caption="Requests by outcome"
          valueHeading="Requests"
          rows={rows(s.byOutcome, (c) => OUTCOME_LABELS[c.value] ?? humanize(c.value))}
          empty="No request."
        />
        <BarTable
          caption="Requests by kind"
          valueHeading="Requests"
          rows={rows(s.byKind, (c) => KIND_LABELS[c.value] ?? humanize(c.value))}
          empty="No request."
        />
      </section>

      <section className="record-section" aria-labelledby="stat-offences">
        <h2 id="stat-offences">Offences</h2>
        <p className="hint">A request concerning offences of several crime types counts under each.</p>
        <BarTable
          caption="Requests by crime type"
          valueHeading="Requests"
          rows={rows(s.byCrimeType, (c) => c.label ?? humanize(c.value))}
          empty="No offence recorded."
        />
      </section>

      <section className="record-section" aria-labelledby="stat-time">
        <h2 id="stat-time">Time to completion</h2>
        <p className="hint">Days from sending (outgoing) or receipt (incoming) to completion.</p>
        <BarTable
          caption="Days to completion"
          valueHeading="Days"
          empty="No completed request."
          rows={[
            {
              key: 'median',
              label: 'Median',
              value: s.medianDaysToCompletion ?? null,
              text: days(s.medianDaysToCompletion) ?? noTime,
            },
            {
              key: 'p90',
              label: '90th percentile',
              value: s.p90DaysToCompletion ?? null,
              text: days(s.p90DaysToCompletion) ?? noTime,
            },
          ]}
        />
      </section>

      <section className="record-section" aria-labelledby="stat-refusals">
        <h2 id="stat-refusals">Refusal grounds</h2>
        <p className="hint">
          A request refused on several grounds counts under each (arts. 16 and 18(21) of the Convention).
        </p>
        <BarTable
          caption="Refused requests by ground"
          valueHeading="Requests"
          rows={rows(s.byRefusalGround, (c) => GROUND_LABELS[c.value] ?? humanize(c.value))}
          empty="No refusal."
        />
      </section>

      <section className="record-section" aria-labelledby="stat-basis">
        <h2 id="stat-basis">Legal basis</h2>
        <BarTable
          caption="Requests by legal basis"
          valueHeading="Requests"
          rows={rows(s.byLegalBasis, (c) => LEGAL_BASIS_LABELS[c.value] ?? humanize(c.value))}
          empty="No request."
        />
      </section>
    </>
  );
}
