import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { execute } from '../api/client';
import { SaveSearchDocument } from '../account/saved-searches.operations';
import type { JustSaved } from '../account/SavedSearchesPage';
import { useSession } from '../auth/session';
import { ErrorSummary, type Problem, problemAt, TextField } from '../forms/fields';
import { type SearchState, toSearchInput } from './search-state';

/**
 * "Save this search" (signed-in accounts only): names the search on screen and saves it, then opens the saved
 * searches page, which shows the feed URL this once.
 */
export function SaveSearch({ state }: { state: SearchState }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  if (!user) return null;

  const start = () => {
    setName(state.text.trim() || 'All records');
    setProblems([]);
    setOpen(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = name.trim() ? [] : [{ id: 'save-search-name', message: 'Name the search' }];
    setAttempt((n) => n + 1);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { first: _first, after: _after, ...search } = toSearchInput(state);
      const { saveSearch } = await execute(SaveSearchDocument, { input: { name: name.trim(), search } });
      const handed: JustSaved = { savedSearchId: saveSearch.id, feedUrl: saveSearch.feedUrl ?? '' };
      navigate('/account/searches', { state: handed });
    } catch (error) {
      setProblems([{ id: 'save-search-name', message: error instanceof Error ? error.message : String(error) }]);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <p className="save-search">
        <button type="button" onClick={start}>
          Save this search
        </button>
      </p>
    );
  }
  return (
    <form className="save-search" onSubmit={submit} noValidate aria-label="Save this search">
      <ErrorSummary problems={problems} focusKey={attempt} />
      <TextField id="save-search-name" label="Name of the saved search" value={name} onChange={setName} error={problemAt(problems, 'save-search-name')} required />
      <button type="submit" className="primary" disabled={busy}>
        Save
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
