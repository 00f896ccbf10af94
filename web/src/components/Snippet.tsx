import { isSafeSnippet } from './snippet-html';

/** A highlighted snippet: matched terms in <mark>, the rest already HTML-escaped by the API. Anything else is shown as text. */
export function Snippet({ html }: { html: string }) {
  if (!isSafeSnippet(html)) return <span>{html}</span>;
  return <span dangerouslySetInnerHTML={{ __html: html }} />;
}
