import { useId, useRef, useState } from 'react';

/** Text to copy (a citation, a feed URL): shown in full, selectable, with a button that copies it and says so. */
export function CopyText({ label, text, button = 'Copy citation', rows = 3 }: { label: string; text: string; button?: string; rows?: number }) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      // The clipboard API needs a secure context: select the text so that Ctrl+C copies it.
      field.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };

  return (
    <div className="copy-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly value={text} rows={rows} onFocus={(e) => e.target.select()} />
      <div className="copy-row">
        <button type="button" onClick={copy}>
          {button}
        </button>
        <span role="status" className="hint">
          {status}
        </span>
      </div>
    </div>
  );
}
