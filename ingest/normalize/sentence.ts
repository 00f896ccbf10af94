/**
 * What kind of sentence a charge's sentence text describes, and its prison term in months when the catalogue
 * gives the term only in words ("Imprisonment for 3 years and 6 months" → 42).
 *
 * Kinds (the sentencing figures count only CUSTODIAL terms in their distribution, the others apart):
 * - DEATH: a death sentence ("death penalty", "sentenced to death").
 * - LIFE: life imprisonment ("life imprisonment", "imprisonment for life", "life sentence", "whole-life order").
 * - SUSPENDED: a prison term wholly suspended or conditional ("2 years of imprisonment, suspended for 3 years",
 *   "conditional sentence"). A term "partly suspended" or "of which N suspended" stays
 *   CUSTODIAL: part of it is served.
 * - CUSTODIAL: a prison term served (given in `prisonMonths` or found in the text).
 * - NON_CUSTODIAL: a fine, confiscation, community service or other penalty without a prison term
 *   (`prisonMonths: 0` counts as none).
 * - null: no sentence recorded, or a text naming none of the above ("sentence not reported").
 *
 * The term in the text is a duration next to a word for prison ("… of imprisonment", "imprisonment for …",
 * "… in prison", "sentenced to …"), so a probation period ("suspended for 3 years") or a ban ("expulsion for
 * 7 years") is never read as a term. Days and weeks round to whole months (30.44 days a month).
 */
export const SENTENCE_KINDS = ['CUSTODIAL', 'SUSPENDED', 'LIFE', 'DEATH', 'NON_CUSTODIAL'] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

export interface ClassifiedSentence {
  kind: SentenceKind | null;
  /** The term in months: `prisonMonths` when given, else the term found in the text, else null. */
  prisonMonths: number | null;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  half: 0.5,
};
const NUMBER = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const UNIT = `(?:years?|yrs?|months?|mos?|weeks?|days?)`;
const PART = `${NUMBER}(?:[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+${UNIT}'?s?`;
const DURATION = `${PART}(?:\\s*,?\\s*(?:and\\s+)?${PART})*`;
const PRISON = `(?:imprisonment|prison|custody|custodial sentence|jail|gaol|detention|incarceration|penitentiary)`;
const TERM_PATTERNS = [
  new RegExp(`(${DURATION})\\s+(?:of\\s+|in\\s+)?(?:a\\s+)?(?:the\\s+)?${PRISON}`, 'i'),
  new RegExp(`${PRISON}(?:\\s+term)?\\s+(?:for|of)\\s+(?:a\\s+term\\s+of\\s+)?(${DURATION})`, 'i'),
  new RegExp(`sentenced\\s+to\\s+(${DURATION})`, 'i'),
];
const PART_PATTERN = new RegExp(`(${NUMBER})((?:[\\s-]+and[\\s-]+a[\\s-]+half)?)[\\s-]+(${UNIT})`, 'gi');

const DEATH = /\bdeath\s+(?:penalty|sentence)|\bsentenced\s+to\s+death|\bcapital\s+punishment/i;
const LIFE =
  /\blife\s+(?:imprisonment|sentence|term)|\b(?:imprisonment|prison|jail)\s+for\s+life|\blife\s+in\s+prison|\bwhole[-\s]life/i;
const PARTLY_SUSPENDED = /\b(?:partly|partially)\s+suspended|\bof\s+which\b[^;.]*\bsuspended/i;
const SUSPENDED = /\bsuspended\b|\bconditional\s+(?:sentence|imprisonment|prison)|\bsursis\b/i;
const NON_CUSTODIAL =
  /\bfines?\b|\bfined\b|\bcommunity\s+(?:service|order|sentence)|\bconfiscation|\bforfeiture|\bdissolution|\bprobation|\bcaution\b|\breprimand|\bcompensation|\brestitution|\bdisqualification|\bexpulsion|\bdeportation|\bno\s+(?:prison|custodial)/i;

function numberValue(word: string): number {
  const w = word.toLowerCase();
  return WORD_NUMBERS[w] ?? Number(w.replace(',', '.'));
}

/** The months a duration such as "3 years and 6 months" stands for, rounded to whole months. */
export function durationMonths(text: string): number | null {
  let months = 0;
  let found = false;
  for (const m of text.matchAll(PART_PATTERN)) {
    const n = numberValue(m[1]) + (m[2] ? 0.5 : 0);
    if (!Number.isFinite(n)) continue;
    const unit = m[3].toLowerCase();
    months += unit.startsWith('y')
      ? n * 12
      : unit.startsWith('w')
        ? (n * 7) / 30.44
        : unit.startsWith('d')
          ? n / 30.44
          : n;
    found = true;
  }
  return found ? Math.round(months) : null;
}

/** The prison term a sentence text states, in months, or null when it states none. */
export function prisonTermInText(text: string): number | null {
  for (const pattern of TERM_PATTERNS) {
    const m = pattern.exec(text);
    if (m) {
      const months = durationMonths(m[1]);
      if (months != null) return months;
    }
  }
  return null;
}

/** Classifies one charge's sentence (see the module comment); `prisonMonths` as given wins over the text. */
export function classifySentence(
  sentence: string | null | undefined,
  prisonMonths: number | null | undefined,
): ClassifiedSentence {
  const text = sentence?.trim() ?? '';
  const given = prisonMonths ?? null;
  const months = given ?? (text ? prisonTermInText(text) : null);
  if (text) {
    if (DEATH.test(text)) return { kind: 'DEATH', prisonMonths: given };
    if (LIFE.test(text)) return { kind: 'LIFE', prisonMonths: given };
    if (SUSPENDED.test(text) && !PARTLY_SUSPENDED.test(text)) return { kind: 'SUSPENDED', prisonMonths: months };
  }
  if (months != null && months > 0) return { kind: 'CUSTODIAL', prisonMonths: months };
  if (months === 0 || (text && NON_CUSTODIAL.test(text))) return { kind: 'NON_CUSTODIAL', prisonMonths: months };
  return { kind: null, prisonMonths: months };
}
