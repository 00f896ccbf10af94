/**
 * A lookup table from labels to canonical values, matched on folded keys in two tiers:
 *
 * 1. exact: `foldForLookup` plus British/American spelling unified (`organised` = `organized`,
 *    `offense` = `offence`, `labor` = `labour`, `harboring` = `harbouring`);
 * 2. loose, only when the exact key matches nothing: the same without the words "the", "of", "in", "a", "an",
 *    "and", "or", "for", "to" and with a final plural "s" dropped from each word, so `trafficking of persons`,
 *    `drug offence` and `joint investigation teams` find `trafficking in persons`, `drug offences` and
 *    `joint investigation team`.
 *
 * A key that leads to two different values is ambiguous: the lookup reports both rather than guessing.
 */
import { didYouMean } from './suggest';
import { foldForLookup } from './text';

/** British and American spellings that appear in our vocabularies, unified in both directions. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\b(organ|criminal|legal|author|recogn|penal)is(e|ed|es|ing|ation|ations)\b/g, '$1iz$2'],
  [/\boffense(s?)\b/g, 'offence$1'],
  [/\bdefense(s?)\b/g, 'defence$1'],
  [/\b(labo|harbo|behavio|favo|hono|neighbo)r(s|ed|ing|er|ers)?\b/g, '$1ur$2'],
  [/\bjudgement(s?)\b/g, 'judgment$1'],
];

const STOP_WORDS = new Set(['the', 'of', 'in', 'a', 'an', 'and', 'or', 'for', 'to']);

/** The exact-tier key: `foldForLookup` with spelling unified. */
export function lookupKey(s: string): string {
  let key = foldForLookup(s);
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key;
}

/** The loose-tier key: the exact key without stop words and plural endings. */
export function looseKey(s: string): string {
  return lookupKey(s)
    .split(' ')
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

export type LookupResult<T> = { kind: 'found'; value: T } | { kind: 'ambiguous'; values: T[] } | { kind: 'missing' };

export class LookupTable<T> {
  private readonly exact = new Map<string, Map<string, T>>();
  private readonly loose = new Map<string, Map<string, T>>();
  private readonly labels = new Map<string, string>();

  /** @param idOf identifies a value (two labels of the same value are not a conflict) */
  constructor(private readonly idOf: (value: T) => string) {}

  /** Adds a label of a value; returns the values (other than this one) the exact key already led to. */
  add(label: string, value: T): T[] {
    const key = lookupKey(label);
    if (key === '') return [];
    const conflicts = [...(this.exact.get(key)?.values() ?? [])].filter((v) => this.idOf(v) !== this.idOf(value));
    this.put(this.exact, key, value);
    this.put(this.loose, looseKey(label), value);
    if (!this.labels.has(key)) this.labels.set(key, label);
    return conflicts;
  }

  lookup(input: string): LookupResult<T> {
    const key = lookupKey(input);
    const hit = this.exact.get(key) ?? this.loose.get(looseKey(input));
    if (hit === undefined) return { kind: 'missing' };
    const values = [...hit.values()];
    return values.length === 1 ? { kind: 'found', value: values[0]! } : { kind: 'ambiguous', values };
  }

  /** ` Did you mean "X"?` for the closest label, or the empty string (for error messages). */
  suggest(input: string): string {
    return didYouMean(lookupKey(input), this.labels);
  }

  private put(map: Map<string, Map<string, T>>, key: string, value: T): void {
    if (key === '') return;
    let values = map.get(key);
    if (values === undefined) map.set(key, (values = new Map()));
    if (!values.has(this.idOf(value))) values.set(this.idOf(value), value);
  }
}
