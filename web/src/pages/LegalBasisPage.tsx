import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useGraphQL } from '../api/use-query';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { graphql } from '../gql';
import { type CooperationKind } from '../gql/graphql';
import { COOPERATION_KIND_CODES, cooperationKindLabel } from '../labels';
import { articleHref, jurisdictionHref, treatyHref } from '../links';

const LegalBasisStatesDocument = graphql(`
  query LegalBasisStates {
    jurisdictions {
      code
      name
    }
  }
`);

const LegalBasisDocument = graphql(`
  query LegalBasis($requesting: String!, $requested: String!, $kind: CooperationKind!) {
    legalBasis(requesting: $requesting, requested: $requested, kind: $kind) {
      kind
      requesting {
        code
        name
      }
      requested {
        code
        name
      }
      options {
        basis
        explanation
        treaty {
          reference
          title
        }
        article {
          id
          title
        }
      }
      excluded {
        basis
        explanation
        treaty {
          reference
          title
        }
        article {
          id
          title
        }
      }
      warnings
    }
  }
`);

const BASIS_LABELS: Record<string, string> = {
  TREATY: 'Treaty',
  CONVENTION: 'Organized Crime Convention',
  RECIPROCITY: 'Reciprocity',
  DOMESTIC_LAW: "Requested State's domestic law",
};

/**
 * The legal basis for a request: a practitioner picks the requesting State, the requested State and the kind of
 * cooperation; the choice lives in the URL (`/legal-basis?from=ITA&to=NGA&kind=MUTUAL_LEGAL_ASSISTANCE`).
 */
export function LegalBasisPage() {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = COOPERATION_KIND_CODES.includes(kindParam) ? (kindParam as CooperationKind) : 'MUTUAL_LEGAL_ASSISTANCE';
  const states = useGraphQL(LegalBasisStatesDocument, {});
  const ready = Boolean(from && to && from !== to);
  const advice = useGraphQL(LegalBasisDocument, { requesting: from, requested: to, kind }, { enabled: ready });
  useDocumentTitle('Legal basis for cooperation');
  const ids = { from: useId(), to: useId(), kind: useId() };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'kind' && !next.get('kind')) next.set('kind', kind);
    setParams(next);
  };
  const result = advice.data?.legalBasis;

  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Legal basis for cooperation</h1>
      <p className="lead">
        On what basis can one State ask another for help? Pick the two States and the kind of cooperation: the portal lists
        the treaties in force between them, then the Organized Crime Convention, then reciprocity and domestic law, each with
        why.
      </p>
      <form className="legal-basis-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={ids.from}>
          Requesting State
          <select id={ids.from} value={from} onChange={(e) => set('from', e.target.value)}>
            <option value="">Choose a State</option>
            {states.data?.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.to}>
          Requested State
          <select id={ids.to} value={to} onChange={(e) => set('to', e.target.value)}>
            <option value="">Choose a State</option>
            {states.data?.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.kind}>
          Kind of cooperation
          <select id={ids.kind} value={kind} onChange={(e) => set('kind', e.target.value)}>
            {COOPERATION_KIND_CODES.map((k) => (
              <option key={k} value={k}>
                {cooperationKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {states.error && <ErrorMessage error={states.error} />}
      {from && to && from === to && <p className="error">Choose two different States: cooperation is between two States.</p>}
      {!ready ? (
        <p className="hint">Choose the requesting and the requested State.</p>
      ) : advice.error ? (
        <ErrorMessage error={advice.error} />
      ) : !result ? (
        <p className="hint" role="status">
          Loading…
        </p>
      ) : (
        <section className="record-section" aria-labelledby="advice" aria-live="polite">
          <h2 id="advice">
            {cooperationKindLabel(result.kind)}: <Link to={jurisdictionHref(result.requesting.code)}>{result.requesting.name}</Link> asks{' '}
            <Link to={jurisdictionHref(result.requested.code)}>{result.requested.name}</Link>
          </h2>
          {result.warnings.length > 0 && (
            <div className="warnings" role="note" aria-label="What could not be checked">
              <h3>What could not be checked</h3>
              <ul>
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <h3>Bases to rely on, in order</h3>
          <ol className="options">
            {result.options.map((o, i) => (
              <li key={i}>
                <BasisHeading option={o} />
                <p>{o.explanation}</p>
              </li>
            ))}
          </ol>
          {result.excluded.length > 0 && (
            <>
              <h3>Considered, but not available</h3>
              <ul className="options">
                {result.excluded.map((o, i) => (
                  <li key={i}>
                    <BasisHeading option={o} />
                    <p>{o.explanation}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">
            The advice reads the treaties and ratifications loaded in the portal; a treaty or status not loaded is not
            known to it. Confirm with the requested State's central authority before sending a request.
          </p>
        </section>
      )}
    </article>
  );
}

function BasisHeading({
  option,
}: {
  option: { basis: string; treaty?: { reference: string; title: string } | null; article?: { id: string; title: string } | null };
}) {
  return (
    <strong>
      {BASIS_LABELS[option.basis] ?? option.basis}
      {option.treaty && (
        <>
          : <Link to={treatyHref(option.treaty.reference)}>{option.treaty.title}</Link>
        </>
      )}
      {option.article && (
        <>
          {' '}
          — cite <Link to={articleHref(option.article.id)}>article {option.article.id.replace(/^UNTOC-/, '')} ({option.article.title})</Link>
        </>
      )}
    </strong>
  );
}
