import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { canReadRestrictedDirectory, canReview } from '../auth/roles';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, fieldId, problemAt, type Problem, problemsFrom, SelectField, TextArea, TextField } from '../forms/fields';
import { type AuthorityChangesInput, type AuthorityRestrictedQuery } from '../gql/graphql';
import { Repeater } from '../workspace/Repeater';
import { AuthorityDocument, AuthorityRestrictedDocument, ProposalsDocument, ProposeChangesDocument } from './directory.operations';
import { designationLabel, kindLabel } from './labels';
import { ProposalList } from './ProposalList';

type Full = NonNullable<AuthorityRestrictedQuery['authority']>;

export default function AuthorityPage() {
  const { id = '' } = useParams();
  const { user, loading } = useSession();
  const restricted = canReadRestrictedDirectory(user?.role);
  const publicRecord = useGraphQL(AuthorityDocument, { id }, { enabled: !loading && !restricted });
  const fullRecord = useGraphQL(AuthorityRestrictedDocument, { id }, { enabled: !loading && restricted });
  const query = restricted ? fullRecord : publicRecord;
  const authority = query.data?.authority;
  useDocumentTitle(authority?.name ?? 'Competent authority');
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!query.data) return <p className="hint">Loading…</p>;
  if (!authority) {
    return (
      <>
        <h1>Authority not found</h1>
        <p>
          No authority with this id. <Link to="/directory">Back to the directory</Link>.
        </p>
      </>
    );
  }
  const full = restricted ? (authority as Full) : null;
  const own = user?.role === 'AUTHORITY' && user.authority?.id === authority.id;
  return (
    <>
      <p className="breadcrumbs">
        <Link to="/directory">Directory</Link> › {authority.jurisdiction.name}
      </p>
      <h1>{authority.name}</h1>
      <dl className="facts">
        <dt>State</dt>
        <dd>
          <Link to={`/jurisdictions/${authority.jurisdiction.code}`}>{authority.jurisdiction.name}</Link>
        </dd>
        <dt>Requests it handles</dt>
        <dd>{authority.kinds.map(kindLabel).join(', ') || '—'}</dd>
        <dt>Designated under</dt>
        <dd>{authority.designations.map(designationLabel).join('; ') || '—'}</dd>
        <dt>Cooperation networks</dt>
        <dd>{authority.regionalNetworks.join(', ') || '—'}</dd>
        <dt>Convention as legal basis for extradition (art. 16(5))</dt>
        <dd>{authority.conventionAsExtraditionBasis == null ? 'Not known' : authority.conventionAsExtraditionBasis ? 'Yes' : 'No'}</dd>
      </dl>
      {full ? <RestrictedDetails a={full} /> : <p className="notice">Contact details, persons and practical details are for competent authorities and the secretariat.</p>}
      {own && full && <ProposeForm a={full} />}
      {(own || canReview(user?.role)) && <Proposals authorityId={authority.id} canDecide={canReview(user?.role)} />}
    </>
  );
}

function RestrictedDetails({ a }: { a: Full }) {
  const rows: [string, string | null | undefined][] = [
    ['Email', a.contact?.email],
    ['Phone', a.contact?.phone],
    ['Fax', a.contact?.fax],
    ['Address', a.contact?.address],
    ['Website', a.contact?.website],
    ['Office hours', a.officeHours],
    ['Time zone', a.timeZone],
    ['Languages accepted', a.languages?.join(', ')],
    ['Documents required', a.documentsRequired],
    ['Formats accepted', a.formats?.join(', ')],
    ['Channels', a.channels?.join(', ')],
    ['Requests through INTERPOL', a.interpolAccepted == null ? null : a.interpolAccepted ? 'Accepted' : 'Not accepted'],
    ['Urgent cases', a.urgentProcedure],
    ['Comments', a.comments],
  ];
  return (
    <section aria-labelledby="restricted-heading" className="record-section">
      <h2 id="restricted-heading">Contact and practical details</h2>
      <dl className="facts restricted-details">
        {rows.map(([label, value]) => (
          <div key={label} className="fact-row">
            <dt>{label}</dt>
            <dd className="pre-line">{value || '—'}</dd>
          </div>
        ))}
      </dl>
      {a.persons && a.persons.length > 0 && (
        <>
          <h3>Contact persons</h3>
          <ul className="record-list">
            {a.persons.map((p, i) => (
              <li key={i}>
                {p.name}
                {p.title ? `, ${p.title}` : ''} {[p.email, p.phone].filter(Boolean).join(' · ')}
                {p.languages.length ? ` (${p.languages.join(', ')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ProposeFormState {
  name: string;
  email: string;
  phone: string;
  fax: string;
  address: string;
  website: string;
  officeHours: string;
  timeZone: string;
  languages: string;
  documentsRequired: string;
  formats: string;
  channels: string;
  interpolAccepted: string;
  urgentProcedure: string;
  comments: string;
  persons: { name: string; title: string; email: string; phone: string; languages: string }[];
}

const list = (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean);
const opt = (v: string) => (v.trim() === '' ? null : v.trim());

function stateOf(a: Full): ProposeFormState {
  return {
    name: a.name,
    email: a.contact?.email ?? '',
    phone: a.contact?.phone ?? '',
    fax: a.contact?.fax ?? '',
    address: a.contact?.address ?? '',
    website: a.contact?.website ?? '',
    officeHours: a.officeHours ?? '',
    timeZone: a.timeZone ?? '',
    languages: (a.languages ?? []).join(', '),
    documentsRequired: a.documentsRequired ?? '',
    formats: (a.formats ?? []).join(', '),
    channels: (a.channels ?? []).join(', '),
    interpolAccepted: a.interpolAccepted == null ? '' : a.interpolAccepted ? 'yes' : 'no',
    urgentProcedure: a.urgentProcedure ?? '',
    comments: a.comments ?? '',
    persons: (a.persons ?? []).map((p) => ({ name: p.name, title: p.title ?? '', email: p.email ?? '', phone: p.phone ?? '', languages: p.languages.join(', ') })),
  };
}

/** Only what changed is proposed: the fields given are set (null clears one), the others stay. */
function changesOf(before: ProposeFormState, after: ProposeFormState): AuthorityChangesInput {
  const changes: AuthorityChangesInput = {};
  const differs = (keys: (keyof ProposeFormState)[]) => keys.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (differs(['name'])) changes.name = after.name.trim();
  if (differs(['email', 'phone', 'fax', 'address', 'website']))
    changes.contact = { email: opt(after.email), phone: opt(after.phone), fax: opt(after.fax), address: opt(after.address), website: opt(after.website) };
  for (const k of ['officeHours', 'timeZone', 'documentsRequired', 'urgentProcedure', 'comments'] as const) if (differs([k])) changes[k] = opt(after[k]);
  for (const k of ['languages', 'formats', 'channels'] as const) if (differs([k])) changes[k] = list(after[k]);
  if (differs(['interpolAccepted'])) changes.interpolAccepted = after.interpolAccepted === '' ? null : after.interpolAccepted === 'yes';
  if (differs(['persons']))
    changes.persons = after.persons.map((p) => ({ name: p.name.trim(), title: opt(p.title), email: opt(p.email), phone: opt(p.phone), languages: list(p.languages) }));
  return changes;
}

function ProposeForm({ a }: { a: Full }) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => stateOf(a));
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof ProposeFormState) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const err = (path: string) => problemAt(problems, fieldId(path));
  // API paths (contact.email, persons[0].name) name the controls; the contact fields sit at the top level here.
  const controlOf = (field: string) => (field.startsWith('contact.') ? fieldId(field.slice('contact.'.length)) : /^(languages|formats|channels)\[\d+\]$/.test(field) ? fieldId(field.replace(/\[\d+\]$/, '')) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const changes = changesOf(initial, form);
    if (Object.keys(changes).length === 0) {
      setProblems([{ id: 'propose-form', message: 'Nothing has changed: change a field before proposing' }]);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await execute(ProposeChangesDocument, { input: changes });
      setProblems([]);
      setSent(true);
      await queryClient.invalidateQueries({ queryKey: [ProposalsDocument.toString()] });
    } catch (error) {
      setProblems(problemsFrom(error, 'propose-form', controlOf));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="propose-heading" className="record-section">
      <h2 id="propose-heading">Propose changes to your record</h2>
      <p className="hint">The secretariat approves or rejects them; until then the directory shows the record as it is.</p>
      <form id="propose-form" tabIndex={-1} onSubmit={submit} noValidate className="record-editor">
        <ErrorSummary problems={problems} focusKey={attempt} />
        <TextField id={fieldId('name')} label="Name of the authority" value={form.name} onChange={set('name')} error={err('name')} />
        <div className="grid-fields">
          <TextField id={fieldId('email')} label="Email" type="email" value={form.email} onChange={set('email')} error={err('email')} />
          <TextField id={fieldId('phone')} label="Phone" type="tel" value={form.phone} onChange={set('phone')} error={err('phone')} />
          <TextField id={fieldId('fax')} label="Fax" type="tel" value={form.fax} onChange={set('fax')} error={err('fax')} />
          <TextField id={fieldId('website')} label="Website" type="url" value={form.website} onChange={set('website')} error={err('website')} />
        </div>
        <TextArea id={fieldId('address')} label="Address" rows={3} value={form.address} onChange={set('address')} error={err('address')} />
        <div className="grid-fields">
          <TextField id={fieldId('officeHours')} label="Office hours" hint="e.g. Mon–Fri 09:00–17:00" value={form.officeHours} onChange={set('officeHours')} error={err('officeHours')} />
          <TextField id={fieldId('timeZone')} label="Time zone" hint="IANA, e.g. Europe/Rome" value={form.timeZone} onChange={set('timeZone')} error={err('timeZone')} />
          <TextField id={fieldId('languages')} label="Languages accepted" hint="Comma-separated codes or names: en, French" value={form.languages} onChange={set('languages')} error={err('languages')} />
          <TextField id={fieldId('formats')} label="Formats accepted" hint="Comma-separated" value={form.formats} onChange={set('formats')} error={err('formats')} />
          <TextField id={fieldId('channels')} label="Channels" hint="Comma-separated: diplomatic, direct, e-mail" value={form.channels} onChange={set('channels')} error={err('channels')} />
          <SelectField id={fieldId('interpolAccepted')} label="Requests through INTERPOL" value={form.interpolAccepted} onChange={set('interpolAccepted')} options={[{ value: 'yes', label: 'Accepted' }, { value: 'no', label: 'Not accepted' }]} blank="Not said" error={err('interpolAccepted')} />
        </div>
        <TextArea id={fieldId('documentsRequired')} label="Documents required" value={form.documentsRequired} onChange={set('documentsRequired')} error={err('documentsRequired')} />
        <TextArea id={fieldId('urgentProcedure')} label="Procedure in urgent cases" value={form.urgentProcedure} onChange={set('urgentProcedure')} error={err('urgentProcedure')} />
        <TextArea id={fieldId('comments')} label="Comments" value={form.comments} onChange={set('comments')} error={err('comments')} />
        <Repeater
          path="persons" legend="Contact persons" noun="person" items={form.persons} onChange={(persons) => setForm((f) => ({ ...f, persons }))}
          blank={() => ({ name: '', title: '', email: '', phone: '', languages: '' })} firstField="name"
          render={(p, up, prefix) => (
            <div className="grid-fields">
              <TextField id={fieldId(`${prefix}.name`)} label="Name" value={p.name} onChange={(v) => up({ name: v })} error={err(`${prefix}.name`)} />
              <TextField id={fieldId(`${prefix}.title`)} label="Position" value={p.title} onChange={(v) => up({ title: v })} error={err(`${prefix}.title`)} />
              <TextField id={fieldId(`${prefix}.email`)} label="Email" type="email" value={p.email} onChange={(v) => up({ email: v })} error={err(`${prefix}.email`)} />
              <TextField id={fieldId(`${prefix}.phone`)} label="Phone" type="tel" value={p.phone} onChange={(v) => up({ phone: v })} error={err(`${prefix}.phone`)} />
              <TextField id={fieldId(`${prefix}.languages`)} label="Languages spoken" value={p.languages} onChange={(v) => up({ languages: v })} error={err(`${prefix}.languages`)} />
            </div>
          )}
        />
        <div className="editor-actions">
          <button type="submit" className="primary" disabled={busy}>
            Propose these changes
          </button>
          {sent && (
            <p role="status" className="success">
              Your changes were sent to the secretariat.
            </p>
          )}
        </div>
      </form>
    </section>
  );
}

function Proposals({ authorityId, canDecide }: { authorityId: string; canDecide: boolean }) {
  const proposals = useGraphQL(ProposalsDocument, { first: 100 });
  const mine = (proposals.data?.authorityProposals.edges ?? []).map((e) => e.node).filter((p) => p.authority?.id === authorityId);
  return (
    <section aria-labelledby="proposals-heading" className="record-section">
      <h2 id="proposals-heading">Proposed changes</h2>
      {proposals.error ? <ErrorMessage error={proposals.error} /> : !proposals.data ? <p className="hint">Loading…</p> : <ProposalList proposals={[...mine].reverse()} canDecide={canDecide} showAuthority={false} />}
    </section>
  );
}
