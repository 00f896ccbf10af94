import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../auth/session';
import { type Problem, problemsFrom } from '../forms/fields';

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1200;

export type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'failed' | 'waiting-for-sign-in';

interface Options<F, I> {
  initial: F;
  /** The record's reference once it exists (null while it is being created). */
  reference: string | null;
  /** Whether each change is saved as it is written (a draft the account may change). */
  autosave: boolean;
  /** The form as the API's input, or the problems found before sending it. */
  toInput: (form: F) => { input: I; problems: Problem[] };
  update: (reference: string, input: I) => Promise<unknown>;
  /** Maps an API field path to the id of the control that edits it (lists edited as one control). */
  controlOf?: (field: string) => string | null;
}

/**
 * The state of a record editor: the form, its problems (found here or answered by the API, at the field), and the
 * draft saved as it is written (debounced `update…`). A session that ends keeps the form; saving resumes once the
 * account has signed in again.
 */
export function useRecordEditor<F, I>({ initial, reference, autosave, toInput, update, controlOf }: Options<F, I>) {
  const session = useSession();
  const [form, setFormState] = useState<F>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const formRef = useRef(form);
  formRef.current = form;
  const saving = useRef<Promise<boolean> | null>(null);
  const saveStateRef = useRef<SaveState>('idle');
  saveStateRef.current = saveState;

  const setForm = useCallback((next: F | ((previous: F) => F)) => {
    version.current += 1;
    setFormState(next);
    setSaveState('dirty');
  }, []);

  /** Saves the form as it is now; true when the stored record holds it. `focus`: a failure moves focus to the summary. */
  const save = useCallback(async (focus = false): Promise<boolean> => {
    if (!reference) return false;
    if (saving.current) await saving.current;
    if (savedVersion.current === version.current && saveStateRef.current !== 'failed') return true;
    const at = version.current;
    const { input, problems: local } = toInput(formRef.current);
    if (local.length > 0) {
      setProblems(local);
      setSaveState('failed');
      if (focus) setAttempt((n) => n + 1);
      return false;
    }
    setSaveState('saving');
    const run = (async () => {
      try {
        await update(reference, input);
        savedVersion.current = at;
        setProblems([]);
        setSavedAt(new Date());
        setSaveState(version.current === at ? 'saved' : 'dirty');
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          setSaveState('waiting-for-sign-in');
          return false;
        }
        setProblems(problemsFrom(error, 'editor-form', controlOf));
        setSaveState('failed');
        if (focus) setAttempt((n) => n + 1);
        return false;
      } finally {
        saving.current = null;
      }
    })();
    saving.current = run;
    return run;
  }, [reference, toInput, update, controlOf]);

  // Saved as it is written: a pause in typing saves the draft.
  useEffect(() => {
    if (!autosave || !reference || session.expired || saveState !== 'dirty') return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [autosave, reference, session.expired, saveState, form, save]);

  // Back from signing in again: save what waited.
  useEffect(() => {
    if (!session.expired && saveState === 'waiting-for-sign-in') setSaveState('dirty');
  }, [session.expired, saveState]);

  /** Problems from an attempt to send the form: the summary takes focus. */
  const showProblems = useCallback((found: Problem[]) => {
    setProblems(found);
    setAttempt((n) => n + 1);
  }, []);

  const unsaved = savedVersion.current !== version.current;

  return { form, setForm, problems, attempt, showProblems, save, saveState, savedAt, unsaved };
}

export function saveStateText(state: SaveState, savedAt: Date | null): string {
  const at = savedAt ? savedAt.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) : '';
  switch (state) {
    case 'idle':
      return savedAt ? `Saved at ${at}` : 'No changes yet';
    case 'dirty':
      return 'Changes not saved yet…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Draft saved at ${at}`;
    case 'failed':
      return 'Not saved: see the problems listed above';
    case 'waiting-for-sign-in':
      return 'Not saved: your session has ended. Sign in again to save.';
  }
}
