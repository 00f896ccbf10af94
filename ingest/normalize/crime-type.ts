/**
 * Crime type normalizer: code, English label or alias → the kebab-case code
 * (`trafficking-in-persons`, `money-laundering`…). The vocabulary is a parameter (it lives in the reference
 * fixtures). Matching is on the lookup keys of `lookup.ts`, so these all give `money-laundering`:
 * `money-laundering`, `money_laundering`, `Money laundering`, `MONEY  LAUNDERING`, `money-laundering `,
 * and for a vocabulary labelled "Drug offences": `drug offenses`, `Drug offence`.
 */
import { LookupTable } from './lookup';
import { fail, type Normalized, ok, quote, withHint } from './result';
import { cleanText } from './text';

export interface CrimeTypeEntry {
  readonly code: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

/**
 * Creates the normalizer for a crime type vocabulary. Throws if two entries share a code, label or alias
 * (a defect of the vocabulary, to be fixed there rather than resolved at random).
 */
export function createCrimeTypeNormalizer(vocab: readonly CrimeTypeEntry[]): (input: string) => Normalized<string> {
  const table = new LookupTable<string>((code) => code);
  for (const entry of vocab) {
    for (const label of [entry.code, entry.label, ...(entry.aliases ?? [])]) {
      const conflicts = table.add(label, entry.code);
      if (conflicts.length > 0) {
        throw new Error(`Crime type vocabulary: ${quote(label)} names both ${entry.code} and ${conflicts.join(', ')}`);
      }
    }
  }
  const accepted = `use a crime type code (${vocab.map((e) => e.code).join(', ')}) or its English label`;

  return (input: string): Normalized<string> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The crime type is empty: ${accepted}`);
    const result = table.lookup(cleaned);
    switch (result.kind) {
      case 'found':
        return ok(result.value);
      case 'ambiguous':
        return fail(`${quote(cleaned)} is ambiguous: it may be ${result.values.join(' or ')}; use the code`);
      case 'missing':
        return fail(withHint(`${quote(cleaned)} is not a known crime type: ${accepted}`, table.suggest(cleaned)));
    }
  };
}
