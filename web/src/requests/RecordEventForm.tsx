import { type FormEvent, useState } from 'react';
import { runSignedIn } from '../api/session';
import { ErrorMessage } from '../components/ErrorMessage';
import { type RefusalGround, type RequestEventType } from '../gql/graphql';
import { EVENT_LABELS, GROUND_LABELS } from './request-labels';
import { RecordRequestEventDocument } from './requests.operations';

/** Events that close a request (its outcome). */
const CLOSING: readonly string[] = ['EXECUTED', 'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN'];

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Records what happened to a request: the events the API says the account may record now (`allowedEvents`), each
 * with its date and a note; a refusal with its grounds. Closing events are grouped apart, as they end the request.
 */
export function RecordEventForm({
  id,
  allowed,
  onRecorded,
}: {
  id: string;
  allowed: RequestEventType[];
  onRecorded: () => Promise<void>;
}) {
  const choices = allowed.filter((t) => t !== 'SENT'); // sending an outgoing draft has its own button, after the completeness check
  const [type, setType] = useState<RequestEventType | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (choices.length === 0) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!type) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await runSignedIn(RecordRequestEventDocument, {
        id,
        event: {
          type,
          date: String(data.get('date') ?? '') || null,
          note: note || null,
          refusalGrounds: type === 'REFUSED' ? (data.getAll('grounds') as RefusalGround[]) : null,
        },
      });
      setDone(`Recorded: ${EVENT_LABELS[type] ?? type}.`);
      setType('');
      form.reset();
      await onRecorded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const open = choices.filter((t) => !CLOSING.includes(t));
  const closing = choices.filter((t) => CLOSING.includes(t));
  return (
    <section className="record-section" aria-labelledby="record-event">
      <h2 id="record-event">Record what happened</h2>
      {error !== null && <ErrorMessage error={error} />}
      {done && (
        <p className="complete-notice" role="status">
          {done}
        </p>
      )}
      <form className="wizard-form event-form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor="event-type">Event</label>
          <select
            id="event-type"
            name="type"
            required
            value={type}
            onChange={(e) => setType(e.target.value as RequestEventType)}
          >
            <option value="" disabled>
              Choose what happened
            </option>
            {open.length > 0 && (
              <optgroup label="Record">
                {open.map((t) => (
                  <option key={t} value={t}>
                    {EVENT_LABELS[t] ?? t}
                  </option>
                ))}
              </optgroup>
            )}
            {closing.length > 0 && (
              <optgroup label="Close the request">
                {closing.map((t) => (
                  <option key={t} value={t}>
                    {EVENT_LABELS[t] ?? t}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        {type === 'REFUSED' && (
          <fieldset>
            <legend>Grounds of refusal (at least one)</legend>
            {Object.entries(GROUND_LABELS).map(([ground, label]) => (
              <label key={ground} className="choice">
                <input type="checkbox" name="grounds" value={ground} /> {label}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="event-date">Date</label>
          <input id="event-date" name="date" type="date" required max={today()} defaultValue={today()} />
        </div>
        <div className="field">
          <label htmlFor="event-note">Note</label>
          <textarea id="event-note" name="note" rows={3} maxLength={20000} />
        </div>
        <p>
          <button type="submit" disabled={busy || !type}>
            {type && CLOSING.includes(type) ? 'Record and close the request' : 'Record the event'}
          </button>
        </p>
      </form>
    </section>
  );
}
