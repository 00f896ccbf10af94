import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { articleHref, caseHref, jurisdictionHref } from '../links';

const CooperationCasesDocument = graphql(`
  query CooperationCases($filter: CooperationCaseFilter, $first: Int, $after: String) {
    cooperationCases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        field
        values {
          value
          label
          count
        }
      }
      edges {
        cursor
        node {
          reference
          title
          decisionDate
          jurisdiction {
            code
            name
          }
          court {
            name
          }
          cooperation {
            type
            description
            counterpart {
              code
              name
            }
            legalBasis {
              id
              title
              instrument {
                code
              }
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
/** URL parameter of each facet: `/cooperation?form=extradition&counterpart=ITA&article=UNTOC-16&q=…`. */
const FACETS = [
  { field: 'form', param: 'form', title: 'Form of cooperation' },
  { field: 'counterpart', param: 'counterpart', title: 'Counterpart State' },
  { field: 'article', param: 'article', title: 'Article of the Convention' },
] as const;
const SHOWN_AT_FIRST = 8;

export const formLabel = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' ');

/**
 * The catalogue of cooperation cases: published cases whose extradition, mutual legal assistance, joint
 * investigation or other cooperation used the Convention as legal basis, filtered by form, counterpart and article.
 * The filters live in the URL, so every view of the catalogue can be cited.
 */
export function CooperationPage() {
  const [params, setParams] = useSearchParams();
  const chosen = { form: params.getAll('form'), counterpart: params.getAll('counterpart'), article: params.getAll('article') };
  const q = params.get('q') ?? '';
  const after = params.get('after') ?? undefined;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const textId = useId();
  useDocumentTitle('Cooperation cases');
  const filter = { forms: chosen.form, counterparts: chosen.counterpart, articles: chosen.article, q: q || null };
  const result = useGraphQL(CooperationCasesDocument, { filter, first: PAGE_SIZE, after }, { keepPrevious: true });
  const data = result.data?.cooperationCases;

  const change = (edit: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    next.delete('after'); // a new selection starts from its first page
    edit(next);
    setParams(next);
  };
  const toggle = (param: string, value: string) =>
    change((next) => {
      const values = next.getAll(param);
      next.delete(param);
      for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value]) next.append(param, v);
    });
  const facet = (field: string) => data?.facets.find((f) => f.field === field)?.values ?? [];

  return (
    <article className="record cooperation-page" aria-labelledby="record-title">
      <h1 id="record-title">Cooperation cases</h1>
      <p className="lead">
        Published cases in which States cooperated under the Organized Crime Convention: extradition (art. 16), mutual legal
        assistance (art. 18), joint investigations (art. 19), confiscation (art. 13), law enforcement cooperation (art. 27) and
        more. Choose forms, counterpart States and articles; the address of this page keeps the choice, so it can be cited.
      </p>
      <form
        className="search-controls"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          change((next) => (text.trim() ? next.set('q', text.trim()) : next.delete('q')));
        }}
      >
        <label htmlFor={textId}>Words of the case or of the cooperation</label>
        <input id={textId} type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      <div className="search-layout">
        <aside className="cooperation-filters" aria-label="Filters">
          <h2 className="sr-only">Filters</h2>
          {FACETS.map(({ field, param, title }) => (
            <FacetList key={field} field={field} title={title} values={facet(field)} selected={chosen[field]} onToggle={(v) => toggle(param, v)} />
          ))}
        </aside>
        <section aria-labelledby="cooperation-results" aria-busy={result.isFetching}>
          <h2 id="cooperation-results" className="results-heading" aria-live="polite">
            {data ? `${data.totalCount.toLocaleString('en')} ${data.totalCount === 1 ? 'case' : 'cases'}` : 'Cases'}
          </h2>
          {result.error && <ErrorMessage error={result.error} />}
          {!data && !result.error && <p className="hint" role="status">Loading…</p>}
          {data && data.edges.length === 0 && <p className="empty">No published case matches this choice.</p>}
          <ol className="cooperation-list">
            {data?.edges.map(({ cursor, node }) => {
              const acts = node.cooperation.filter((a) => a.legalBasis?.instrument.code === 'UNTOC');
              return (
                <li key={cursor} className="hit">
                  <p>
                    <Link to={caseHref(node.reference)}>
                      <strong>{node.title}</strong>
                    </Link>
                  </p>
                  <p className="hit-facts">
                    {node.reference} · <Link to={jurisdictionHref(node.jurisdiction.code)}>{node.jurisdiction.name}</Link>
                    {node.court && <> · {node.court.name}</>}
                    {node.decisionDate && <> · {node.decisionDate}</>}
                  </p>
                  <ul className="cooperation-acts">
                    {acts.map((a, i) => (
                      <li key={i}>
                        {formLabel(a.type)}
                        {a.counterpart && (
                          <>
                            {' '}
                            with <Link to={jurisdictionHref(a.counterpart.code)}>{a.counterpart.name}</Link>
                          </>
                        )}
                        {a.legalBasis && (
                          <>
                            {' '}
                            under{' '}
                            <Link to={articleHref(a.legalBasis.id)} title={a.legalBasis.title}>
                              {a.legalBasis.id.replace('UNTOC-', 'art. ')} of the Convention
                            </Link>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
          <nav aria-label="Pages" className="pagination">
            {after && (
              <Link to={`?${withoutParam(params, 'after')}`}>First page</Link>
            )}{' '}
            {data?.pageInfo.hasNextPage && data.pageInfo.endCursor && (
              <Link to={`?${withParam(params, 'after', data.pageInfo.endCursor)}`}>Next page</Link>
            )}
          </nav>
        </section>
      </div>
    </article>
  );
}

function withParam(params: URLSearchParams, key: string, value: string) {
  const next = new URLSearchParams(params);
  next.set(key, value);
  return next.toString();
}

function withoutParam(params: URLSearchParams, key: string) {
  const next = new URLSearchParams(params);
  next.delete(key);
  return next.toString();
}

interface FacetListProps {
  field: string;
  title: string;
  values: { value: string; label: string; count: number }[];
  selected: string[];
  onToggle: (value: string) => void;
}

/** A facet: a checkbox per value with its number of cases; the most frequent first, the rest on demand. */
function FacetList({ field, title, values, selected, onToggle }: FacetListProps) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const shown = expanded ? values : values.filter((v, i) => i < SHOWN_AT_FIRST || selected.includes(v.value));
  return (
    <fieldset className="facet" data-facet={field}>
      <legend>{title}</legend>
      {values.length === 0 && <p className="hint">No values for this choice.</p>}
      <ul id={listId}>
        {shown.map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" checked={selected.includes(v.value)} onChange={() => onToggle(v.value)} />
              <span className="facet-label">{v.label}</span>
              <span className="count">
                {v.count.toLocaleString('en')}
                <span className="sr-only"> cases</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > SHOWN_AT_FIRST && (
        <button type="button" className="link-button" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      )}
    </fieldset>
  );
}
