/** Only <mark> may appear in a highlight snippet (the API escapes everything else). */
const ONLY_MARKS = /^(?:[^<]|<\/?mark>)*$/;

/** True when a snippet holds no markup but <mark>…</mark>, so it can be rendered as HTML. */
export function isSafeSnippet(snippet: string): boolean {
  return ONLY_MARKS.test(snippet);
}
