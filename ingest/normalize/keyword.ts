/**
 * Keyword normalizer: a term of the controlled vocabulary (which lives in the reference fixtures and is a
 * parameter here) → `{ category, term }` as the vocabulary spells them.
 *
 * Accepted: the term alone (`Recruitment`, `forced labor or services`), or qualified by its category as
 * `Category: Term` or `Category > Term` (`Means: Deception`), which is needed when two categories share a
 * term. Matching is on the lookup keys of `lookup.ts` (case, accents, punctuation, British/American spelling,
 * plurals and small words do not matter).
 *
 * Rejected, with an error naming the value: an unknown term (with a "did you mean" when one is close), a
 * term found in several categories (the error lists the qualified forms), a category name given alone, an
 * unknown category, and a term not in the category it is qualified with (the error lists that category's terms).
 */
import { LookupTable } from './lookup';
import { fail, listOf, type Normalized, ok, quote, withHint } from './result';
import { cleanText } from './text';

export interface KeywordCategory {
  readonly category: string;
  readonly terms: readonly string[];
}

export interface Keyword {
  readonly category: string;
  readonly term: string;
}

const idOf = (k: Keyword): string => `${k.category}\u0000${k.term}`;
const qualified = (k: Keyword): string => JSON.stringify(`${k.category}: ${k.term}`);

/** At most `max` values for an error message, then how many more. */
function some(values: readonly string[], max = 20): string {
  const shown = values.slice(0, max).map((v) => JSON.stringify(v));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : listOf(shown);
}

export function createKeywordNormalizer(vocab: readonly KeywordCategory[]): (input: string) => Normalized<Keyword> {
  const allTerms = new LookupTable<Keyword>(idOf);
  const categories = new LookupTable<KeywordCategory>((c) => c.category);
  const termsByCategory = new Map<string, LookupTable<Keyword>>();
  for (const entry of vocab) {
    categories.add(entry.category, entry);
    const table = termsByCategory.get(entry.category) ?? new LookupTable<Keyword>(idOf);
    termsByCategory.set(entry.category, table);
    for (const term of entry.terms) {
      const keyword = { category: entry.category, term };
      allTerms.add(term, keyword);
      table.add(term, keyword);
    }
  }
  const example = vocab.find((c) => c.terms.length > 0);
  const accepted =
    example === undefined
      ? 'the keyword vocabulary is empty'
      : `use a term of the vocabulary (e.g. ${JSON.stringify(example.terms[0])}) or "Category: Term" ` +
        `(e.g. ${qualified({ category: example.category, term: example.terms[0]! })})`;

  return (input: string): Normalized<Keyword> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The keyword is empty: ${accepted}`);
    const shown = quote(cleaned);

    const bare = allTerms.lookup(cleaned);
    if (bare.kind === 'found') return ok(bare.value);
    if (bare.kind === 'ambiguous') {
      return fail(`${shown} is a term of several categories: use ${listOf(bare.values.map(qualified))}`);
    }

    const separator = /\s*[:>]\s*/.exec(cleaned);
    if (separator !== null && separator.index > 0) {
      const categoryText = cleaned.slice(0, separator.index);
      const termText = cleaned.slice(separator.index + separator[0].length);
      const category = categories.lookup(categoryText);
      if (category.kind !== 'found') {
        const names = vocab.map((c) => c.category);
        return fail(
          `${shown} names an unknown keyword category (${quote(categoryText)}): the categories are ${some(names)}`,
        );
      }
      const { category: name, terms } = category.value;
      const term = termsByCategory.get(name)!.lookup(termText);
      if (term.kind === 'found') return ok(term.value);
      if (term.kind === 'ambiguous') {
        return fail(`${shown} is ambiguous: it may be ${listOf(term.values.map(qualified))}`);
      }
      return fail(`${quote(termText)} is not a term of the category ${JSON.stringify(name)}: use ${some(terms)}`);
    }

    const asCategory = categories.lookup(cleaned);
    if (asCategory.kind === 'found') {
      return fail(
        `${shown} is a keyword category, not a term: use one of its terms, e.g. ${some(asCategory.value.terms, 3)}`,
      );
    }
    return fail(withHint(`${shown} is not a keyword of the vocabulary: ${accepted}`, allTerms.suggest(cleaned)));
  };
}
