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
import { ErrorSummary, fieldId, problemAt, type Problem, problemsFrom, SelectField, TextArea, TextField, CheckboxField } from '../forms/fields';
import { type CaseInput, type EditorVocabulariesQuery } from '../gql/graphql';
import { courtLevelLabel, humanize } from '../labels';
import {
  blankCharge, blankCooperation, blankDefendant, blankProceeding, blankSource, blankVictim, caseControlOf, type CaseForm,
  caseToForm, caseToInput, emptyCase, proposeReference,
} from './case-form';
import { ArticleOptions, ArticlePicker, CrimeTypePicker, JurisdictionOptions, KeywordPicker } from './pickers';
import { Repeater } from './Repeater';
import { saveStateText, useRecordEditor } from './use-record-editor';
import { CreateCaseDocument, EditCaseDocument, SubmitCaseDocument, UpdateCaseDocument, VocabulariesDocument } from './workspace.operations';
import { StatusBadge } from './StatusBadge';

const COURT_LEVELS = ['FIRST_INSTANCE', 'APPELLATE', 'SUPREME', 'OTHER'].map((v) => ({ value: v, label: courtLevelLabel(v)! }));
const GENDERS = ['female', 'male', 'other', 'unknown'].map((v) => ({ value: v, label: humanize(v) }));
const VERDICTS = ['guilty', 'acquitted', 'dismissed', 'pending', 'other'].map((v) => ({ value: v, label: humanize(v) }));
const COOPERATION_TYPES = [
  'extradition', 'mutual-legal-assistance', 'joint-investigation', 'transfer-of-proceedings', 'transfer-of-sentenced-persons',
  'confiscation', 'law-enforcement-cooperation',
].map((v) => ({ value: v, label: humanize(v) }));

export default function CaseEditorPage() {
  const { reference } = useParams();
  useDocumentTitle(reference ? `Edit case ${reference}` : 'New case');
  return (
    <RequireRole title={reference ? `Edit case ${reference}` : 'New case'} allow={canEdit}>
      {(user) => <CaseEditorLoader user={user} reference={reference ?? null} />}
    </RequireRole>
  );
}

function CaseEditorLoader({ user, reference }: { user: SignedInUser; reference: string | null }) {
  const vocab = useGraphQL(VocabulariesDocument, {}, {});
  const record = useGraphQL(EditCaseDocument, { reference: reference ?? '' }, { enabled: !!reference });
  const queryClient = useQueryClient();
  // The copy read for editing is dropped on leaving: coming back reads what the server holds now, never an older copy.
  useEffect(() => () => queryClient.removeQueries({ queryKey: [EditCaseDocument.toString()] }), [queryClient]);
  if (vocab.error) return <ErrorMessage error={vocab.error} />;
  if (record.error) return <ErrorMessage error={record.error} />;
  if (!vocab.data || (reference && !record.data)) return <p className="hint">Loading…</p>;
  if (reference && !record.data?.case) {
    return (
      <>
        <h1>Case not found</h1>
        <p>
          No case {reference} that you may edit. <Link to="/workspace">Back to your workspace</Link>.
        </p>
      </>
    );
  }
  const stored = record.data?.case ?? null;
  // What the server holds is what is edited (a reload or another tab never starts from an older copy).
  const initial = stored ? caseToForm(stored) : { ...emptyCase(), country: user.jurisdictions.length === 1 ? user.jurisdictions[0].code : '' };
  return (
    <CaseEditor
      key={reference ?? 'new'}
      user={user}
      vocab={vocab.data}
      reference={reference}
      status={stored?.status ?? null}
      reviewNote={stored?.reviewNote ?? null}
      initial={initial}
    />
  );
}

interface EditorProps {
  user: SignedInUser;
  vocab: EditorVocabulariesQuery;
  reference: string | null;
  status: string | null;
  reviewNote: string | null;
  initial: CaseForm;
}

function CaseEditor({ user, vocab, reference, status, reviewNote, initial }: EditorProps) {
  const navigate = useNavigate();
  const isContributor = user.role === 'CONTRIBUTOR';
  const readOnly = !!reference && isContributor && status !== 'DRAFT';
  const autosave = !!reference && status === 'DRAFT';
  const update = useCallback((ref: string, input: CaseInput) => execute(UpdateCaseDocument, { reference: ref, input }), []);
  const editor = useRecordEditor({ initial, reference, autosave, toInput: caseToInput, update, controlOf: caseControlOf });
  const { form, setForm, problems } = editor;
  const [busy, setBusy] = useState(false);
  const proposed = useRef<string | null>(null);

  const set = <K extends keyof CaseForm>(key: K) => (value: CaseForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (path: string) => problemAt(problems, fieldId(path));

  // A new record gets a reference proposed from its State (contributors must start it with the State's code).
  useEffect(() => {
    if (reference || !form.country) return;
    const untouched = form.reference === '' || form.reference === proposed.current;
    if (!untouched || form.reference.startsWith(`${form.country}-`)) return;
    const next = proposeReference(form.country, form.decisionDate);
    proposed.current = next;
    setForm((f) => ({ ...f, reference: next }));
  }, [reference, form.country, form.reference, form.decisionDate, setForm]);

  const countryOptions = useMemo(() => {
    const all = vocab.jurisdictions.map((j) => ({ value: j.code, label: `${j.name} (${j.code})` }));
    if (!isContributor) return all;
    const mine = new Set(user.jurisdictions.map((j) => j.code));
    return all.filter((o) => mine.has(o.value));
  }, [vocab, isContributor, user]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems: local } = caseToInput(form);
    const required: Problem[] = [];
    if (!form.reference.trim()) required.push({ id: fieldId('reference'), message: 'Reference: give the case a reference (e.g. ITA-2024-017)' });
    if (!form.title.trim()) required.push({ id: fieldId('title'), message: 'Title: give the case a title' });
    if (!form.country) required.push({ id: fieldId('country'), message: 'State: choose the State whose court decided the case' });
    if (required.length || local.length) return editor.showProblems([...required, ...local]);
    setBusy(true);
    try {
      const { createCaseDraft } = await execute(CreateCaseDocument, { input });
      navigate(`/workspace/cases/${encodeURIComponent(createCaseDraft.reference)}`, { replace: true, state: { created: true } });
    } catch (error) {
      editor.showProblems(problemsFrom(error, 'editor-form', caseControlOf));
    } finally {
      setBusy(false);
    }
  };

  const saveNow = async (event: FormEvent) => {
    event.preventDefault();
    await editor.save(true);
  };

  const submit = async () => {
    if (!reference) return;
    setBusy(true);
    try {
      if (!(await editor.save(true))) return;
      await execute(SubmitCaseDocument, { reference });
      navigate('/workspace', { state: { message: `Case ${reference} was submitted for review.` } });
    } catch (error) {
      editor.showProblems(problemsFrom(error, 'editor-form', caseControlOf));
    } finally {
      setBusy(false);
    }
  };

  const created = (useLocation().state as { created?: boolean } | null)?.created;

  return (
    <>
      <p className="breadcrumbs">
        <Link to="/workspace">Workspace</Link> › {reference ? `Case ${reference}` : 'New case'}
      </p>
      <h1>{reference ? form.title || reference : 'New case'}</h1>
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
      {readOnly && <p className="notice">This case is {status?.toLowerCase()}: only drafts can be changed.</p>}
      <JurisdictionOptions id="jurisdiction-options" vocab={vocab} />
      <ArticleOptions id="article-options" vocab={vocab} />
      <form id="editor-form" tabIndex={-1} onSubmit={reference ? saveNow : create} noValidate className="record-editor">
        <ErrorSummary problems={problems} focusKey={editor.attempt} />
        <fieldset disabled={readOnly || busy} className="plain">
          <section aria-labelledby="sec-identity">
            <h2 id="sec-identity">The case</h2>
            <SelectField id={fieldId('country')} label="State" value={form.country} onChange={set('country')} options={countryOptions} blank="Choose a State" error={err('country')} required />
            <TextField
              id={fieldId('reference')}
              label="Reference"
              hint={isContributor ? "Starts with the State's code, e.g. ITA-2024-017; a reference is proposed, change it if yours differs." : 'A stable unique reference, e.g. ITA-2024-017.'}
              value={form.reference}
              onChange={set('reference')}
              readOnly={!!reference}
              error={err('reference')}
              required
            />
            <TextField id={fieldId('title')} label="Title" value={form.title} onChange={set('title')} error={err('title')} required />
          </section>
          <section aria-labelledby="sec-court">
            <h2 id="sec-court">Latest ruling</h2>
            <TextField id={fieldId('court')} label="Court" value={form.court} onChange={set('court')} error={err('court')} />
            <SelectField id={fieldId('courtLevel')} label="Court level" value={form.courtLevel} onChange={set('courtLevel')} options={COURT_LEVELS} blank="Not given" error={err('courtLevel')} />
            <TextField id={fieldId('decisionDate')} label="Decision date" hint="YYYY-MM-DD, or 26 March 2014" value={form.decisionDate} onChange={set('decisionDate')} error={err('decisionDate')} />
            <TextField id={fieldId('sentenceDate')} label="Sentence date" value={form.sentenceDate} onChange={set('sentenceDate')} error={err('sentenceDate')} />
            <TextField id={fieldId('language')} label="Language of the decision" hint="ISO 639-1 code or English name, e.g. it or Italian" value={form.language} onChange={set('language')} error={err('language')} />
          </section>
          <section aria-labelledby="sec-facts">
            <h2 id="sec-facts">Facts and reasoning</h2>
            <TextArea id={fieldId('summary')} label="Summary of the facts" rows={6} value={form.summary} onChange={set('summary')} error={err('summary')} />
            <TextArea id={fieldId('legalReasoning')} label="Legal reasoning" value={form.legalReasoning} onChange={set('legalReasoning')} error={err('legalReasoning')} />
            <TextArea id={fieldId('commentary')} label="Commentary and significant features" value={form.commentary} onChange={set('commentary')} error={err('commentary')} />
          </section>
          <section aria-labelledby="sec-class">
            <h2 id="sec-class">Classification</h2>
            <CrimeTypePicker id={fieldId('crimeTypes')} value={form.crimeTypes} onChange={set('crimeTypes')} vocab={vocab} error={err('crimeTypes')} />
            <ArticlePicker id={fieldId('articles')} value={form.articles} onChange={set('articles')} vocab={vocab} error={err('articles')} />
            <KeywordPicker id={fieldId('keywords')} value={form.keywords} onChange={set('keywords')} vocab={vocab} error={err('keywords')} />
            <TextArea id={fieldId('laws')} label="Laws applied" hint="One law reference per line, e.g. ITA:Codice penale art. 601" rows={3} value={form.laws} onChange={set('laws')} error={err('laws')} />
            <TextArea id={fieldId('citedCases')} label="Cited cases" hint="Earlier decisions this one relies on: one case reference per line, e.g. ITA-2014-0314" rows={3} value={form.citedCases} onChange={set('citedCases')} error={err('citedCases')} />
          </section>
          <Repeater
            path="proceedings" legend="Procedural history" noun="proceeding" items={form.proceedings} onChange={set('proceedings')} blank={blankProceeding} firstField="stage"
            render={(p, up, prefix) => (
              <div className="grid-fields">
                <TextField id={fieldId(`${prefix}.stage`)} label="Stage" hint="first-instance, appeal, supreme-court…" value={p.stage} onChange={(v) => up({ stage: v })} error={err(`${prefix}.stage`)} />
                <TextField id={fieldId(`${prefix}.date`)} label="Date" value={p.date} onChange={(v) => up({ date: v })} error={err(`${prefix}.date`)} />
                <TextField id={fieldId(`${prefix}.court`)} label="Court" value={p.court} onChange={(v) => up({ court: v })} error={err(`${prefix}.court`)} />
                <TextField id={fieldId(`${prefix}.place`)} label="Place" value={p.place} onChange={(v) => up({ place: v })} error={err(`${prefix}.place`)} />
                <TextField id={fieldId(`${prefix}.outcome`)} label="Outcome" value={p.outcome} onChange={(v) => up({ outcome: v })} error={err(`${prefix}.outcome`)} />
              </div>
            )}
          />
          <Repeater
            path="defendants" legend="Defendants and charges" noun="defendant" items={form.defendants} onChange={set('defendants')} blank={blankDefendant} firstField="name"
            render={(d, up, prefix) => (
              <>
                <div className="grid-fields">
                  <TextField id={fieldId(`${prefix}.name`)} label="Name" hint="Full name; the public reads initials only for a minor" value={d.name} onChange={(v) => up({ name: v })} error={err(`${prefix}.name`)} />
                  <SelectField id={fieldId(`${prefix}.gender`)} label="Gender" value={d.gender} onChange={(v) => up({ gender: v })} options={GENDERS} blank="Not given" error={err(`${prefix}.gender`)} />
                  <TextField id={fieldId(`${prefix}.nationality`)} label="Nationality" hint="Code or name of a State" list="jurisdiction-options" value={d.nationality} onChange={(v) => up({ nationality: v })} error={err(`${prefix}.nationality`)} />
                  <TextField id={fieldId(`${prefix}.age`)} label="Age at the time of the facts" inputMode="numeric" value={d.age} onChange={(v) => up({ age: v })} error={err(`${prefix}.age`)} />
                </div>
                <CheckboxField id={fieldId(`${prefix}.legalPerson`)} label="A legal person (company, association)" checked={d.legalPerson} onChange={(v) => up({ legalPerson: v })} error={err(`${prefix}.legalPerson`)} />
                <Repeater
                  path={`${prefix}.charges`} legend="Charges" noun="charge" items={d.charges} onChange={(charges) => up({ charges })} blank={blankCharge} firstField="law"
                  render={(ch, upc, cp) => (
                    <div className="grid-fields">
                      <TextField id={fieldId(`${cp}.law`)} label="Law charged (reference)" value={ch.law} onChange={(v) => upc({ law: v })} error={err(`${cp}.law`)} />
                      <SelectField id={fieldId(`${cp}.verdict`)} label="Verdict" value={ch.verdict} onChange={(v) => upc({ verdict: v })} options={VERDICTS} blank="Not given" error={err(`${cp}.verdict`)} />
                      <TextField id={fieldId(`${cp}.sentence`)} label="Sentence" value={ch.sentence} onChange={(v) => upc({ sentence: v })} error={err(`${cp}.sentence`)} />
                      <TextField id={fieldId(`${cp}.prisonMonths`)} label="Months in prison" inputMode="numeric" value={ch.prisonMonths} onChange={(v) => upc({ prisonMonths: v })} error={err(`${cp}.prisonMonths`)} />
                    </div>
                  )}
                />
              </>
            )}
          />
          <Repeater
            path="victims" legend="Victims" noun="victim group" items={form.victims} onChange={set('victims')} blank={blankVictim} firstField="count"
            render={(v, up, prefix) => (
              <div className="grid-fields">
                <TextField id={fieldId(`${prefix}.count`)} label="Number of victims" inputMode="numeric" value={v.count} onChange={(x) => up({ count: x })} error={err(`${prefix}.count`)} />
                <SelectField id={fieldId(`${prefix}.gender`)} label="Gender" value={v.gender} onChange={(x) => up({ gender: x })} options={GENDERS} blank="Not given" error={err(`${prefix}.gender`)} />
                <SelectField id={fieldId(`${prefix}.child`)} label="Children" value={v.child} onChange={(x) => up({ child: x })} options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} blank="Not known" error={err(`${prefix}.child`)} />
                <TextField id={fieldId(`${prefix}.nationality`)} label="Nationality" list="jurisdiction-options" value={v.nationality} onChange={(x) => up({ nationality: x })} error={err(`${prefix}.nationality`)} />
                <TextField id={fieldId(`${prefix}.name`)} label="Name (one identified victim)" hint="The public reads initials only" value={v.name} onChange={(x) => up({ name: x })} error={err(`${prefix}.name`)} />
              </div>
            )}
          />
          <Repeater
            path="cooperation" legend="International cooperation" noun="cooperation act" items={form.cooperation} onChange={set('cooperation')} blank={blankCooperation} firstField="type"
            render={(c, up, prefix) => (
              <div className="grid-fields">
                <SelectField id={fieldId(`${prefix}.type`)} label="Type" value={c.type} onChange={(x) => up({ type: x })} options={COOPERATION_TYPES} blank="Choose a type" error={err(`${prefix}.type`)} />
                <TextField id={fieldId(`${prefix}.counterpart`)} label="Counterpart State" list="jurisdiction-options" value={c.counterpart} onChange={(x) => up({ counterpart: x })} error={err(`${prefix}.counterpart`)} />
                <TextField id={fieldId(`${prefix}.legalBasis`)} label="Legal basis (article)" hint="e.g. UNTOC-18" list="article-options" value={c.legalBasis} onChange={(x) => up({ legalBasis: x })} error={err(`${prefix}.legalBasis`)} />
                <TextField id={fieldId(`${prefix}.description`)} label="Description" value={c.description} onChange={(x) => up({ description: x })} error={err(`${prefix}.description`)} />
              </div>
            )}
          />
          <Repeater
            path="sources" legend="Sources" noun="source" items={form.sources} onChange={set('sources')} blank={blankSource} firstField="label"
            render={(x, up, prefix) => (
              <div className="grid-fields">
                <TextField id={fieldId(`${prefix}.label`)} label="Label" hint="e.g. Judgment" value={x.label} onChange={(v) => up({ label: v })} error={err(`${prefix}.label`)} />
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
