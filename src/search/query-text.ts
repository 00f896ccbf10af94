import { synonymGroups } from './synonyms';

/**
 * The user's free text, parsed once for the PostgreSQL backend: quoted phrases, words, prefix words (an explicit
 * `word*`, or the last word while the user is still typing) and legal synonyms. Tokens are runs of letters and
 * digits only, so nothing the user types can become query syntax: quotes are the only operator understood.
 */
export type Term =
  | { kind: 'word'; word: string; prefix: boolean }
  | { kind: 'phrase'; words: string[] }
  /** Alternatives that mean the same (a synonym group): each alternative is a phrase. */
  | { kind: 'any'; phrases: string[][] };

export const MAX_TERMS = 32;

/** Lower case, no accents: the form synonyms and the lexicon are compared in. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

let synonymIndex: { words: string[]; group: string[][] }[] | undefined;
function synonymsByLength(): { words: string[]; group: string[][] }[] {
  if (!synonymIndex) {
    synonymIndex = synonymGroups()
      .flatMap((group) => {
        const phrases = group.map(words).filter((p) => p.length > 0);
        return phrases.map((p) => ({ words: p, group: phrases }));
      })
      .sort((a, b) => b.words.length - a.words.length); // longest match first
  }
  return synonymIndex;
}

const startsWithAt = (haystack: string[], at: number, needle: string[]) =>
  needle.every((w, i) => haystack[at + i] === w);

export function parseQueryText(text: string): Term[] {
  const terms: Term[] = [];
  // Split into quoted phrases and the free parts between them; an unbalanced quote opens no phrase.
  const segments: { quoted: boolean; text: string }[] = [];
  const quoteCount = (text.match(/"/g) ?? []).length;
  const usable = quoteCount % 2 === 0 ? text : text.replace(/"([^"]*)$/, ' $1');
  usable.split('"').forEach((part, i) => segments.push({ quoted: i % 2 === 1, text: part }));

  const stillTyping = !/[\s"]$/.test(text);
  segments.forEach((segment, segmentIndex) => {
    if (segment.quoted) {
      const phrase = words(segment.text);
      if (phrase.length === 1) terms.push({ kind: 'word', word: phrase[0], prefix: false });
      else if (phrase.length > 1) terms.push({ kind: 'phrase', words: phrase });
      return;
    }
    const tokens = words(segment.text);
    const explicitPrefix = new Set(
      (foldText(segment.text).match(/[\p{L}\p{N}]+\*/gu) ?? []).map((t) => t.slice(0, -1)),
    );
    const isLastSegment = segmentIndex === segments.length - 1;
    for (let i = 0; i < tokens.length; ) {
      const synonym = synonymsByLength().find((s) => startsWithAt(tokens, i, s.words));
      if (synonym) {
        terms.push({ kind: 'any', phrases: synonym.group });
        i += synonym.words.length;
        continue;
      }
      const word = tokens[i];
      const typingThis = isLastSegment && stillTyping && i === tokens.length - 1 && word.length >= 2;
      terms.push({ kind: 'word', word, prefix: explicitPrefix.has(word) || typingThis });
      i += 1;
    }
  });
  return terms;
}

/** Every distinct word the terms use (for the lexicon lookup). */
export function termWords(terms: Term[]): string[] {
  const all = terms.flatMap((t) => (t.kind === 'word' ? [t.word] : t.kind === 'phrase' ? t.words : t.phrases.flat()));
  return [...new Set(all)];
}
