import { Link } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { graphql } from '../gql';
import { type SentencingFilter } from '../gql/graphql';
import { plural } from '../labels';
import { crimeTypeHref, jurisdictionHref } from '../links';

export const SentencingFiguresFragmentDoc = graphql(`
  fragment SentencingFigures on SentencingDistribution {
    defendants
    count
    medianMonths
    lowerQuartileMonths
    upperQuartileMonths
    minMonths
    maxMonths
    acquittals
    suspended
    nonCustodial
    life
    death
    sentenceNotRecorded
  }
`);

const SentencingDocument = graphql(`
  query Sentencing($filter: SentencingFilter, $byCountry: Boolean!, $byCrimeType: Boolean!) {
    sentencing(filter: $filter) {
      ...SentencingFigures
      byCountry @include(if: $byCountry) {
        code
        label
        ...SentencingFigures
      }
      byCrimeType @include(if: $byCrimeType) {
        code
        label
        ...SentencingFigures
      }
    }
  }
`);

interface Figures {
  defendants: number;
  count: number;
  medianMonths?: number | null;
  lowerQuartileMonths?: number | null;
  upperQuartileMonths?: number | null;
  minMonths?: number | null;
  maxMonths?: number | null;
  acquittals: number;
  suspended: number;
  nonCustodial: number;
  life: number;
  death: number;
  sentenceNotRecorded: number;
}

/** Months as a reader says them: "42 months (3 years 6 months)"; quartiles may fall between whole months. */
export function monthsLabel(months: number | null | undefined): string {
  if (months == null) return '—';
  const rounded = Math.round(months * 10) / 10;
  const text = `${rounded.toLocaleString('en')} ${rounded === 1 ? 'month' : 'months'}`;
  if (rounded < 12) return text;
  const years = Math.floor(rounded / 12);
  const rest = Math.round(rounded - years * 12);
  return `${text} (${plural(years, 'year')}${rest ? ` ${plural(rest, 'month')}` : ''})`;
}

function apart(f: Figures): string {
  const parts = [
    plural(f.acquittals, 'acquittal'),
    `${f.suspended} suspended`,
    `${f.nonCustodial} non-custodial`,
    `${f.life} life`,
    ...(f.death ? [`${f.death} death`] : []),
  ];
  return parts.join(', ');
}

interface Props {
  filter: SentencingFilter;
  /** Which breakdown to show under the figures. */
  breakdown: 'country' | 'crimeType';
  /** Who the figures are about, for the text ("cases of Italy"). */
  subject: string;
}

/**
 * Prison terms imposed per defendant in the published cases of a crime type, article or State: median, quartiles
 * and range of the custodial terms, with what is not comparable counted apart, then the same by State or crime type.
 */
export function SentencingFigures({ filter, breakdown, subject }: Props) {
  const { data, error, isPending } = useGraphQL(SentencingDocument, {
    filter,
    byCountry: breakdown === 'country',
    byCrimeType: breakdown === 'crimeType',
  });
  const s = data?.sentencing;
  const rows = (breakdown === 'country' ? s?.byCountry : s?.byCrimeType) ?? [];
  return (
    <section className="record-section" aria-labelledby="sentencing">
      <h2 id="sentencing">Sentencing</h2>
      <p className="hint">
        Prison terms imposed on each defendant in the published {subject}, in months: for each defendant, the longest
        custodial term among the charges on which the defendant was convicted. Acquittals, wholly suspended terms,
        non-custodial sentences (fines, confiscation, community service) and life or death sentences are not comparable
        terms: they are counted apart and left out of the median, quartiles and range.
      </p>
      {error ? (
        <ErrorMessage error={error} />
      ) : isPending || !s ? (
        <p className="hint">Loading…</p>
      ) : s.defendants === 0 ? (
        <p className="hint">No sentence is recorded in these cases yet.</p>
      ) : (
        <>
          <dl className="facts sentencing-figures">
            <div>
              <dt>Custodial terms</dt>
              <dd>{plural(s.count, 'defendant')}</dd>
            </div>
            <div>
              <dt>Median</dt>
              <dd>{monthsLabel(s.medianMonths)}</dd>
            </div>
            <div>
              <dt>Middle half (quartiles)</dt>
              <dd>
                {s.count > 0 ? `${monthsLabel(s.lowerQuartileMonths)} to ${monthsLabel(s.upperQuartileMonths)}` : '—'}
              </dd>
            </div>
            <div>
              <dt>Range</dt>
              <dd>{s.count > 0 ? `${monthsLabel(s.minMonths)} to ${monthsLabel(s.maxMonths)}` : '—'}</dd>
            </div>
            <div>
              <dt>Counted apart</dt>
              <dd>{apart(s)}</dd>
            </div>
            {s.sentenceNotRecorded > 0 && (
              <div>
                <dt>Convicted, sentence not recorded</dt>
                <dd>{plural(s.sentenceNotRecorded, 'defendant')}</dd>
              </div>
            )}
          </dl>
          {rows.length > 0 && (
            <div className="table-scroll">
              <table className="sentencing-table">
                <caption>{breakdown === 'country' ? 'By State' : 'By crime type'} (terms in months)</caption>
                <thead>
                  <tr>
                    <th scope="col">{breakdown === 'country' ? 'State' : 'Crime type'}</th>
                    <th scope="col">Custodial terms</th>
                    <th scope="col">Median</th>
                    <th scope="col">Quartiles</th>
                    <th scope="col">Range</th>
                    <th scope="col">Counted apart</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.code}>
                      <th scope="row">
                        <Link
                          to={breakdown === 'country' ? jurisdictionHref(r.code ?? '') : crimeTypeHref(r.code ?? '')}
                        >
                          {r.label}
                        </Link>
                      </th>
                      <td>{r.count}</td>
                      <td>{r.medianMonths ?? '—'}</td>
                      <td>{r.count > 0 ? `${r.lowerQuartileMonths}–${r.upperQuartileMonths}` : '—'}</td>
                      <td>{r.count > 0 ? `${r.minMonths}–${r.maxMonths}` : '—'}</td>
                      <td>{apart(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
