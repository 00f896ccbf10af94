/**
 * The result every normalizer returns: the canonical value, or a sentence for the ingest report / the
 * GraphQL `BAD_USER_INPUT` error that names the bad value and says what is accepted, e.g.
 * `"Atlantis" is not a known country: use an ISO 3166-1 code (ITA, IT) or an English name`.
 */
export type Normalized<T> = { ok: true; value: T } | { ok: false; error: string };

export function ok<T>(value: T): Normalized<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): Normalized<T> {
  return { ok: false, error };
}

/** Quotes a raw input for an error message (JSON-style, so quotes, newlines and control characters stay visible). */
export function quote(input: unknown): string {
  const s = typeof input === 'string' ? input : String(input);
  const shown = s.length > 120 ? `${s.slice(0, 117)}...` : s;
  return JSON.stringify(shown);
}

/** Lists values for an error message: `a, b or c`. */
export function listOf(values: readonly string[], conjunction = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

/** Appends a "did you mean" hint (see suggest.ts), ending the first sentence with a full stop when there is one. */
export function withHint(message: string, hint: string): string {
  return hint === '' ? message : `${message}.${hint}`;
}
