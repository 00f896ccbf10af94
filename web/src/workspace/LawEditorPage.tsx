import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { canEdit } from '../auth/roles';
import { type SignedInUser } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, fieldId, problemAt, type Problem, problemsFrom, SelectField, TextArea, TextField } from '../forms/fields';
import { type EditorVocabulariesQuery, type LawInput } from '../gql/graphql';
import { humanize } from '../labels';
import { proposeReference } from './case-form';
import { blankProvision, emptyLaw, lawControlOf, type LawForm, lawToForm, lawToInput } from './law-form';
import { ArticlePicker, CrimeTypePicker } from './pickers';
import { Repeater } from './Repeater';
import { StatusBadge } from './StatusBadge';
import { saveStateText, useRecordEditor } from './use-record-editor';
import { CreateLawDocument, EditLawDocument, SubmitLawDocument, UpdateLawDocument, VocabulariesDocument } from './workspace.operations';

const LAW_STATUSES = ['in-force', 'amended', 'repealed', 'draft'].map((v) => ({ value: v, label: humanize(v) }));

export default function LawEditorPage() {
  const { reference } = useParams();
  useDocumentTitle(reference ? `Edit law ${reference}` : 'New law');
  return (
    <RequireRole title={reference ? `Edit law ${reference}` : 'New law'} allow={canEdit}>
      {(user) => <LawEditorLoader user={user} reference={reference ?? null} />}
    </RequireRole>
  );
}

function LawEditorLoader({ user, reference }: { user: SignedInUser; reference: string | null }) {
  const vocab = useGraphQL(VocabulariesDocument, {});
  const record = useGraphQL(EditLawDocument, { reference: reference ?? '' }, { enabled: !!reference });
  const queryClient = useQueryClient();
  // The copy read for editing is dropped on leaving: coming back reads what the server holds now, never an older copy.
  useEffect(() => () => queryClient.removeQueries({ queryKey: [EditLawDocument.toString()] }), [queryClient]);
  if (vocab.error) return <ErrorMessage error={vocab.error} />;
  if (record.error) return <ErrorMessage error={record.error} />;
  if (!vocab.data || (reference && !record.data)) return <p className="hint">Loading…</p>;
  if (reference && !record.data?.law) {
    return (
      <>
        <h1>Law not found</h1>
        <p>
          No law {reference} that you may edit. <Link to="/workspace">Back to your workspace</Link>.
        </p>
      </>
    );
  }
  const stored = record.data?.law ?? null;
  const initial = stored ? lawToForm(stored) : { ...emptyLaw(), country: user.jurisdictions.length === 1 ? user.jurisdictions[0].code : '' };
  return <LawEditor key={reference ?? 'new'} user={user} vocab={vocab.data} reference={reference} status={stored?.status ?? null} reviewNote={stored?.reviewNote ?? null} initial={initial} />;
}

function LawEditor({ user, vocab, reference, status, reviewNote, initial }: {
  user: SignedInUser; vocab: EditorVocabulariesQuery; reference: string | null; status: string | null; reviewNote: string | null; initial: LawForm;
}) {
  const navigate = useNavigate();
  const isContributor = user.role === 'CONTRIBUTOR';
  const readOnly = !!reference && isContributor && status !== 'DRAFT';
  const update = useCallback((ref: string, input: LawInput) => execute(UpdateLawDocument, { reference: ref, input }), []);
  const editor = useRecordEditor({ initial, reference, autosave: !!reference && status === 'DRAFT', toInput: lawToInput, update, controlOf: lawControlOf });
  const { form, setForm, problems } = editor;
  const [busy, setBusy] = useState(false);
  const proposed = useRef<string | null>(null);
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const set = <K extends keyof LawForm>(key: K) => (value: LawForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (path: string) => problemAt(problems, fieldId(path));

  useEffect(() => {
    if (reference || !form.country) return;
    const untouched = form.reference === '' || form.reference === proposed.current;
    if (!untouched || form.reference.startsWith(`${form.country}-`)) return;
    const next = proposeReference(form.country, form.enactedOn);
    proposed.current = next;
    setForm((f) => ({ ...f, reference: next }));
  }, [reference, form.country, form.reference, form.enactedOn, setForm]);

  const countryOptions = useMemo(() => {
    const mine = new Set(user.jurisdictions.map((j) => j.code));
    return vocab.jurisdictions.filter((j) => !isContributor || mine.has(j.code)).map((j) => ({ value: j.code, label: `${j.name} (${j.code})` }));
  }, [vocab, isContributor, user]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const required: Problem[] = [];
    if (!form.reference.trim()) required.push({ id: fieldId('reference'), message: 'Reference: give the law a reference' });
    if (!form.title.trim()) required.push({ id: fieldId('title'), message: 'Title: give the law its title' });
    if (!form.country) required.push({ id: fieldId('country'), message: 'State: choose the State that enacted the law' });
    if (required.length) return editor.showProblems(required);
    setBusy(true);
    try {
      const { createLawDraft } = await execute(CreateLawDocument, { input: lawToInput(form).input });
      navigate(`/workspace/laws/${encodeURIComponent(createLawDraft.reference)}`, { replace: true, state: { created: true } });
    } catch (error) {
      editor.showProblems(problemsFrom(error, 'editor-form', lawControlOf));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!reference) return;
    setBusy(true);
    try {
      if (!(await editor.save(true))) return;
      await execute(SubmitLawDocument, { reference });
      navigate('/workspace', { state: { message: `Law ${reference} was submitted for review.` } });
    } catch (error) {
      editor.showProblems(problemsFrom(error, 'editor-form', lawControlOf));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/workspace">Workspace</Link> › {reference ? `Law ${reference}` : 'New law'}
      </p>
      <h1>{reference ? form.title || reference : 'New law'}</h1>
      {status && (
        <p>
          <StatusBadge status={status} />
        </p>
      )}
      {created && (
        <p className="notice" role="status">
          Draft {reference} created. It is saved as you write; submit it for review when it is complete.
        </p>
      )}
      {reviewNote && (
        <div className="notice review-note">
          <h2>Note from the secretariat</h2>
          <p>{reviewNote}</p>
        </div>
      )}
      {readOnly && <p className="notice">This law is {status?.toLowerCase()}: only drafts can be changed.</p>}
      <form
        id="editor-form"
        tabIndex={-1}
        noValidate
        className="record-editor"
        onSubmit={(e) => {
          if (reference) {
            e.preventDefault();
            void editor.save(true);
          } else void create(e);
        }}
      >
        <ErrorSummary problems={problems} focusKey={editor.attempt} />
        <fieldset disabled={readOnly || busy} className="plain">
          <section aria-labelledby="sec-law">
            <h2 id="sec-law">The law</h2>
            <SelectField id={fieldId('country')} label="State" value={form.country} onChange={set('country')} options={countryOptions} blank="Choose a State" error={err('country')} required />
            <TextField id={fieldId('reference')} label="Reference" hint="Starts with the State's code, e.g. ITA:Codice penale or ITA-2024-001" value={form.reference} onChange={set('reference')} readOnly={!!reference} error={err('reference')} required />
            <TextField id={fieldId('title')} label="Title" value={form.title} onChange={set('title')} error={err('title')} required />
            <TextField id={fieldId('enactedOn')} label="Enacted on" hint="YYYY-MM-DD" value={form.enactedOn} onChange={set('enactedOn')} error={err('enactedOn')} />
            <SelectField id={fieldId('status')} label="Legal status" value={form.status} onChange={set('status')} options={LAW_STATUSES} blank="Not given" error={err('status')} />
            <CrimeTypePicker id={fieldId('crimeTypes')} value={form.crimeTypes} onChange={set('crimeTypes')} vocab={vocab} error={err('crimeTypes')} />
          </section>
          <Repeater
            path="provisions" legend="Provisions" noun="provision" items={form.provisions} onChange={set('provisions')} blank={blankProvision} firstField="number"
            render={(p, up, prefix) => (
              <>
                <div className="grid-fields">
                  <TextField id={fieldId(`${prefix}.number`)} label="Number" hint="As cited nationally: Art. 601, s. 12" value={p.number} onChange={(v) => up({ number: v })} error={err(`${prefix}.number`)} />
                  <TextField id={fieldId(`${prefix}.heading`)} label="Heading" value={p.heading} onChange={(v) => up({ heading: v })} error={err(`${prefix}.heading`)} />
                </div>
                <TextArea id={fieldId(`${prefix}.text`)} label="Text" value={p.text} onChange={(v) => up({ text: v })} error={err(`${prefix}.text`)} />
                <ArticlePicker id={fieldId(`${prefix}.articles`)} label="Articles it implements" value={p.articles} onChange={(v) => up({ articles: v })} vocab={vocab} error={err(`${prefix}.articles`)} />
              </>
            )}
          />
          <Repeater
            path="sources" legend="Sources" noun="source" items={form.sources} onChange={set('sources')} blank={() => ({ label: '', url: '' })} firstField="label"
            render={(x, up, prefix) => (
              <div className="grid-fields">
                <TextField id={fieldId(`${prefix}.label`)} label="Label" value={x.label} onChange={(v) => up({ label: v })} error={err(`${prefix}.label`)} />
                <TextField id={fieldId(`${prefix}.url`)} label="Address (http or https)" type="url" value={x.url} onChange={(v) => up({ url: v })} error={err(`${prefix}.url`)} />
              </div>
            )}
          />
        </fieldset>
        <div className="editor-actions">
          {reference ? (
            <>
              <p className="save-state" role="status" aria-live="polite">
                {saveStateText(editor.saveState, editor.savedAt)}
              </p>
              {!readOnly && (
                <button type="submit" className="secondary" disabled={busy}>
                  Save now
                </button>
              )}
              {status === 'DRAFT' && (
                <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>
                  Submit for review
                </button>
              )}
            </>
          ) : (
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create draft'}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
