/** Only <mark> may appear in a highlight snippet (the API escapes everything else). Anything else is shown as text. */
const ONLY_MARKS = /^(?:[^<]|<\/?mark>)*$/;

export function isSafeSnippet(snippet: string): boolean {
  return ONLY_MARKS.test(snippet);
}

/** A highlighted snippet: matched terms in <mark>, the rest already HTML-escaped by the API. */
export function Snippet({ html }: { html: string }) {
  if (!isSafeSnippet(html)) return <span>{html}</span>;
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}
