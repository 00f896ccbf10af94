import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 250;
/** Keystrokes closer together than this belong to one search: one history entry, not one per letter. */
const TYPING_BURST_MS = 2000;

interface Props {
  text: string;
  onSearch: (text: string, replace: boolean) => void;
}

/** The search box: results follow as you type (debounced); Enter searches at once. */
export function SearchBox({ text, onSearch }: Props) {
  const [draft, setDraft] = useState(text);
  const committed = useRef(text);
  const lastCommitAt = useRef(0);

  // The URL changed without typing (back button, a link, "clear"): show its text.
  useEffect(() => {
    if (text !== committed.current) {
      committed.current = text;
      setDraft(text);
    }
  }, [text]);

  const commit = (value: string) => {
    if (value === committed.current) return;
    const now = Date.now();
    committed.current = value;
    onSearch(value, now - lastCommitAt.current < TYPING_BURST_MS);
    lastCommitAt.current = now;
  };

  useEffect(() => {
    const timer = setTimeout(() => commit(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Re-armed on every change of the draft: that is the debounce (commit reads refs only).
  }, [draft]);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        commit(draft);
      }}
    >
      <label htmlFor="search-text">Search cases and legislation</label>
      <div className="search-box-row">
        <input
          id="search-text"
          type="search"
          name="q"
          value={draft}
          autoComplete="off"
          spellCheck={false}
          placeholder='e.g. "human trafficking" forced labour'
          aria-describedby="search-help"
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit">Search</button>
      </div>
      <p id="search-help" className="hint">
        Results update as you type. Quotes match a phrase; legal synonyms are understood.
      </p>
    </form>
  );
}
