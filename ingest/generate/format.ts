/** Allocation-light formatting helpers (no Date objects, no Intl) for the generator's hot path. */

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `YYYY-MM-DD` of a day number (Hinnant's civil_from_days). */
export function isoDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y + '-' + pad2(m) + '-' + pad2(d);
}

/** Year of a day number. */
export function yearOf(days: number): number {
  return Number(isoDate(days).slice(0, 4));
}

/** Rounded to two significant digits: `1234567` → `1200000`. */
export function roundSignificant(n: number): number {
  const v = Math.round(n);
  const digits = String(Math.abs(v)).length;
  if (digits <= 2) return v;
  const magnitude = 10 ** (digits - 2);
  return Math.round(v / magnitude) * magnitude;
}

/** `1234567` → `1,234,567`. */
export function groupDigits(n: number): string {
  const s = String(Math.round(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

/** A period in years and months: `6 years and 3 months`, `18 months`, `1 year`. */
export function monthsToWords(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  const ys = y === 1 ? '1 year' : y + ' years';
  const ms = m === 1 ? '1 month' : m + ' months';
  if (y === 0) return ms;
  if (m === 0) return ys;
  return ys + ' and ' + ms;
}

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** `3` → `three` (up to twelve), digits beyond. */
export function numberWord(n: number): string {
  return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : String(n);
}

/** `a, b and c`. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

/** Lower-cases a vocabulary term for use mid-sentence, keeping acronyms (`THB`) and proper nouns intact. */
export function midSentence(term: string): string {
  if (term.length < 2) return term.toLowerCase();
  const second = term[1];
  if (second === second.toUpperCase() && second !== second.toLowerCase()) return term; // acronym
  return term[0].toLowerCase() + term.slice(1);
}
