/**
 * Dates → ISO `YYYY-MM-DD`.
 *
 * Accepted forms
 * - ISO 8601: `2014-03-26`, `2014-3-26`, the basic form `20140326`, and a date-time (`2014-03-26T10:30:00Z`,
 *   `2014-03-26 10:30`), of which the date is taken as written (no time-zone conversion: a decision dated
 *   26 March stays 26 March).
 * - Year first with slashes or dots: `2014/03/26`, `2014.03.26`.
 * - Day, month and year in numbers, separated by `/`, `-` or `.` (the same separator twice):
 *   `26/03/2014`, `26-03-2014`, `26.03.2014`, `6/3/2014`.
 * - English month names, full or abbreviated (`Sept` too), with or without a dot, the day with or without
 *   an ordinal suffix, a leading weekday ignored: `26 March 2014`, `26 Mar 2014`, `26-Mar-2014`,
 *   `26th of March, 2014`, `March 26, 2014`, `Mar. 26, 2014`, `Wednesday, 26 March 2014`.
 *
 * The day-month rule for numeric dates
 *   Numeric dates are read DAY FIRST (`03/04/2014` is 3 April 2014), as in most States' catalogues and
 *   in UN style, whichever the separator. The one exception is a date that cannot be day-first because
 *   its second number is greater than 12 while its first is not (`03/26/2014`): it can only be
 *   month-first, and is read as 26 March 2014. A year always has four digits (`26/03/14` is rejected:
 *   the century would be a guess).
 *
 * Partial dates
 *   A year alone (`2014`), a month and year (`March 2014`, `2014-03`) are rejected by default (a decision
 *   date needs a day). With `{ allowPartial: true }` they give the first day of the period (`2014-01-01`,
 *   `2014-03-01`). `normalizeYear` accepts a year alone, or any date, and gives the year as a number.
 *
 * Checks
 *   The date must exist in the calendar (`2014-02-30` and `2014-13-01` are rejected) and its year must lie
 *   between 1900 and next year (the current year + 1, for dates announced ahead); the error gives the range.
 */
import { fail, type Normalized, ok, quote } from './result';
import { cleanText } from './text';

export interface DateOptions {
  /** Accept a year alone or a month and year, giving the first day of the period. Default false. */
  readonly allowPartial?: boolean;
  /** The clock the upper bound of the year range is taken from (tests). Default: now. */
  readonly now?: Date;
  /** Earliest accepted year. Default 1900 (decisions); legislation in force can be older (a penal code of 1871). */
  readonly minYear?: number;
}

export const MIN_YEAR = 1900;

// prettier-ignore
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// prettier-ignore
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const ACCEPTED = 'use YYYY-MM-DD (2014-03-26), DD/MM/YYYY, DD.MM.YYYY or "26 March 2014"';

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s+/i;
const ORDINAL = '(?:st|nd|rd|th)?';

interface Parts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

type Parsed = { kind: 'parts'; parts: Parts } | { kind: 'two-digit-year' } | { kind: 'unknown' };

function parts(year: string, month?: string | number, day?: string): Parsed {
  return {
    kind: 'parts',
    parts: {
      year: Number(year),
      ...(month === undefined ? {} : { month: Number(month) }),
      ...(day === undefined ? {} : { day: Number(day) }),
    },
  };
}

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

function parse(s: string): Parsed {
  let m: RegExpExecArray | null;
  // ISO, extended or with a time of day.
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(
    s,
  );
  if (m) return parts(m[1]!, m[2], m[3]);
  // ISO basic.
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return parts(m[1]!, m[2], m[3]);
  // Year first, slashes or dots.
  m = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return parts(m[1]!, m[3], m[4]);
  // Numeric, day first unless it can only be month first.
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (m) {
    if (m[4]!.length === 2) return { kind: 'two-digit-year' };
    const first = Number(m[1]);
    const second = Number(m[3]);
    return first <= 12 && second > 12 ? parts(m[4]!, first, m[3]) : parts(m[4]!, second, m[1]);
  }
  const text = s.replace(WEEKDAY, '');
  // 26 March 2014, 26-Mar-2014, 26th of March, 2014.
  m = new RegExp(`^(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s./-]*([a-z]+)\\.?,?[\\s./-]*(\\d{4})$`, 'i').exec(text);
  if (m && monthNumber(m[2]!) !== undefined) return parts(m[3]!, monthNumber(m[2]!), m[1]);
  // March 26, 2014; Mar. 26 2014.
  m = new RegExp(`^([a-z]+)\\.?\\s*(\\d{1,2})${ORDINAL},?\\s+(\\d{4})$`, 'i').exec(text);
  if (m && monthNumber(m[1]!) !== undefined) return parts(m[3]!, monthNumber(m[1]!), m[2]);
  // Partial: March 2014, 2014-03, 2014.
  m = /^([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (m && monthNumber(m[1]!) !== undefined) return parts(m[2]!, monthNumber(m[1]!));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  if (m) return parts(m[1]!, m[2]);
  m = /^(\d{4})$/.exec(s);
  if (m) return parts(m[1]!);
  return { kind: 'unknown' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function maxYear(now: Date | undefined): number {
  return (now ?? new Date()).getUTCFullYear() + 1;
}

/** Checks the year range and the calendar; returns an error sentence or undefined. */
function check(shown: string, p: Parts, now: Date | undefined, min = MIN_YEAR): string | undefined {
  const max = maxYear(now);
  if (p.year < min || p.year > max) {
    return `${shown}: the year ${p.year} is outside the accepted range ${min}–${max}`;
  }
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) {
    return `${shown} is not a calendar date: there is no month ${p.month} (months are 1–12)`;
  }
  if (p.month !== undefined && p.day !== undefined) {
    const days = daysInMonth(p.year, p.month);
    if (p.day < 1 || p.day > days) {
      return `${shown} is not a calendar date: ${MONTH_NAMES[p.month - 1]} ${p.year} has ${days} days`;
    }
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date in any accepted form → `YYYY-MM-DD` (see the rule at the top of this file). */
export function normalizeDate(input: string, opts: DateOptions = {}): Normalized<string> {
  const cleaned = cleanText(input);
  if (cleaned === '') return fail(`The date is empty: ${ACCEPTED}`);
  const shown = quote(cleaned);
  const parsed = parse(cleaned);
  if (parsed.kind === 'two-digit-year') {
    return fail(`${shown} has a two-digit year: write the year in full, e.g. 26/03/2014`);
  }
  if (parsed.kind === 'unknown') return fail(`${shown} is not a date: ${ACCEPTED}`);
  const p = parsed.parts;
  const problem = check(shown, p, opts.now, opts.minYear);
  if (problem !== undefined) return fail(problem);
  if (p.day === undefined && !opts.allowPartial) {
    return fail(`${shown} is not a full date: give the day, month and year, e.g. 2014-03-26`);
  }
  return ok(`${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`);
}

/**
 * A year → the year as a number: `2014`, `"2014"`, or any date `normalizeDate` accepts (`"26 March 2014"`,
 * `"March 2014"`), within 1900 – next year.
 */
export function normalizeYear(input: string | number, opts: Pick<DateOptions, 'now'> = {}): Normalized<number> {
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return fail(`${input} is not a year: use four digits, e.g. 2014`);
    input = String(input);
  }
  const cleaned = cleanText(input);
  if (cleaned === '') return fail('The year is empty: use four digits, e.g. 2014');
  if (/^\d+$/.test(cleaned) && cleaned.length !== 4 && cleaned.length !== 8) {
    return fail(`${quote(cleaned)} is not a year: use four digits, e.g. 2014`);
  }
  const date = normalizeDate(cleaned, { ...opts, allowPartial: true });
  if (!date.ok) {
    return /is not a date/.test(date.error)
      ? fail(`${quote(cleaned)} is not a year: use four digits, e.g. 2014, or a date`)
      : date;
  }
  return ok(Number(date.value.slice(0, 4)));
}
