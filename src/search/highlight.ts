/**
 * Engines mark matches with two control characters that stored text never contains (ingest strips control
 * characters); this turns such a marked string into safe HTML: everything escaped, matches in <mark>…</mark>.
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The snippet as HTML, or null when nothing in it matched. */
export function markedToHtml(marked: string): string | null {
  if (!marked.includes(MARK_START)) return null;
  let html = '';
  let open = false;
  for (const part of marked.split(/([\u0001\u0002])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      // eslint-disable-next-line no-control-regex
      html += escapeHtml(part.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
    }
  }
  return open ? `${html}</mark>` : html;
}
