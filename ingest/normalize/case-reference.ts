import { fail, ok, quote, type Normalized } from './result';
import { cleanText } from './text';

/** Longest case reference the catalogue stores (cases.reference, case_citations.cited_reference). */
export const MAX_CASE_REFERENCE_CHARS = 128;

/** Most cases one decision may cite (`citedCases`). */
export const MAX_CITED_CASES = 200;

/** Letters, digits, spaces and the punctuation references use (`ITA-2014-0314`, `UNODC/ITA/2014/12`, `[2014] EWCA Crim 1`). */
const REFERENCE_SHAPE = /^[\p{L}\p{N}[(][\p{L}\p{N} .,:/_()[\]#'&+-]*$/u;

/**
 * The reference of a cited case as stored: whitespace cleaned, then checked against the shape references take.
 * A `;` is refused rather than split: in JSON each cited case is its own list item (CSV splits on `;` first).
 */
export function normalizeCaseReference(input: string): Normalized<string> {
  const value = cleanText(input);
  const accepted = `give the reference of a case as the catalogue writes it, e.g. ITA-2014-0314 (letters, digits, spaces and . , : / _ ( ) [ ] # ' & + -, at most ${MAX_CASE_REFERENCE_CHARS} characters)`;
  if (value === '') return fail(`${quote(input)} is empty: ${accepted}`);
  if (value.length > MAX_CASE_REFERENCE_CHARS) {
    return fail(`${quote(input)} is too long (${value.length} characters): ${accepted}`);
  }
  if (value.includes(';')) return fail(`${quote(input)} holds several references: give one reference per list item`);
  if (!REFERENCE_SHAPE.test(value)) return fail(`${quote(input)} is not a case reference: ${accepted}`);
  return ok(value);
}
