/**
 * Text clean-up shared by every normalizer, and the lookup key the others match on.
 *
 * - `cleanText`: one line of text (titles, names, labels).
 * - `cleanParagraphs`: long text that keeps its paragraph breaks (summaries, facts, legal reasoning).
 * - `foldForLookup`: a comparison key, never stored.
 */

/** Control characters that are not whitespace: C0 except TAB LF VT FF CR, DEL, C1 except NEL. */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * Invisible characters removed outright (a space would split the word they sit in): zero width space,
 * word joiner, byte order mark / zero width no-break space, soft hyphen (left by PDF text extraction).
 * ZWJ and ZWNJ are kept: Persian, Arabic and Indic scripts need them.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/** Any whitespace, including NBSP, the Unicode spaces, line/paragraph separators and NEL. */
const ANY_SPACE = /[\s\u0085]+/g;

/** Whitespace within a line (everything in ANY_SPACE but the line breaks, which are normalized to LF first). */
const LINE_SPACE = /[^\S\n]+/g;

/**
 * One line of text: Unicode NFC, control and invisible characters removed, every run of whitespace
 * (tabs, newlines, NBSP, thin and ideographic spaces...) collapsed to one space, trimmed.
 * `cleanText('  Tran,\u00A0Thi\tBich \r\n')` is `'Tran, Thi Bich'`.
 */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(CONTROL, '').replace(INVISIBLE, '').replace(ANY_SPACE, ' ').trim();
}

/**
 * Text with paragraphs: like `cleanText` within each line, but line breaks are kept.
 * CRLF, CR, NEL and LINE SEPARATOR become LF; PARAGRAPH SEPARATOR becomes a blank line; spaces at the
 * start and end of lines are dropped; three or more line breaks (blank lines, or lines holding only
 * whitespace) collapse to two, i.e. one blank line between paragraphs; the whole is trimmed.
 */
export function cleanParagraphs(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(LINE_SPACE, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `cleanText`, but `undefined` for null, undefined and strings that are empty once cleaned. */
export function cleanOptionalText(s: string | null | undefined): string | undefined {
  if (s === null || s === undefined) return undefined;
  const cleaned = cleanText(s);
  return cleaned === '' ? undefined : cleaned;
}

/** Letters that compatibility decomposition leaves whole, folded to their usual ASCII spelling. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * The lookup key of a label: lower case, diacritics stripped, `&` read as `and`, every run of
 * punctuation, symbols and whitespace replaced by one space, trimmed.
 * `"Côte d'Ivoire"` → `cote d ivoire`; `"money_laundering"` → `money laundering`;
 * `"TRAFFICKING  IN PERSONS"` → `trafficking in persons`; `"Bosnia & Herzegovina"` → `bosnia and herzegovina`.
 *
 * Compatibility decomposition (NFKD rather than NFD) also folds ligatures and full-width forms
 * (`ﬁ` → `fi`, `ＩＴＡ` → `ita`); a handful of letters without a decomposition (`ß`, `æ`, `ø`, `ł`…) are
 * spelled out. Letters of other scripts are kept as they are (lower-cased).
 */
export function foldForLookup(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
