import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { runSignedIn, sessionToken, useSignedInQuery } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import {
  type LegalBasisKind, type ProceedingsNature, type RequestDraftQuery, type RequestForm, type RequestInput,
  type RequestKind, type RequestMeasureInput, type RequestOffenceInput, type RequestPersonInput, type RequestPersonRole,
} from '../gql/graphql';
import { BASIS_LABELS, EXTRADITION_FORMS, KIND_LABELS, MLA_FORMS, NATURE_LABELS, ROLE_LABELS } from './request-labels';
import {
  CreateRequestDocument, RequestDraftDocument, StatesDocument, UpdateRequestDocument, ViewerDocument,
} from './requests.operations';
import { SignInNotice } from './SignInNotice';

type Draft = NonNullable<RequestDraftQuery['request']>;

interface Step {
  id: string;
  title: string;
  /** The input fields the step fills: its missing items are those whose field starts with one of these. */
  fields: (kind: RequestKind) => string[];
}

const EXTRADITION_DOCUMENTS = ['personSought', 'arrestWarrant', 'conviction', 'sentenceServed', 'trialPresence', 'limitation', 'evidence'];

export const STEPS: Step[] = [
  { id: 'authorities', title: 'Authorities', fields: () => ['requestingAuthority', 'requestingAuthorityContact', 'conductingAuthority', 'reference'] },
  { id: 'proceedings', title: 'Proceedings and facts', fields: () => ['subject', 'proceedingsNature', 'facts'] },
  { id: 'offences', title: 'Offences and law', fields: () => ['offences'] },
  { id: 'persons', title: 'Persons', fields: (kind) => (kind === 'EXTRADITION' ? EXTRADITION_DOCUMENTS : ['persons']) },
  { id: 'assistance', title: 'Assistance sought', fields: () => ['measures', 'purpose'] },
  { id: 'basis', title: 'Legal basis and language', fields: () => ['legalBasis', 'language'] },
  {
    id: 'execution',
    title: 'Urgency, confidentiality, execution',
    fields: () => ['urgencyReason', 'confidentialityReason', 'priorContact', 'otherChannels', 'officialsPresence'],
  },
  { id: 'review', title: 'Review', fields: () => [] },
];

const rootOf = (field: string) => field.split(/[.[]/)[0];
const missingOfStep = (draft: Draft, step: Step) => draft.completeness.missing.filter((m) => step.fields(draft.kind).includes(rootOf(m.field)));
const stepOfField = (draft: Draft, field: string) => STEPS.find((s) => s.fields(draft.kind).includes(rootOf(field)));

/**
 * The request writer: a wizard that drafts a request step by step. The first step creates the draft (pre-filled
 * from a case and the directory); every later step saves it, so a draft can be left and resumed from its URL or
 * from /requests. The progress indicator and the list of missing items follow the saved draft.
 */
export function RequestWizardPage() {
  const [params] = useSearchParams();
  const id = params.get('id');
  const stepId = params.get('step') ?? 'authorities';
  useDocumentTitle('Draft a request');
  if (!sessionToken()) {
    return (
      <article className="record">
        <h1>Draft a request</h1>
        <SignInNotice />
      </article>
    );
  }
  return id ? <DraftWizard id={id} stepId={stepId} /> : <StartStep caseReference={params.get('case') ?? ''} kindParam={params.get('kind')} />;
}

function StartStep({ caseReference, kindParam }: { caseReference: string; kindParam: string | null }) {
  const viewer = useSignedInQuery(ViewerDocument, {});
  const states = useSignedInQuery(StatesDocument, {});
  const navigate = useNavigate();
  const [kind, setKind] = useState<RequestKind>(kindParam === 'EXTRADITION' ? 'EXTRADITION' : 'MUTUAL_LEGAL_ASSISTANCE');
  const [requested, setRequested] = useState('');
  const [fromCase, setFromCase] = useState(caseReference);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = { requested: useId(), fromCase: useId() };
  const mine = viewer.data?.me?.authority?.jurisdiction;
  if (viewer.data && viewer.data.me?.role !== 'AUTHORITY') {
    return (
      <article className="record">
        <h1>Draft a request</h1>
        <SignInNotice />
      </article>
    );
  }
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const input: RequestInput = { kind, direction: 'OUTGOING', requestingState: mine?.code, requestedState: requested, fromCase: fromCase.trim() || null };
      const { createRequest } = await runSignedIn(CreateRequestDocument, { input });
      navigate(`/requests/new?id=${createRequest.id}&step=authorities`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="record" aria-labelledby="record-title">
      <h1 id="record-title">Draft a request</h1>
      <p className="lead">
        The writer guides you through a request for mutual legal assistance or extradition, item by item, says what is still
        missing and produces the document for final editing and signature. Your draft is saved at every step.
      </p>
      <form
        className="wizard-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <fieldset>
          <legend>Kind of request</legend>
          {(['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION'] as RequestKind[]).map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {KIND_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <p>
          Requesting State: <strong>{mine?.name ?? '…'}</strong>
        </p>
        <label htmlFor={ids.requested}>
          Requested State
          <select id={ids.requested} value={requested} onChange={(e) => setRequested(e.target.value)} required>
            <option value="">Choose a State</option>
            {states.data?.jurisdictions
              .filter((j) => j.code !== mine?.code)
              .map((j) => (
                <option key={j.code} value={j.code}>
                  {j.name}
                </option>
              ))}
          </select>
        </label>
        <label htmlFor={ids.fromCase}>
          Case to draft from (reference, optional)
          <input id={ids.fromCase} value={fromCase} onChange={(e) => setFromCase(e.target.value)} />
        </label>
        {error !== null && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy || !requested || !mine}>
          Start the draft
        </button>
      </form>
    </article>
  );
}

function DraftWizard({ id, stepId }: { id: string; stepId: string }) {
  const draftQuery = useSignedInQuery(RequestDraftDocument, { id });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const draft = draftQuery.data?.request;
  if (draftQuery.error) return <ErrorMessage error={draftQuery.error} />;
  if (!draft) return <p className="hint" role="status">Loading…</p>;
  const index = Math.max(0, STEPS.findIndex((s) => s.id === stepId));
  const step = STEPS[index];
  const next = STEPS[index + 1];
  const go = (s: Step) => navigate(`/requests/new?id=${id}&step=${s.id}`);

  const save = async (input: RequestInput, then?: Step) => {
    setSaving(true);
    setError(null);
    try {
      await runSignedIn(UpdateRequestDocument, { id, input });
      await queryClient.invalidateQueries({ queryKey: ['signed-in'] });
      if (then) go(then);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const essential = draft.completeness.missing.filter((m) => m.essential);
  const done = STEPS.length - 1 - STEPS.slice(0, -1).filter((s) => missingOfStep(draft, s).some((m) => m.essential)).length;

  return (
    <article className="record wizard" aria-labelledby="record-title">
      <p className="record-kind">
        <span className="badge badge-treaty">{KIND_LABELS[draft.kind] ?? draft.kind}</span>{' '}
        <span className="reference">
          {draft.requestingState.name} → {draft.requestedState.name}
          {draft.case ? ` — from case ${draft.case.reference}` : ''}
        </span>
      </p>
      <h1 id="record-title">Draft a request: {step.title}</h1>
      <nav aria-label="Steps of the request">
        <p className="progress-text" id="progress-text">
          Step {index + 1} of {STEPS.length}; {done} of {STEPS.length - 1} steps without an essential item missing.
        </p>
        <progress max={STEPS.length - 1} value={done} aria-labelledby="progress-text" />
        <ol className="wizard-steps">
          {STEPS.map((s, i) => {
            const missing = missingOfStep(draft, s);
            const essentialMissing = missing.filter((m) => m.essential).length;
            const state = s.id === 'review' ? (draft.completeness.complete ? 'complete' : 'incomplete') : essentialMissing ? `${essentialMissing} missing` : 'complete';
            return (
              <li key={s.id} className={essentialMissing ? 'step-missing' : 'step-done'}>
                <Link to={`/requests/new?id=${id}&step=${s.id}`} aria-current={i === index ? 'step' : undefined}>
                  {i + 1}. {s.title}
                </Link>{' '}
                <span className="hint">({state})</span>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="wizard-layout">
        <div className="wizard-main">
          {draft.status !== 'DRAFT' && (
            <p className="warnings">
              This request is {draft.status.toLowerCase()}: its content no longer changes. <Link to={`/requests/${id}`}>See the request</Link>.
            </p>
          )}
          <StepForm key={`${step.id}-${draft.id}`} step={step} draft={draft} saving={saving} onSave={(input) => save(input, next)} />
          {error !== null && <ErrorMessage error={error} />}
        </div>
        <aside className="wizard-missing" aria-labelledby="missing-heading">
          <h2 id="missing-heading">Still missing</h2>
          {draft.completeness.missing.length === 0 ? (
            <p>Nothing: the request is complete.</p>
          ) : (
            <>
              <p className="hint">
                {essential.length} essential, {draft.completeness.missing.length - essential.length} recommended.
              </p>
              <ul className="missing-list">
                {draft.completeness.missing.map((m) => {
                  const target = stepOfField(draft, m.field);
                  return (
                    <li key={`${m.field}-${m.requirement}`} className={m.essential ? 'missing-essential' : 'missing-recommended'}>
                      <strong>{m.essential ? 'Essential' : 'Recommended'}:</strong> {m.message}
                      {target && target.id !== step.id && (
                        <>
                          {' '}
                          <Link to={`/requests/new?id=${id}&step=${target.id}`}>Go to {target.title}</Link>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {draft.warnings.length > 0 && (
            <>
              <h2>Warnings</h2>
              <ul className="warnings">
                {draft.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}

interface StepProps {
  step: Step;
  draft: Draft;
  saving: boolean;
  onSave: (input: RequestInput) => void;
}

function StepForm(props: StepProps) {
  switch (props.step.id) {
    case 'authorities':
      return <AuthoritiesStep {...props} />;
    case 'proceedings':
      return <ProceedingsStep {...props} />;
    case 'offences':
      return <OffencesStep {...props} />;
    case 'persons':
      return props.draft.kind === 'EXTRADITION' ? <PersonSoughtStep {...props} /> : <PersonsStep {...props} />;
    case 'assistance':
      return <AssistanceStep {...props} />;
    case 'basis':
      return <BasisStep {...props} />;
    case 'execution':
      return <ExecutionStep {...props} />;
    default:
      return <ReviewStep {...props} />;
  }
}

/** A form of a step, with its save button. */
function StepFrame({ saving, onSubmit, children, disabled }: { saving: boolean; onSubmit: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <form
      className="wizard-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset disabled={disabled}>{children}</fieldset>
      <button type="submit" disabled={saving || disabled}>
        {saving ? 'Saving…' : 'Save and continue'}
      </button>
    </form>
  );
}

function TextField({ label, value, onChange, long, hint }: { label: string; value: string; onChange: (v: string) => void; long?: boolean; hint?: string }) {
  const id = useId();
  return (
    <label htmlFor={id} className="field">
      {label}
      {hint && <span className="hint">{hint}</span>}
      {long ? (
        <textarea id={id} value={value} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  );
}

const str = (v: string | null | undefined) => v ?? '';
const orNull = (v: string) => (v.trim() === '' ? null : v);
const editable = (draft: Draft) => draft.status === 'DRAFT';

function useFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = (key: keyof T) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return { values, set };
}

function AuthoritiesStep({ draft, saving, onSave }: StepProps) {
  const { values, set } = useFields({
    requestingAuthority: str(draft.requestingAuthority),
    requestingAuthorityContact: str(draft.requestingAuthorityContact),
    conductingAuthority: str(draft.conductingAuthority),
    reference: str(draft.reference),
  });
  const a = draft.addressee;
  return (
    <StepFrame saving={saving} disabled={!editable(draft)} onSubmit={() => onSave(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, orNull(v)])))}>
      <div className="addressee">
        <h2>Addressee</h2>
        {a ? (
          <>
            <p>
              <strong>{a.name}</strong>
              {a.contact?.address ? `, ${a.contact.address}` : ''}
            </p>
            {a.channels && a.channels.length > 0 && <p>Channels: {a.channels.join('; ')}</p>}
            {a.languages && a.languages.length > 0 && <p>Languages accepted: {a.languages.join(', ')}</p>}
            {a.urgentProcedure && <p>Urgent cases: {a.urgentProcedure}</p>}
            {a.interpolAccepted !== null && a.interpolAccepted !== undefined && <p>INTERPOL: {a.interpolAccepted ? 'accepted' : 'not accepted'}</p>}
          </>
        ) : (
          <p className="hint">No authority of {draft.requestedState.name} is in the directory: address the request to its competent authority.</p>
        )}
      </div>
      <TextField label="Requesting authority (art. 18(15)(a))" value={values.requestingAuthority} onChange={set('requestingAuthority')} />
      <TextField label="Contact particulars of the office and officer in charge" value={values.requestingAuthorityContact} onChange={set('requestingAuthorityContact')} long />
      <TextField
        label="Authority conducting the investigation, prosecution or proceedings: name and functions (art. 18(15)(b))"
        value={values.conductingAuthority}
        onChange={set('conductingAuthority')}
      />
      <TextField label="Your file reference" value={values.reference} onChange={set('reference')} />
    </StepFrame>
  );
}

function ProceedingsStep({ draft, saving, onSave }: StepProps) {
  const { values, set } = useFields({ subject: str(draft.subject), facts: str(draft.facts), proceedingsNature: str(draft.proceedingsNature) });
  const id = useId();
  return (
    <StepFrame
      saving={saving}
      disabled={!editable(draft)}
      onSubmit={() =>
        onSave({ subject: orNull(values.subject), facts: orNull(values.facts), proceedingsNature: (values.proceedingsNature || null) as ProceedingsNature | null })
      }
    >
      <TextField label="Subject matter of the proceedings (art. 18(15)(b))" value={values.subject} onChange={set('subject')} />
      <label htmlFor={id} className="field">
        Nature of the proceedings
        <select id={id} value={values.proceedingsNature} onChange={(e) => set('proceedingsNature')(e.target.value)}>
          <option value="">Choose</option>
          {Object.entries(NATURE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label={draft.kind === 'EXTRADITION' ? 'Facts and procedural history of the case' : 'Summary of the relevant facts (art. 18(15)(c))'}
        value={values.facts}
        onChange={set('facts')}
        long
      />
    </StepFrame>
  );
}

const OFFENCE_FIELDS: [keyof RequestOffenceInput, string, boolean][] = [
  ['description', 'Description of the offence (acts or omissions)', true],
  ['provision', 'Provision of the law', false],
  ['excerpt', 'Excerpt of the law', true],
  ['penalty', 'Applicable penalty', false],
  ['time', 'Time of commission', false],
  ['place', 'Place of commission', false],
  ['participation', 'Participation of the person sought', false],
];

function OffencesStep({ draft, saving, onSave }: StepProps) {
  const [offences, setOffences] = useState<RequestOffenceInput[]>(
    draft.offences.map((o) => ({
      description: o.description, lawReference: o.lawReference, provision: o.provision, excerpt: o.excerpt, penalty: o.penalty,
      crimeType: o.crimeType, time: o.time, place: o.place, participation: o.participation,
    })),
  );
  const update = (i: number, key: keyof RequestOffenceInput, value: string) =>
    setOffences((list) => list.map((o, j) => (j === i ? { ...o, [key]: orNull(value) } : o)));
  return (
    <StepFrame saving={saving} disabled={!editable(draft)} onSubmit={() => onSave({ offences })}>
      {offences.length === 0 && <p className="hint">No offence yet.</p>}
      {offences.map((o, i) => (
        <fieldset key={i} className="item">
          <legend>Offence {i + 1}</legend>
          {OFFENCE_FIELDS.filter(([key]) => draft.kind === 'EXTRADITION' || key !== 'participation').map(([key, label, long]) => (
            <TextField key={key} label={label} value={str(o[key] as string | null | undefined)} onChange={(v) => update(i, key, v)} long={long} />
          ))}
          <button type="button" className="link-button" onClick={() => setOffences((list) => list.filter((_, j) => j !== i))}>
            Remove offence {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setOffences((list) => [...list, { description: null }])}>
        Add an offence
      </button>
    </StepFrame>
  );
}

function PersonFields({ person, onChange }: { person: RequestPersonInput; onChange: (p: RequestPersonInput) => void }) {
  const set = (key: keyof RequestPersonInput) => (value: string) => onChange({ ...person, [key]: orNull(value) });
  const roleId = useId();
  return (
    <>
      <TextField label="Name" value={str(person.name)} onChange={set('name')} />
      <label htmlFor={roleId} className="field">
        Role
        <select id={roleId} value={str(person.role)} onChange={(e) => onChange({ ...person, role: (e.target.value || null) as RequestPersonRole | null })}>
          <option value="">Choose</option>
          {Object.entries(ROLE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Nationality (State code or name)" value={str(person.nationality)} onChange={set('nationality')} />
      <TextField label="Date of birth (YYYY-MM-DD)" value={str(person.dateOfBirth)} onChange={set('dateOfBirth')} />
      <TextField label="Where the person is believed to be" value={str(person.location)} onChange={set('location')} />
      <TextField label="Description and identity (documents, aliases, physical description)" value={str(person.description)} onChange={set('description')} long />
    </>
  );
}

const stripPerson = (p: Draft['persons'][number] | null | undefined): RequestPersonInput =>
  p ? { name: p.name, role: p.role, nationality: p.nationality, dateOfBirth: p.dateOfBirth, location: p.location, description: p.description } : {};

function PersonsStep({ draft, saving, onSave }: StepProps) {
  const [persons, setPersons] = useState<RequestPersonInput[]>(draft.persons.map(stripPerson));
  return (
    <StepFrame saving={saving} disabled={!editable(draft)} onSubmit={() => onSave({ persons })}>
      <p className="hint">Where possible, the identity, location and nationality of any person concerned (art. 18(15)(e)).</p>
      {persons.map((p, i) => (
        <fieldset key={i} className="item">
          <legend>Person {i + 1}</legend>
          <PersonFields person={p} onChange={(next) => setPersons((list) => list.map((q, j) => (j === i ? next : q)))} />
          <button type="button" className="link-button" onClick={() => setPersons((list) => list.filter((_, j) => j !== i))}>
            Remove person {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setPersons((list) => [...list, {}])}>
        Add a person
      </button>
    </StepFrame>
  );
}

function PersonSoughtStep({ draft, saving, onSave }: StepProps) {
  const [person, setPerson] = useState<RequestPersonInput>(stripPerson(draft.personSought));
  const convicted = draft.measures.some((m) => m.form === 'EXTRADITION_OF_CONVICTED');
  const { values, set } = useFields({
    arrestWarrant: str(draft.arrestWarrant),
    conviction: str(draft.conviction),
    sentenceServed: str(draft.sentenceServed),
    trialPresence: str(draft.trialPresence),
    limitation: str(draft.limitation),
    evidence: str(draft.evidence),
  });
  return (
    <StepFrame
      saving={saving}
      disabled={!editable(draft)}
      onSubmit={() => onSave({ personSought: person, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, orNull(v)])) })}
    >
      <fieldset className="item">
        <legend>Person sought</legend>
        <PersonFields person={person} onChange={setPerson} />
      </fieldset>
      {convicted ? (
        <>
          <TextField label="Conviction or detention order, and that the sentence is immediately enforceable" value={values.conviction} onChange={set('conviction')} long />
          <TextField label="How much of the sentence has been carried out" value={values.sentenceServed} onChange={set('sentenceServed')} />
          <TextField label="Whether the person was summoned, informed or represented, or may have the case retried" value={values.trialPresence} onChange={set('trialPresence')} long />
        </>
      ) : (
        <>
          <TextField label="Warrant for arrest (issuing authority, date, reference)" value={values.arrestWarrant} onChange={set('arrestWarrant')} long />
          <TextField label="Evidence of identity and substantiating the charges" value={values.evidence} onChange={set('evidence')} long />
        </>
      )}
      <TextField label="Limitation periods, and why they have not run" value={values.limitation} onChange={set('limitation')} long />
    </StepFrame>
  );
}

function AssistanceStep({ draft, saving, onSave }: StepProps) {
  const [measures, setMeasures] = useState<RequestMeasureInput[]>(
    draft.measures.map((m) => ({ form: m.form, description: m.description, relevance: m.relevance, procedure: m.procedure, confiscationOrder: m.confiscationOrder })),
  );
  const [purpose, setPurpose] = useState(str(draft.purpose));
  const toggle = (form: RequestForm, on: boolean) =>
    setMeasures((list) => (on ? [...list, { form }] : list.filter((m) => m.form !== form)));
  const update = (form: RequestForm, key: keyof RequestMeasureInput, value: string) =>
    setMeasures((list) => list.map((m) => (m.form === form ? { ...m, [key]: orNull(value) } : m)));
  if (draft.kind === 'EXTRADITION') {
    const current = measures[0]?.form ?? null;
    return (
      <StepFrame saving={saving} disabled={!editable(draft)} onSubmit={() => onSave({ measures })}>
        <fieldset>
          <legend>Extradition is requested of</legend>
          {EXTRADITION_FORMS.map((f) => (
            <label key={f.form} className="choice">
              <input type="radio" name="extradition-form" checked={current === f.form} onChange={() => setMeasures([{ form: f.form }])} /> {f.label}
            </label>
          ))}
        </fieldset>
      </StepFrame>
    );
  }
  return (
    <StepFrame saving={saving} disabled={!editable(draft)} onSubmit={() => onSave({ measures, purpose: orNull(purpose) })}>
      <fieldset>
        <legend>Forms of assistance (art. 18(3), 18(18), 13(3))</legend>
        {MLA_FORMS.map((f) => {
          const measure = measures.find((m) => m.form === f.form);
          return (
            <div key={f.form} className="measure">
              <label className="choice">
                <input type="checkbox" checked={Boolean(measure)} onChange={(e) => toggle(f.form, e.target.checked)} /> {f.label}
                {f.provision && <span className="hint"> ({f.provision})</span>}
              </label>
              {measure && (
                <div className="item">
                  <TextField label={`What is sought: ${f.label.toLowerCase()}`} value={str(measure.description)} onChange={(v) => update(f.form, 'description', v)} long />
                  {f.form !== 'SERVICE_OF_DOCUMENTS' && (
                    <TextField label="How it is relevant to the proceedings" value={str(measure.relevance)} onChange={(v) => update(f.form, 'relevance', v)} long />
                  )}
                  <TextField label="Procedure to be followed, and why (optional)" value={str(measure.procedure)} onChange={(v) => update(f.form, 'procedure', v)} long />
                  {f.form === 'CONFISCATION' && (
                    <TextField
                      label="Order of confiscation and the extent of execution requested (art. 13(3)(b))"
                      value={str(measure.confiscationOrder)}
                      onChange={(v) => update(f.form, 'confiscationOrder', v)}
                      long
                    />
                  )}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <TextField label="Purpose for which the evidence, information or action is sought (art. 18(15)(f))" value={purpose} onChange={setPurpose} long />
    </StepFrame>
  );
}

function BasisStep({ draft, saving, onSave }: StepProps) {
  const [basis, setBasis] = useState<string>(draft.legalBasis ? `${draft.legalBasis}:${draft.legalBasisTreaty?.reference ?? ''}` : '');
  const [detail, setDetail] = useState(str(draft.legalBasisDetail));
  const [language, setLanguage] = useState(str(draft.language));
  const options = draft.legalBasisAdvice?.options ?? [];
  return (
    <StepFrame
      saving={saving}
      disabled={!editable(draft)}
      onSubmit={() => {
        const [kind, treaty] = basis.split(':');
        onSave({ legalBasis: (kind || null) as LegalBasisKind | null, legalBasisTreaty: treaty || null, legalBasisDetail: orNull(detail), language: orNull(language) });
      }}
    >
      <fieldset>
        <legend>Legal basis</legend>
        {options.map((o) => {
          const value = `${o.basis}:${o.treaty?.reference ?? ''}`;
          return (
            <label key={value} className="choice option">
              <input type="radio" name="basis" value={value} checked={basis === value} onChange={() => setBasis(value)} />{' '}
              <strong>{o.treaty ? o.treaty.title : BASIS_LABELS[o.basis]}</strong>
              <span className="hint"> {o.explanation}</span>
            </label>
          );
        })}
      </fieldset>
      {draft.legalBasisAdvice && draft.legalBasisAdvice.warnings.length > 0 && (
        <ul className="warnings">
          {draft.legalBasisAdvice.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <TextField label="The basis in words (article, treaty provision, assurance of reciprocity)" value={detail} onChange={setDetail} long />
      <TextField
        label="Language of the request (code or name)"
        hint={draft.addressee?.languages?.length ? `${draft.requestedState.name} accepts: ${draft.addressee.languages.join(', ')}` : undefined}
        value={language}
        onChange={setLanguage}
      />
    </StepFrame>
  );
}

function ExecutionStep({ draft, saving, onSave }: StepProps) {
  const [urgent, setUrgent] = useState(draft.urgent);
  const [confidential, setConfidential] = useState(draft.confidential);
  const { values, set } = useFields({
    urgencyReason: str(draft.urgencyReason),
    dueOn: str(draft.dueOn),
    confidentialityReason: str(draft.confidentialityReason),
    priorContact: str(draft.priorContact),
    otherChannels: str(draft.otherChannels),
    officialsPresence: str(draft.officialsPresence),
  });
  return (
    <StepFrame
      saving={saving}
      disabled={!editable(draft)}
      onSubmit={() => onSave({ urgent, confidential, ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, orNull(v)])) })}
    >
      <label className="choice">
        <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} /> Urgent
      </label>
      {urgent && (
        <>
          <TextField label="Reason for the urgency" value={values.urgencyReason} onChange={set('urgencyReason')} long />
          <TextField label="Reply needed by (YYYY-MM-DD)" value={values.dueOn} onChange={set('dueOn')} />
        </>
      )}
      <label className="choice">
        <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} /> Confidential
      </label>
      {confidential && <TextField label="Reason for confidentiality" value={values.confidentialityReason} onChange={set('confidentialityReason')} long />}
      <TextField label="Prior contact between officers of the two States (or none)" value={values.priorContact} onChange={set('priorContact')} long />
      <TextField label="Other channels through which a copy is sent (or none)" value={values.otherChannels} onChange={set('otherChannels')} />
      <TextField label="Presence of officials of the requesting State at the execution, and why" value={values.officialsPresence} onChange={set('officialsPresence')} long />
    </StepFrame>
  );
}

function ReviewStep({ draft }: StepProps) {
  return (
    <div className="review">
      {draft.completeness.complete ? (
        <p className="complete-notice" role="status">
          The request is complete: review it, download the document for final editing and signature, and mark it as sent.
        </p>
      ) : (
        <p className="warnings">Essential items are still missing (listed beside): the document will be marked as a draft.</p>
      )}
      <p>
        <Link className="button" to={`/requests/${draft.id}`}>
          Review and download the request
        </Link>
      </p>
    </div>
  );
}
