import { distance } from 'fastest-levenshtein';
import { type DataSource } from 'typeorm';
import { foldText } from './query-text';
import { synonymGroups } from './synonyms';
import { trigramNeighbours } from './trigram-neighbours';

/**
 * "Did you mean": the catalogue's own vocabulary (`search_words`, every exact word form of the published
 * documents' titles, labels and facts, kept by the document writers) offers a corrected text when a word of the
 * query is unknown to the catalogue. Engine-agnostic: the search documents, and so their words, live in
 * PostgreSQL whichever engine answers the search.
 */
export class SearchVocabulary {
  constructor(private readonly dataSource: DataSource) {}

  /** The text with each unknown word replaced by the closest known one; null when every word is known. */
  async suggest(text: string): Promise<string | null> {
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+(\*)?/gu)].map((m) => ({
      start: m.index,
      raw: m[0].replace(/\*$/, ''),
      word: foldText(m[0].replace(/\*$/, '')),
      prefix: m[1] !== undefined,
    }));
    if (tokens.length === 0) return null;
    // The last word is still being typed when nothing follows it: a word starting with it is known.
    if (!/[\s"]$/.test(text)) tokens[tokens.length - 1].prefix = true;
    const checked = tokens.filter((t) => t.word.length >= MIN_LENGTH && !/^[0-9]/.test(t.word) && !synonymWords().has(t.word));
    if (checked.length === 0) return null;
    const unknown: { word: string }[] = await this.dataSource.query(UNKNOWN_WORDS_SQL, [checked.map((t) => t.word), checked.map((t) => t.prefix)]);
    if (unknown.length === 0) return null;
    const neighbours = await trigramNeighbours(this.dataSource, { table: 'search_words', column: 'word' }, unknown.map((u) => u.word), 20);
    const corrections = new Map<string, string>();
    unknown.forEach(({ word }, i) => {
      const best = closest(word, neighbours[i]);
      if (best) corrections.set(word, best);
    });
    if (corrections.size === 0) return null;
    let result = '';
    let at = 0;
    for (const token of tokens) {
      const correction = corrections.get(token.word);
      if (!correction) continue;
      const capital = /^\p{Lu}/u.test(token.raw) ? correction.charAt(0).toUpperCase() + correction.slice(1) : correction;
      result += text.slice(at, token.start) + capital;
      at = token.start + token.raw.length;
    }
    return (result + text.slice(at)).trim();
  }
}

/** Shorter words are too often abbreviations or names to correct. */
const MIN_LENGTH = 3;

/**
 * The unknown words: not a stop word, no exact form nor stem in the vocabularies, and when typed as a prefix no
 * word starting with it. Each is a probe of a unique index.
 */
const UNKNOWN_WORDS_SQL = `
  SELECT w.word
    FROM unnest($1::text[], $2::boolean[]) AS w(word, prefix)
   WHERE to_tsvector('portal_exact', w.word) <> ''::tsvector
     AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w.word)
     AND NOT EXISTS (SELECT 1 FROM search_lexemes l
                      WHERE l.lexeme = (tsvector_to_array(to_tsvector('portal_english', w.word)))[1])
     AND NOT (w.prefix AND starts_with((SELECT s.word FROM search_words s WHERE s.word >= w.word
                                         ORDER BY s.word LIMIT 1), w.word))`;

/** The known word fewest edits away (one for words under 5 letters, two otherwise); trigram order breaks ties. */
function closest(word: string, candidates: string[]): string | null {
  const allowed = word.length < 5 ? 1 : 2;
  let best: { candidate: string; edits: number } | null = null;
  for (const candidate of candidates) {
    const edits = distance(word, candidate);
    if (edits <= allowed && (!best || edits < best.edits)) best = { candidate, edits };
  }
  return best?.candidate ?? null;
}

let synonymWordSet: Set<string> | undefined;
/** Words the query parser expands as legal synonyms ("mla", "art"): known even when no document holds them. */
function synonymWords(): Set<string> {
  synonymWordSet ??= new Set(synonymGroups().flat().flatMap((term) => foldText(term).match(/[\p{L}\p{N}]+/gu) ?? []));
  return synonymWordSet;
}
