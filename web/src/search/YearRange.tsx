import { useEffect, useState } from 'react';

interface Props {
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
}

const parseYear = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null);

/** Year range of the decisions (or enactments): two four-digit years, applied together. */
export function YearRange({ from, to, onChange }: Props) {
  const [fromText, setFromText] = useState(from?.toString() ?? '');
  const [toText, setToText] = useState(to?.toString() ?? '');
  useEffect(() => setFromText(from?.toString() ?? ''), [from]);
  useEffect(() => setToText(to?.toString() ?? ''), [to]);

  const invalid = (text: string) => text.trim() !== '' && parseYear(text) === null;
  const fromYear = parseYear(fromText);
  const toYear = parseYear(toText);
  const error =
    invalid(fromText) || invalid(toText)
      ? 'Years have four digits, e.g. 2015.'
      : fromYear !== null && toYear !== null && fromYear > toYear
        ? 'The first year comes before the last.'
        : null;

  return (
    <form
      className="year-range"
      aria-label="Year range"
      onSubmit={(event) => {
        event.preventDefault();
        if (!error) onChange(fromYear, toYear);
      }}
    >
      <div className="year-range-row">
        <label>
          From
          <input inputMode="numeric" size={5} value={fromText} aria-invalid={invalid(fromText)} onChange={(e) => setFromText(e.target.value)} />
        </label>
        <label>
          To
          <input inputMode="numeric" size={5} value={toText} aria-invalid={invalid(toText)} onChange={(e) => setToText(e.target.value)} />
        </label>
        <button type="submit">Apply</button>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
