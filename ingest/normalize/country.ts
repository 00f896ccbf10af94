/**
 * Country (jurisdiction) normalizer: codes and English names → ISO 3166-1 alpha-3, upper case, limited to
 * the jurisdictions the portal has (`ITA`, `USA`; the European Union is `EUE`).
 *
 * Accepted, in this order:
 * 1. an alpha-3 code in any case (`ITA`, `ita`);
 * 2. an alpha-2 code in any case (`IT`, `us`), plus the exceptionally reserved `UK` (GBR) and `EU` (EUE),
 *    and `EL` (GRC, the code the EU institutions use for Greece);
 * 3. a UN M49 / ISO 3166-1 numeric code (`380`, `36` = `036`);
 * 4. an English name: the names and aliases of `i18n-iso-countries` (`getNames('en', { select: 'all' })`),
 *    the common and official names and alternative spellings of `world-countries`, and the table of
 *    extra aliases below (UN terminology names the packages miss). Names match on `foldForLookup`, so case,
 *    accents, punctuation and spacing do not matter (`Cote d'Ivoire`, `CÔTE D’IVOIRE`); these variants of
 *    the input are tried in turn: as given; without a leading or trailing "the"; UN-style inversions
 *    `Bolivia (Plurinational State of)` and `Korea, Republic of` read as `Plurinational State of Bolivia` and
 *    `Republic of Korea`, then just the part before the bracket (`Italy (ITA)`) or before `, The`;
 *    `St` read as `Saint`; finally all spaces removed (`U.K.` = `UK`). A list (`Italy, France`) is rejected.
 *
 * Rejected, with an error naming the value: unknown names (with a "did you mean" when one is close), names
 * shared by two countries (`Congo`: COD or COG — the error lists both), and countries or territories that
 * exist but are not in `known` (`Puerto Rico`, `PRI`).
 */
import type Countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { fail, listOf, type Normalized, ok, quote, withHint } from './result';
import { didYouMean } from './suggest';
import { cleanText, foldForLookup } from './text';

/**
 * i18n-iso-countries, loaded on first use: its tables of names are a noticeable part of a start, and the portal
 * answers /health before anything is normalized.
 */
let isoCountries: typeof Countries | undefined;
const countries = (): typeof Countries => (isoCountries ??= require('i18n-iso-countries') as typeof Countries);

/** Codes that are not ISO 3166-1 but are jurisdictions of the portal, with their display names. */
const NON_ISO_JURISDICTIONS: Readonly<Record<string, string>> = {
  EUE: 'European Union',
};

/** Two-letter forms that are not ISO alpha-2 codes but are commonly used as such. */
const EXTRA_ALPHA2: Readonly<Record<string, string>> = {
  UK: 'GBR', // exceptionally reserved in ISO 3166-1 for the United Kingdom
  EU: 'EUE', // exceptionally reserved for the European Union
  EL: 'GRC', // Greece, in EU institutional usage
};

/**
 * Extra English names → alpha-3, for names both packages miss (checked: none of these is in either, and the
 * unit tests check each resolves). Mostly UN terminology — the names of the UN Member States list and of the
 * Conference of the Parties' documents — and older names still found in case catalogues. UN-style names with
 * the descriptive part in brackets or after a comma (`Bolivia (Plurinational State of)`, `Iran (Islamic
 * Republic of)`, `Korea, Republic of`) need no entry: they are read inverted (see `keyVariants`).
 * A name colliding with another country's would make both ambiguous.
 */
const EXTRA_ALIASES: Readonly<Record<string, string>> = {
  // Regional economic integration organization party to the Convention (art. 36(2) UNTOC).
  'European Union': 'EUE',
  EU: 'EUE', // also as a name, so that "E.U." matches
  'European Community': 'EUE', // the name under which it signed the Convention in 2000
  'European Communities': 'EUE',
  // UN short names.
  'Holy See': 'VAT',
  'Cabo Verde': 'CPV',
  // UN usage, then World Bank / UNDP abbreviations found in catalogues.
  'Occupied Palestinian Territory': 'PSE',
  'Lao PDR': 'LAO',
  'Republic of Congo': 'COG',
  'Saint Christopher and Nevis': 'KNA',
  // Former UN names, in older decisions.
  'Libyan Arab Jamahiriya': 'LBY',
};

type Index = ReadonlyMap<string, ReadonlySet<string>>;

interface Names {
  /** folded name → alpha-3 codes (more than one: an ambiguous name) */
  readonly byKey: Index;
  /** the same keys with the spaces removed, for `U.K.`, `CoteD'Ivoire` */
  readonly byCompactKey: Index;
  /** folded name → one display form, for "did you mean" (names only: no codes or abbreviations) */
  readonly display: ReadonlyMap<string, string>;
}

let names: Names | undefined;

function isIsoAlpha3(code: string): boolean {
  return countries().alpha3ToAlpha2(code) !== undefined;
}

function buildNames(): Names {
  const byKey = new Map<string, Set<string>>();
  const byCompactKey = new Map<string, Set<string>>();
  const display = new Map<string, string>();
  const add = (name: string, alpha3: string): void => {
    const key = foldForLookup(name);
    if (key === '') return;
    for (const [map, k] of [
      [byKey, key],
      [byCompactKey, key.replace(/ /g, '')],
    ] as const) {
      let codes = map.get(k);
      if (codes === undefined) map.set(k, (codes = new Set()));
      codes.add(alpha3);
    }
    if (key.length > 3 && !display.has(key)) display.set(key, name);
  };

  for (const [alpha2, all] of Object.entries(countries().getNames('en', { select: 'all' }))) {
    const alpha3 = countries().alpha2ToAlpha3(alpha2);
    if (alpha3 !== undefined) for (const name of all) add(name, alpha3);
  }
  for (const country of worldCountries) {
    // Only officially assigned ISO codes (world-countries gives Kosovo the non-ISO UNK, i18n XKK).
    if (!isIsoAlpha3(country.cca3)) continue;
    add(country.name.common, country.cca3);
    add(country.name.official, country.cca3);
    for (const spelling of country.altSpellings) add(spelling, country.cca3);
  }
  for (const [name, alpha3] of Object.entries(EXTRA_ALIASES)) add(name, alpha3);
  return { byKey, byCompactKey, display };
}

function getNames(): Names {
  return (names ??= buildNames());
}

/** Display name of a code for error messages: `COD (Democratic Republic of the Congo)`. */
function describe(alpha3: string): string {
  const name = NON_ISO_JURISDICTIONS[alpha3] ?? countries().getName(alpha3, 'en');
  return name === undefined ? alpha3 : `${alpha3} (${name})`;
}

/** The variants of a cleaned name tried in turn, as lookup keys. */
function keyVariants(cleaned: string): string[] {
  const keys: string[] = [];
  const push = (s: string): void => {
    const key = foldForLookup(s);
    if (key !== '' && !keys.includes(key)) keys.push(key);
  };
  push(cleaned);
  const folded = foldForLookup(cleaned);
  push(folded.replace(/^the /, '').replace(/ the$/, ''));

  // "Bolivia (Plurinational State of)" → "Plurinational State of Bolivia", then "Bolivia" ("Italy (ITA)").
  const bracketed = /^(.+?)\s*\((.+)\)\s*$/.exec(cleaned);
  if (bracketed !== null) {
    const [, head, tail] = bracketed as unknown as [string, string, string];
    push(`${tail} ${head}`);
    push(head);
    push(foldForLookup(head).replace(/^the /, ''));
  }
  // "Korea, Republic of" → "Republic of Korea"; "Bahamas, The" → "The Bahamas", then "Bahamas". Never just the
  // part before the comma: "Italy, France" is two countries, not Italy.
  const inverted = bracketed === null ? /^(.+?)\s*,\s*(.+)$/.exec(cleaned) : null;
  if (inverted !== null) {
    const [, head, tail] = inverted as unknown as [string, string, string];
    push(`${tail} ${head}`);
    if (foldForLookup(tail) === 'the') push(head);
  }

  // "St Lucia", "St. Kitts and Nevis".
  for (const key of [...keys]) if (/(^| )st( |$)/.test(key)) push(key.replace(/(^| )st(?= |$)/g, '$1saint'));
  return keys;
}

function lookupName(cleaned: string): ReadonlySet<string> | undefined {
  const { byKey, byCompactKey } = getNames();
  const variants = keyVariants(cleaned);
  for (const key of variants) {
    const codes = byKey.get(key);
    if (codes !== undefined) return codes;
  }
  for (const key of variants) {
    const codes = byCompactKey.get(key.replace(/ /g, ''));
    if (codes !== undefined) return codes;
  }
  return undefined;
}

/** Resolves codes and names to alpha-3 (or EUE) regardless of `known`; `undefined` when nothing matches. */
function resolve(cleaned: string): ReadonlySet<string> | undefined {
  const form = cleaned.normalize('NFKC'); // full-width ＩＴＡ → ITA
  if (/^[A-Za-z]{3}$/.test(form)) {
    const code = form.toUpperCase();
    if (isIsoAlpha3(code) || code in NON_ISO_JURISDICTIONS) return new Set([code]);
  }
  if (/^[A-Za-z]{2}$/.test(form)) {
    const code = form.toUpperCase();
    const alpha3 = EXTRA_ALPHA2[code] ?? countries().alpha2ToAlpha3(code);
    if (alpha3 !== undefined) return new Set([alpha3]);
  }
  if (/^\d{1,3}$/.test(form)) {
    const alpha3 = countries().numericToAlpha3(form.padStart(3, '0'));
    return alpha3 === undefined ? undefined : new Set([alpha3]);
  }
  return lookupName(cleaned);
}

/**
 * Creates the normalizer for a set of jurisdiction codes (alpha-3 upper case, e.g. the 193 UN Member States
 * with VAT, PSE and EUE). The returned function gives the alpha-3 code or an error naming the input.
 */
export function createCountryNormalizer(known: ReadonlySet<string>): (input: string) => Normalized<string> {
  const accepted = 'use an ISO 3166-1 code (ITA, IT) or an English name';
  return (input: string): Normalized<string> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The country is empty: ${accepted}`);
    const codes = resolve(cleaned);
    if (codes === undefined) {
      const hint = didYouMean(foldForLookup(cleaned), getNames().display);
      return fail(withHint(`${quote(cleaned)} is not a known country: ${accepted}`, hint));
    }
    if (codes.size > 1) {
      const options = [...codes].sort().map(describe);
      return fail(`${quote(cleaned)} is ambiguous: it may be ${listOf(options)}; use the ISO 3166-1 code`);
    }
    const [code] = codes as unknown as [string];
    if (!known.has(code)) {
      return fail(
        `${quote(cleaned)} is ${describe(code)}, which is not one of the portal's ${known.size} jurisdictions`,
      );
    }
    return ok(code);
  };
}
