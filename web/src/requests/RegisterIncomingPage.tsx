import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { runSignedIn, sessionToken, useSignedInQuery } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { type RequestForm, type RequestKind } from '../gql/graphql';
import { EXTRADITION_FORMS, MLA_FORMS } from './request-labels';
import { CreateRequestDocument, CrimeTypesDocument, StatesDocument, ViewerDocument } from './requests.operations';
import { SignInNotice } from './SignInNotice';

interface Offence {
  description: string;
  crimeType: string;
}

const provisionOf = (f: object) => ('provision' in f && typeof f.provision === 'string' ? f.provision : '');
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Registers a request received from another State, from the document received: who asks, their reference, the
 * kind, the forms of assistance, the offences, when it arrived and by when it is due, and the case it concerns.
 * The API records it as INCOMING and RECEIVED on that day; the request page then tracks it.
 */
export function RegisterIncomingPage() {
  useDocumentTitle('Register an incoming request');
  const navigate = useNavigate();
  const viewer = useSignedInQuery(ViewerDocument, {});
  const states = useSignedInQuery(StatesDocument, {});
  const crimeTypes = useSignedInQuery(CrimeTypesDocument, {});
  const [kind, setKind] = useState<RequestKind>('MUTUAL_LEGAL_ASSISTANCE');
  const [offences, setOffences] = useState<Offence[]>([{ description: '', crimeType: '' }]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!sessionToken()) {
    return (
      <article className="record">
        <h1>Register an incoming request</h1>
        <SignInNotice />
      </article>
    );
  }
  const own = viewer.data?.me?.authority?.jurisdiction;
  if (viewer.data && (viewer.data.me?.role !== 'AUTHORITY' || !own)) {
    return (
      <article className="record">
        <h1>Register an incoming request</h1>
        <p role="alert">Incoming requests are registered by the authority accounts of the State that received them.</p>
      </article>
    );
  }
  const forms = kind === 'EXTRADITION' ? EXTRADITION_FORMS : MLA_FORMS;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!own) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    };
    setBusy(true);
    setError(null);
    try {
      const created = await runSignedIn(CreateRequestDocument, {
        input: {
          kind,
          direction: 'INCOMING',
          requestingState: text('requestingState'),
          requestedState: own.code,
          reference: text('reference'),
          subject: text('subject'),
          measures: data.getAll('forms').map((form) => ({ form: form as RequestForm })),
          offences: offences
            .filter((o) => o.description.trim() || o.crimeType)
            .map((o) => ({ description: o.description.trim() || null, crimeType: o.crimeType || null })),
          receivedOn: text('receivedOn'),
          dueOn: text('dueOn'),
          fromCase: text('fromCase'),
        },
      });
      navigate(`/requests/${created.createRequest.id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Register an incoming request</h1>
      <p className="lead">
        A request received by {own?.name ?? 'your State'}: record it from the document received, then record what
        happens to it on its page.
      </p>
      {error !== null && <ErrorMessage error={error} />}
      <form className="wizard-form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor="in-state">
            Requesting State <span className="required">(required)</span>
          </label>
          <select id="in-state" name="requestingState" required defaultValue="">
            <option value="" disabled>
              Choose the State that sent it
            </option>
            {states.data?.jurisdictions
              .filter((j) => j.code !== own?.code)
              .map((j) => (
                <option key={j.code} value={j.code}>
                  {j.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="in-reference">Their reference</label>
          <input id="in-reference" name="reference" maxLength={500} />
        </div>
        <fieldset>
          <legend>Kind of request</legend>
          {(['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION'] as const).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {k === 'EXTRADITION' ? 'Extradition' : 'Mutual legal assistance'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{kind === 'EXTRADITION' ? 'Extradition asked of' : 'Forms of assistance asked for'}</legend>
          {forms.map((f) => (
            <label key={f.form} className="choice">
              <input type={kind === 'EXTRADITION' ? 'radio' : 'checkbox'} name="forms" value={f.form} /> {f.label}
              {provisionOf(f) && <span className="hint"> ({provisionOf(f)})</span>}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="in-subject">Subject of the proceedings</label>
          <input id="in-subject" name="subject" maxLength={2000} />
        </div>
        <fieldset>
          <legend>Offences</legend>
          {offences.map((o, i) => (
            <div key={i} className="offence-row">
              <div className="field">
                <label htmlFor={`in-offence-${i}`}>Offence {i + 1}: description</label>
                <input
                  id={`in-offence-${i}`}
                  value={o.description}
                  onChange={(e) =>
                    setOffences(offences.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))
                  }
                />
              </div>
              <div className="field">
                <label htmlFor={`in-crime-${i}`}>Offence {i + 1}: crime type</label>
                <select
                  id={`in-crime-${i}`}
                  value={o.crimeType}
                  onChange={(e) =>
                    setOffences(offences.map((x, j) => (j === i ? { ...x, crimeType: e.target.value } : x)))
                  }
                >
                  <option value="">Not classified</option>
                  {crimeTypes.data?.crimeTypes.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </div>
              {offences.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setOffences(offences.filter((_, j) => j !== i))}
                >
                  Remove offence {i + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="link-button"
            onClick={() => setOffences([...offences, { description: '', crimeType: '' }])}
          >
            Add an offence
          </button>
        </fieldset>
        <div className="field">
          <label htmlFor="in-received">
            Received on <span className="required">(required)</span>
          </label>
          <input id="in-received" name="receivedOn" type="date" required max={today()} defaultValue={today()} />
        </div>
        <div className="field">
          <label htmlFor="in-due">Due on (time limit for compliance, if any)</label>
          <input id="in-due" name="dueOn" type="date" />
        </div>
        <div className="field">
          <label htmlFor="in-case">Case in the portal it concerns (reference, optional)</label>
          <input id="in-case" name="fromCase" maxLength={128} />
        </div>
        <p>
          <button type="submit" disabled={busy || !own}>
            Register the request
          </button>{' '}
          <Link to="/requests">Cancel</Link>
        </p>
      </form>
    </article>
  );
}
