/**
 * Snippet hygiene shared by both engines. Engines mark matches with two control characters that stored text
 * never contains (ingest and the document builders strip control characters); a marked string becomes safe
 * HTML here: everything escaped, matches in <mark>…</mark>.
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
const MARKERS = /([\u0001\u0002])/;

/** C0 controls except tab, line feed and carriage return, plus DEL: never meaningful in record text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}

/**
 * Escaped HTML with <mark> around the matches. Markers are balanced whatever arrives: an end without a start
 * is dropped and a start left open is closed, so the result is always well-formed.
 */
export function toSnippet(marked: string): string {
  let html = '';
  let open = false;
  for (const part of marked.split(MARKERS)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(stripControlCharacters(part));
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The snippet as HTML, or null when nothing in it matched. */
export function markedToHtml(marked: string): string | null {
  return marked.includes(MARK_START) ? toSnippet(marked) : null;
}
