import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { execute } from '../api/client';
import { useGraphQL } from '../api/use-query';
import { RequireRole } from '../auth/RequireRole';
import { CopyText } from '../components/CopyText';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../components/time';
import { useDocumentTitle } from '../components/use-document-title';
import { ErrorSummary, type Problem, problemAt, TextField } from '../forms/fields';
import { type SavedSearchesQuery } from '../gql/graphql';
import {
  AddSavedSearchWebhookDocument, DeleteSavedSearchDocument, RemoveSavedSearchWebhookDocument, RotateSavedSearchFeedDocument,
  SavedSearchesDocument,
} from './saved-searches.operations';

type Saved = SavedSearchesQuery['savedSearches'][number];
type Webhook = Saved['webhooks'][number];

/** What the search page hands over after saving: the feed URL, shown once. */
export interface JustSaved {
  savedSearchId: string;
  feedUrl: string;
}

const STATUS_LABELS: Record<string, string> = { PENDING: 'Pending', DELIVERED: 'Delivered', FAILED: 'Failed (gave up)' };

export default function SavedSearchesPage() {
  useDocumentTitle('Saved searches');
  return (
    <RequireRole title="Saved searches">
      {() => (
        <>
          <h1>Saved searches</h1>
          <p className="hint">
            Each saved search has a private Atom feed of the newest matching records, and may send them to webhooks. A record
            published or changed that matches reaches them within a minute. Save a search from the <Link to="/">search page</Link>.
          </p>
          <SavedSearchList />
        </>
      )}
    </RequireRole>
  );
}

function SavedSearchList() {
  const location = useLocation();
  const justSaved = location.state as JustSaved | null;
  const list = useGraphQL(SavedSearchesDocument, {});
  // Feed URLs and webhook secrets exist in clear only in the answer that made them: kept here while the page is open.
  const [feedUrls, setFeedUrls] = useState<Record<string, string>>(justSaved ? { [justSaved.savedSearchId]: justSaved.feedUrl } : {});
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  // Taken into the page's state, then dropped from the history entry: a reload or a later visit does not show it.
  useEffect(() => {
    if (justSaved) navigate(location.pathname, { replace: true, state: null });
  }, [justSaved, location.pathname, navigate]);

  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <p className="hint">Loading…</p>;
  if (list.data.savedSearches.length === 0) return <p>You have no saved searches yet.</p>;
  return (
    <ul className="saved-searches">
      {list.data.savedSearches.map((saved) => (
        <li key={saved.id}>
          <SavedSearchItem
            saved={saved}
            feedUrl={feedUrls[saved.id] ?? null}
            onFeedUrl={(url) => setFeedUrls((all) => ({ ...all, [saved.id]: url }))}
            secrets={secrets}
            onSecret={(id, secret) => setSecrets((all) => ({ ...all, [id]: secret }))}
          />
        </li>
      ))}
    </ul>
  );
}

function SavedSearchItem(props: {
  saved: Saved;
  feedUrl: string | null;
  onFeedUrl: (url: string) => void;
  secrets: Record<string, string>;
  onSecret: (webhookId: string, secret: string) => void;
}) {
  const { saved } = props;
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [SavedSearchesDocument.toString()] });
  const headingId = `saved-${saved.id}`;

  const act = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    }
  };
  const remove = () =>
    act(async () => {
      if (!window.confirm(`Delete the saved search “${saved.name}”? Its feed and webhooks stop at once.`)) return;
      await execute(DeleteSavedSearchDocument, { id: saved.id });
      await refresh();
    });
  const rotate = () =>
    act(async () => {
      if (!window.confirm(`Give “${saved.name}” a new feed URL? Feed readers using the current one stop receiving it.`)) return;
      const { rotateSavedSearchFeed } = await execute(RotateSavedSearchFeedDocument, { id: saved.id });
      if (rotateSavedSearchFeed.feedUrl) props.onFeedUrl(rotateSavedSearchFeed.feedUrl);
    });

  return (
    <section aria-labelledby={headingId} className="record-section saved-search">
      <h2 id={headingId}>
        <Link to={saved.searchPath}>{saved.name}</Link>
      </h2>
      <p className="hint">
        Saved {formatDateTime(saved.createdAt)}; {saved.lastMatchedAt ? `a record last matched ${formatDateTime(saved.lastMatchedAt)}` : 'no new record has matched yet'}.
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      <h3>Atom feed</h3>
      {props.feedUrl ? (
        <CopyText label="Feed URL: copy it now, it is not shown again" text={props.feedUrl} button="Copy feed URL" rows={2} />
      ) : (
        <p>
          The feed URL starts with <code>{saved.feedUrlHint}</code>. It is shown only when it is made: if you lost it, get a new one.
        </p>
      )}
      <div className="actions-row">
        <button type="button" onClick={rotate}>
          New feed URL<span className="sr-only"> for {saved.name}</span>
        </button>
        <button type="button" className="secondary" onClick={remove}>
          Delete<span className="sr-only"> {saved.name}</span>
        </button>
      </div>
      <h3>Webhooks</h3>
      {saved.webhooks.length === 0 ? (
        <p className="hint">No webhooks.</p>
      ) : (
        saved.webhooks.map((webhook) => (
          <WebhookItem key={webhook.id} webhook={webhook} secret={props.secrets[webhook.id] ?? null} onRemoved={refresh} />
        ))
      )}
      <AddWebhookForm savedSearchId={saved.id} name={saved.name} onAdded={async (id, secret) => {
        props.onSecret(id, secret);
        await refresh();
      }} />
    </section>
  );
}

function WebhookItem({ webhook, secret, onRemoved }: { webhook: Webhook; secret: string | null; onRemoved: () => Promise<void> }) {
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    if (!window.confirm(`Remove the webhook ${webhook.url}? Its delivery log goes with it.`)) return;
    try {
      await execute(RemoveSavedSearchWebhookDocument, { id: webhook.id });
      await onRemoved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="webhook">
      <p>
        <code>{webhook.url}</code>{' '}
        <button type="button" onClick={remove}>
          Remove<span className="sr-only"> webhook {webhook.url}</span>
        </button>
      </p>
      {secret && <CopyText label="Signing secret: copy it now, it is not shown again" text={secret} button="Copy secret" rows={1} />}
      {error ? <ErrorMessage error={error} /> : null}
      {webhook.deliveries.length === 0 ? (
        <p className="hint">No deliveries yet.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>Latest deliveries to {webhook.url}</caption>
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Records</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {webhook.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <td>{d.recordCount}</td>
                  <td>
                    {STATUS_LABELS[d.status] ?? d.status}
                    {d.status === 'PENDING' && d.nextAttemptAt ? `, next try ${formatDateTime(d.nextAttemptAt)}` : ''}
                  </td>
                  <td>
                    <ol className="attempts">
                      {d.attemptLog.map((a) => (
                        <li key={a.attempt}>
                          {formatDateTime(a.attemptedAt)}: {a.statusCode !== null && a.statusCode !== undefined ? `HTTP ${a.statusCode}` : 'no answer'}
                          {a.error ? ` (${a.error})` : ''}
                        </li>
                      ))}
                    </ol>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function AddWebhookForm({ savedSearchId, name, onAdded }: { savedSearchId: string; name: string; onAdded: (id: string, secret: string) => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fieldId = `webhook-url-${savedSearchId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = url.trim() ? [] : [{ id: fieldId, message: 'Enter the https:// URL that is to receive the matches' }];
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length) return;
    try {
      const { addSavedSearchWebhook } = await execute(AddSavedSearchWebhookDocument, { id: savedSearchId, url: url.trim() });
      setUrl('');
      await onAdded(addSavedSearchWebhook.webhook.id, addSavedSearchWebhook.signingKey);
    } catch (error) {
      setProblems([{ id: fieldId, message: error instanceof Error ? error.message : String(error) }]);
      setAttempt((n) => n + 1);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Add a webhook to ${name}`}>
      <ErrorSummary problems={problems} focusKey={attempt} />
      <TextField id={fieldId} label="Webhook URL" hint="https:// on a public host" type="url" value={url} onChange={setUrl} error={problemAt(problems, fieldId)} />
      <button type="submit">Add webhook</button>
    </form>
  );
}
