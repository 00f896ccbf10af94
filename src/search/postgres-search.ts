import { distance } from 'fastest-levenshtein';
import { type DataSource, type EntityManager } from 'typeorm';
import { FacetIndex } from './facet-index';
import { markedToHtml, MARK_END, MARK_START } from './highlight';
import { foldText, parseQueryText, termWords, type Term } from './query-text';
import {
  FACET_FIELDS,
  type FacetField,
  type OrderedPage,
  type OrderedQuery,
  type RecordType,
  type SearchIndex,
  type SearchPage,
  type SearchQuery,
  type SearchSort,
  type SearchDocument,
} from './search-index';
import { trigramNeighbours } from './trigram-neighbours';

/**
 * PostgreSQL full-text search over the `search_documents` table (the embedded default). The table is kept by
 * the writers in their own transactions (src/search/sync.ts), so upsert/remove/clear have nothing to do here.
 *
 * Text: English stemming and accent folding (`portal_english`), quoted phrases, prefixes, legal synonyms, and
 * typo tolerance by matching unknown words against the indexed vocabulary with trigram similarity. A search with
 * text is the vocabulary lookup (and the trigram neighbours of a misspelt word), then two statements side by side:
 * the page of ranked, highlighted hits, and the ids of every record the text matches, over which the in-memory
 * facet index counts the total and the facets (one statement counts them instead when the two saw different
 * versions of the documents). Without text the facet index answers alone (SQL does when sorting by title, or while
 * the index's copy catches up with a write).
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres' as const;
  /** Recent answers by query, with the search_version they were computed at (insertion order = recency). */
  private readonly cache = new Map<string, { version: string; page: SearchPage }>();
  private readonly cacheSize: number;

  /** Answers searches without text (facets, total and page in memory); null: from the documents in SQL. */
  private readonly facetIndex: FacetIndex | null;

  /**
   * `cacheSize`: answers kept (0: none). `facetIndex`: answer searches without text from the in-memory facet
   * index (default); false counts their facets from the documents every time (the reference for its tests).
   * `facetIndexWaitMs`: how long a listing waits for the index to catch up with a write before SQL answers it.
   */
  constructor(
    private readonly dataSource: DataSource,
    options: { cacheSize?: number; facetIndex?: boolean; facetIndexWaitMs?: number } = {},
  ) {
    this.cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
    this.facetIndex = options.facetIndex === false ? null : new FacetIndex(dataSource, options.facetIndexWaitMs);
  }

  async prepare(): Promise<void> {}
  async upsert(_documents: SearchDocument[]): Promise<void> {}
  async remove(_keys: string[]): Promise<void> {}
  async clear(): Promise<void> {}
  async isAvailable(): Promise<boolean> {
    return true;
  }

  /**
   * Answers are cached per query until the documents change: every change bumps search_version in its own
   * transaction, and a cached answer is served only while the version it was computed at is current. Costly
   * answers (an empty search counts facets over the whole catalogue) then come back at once.
   */
  async search(query: SearchQuery): Promise<SearchPage> {
    if (this.cacheSize === 0) return this.compute(query);
    const key = JSON.stringify(query);
    const [{ version }]: { version: string }[] = await this.dataSource.query(`SELECT version::text FROM search_version`);
    const cached = this.cache.get(key);
    this.cache.delete(key);
    if (cached?.version === version) {
      this.cache.set(key, cached);
      return cached.page;
    }
    const page = await this.compute(query);
    this.cache.set(key, { version, page });
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return page;
  }

  private async compute(query: SearchQuery): Promise<SearchPage> {
    const text = query.text ? await this.toTextQuery(parseQueryText(query.text)) : null;
    const all = await this.run(query, text, false);
    // Never a dead end: when no record holds every word, the records holding the most words, best first.
    if (text && text.terms.length > 1 && all.total === 0) {
      const most = await this.run(query, text, true);
      if (most.total > 0) return { ...most, matchedAllWords: false };
    }
    return all;
  }

  /**
   * Which of the given records the query matches, with every word of its text (no "most words" fallback): how
   * saved searches are evaluated against changed records, by the same statement as a search, so there is one
   * matcher. Reads the documents PostgreSQL keeps in the writing transaction, whichever engine serves searches.
   */
  async matchRecords(
    query: SearchQuery,
    recordIds: string[],
    db: EntityManager = this.dataSource.manager,
  ): Promise<{ type: SearchQuery['types'][number]; id: string }[]> {
    if (recordIds.length === 0) return [];
    const text = query.text ? await this.toTextQuery(parseQueryText(query.text), db) : null;
    const page = await this.run({ ...query, sort: 'DATE_DESC', limit: recordIds.length, offset: 0 }, text, false, recordIds, db);
    return page.hits.map((hit) => ({ type: hit.type, id: hit.id }));
  }

  private async run(
    query: SearchQuery,
    text: TextQuery | null,
    anyWord: boolean,
    recordIds: string[] | null = null,
    db: Pick<EntityManager, 'query'> = this.dataSource,
  ): Promise<SearchPage> {
    if (text === null && recordIds === null && this.facetIndex) {
      const page = await this.facetIndex.search(query);
      if (page) return page;
    }
    if (text !== null && !anyWord && recordIds === null && this.facetIndex) {
      const page = await this.textPageCountedInMemory(query, text, this.facetIndex, db);
      if (page) return page;
    }
    const { sql, params } = searchStatement(query, text, anyWord, 'page', recordIds);
    const rows: SearchRow[] = await db.query(sql, params);
    return toPage(rows);
  }

  /**
   * A search with text as two statements side by side: the page (only the rows passing every filter are read,
   * the filters narrowing the text index's scan), and the ids of every row the text matches, from which the facet
   * index counts the total and the facets in memory. Both statements read search_version in their own snapshot:
   * the answer is used only when both saw the version of the facet index's copy; otherwise (a write came between)
   * null, and the one-statement search answers.
   */
  private async textPageCountedInMemory(
    query: SearchQuery,
    text: TextQuery,
    facetIndex: FacetIndex,
    db: Pick<EntityManager, 'query'>,
  ): Promise<SearchPage | null> {
    const { sql, params } = searchStatement(query, text, false, 'filtered-page');
    const [rows, [matches]]: [SearchRow[], { version: string; ids: string | null }[]] = await Promise.all([
      db.query(sql, params),
      db.query(MATCHED_IDS_SQL, [params[0], query.types]),
    ]);
    const version = rows.find((r) => r.kind === 'version')?.value;
    if (version !== matches.version) return null;
    const counts = await facetIndex.textCounts(query, BigInt(version), Buffer.from(matches.ids ?? '', 'hex'));
    return counts && { ...toPage(rows), ...counts };
  }

  /**
   * An export's walk through the hits, in the search's order. Without text: keyset pages, each starting after the
   * last row's sort key (date or title, reference, type), so a page costs the same wherever it is and records
   * written meanwhile never shift it. With text the order rests on a ranking of every match (the types taken in
   * turn), so a page is the next positions of that ranking, computed again for each page.
   */
  async orderedHits(query: OrderedQuery, after: string | null): Promise<OrderedPage> {
    const cursor = after === null ? null : decodeWalk(after);
    const text = query.text ? await this.toTextQuery(parseQueryText(query.text)) : null;
    if (text === null) return this.keysetPage(query, cursor?.kind === 'keyset' ? cursor : null);
    const position = cursor?.kind === 'position' ? cursor : { kind: 'position' as const, offset: 0, anyWord: false };
    const page = async (anyWord: boolean) => {
      const { sql, params } = searchStatement({ ...query, offset: position.offset }, text, anyWord, 'hits');
      const rows: { record_type: RecordType; record_id: string; position: string }[] = await this.dataSource.query(sql, params);
      return rows.sort((a, b) => Number(a.position) - Number(b.position)).map((r) => ({ type: r.record_type, id: r.record_id }));
    };
    let anyWord = position.anyWord;
    let hits = await page(anyWord);
    // Never a dead end, as search: no record holds every word, so the records holding the most words.
    if (position.offset === 0 && !anyWord && hits.length === 0 && text.terms.length > 1) {
      anyWord = true;
      hits = await page(true);
    }
    const next = hits.length === query.limit ? encodeWalk({ kind: 'position', offset: position.offset + hits.length, anyWord }) : null;
    return { hits, next, matchedAllWords: !anyWord };
  }

  private async keysetPage(query: OrderedQuery, cursor: KeysetCursor | null): Promise<OrderedPage> {
    // Without text, relevance is the newest first (every score is null).
    const sort: SearchSort = query.sort === 'RELEVANCE' ? 'DATE_DESC' : query.sort;
    const f = query.filters;
    const list = <T>(values: T[]) => (values.length ? values : null);
    const params: unknown[] = [
      query.types, list(f.countries), list(f.regions), list(f.crimeTypes), list(f.articles), list(f.keywords),
      list(f.courtLevels), f.yearFrom, f.yearTo, query.limit,
    ];
    let after = 'TRUE';
    if (cursor) {
      // $11 the last date or title, $12 its reference, $13 its record type (and $14 its citations, most cited first).
      const rest = `(reference, record_type) > ($12::text, $13::text)`;
      if (sort === 'TITLE') {
        after = `(title_sort, reference, record_type) > ($11::text, $12::text, $13::text)`;
        params.push(cursor.title);
      } else if (cursor.date === null) {
        after = `$11::date IS NULL AND date IS NULL AND ${rest}`; // undated records come last
        params.push(null);
      } else {
        const beyond = sort === 'DATE_ASC' ? '>' : '<';
        after = `(date ${beyond} $11::date OR date IS NULL OR (date = $11::date AND ${rest}))`;
        params.push(cursor.date);
      }
      params.push(cursor.reference, cursor.type);
      if (sort === 'MOST_CITED') {
        // Fewer citations come after; among equals, the newest first as DATE_DESC.
        after = `(cited_by_count < $14::int OR (cited_by_count = $14::int AND ${after}))`;
        params.push(cursor.citedBy ?? 0);
      }
    }
    const rows: { record_type: RecordType; record_id: string; date: string | null; reference: string; title_sort: string; cited_by_count: number }[] =
      await this.dataSource.query(
        `SELECT record_type, record_id, date::text AS date, reference, title_sort, cited_by_count FROM search_documents d
          WHERE d.record_type = ANY($1::text[]) AND ${filterFlags(2).map(([, sql]) => sql).join(' AND ')} AND ${after}
          ORDER BY ${ORDER_BY[sort]} LIMIT $10`,
        params,
      );
    const last = rows[rows.length - 1];
    const next = last && rows.length === query.limit
      ? encodeWalk({
          kind: 'keyset', date: last.date, title: last.title_sort, reference: last.reference, type: last.record_type,
          citedBy: last.cited_by_count,
        })
      : null;
    return { hits: rows.map((r) => ({ type: r.record_type, id: r.record_id })), next, matchedAllWords: true };
  }

  /** The tsqueries for the parsed text; null when only stop words were typed (then everything is listed). */
  private async toTextQuery(terms: Term[], db: Pick<EntityManager, 'query'> = this.dataSource): Promise<TextQuery | null> {
    if (terms.length === 0) return null;
    const words = termWords(terms);
    const prefixWords = new Set(terms.flatMap((t) => (t.kind === 'word' && t.prefix ? [t.word] : [])));
    // Only words the user typed alone are corrected: the words of phrases and synonym alternatives are not.
    const correctable = new Set(terms.flatMap((t) => (t.kind === 'word' ? [t.word] : [])));
    const rows: LexiconRow[] = await db.query(LEXICON_SQL, [words, words.map((w) => prefixWords.has(w)), words.map((w) => correctable.has(w))]);
    const unknown = rows.filter((r) => r.unknown);
    const neighbours = await trigramNeighbours(db, { table: 'search_lexemes', column: 'lexeme' }, unknown.map((r) => r.lex!), 10);
    unknown.forEach((row, i) => (row.candidates = neighbours[i]));
    const lexicon = new Map(rows.map((r) => [r.word, r]));
    const parts = terms.map((term) => termQuery(term, lexicon)).filter((p): p is TermQuery => p !== null);
    if (parts.length === 0) return null;
    return { terms: parts, rank: parts.map((p) => p.rank).join(' & ') };
  }
}

/** The statement of a search with its parameters (see SEARCH_SQL and its outputs). */
function searchStatement(query: SearchQuery, text: TextQuery | null, anyWord: boolean, output: SearchOutput, recordIds: string[] | null = null) {
  const f = query.filters;
  const list = <T>(values: T[]) => (values.length ? values : null);
  const match = text ? text.terms.map((t) => t.match).join(anyWord ? ' | ' : ' & ') : null;
  const penalties = text ? text.terms.flatMap((t) => t.penalties.map((p) => ({ match: t.match, ...p }))) : [];
  // The records to match against (saved searches) are the last parameter: $13 without text, $20 with.
  const sql = SEARCH_SQL(
    query.sort,
    text === null ? null : { anyWord, terms: text.terms.length, penalties: penalties.length },
    output,
    recordIds === null ? null : text === null ? 13 : 20,
  );
  const params = [
    match,
    query.types,
    list(f.countries),
    list(f.regions),
    list(f.crimeTypes),
    list(f.articles),
    list(f.keywords),
    list(f.courtLevels),
    f.yearFrom,
    f.yearTo,
    query.limit,
    query.offset,
    ...(text !== null
      ? [
          HEADLINE_TITLE,
          HEADLINE_SUMMARY,
          text.rank,
          text.terms.map((t) => t.match),
          penalties.map((p) => p.match),
          penalties.map((p) => p.better),
          penalties.map((p) => p.weight),
        ]
      : []),
    ...(recordIds === null ? [] : [recordIds]),
  ];
  return { sql, params };
}

/** Where an ordered walk stands: after a sort key (no text) or after a position of the ranking (text). */
type KeysetCursor = { kind: 'keyset'; date: string | null; title: string; reference: string; type: RecordType; citedBy?: number };
type WalkCursor = KeysetCursor | { kind: 'position'; offset: number; anyWord: boolean };

const encodeWalk = (cursor: WalkCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** The walk cursors are the adapter's own (never shown to callers), but still checked before use. */
function decodeWalk(after: string): WalkCursor {
  const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as WalkCursor;
  const ok = value.kind === 'keyset'
    ? typeof value.reference === 'string' && typeof value.type === 'string' && typeof value.title === 'string' &&
      (value.date === null || /^\d{4}-\d{2}-\d{2}$/.test(value.date)) &&
      (value.citedBy === undefined || Number.isInteger(value.citedBy))
    : value.kind === 'position' && Number.isInteger(value.offset) && value.offset >= 0 && typeof value.anyWord === 'boolean';
  if (!ok) throw new Error('malformed walk cursor');
  return value;
}

/** One term of the text as tsqueries: what matches it, what ranks it, and the lesser ways of matching it. */
interface TermQuery {
  match: string;
  /**
   * A record matching the term but not `better` loses `weight`: 2 when it holds the word only through a typo
   * correction, 1 when only through a completion of the word being typed ("arms" → "Armenia").
   */
  penalties: { better: string; weight: number }[];
  /** `match` plus the exact word forms ("=organ"), which score above a stem-only match. */
  rank: string;
}

interface TextQuery {
  terms: TermQuery[];
  /** Every term's ranking query, AND-ed: ts_rank weighs fields, exact forms and how close the words are. */
  rank: string;
}

/** Answers kept per process: a page of hits and the facets is a few kilobytes. */
const DEFAULT_CACHE_SIZE = 500;

interface LexiconRow {
  word: string;
  /** Stemmed, unaccented form; null for a stop word. */
  lex: string | null;
  /** Whether the word is to be corrected: typed alone, 5 letters or more, and its stem not in the index. */
  unknown: boolean;
  /** For an unknown word, the closest indexed stems (trigram neighbours); absent otherwise. */
  candidates?: string[];
  /**
   * For a word being typed: whether the indexed vocabulary holds a stem that completes it other than its own (a
   * record can then match the word only through a completion); null for a word not typed as a prefix.
   */
  completes: boolean | null;
}

/**
 * For each word ($1; $2 whether it is being typed, $3 whether it may be corrected): its lexeme, whether that lexeme
 * is unknown to the index (a typo; a word being typed is known when an indexed stem starts with it), and whether a
 * stem completes a word being typed. Short words get no typo alternatives (too many false friends).
 */
const LEXICON_SQL = `
  SELECT w.word, l.lex,
         CASE WHEN l.lex IS NULL OR length(w.word) < 5 OR NOT w.correctable THEN false
              WHEN EXISTS (SELECT 1 FROM search_lexemes s WHERE s.lexeme = l.lex) THEN false
              WHEN w.prefix AND starts_with((SELECT s.lexeme FROM search_lexemes s WHERE s.lexeme >= l.lex
                                             ORDER BY s.lexeme LIMIT 1), l.lex) THEN false
              ELSE true
         END AS unknown,
         CASE WHEN w.prefix AND l.lex IS NOT NULL THEN
           starts_with(coalesce((SELECT s.lexeme FROM search_lexemes s WHERE s.lexeme > l.lex ORDER BY s.lexeme LIMIT 1), ''), l.lex)
           OR starts_with(coalesce((SELECT s.lexeme FROM search_lexemes s WHERE s.lexeme >= w.word COLLATE "C" AND s.lexeme <> l.lex
                                     ORDER BY s.lexeme LIMIT 1), ''), w.word)
         END AS completes
    FROM unnest($1::text[], $2::boolean[], $3::boolean[]) AS w(word, prefix, correctable)
    LEFT JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('portal_english', w.word)))[1] AS lex) l ON true`;

/**
 * Trigram neighbours are only candidates: a correction must also be within the edit distance a reader would
 * call a typo (the usual rule of search engines: one edit from 5 letters, two from 9), at most 3 of them.
 */
function typoCorrections(row: LexiconRow | undefined): string[] {
  if (!row?.lex || !row.candidates) return [];
  const allowed = row.word.length >= 9 ? 2 : row.word.length >= 5 ? 1 : 0;
  const lex = row.lex;
  const word = foldText(row.word);
  // A misspelt word does not stem like the right one ("elephnats" keeps its suffix, "elephants" becomes
  // "eleph"), so a shorter lexeme is also compared with the same number of leading letters of the word.
  const close = (candidate: string) =>
    distance(candidate, lex) <= allowed ||
    (candidate.length >= 4 && candidate.length < word.length && candidate.length >= word.length - STEM_SUFFIX_MAX &&
      distance(candidate, word.slice(0, candidate.length)) <= Math.max(allowed - 1, 0));
  return row.candidates.filter(close).slice(0, 3);
}

/** Longest suffix the English stemmer removes from a word, in letters. */
const STEM_SUFFIX_MAX = 4;

/** A lexeme quoted for tsquery input: the cast below takes it verbatim (no second stemming, no operators). */
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The exact (unstemmed) form of a word in the text vector: folded like portal_exact, marked with "=". */
const exactForm = (word: string) => `=${foldText(word)}`;

/** Words in a row as a phrase of lexemes (`a <-> b`, a stop word between them widening the gap). */
function phraseToTsquery(words: string[], lexicon: Map<string, LexiconRow>, exact: boolean): string | null {
  const parts: string[] = [];
  let gap = 1;
  for (const word of words) {
    const lex = lexicon.get(word)?.lex;
    if (!lex) {
      gap += parts.length ? 1 : 0; // a stop word still occupies a position
      continue;
    }
    if (parts.length) parts.push(gap === 1 ? '<->' : `<${gap}>`);
    parts.push(quote(exact ? exactForm(word) : lex));
    gap = 1;
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : `(${parts.join(' ')})`;
}

const anyOf = (alternatives: Iterable<string | null>): string | null => {
  const set = [...new Set([...alternatives].filter((a): a is string => a !== null))];
  if (set.length === 0) return null;
  return set.length === 1 ? set[0] : `(${set.join(' | ')})`;
};

/**
 * The alternatives of a synonym group less those that one word of the group already matches: "laundering"
 * matches every record that "money laundering" or "laundering of proceeds of crime" would, so the phrases add
 * nothing to what matches, and ranking by them would weigh their other words ("money", "crime") and cost a
 * comparison of positions per word in every record ranked.
 */
function withoutSubsumed(phrases: string[][], lexicon: Map<string, LexiconRow>): string[][] {
  const lexemes = phrases.map((p) => p.map((w) => lexicon.get(w)?.lex).filter((l): l is string => Boolean(l)));
  const single = new Set(lexemes.filter((l) => l.length === 1).map(([l]) => l));
  return phrases.filter((_, i) => lexemes[i].length <= 1 || !lexemes[i].some((l) => single.has(l)));
}

function termQuery(term: Term, lexicon: Map<string, LexiconRow>): TermQuery | null {
  if (term.kind === 'phrase' || term.kind === 'any') {
    const phrases = term.kind === 'phrase' ? [term.words] : withoutSubsumed(term.phrases, lexicon);
    const match = anyOf(phrases.map((p) => phraseToTsquery(p, lexicon, false)));
    if (match === null) return null;
    return { match, penalties: [], rank: anyOf([match, ...phrases.map((p) => phraseToTsquery(p, lexicon, true))])! };
  }
  const row = lexicon.get(term.word);
  const forms: string[] = [];
  const exact: string[] = [];
  if (row?.lex) {
    forms.push(term.prefix ? `${quote(row.lex)}:*` : quote(row.lex));
    exact.push(term.prefix ? `${quote(exactForm(term.word))}:*` : quote(exactForm(term.word)));
  }
  if (term.prefix) forms.push(`${quote(term.word)}:*`);
  const typos = typoCorrections(row).map(quote);
  const match = anyOf([...forms, ...typos]);
  if (match === null) return null;
  const penalties: TermQuery['penalties'] = [];
  if (typos.length && forms.length) penalties.push({ better: anyOf(forms)!, weight: TYPO_PENALTY });
  // Only when some stem completes the word: otherwise a record matching it holds the word itself (the vocabulary
  // holds every indexed stem of 3 to 40 characters), and testing each record would cost a second read of its vector.
  if (term.prefix && row?.lex && row.completes) penalties.push({ better: anyOf([quote(row.lex), quote(exactForm(term.word))])!, weight: 1 });
  // Completions of the stem ("arm" → "armenia") match but do not rank: the whole word and its exact form do.
  const whole = row?.lex ? [quote(row.lex)] : forms;
  return { match, penalties, rank: anyOf([...whole, ...typos, ...exact])! };
}

const HEADLINE_TITLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const HEADLINE_SUMMARY = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Every order ends with the reference (unique per record type), so equal scores or dates never fall by chance. */
const ORDER_BY: Record<SearchSort, string> = {
  RELEVANCE: 'score DESC NULLS LAST, date DESC NULLS LAST, reference, record_type',
  DATE_DESC: 'date DESC NULLS LAST, reference, record_type',
  DATE_ASC: 'date ASC NULLS LAST, reference, record_type',
  TITLE: 'title_sort, reference, record_type',
  MOST_CITED: 'cited_by_count DESC, date DESC NULLS LAST, reference, record_type',
};

/**
 * Relevance with text: by tier (terms held, penalties; the integer part of the score), then the types in turn by
 * their rank within the type, so a first page shows the best cases and the best laws whichever type's records
 * score higher (short laws naming a crime in their title would otherwise fill it), then by score.
 */
const INTERLEAVED = `floor(score) DESC NULLS LAST, type_rank, ${ORDER_BY.RELEVANCE}`;

/**
 * Field weights of ts_rank, {D, C, B, A}: title and reference (A) far above the labels (B), the labels above
 * country and facts (C), those above the rest (D).
 */
const WEIGHTS = `'{0.05, 0.2, 0.4, 1.0}'`;

/** Each facet: the expression producing its values and the filter flag it ignores (disjunctive facets). */
const FACETS: Record<FacetField, { values: string; own: string }> = {
  country: { values: 'unnest(countries)', own: 'f_country' },
  region: { values: 'unnest(regions)', own: 'f_region' },
  crimeType: { values: 'unnest(crime_types)', own: 'f_crime_type' },
  article: { values: 'unnest(articles)', own: 'f_article' },
  keyword: { values: 'unnest(keywords)', own: 'f_keyword' },
  courtLevel: { values: 'court_level::text', own: 'f_court_level' },
  year: { values: 'year::text', own: 'f_year' },
};
const FLAGS = Object.values(FACETS).map((f) => f.own);
const allFlagsExcept = (own: string | null) => FLAGS.filter((f) => f !== own).join(' AND ');

/** The labels of a list (crime types, articles, keywords) in which a query term matched, marked, joined by '; '. */
const MATCHED_LABELS = (column: string) => `(
  SELECT string_agg(marked, '; ') FROM (
    SELECT ts_headline('portal_english', label, q.query, $13) AS marked FROM unnest(${column}) AS label) m
   WHERE strpos(marked, E'\\u0001') > 0)`;

/**
 * Each filter as a predicate on a document (alias `d`), named by its flag; `first` is the number of the parameter
 * holding the countries, the others follow (regions, crime types, articles, keywords, court levels, years from, to).
 * The one definition of what the filters mean, for searches and for ordered walks alike.
 */
function filterFlags(first: number): [string, string][] {
  const p = (i: number) => `$${first + i}`;
  return [
    ['f_country', `(${p(0)}::text[] IS NULL OR d.countries && ${p(0)})`],
    ['f_region', `(${p(1)}::text[] IS NULL OR d.regions && ${p(1)})`],
    ['f_crime_type', `(${p(2)}::text[] IS NULL OR d.crime_types && ${p(2)})`],
    ['f_article', `(${p(3)}::text[] IS NULL OR d.articles && ${p(3)})`],
    ['f_keyword', `(${p(4)}::text[] IS NULL OR d.keywords && ${p(4)})`],
    ['f_court_level', `(${p(5)}::text[] IS NULL OR d.court_level = ANY(${p(5)}))`],
    ['f_year', `((${p(6)}::int IS NULL OR d.year >= ${p(6)}) AND (${p(7)}::int IS NULL OR d.year <= ${p(7)}))`],
  ];
}

/** How the text takes part in the statement (absent when listing without text). */
interface TextShape {
  /** Rows holding any word (the fallback when no row holds them all), ranked by how many they hold. */
  anyWord: boolean;
  /** Number of terms. */
  terms: number;
  /** Number of penalties (lesser ways of matching a term). */
  penalties: number;
}

/** What a typo costs; the tier of a record is (terms held) × (2 × terms + 1) − penalties. */
const TYPO_PENALTY = 2;

/**
 * The relevance of a row, in tiers: how many terms it holds, then how few of them only through a typo correction
 * or a completion, then ts_rank (field weights, exact forms over stems, words close together) squeezed into
 * [0, 1). Parameters: $15 the ranking tsquery, $16 each term's tsquery, $17/$18/$19 the penalties (the term's
 * tsquery, the better form, the weight).
 */
function scoreSql(text: TextShape, words: string, vector: string): string {
  // Without the fallback every row holds every term, so only the better form needs testing. One expression per
  // penalty (their number is known): cheaper per row than a subquery over the arrays.
  const penalty = (i: number) => {
    const held = text.anyWord ? `${vector} @@ ($17::tsquery[])[${i}] AND ` : '';
    return `(${held}NOT ${vector} @@ ($18::tsquery[])[${i}])::int * ($19::int[])[${i}]`;
  };
  const penalties = text.penalties ? `(${Array.from({ length: text.penalties }, (_, i) => penalty(i + 1)).join(' + ')})` : '0';
  return `${words} * ${text.terms * TYPO_PENALTY + 1} - ${penalties} + ts_rank(${WEIGHTS}, ${vector}, $15::tsquery, 32)`;
}

/**
 * What a search statement answers: `page`, the hits with highlights, the total and every facet; `hits`, the hits
 * alone, in order (an export's walk); `filtered-page`, the hits with highlights and the version of the documents
 * it read, reading only the rows that pass every filter (the total and the facets are counted in memory from
 * MATCHED_IDS_SQL).
 */
type SearchOutput = 'page' | 'hits' | 'filtered-page';

/**
 * The ids of every row the text matches (16 bytes each, in hex: a few hundred kilobytes at most) and the version
 * of the documents in the same snapshot. $1 the text's tsquery, $2 the record types.
 */
const MATCHED_IDS_SQL = `
  SELECT (SELECT version::text FROM search_version) AS version,
         encode(string_agg(uuid_send(record_id), ''::bytea), 'hex') AS ids
    FROM search_documents d
   WHERE d.record_type = ANY($2::text[]) AND d.tsv @@ $1::tsquery`;

/**
 * One statement: the matching rows (text, types; only the given records when `recordIdsParam` names their
 * parameter) with a flag per filter, materialized once; then the page of hits with highlights, and the total and
 * each facet counted over the rows passing every other filter (or the ids of those rows, to count in memory).
 * Rows failing two filters or more can count nowhere and are dropped early. The table keeps its long values
 * (text vector, texts, labels) out of line, so finding and counting rows reads narrow tuples only.
 */
function SEARCH_SQL(sort: SearchSort, text: TextShape | null, output: SearchOutput = 'page', recordIdsParam: number | null = null): string {
  const facetQueries = FACET_FIELDS.map((field) => {
    const facet = FACETS[field];
    return `SELECT 'facet', '${field}', value, count(*)::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
              FROM (SELECT ${facet.values} AS value FROM base WHERE ${allFlagsExcept(facet.own)}) v
             WHERE value IS NOT NULL GROUP BY value`;
  });
  const all = allFlagsExcept(null);
  // A filtered page reads only rows passing every filter, and needs no facet values: the filters are conditions of
  // the scan (with the parameters' values known when planning, those not given fold away and the others can narrow
  // the text index's scan), every flag is true, and the rows carry only what ranks and orders them.
  const filtered = output === 'filtered-page';
  const flags = filterFlags(3).map(([flag, sql]) => `${filtered ? 'TRUE' : sql} AS ${flag}`);
  const filterConditions = filtered ? filterFlags(3).map(([, sql]) => `AND ${sql}`).join(' ') : '';
  const facetColumns = filtered ? '' : 'countries, regions, crime_types, articles, keywords, court_level, year, ';
  // Terms held: all of them, unless any word may match (then counted, once per row, for the rows that can be hits).
  // The text vector is stored out of line: read once per row that can be a hit when it is tested once per term
  // (terms held), instead of once per test; a penalty or two cost less as a second read than that copy.
  const once = text !== null && text.anyWord;
  const vector = once
    ? `CROSS JOIN LATERAL (SELECT CASE WHEN ${all} THEN flagged.tsv || ''::tsvector END AS vec OFFSET 0) v`
    : `CROSS JOIN LATERAL (SELECT flagged.tsv AS vec) v`;
  const words = text?.anyWord
    ? `CROSS JOIN LATERAL (SELECT CASE WHEN ${all} THEN (SELECT count(*)::int FROM unnest($16::tsquery[]) AS t(q) WHERE v.vec @@ t.q) END AS words OFFSET 0) w`
    : `CROSS JOIN LATERAL (SELECT ${text ? text.terms : 'NULL'}::int AS words) w`;
  const order = text && sort === 'RELEVANCE' ? INTERLEAVED : (text?.anyWord ? 'words DESC NULLS LAST, ' : '') + ORDER_BY[sort];
  // Relevance interleaves the record types within a tier: the best case, the best law, the second case… Restricted
  // to one type, that order is the type's order by relevance, so the page lies within each type's best (limit +
  // offset) rows: only those are numbered (a top-N sort of each type instead of sorting every row).
  const ranked = text && sort === 'RELEVANCE'
    ? `SELECT *, row_number() OVER (PARTITION BY record_type, floor(score) ORDER BY ${ORDER_BY.RELEVANCE}) AS type_rank
         FROM unnest($2::text[]) AS t(type)
         CROSS JOIN LATERAL (SELECT * FROM base WHERE record_type = t.type AND ${all}
                              ORDER BY ${ORDER_BY.RELEVANCE} LIMIT $11::int + $12::int) best`
    : `SELECT * FROM base WHERE ${all}`;
  const page = `
  SELECT 'hit' AS kind, NULL AS field, NULL AS value, NULL::int AS count, h.record_type, h.record_id, h.score,
         h.position,
         ${text ? 'ts_headline(\'portal_english\', d.title, q.query, $13)' : 'NULL'} AS title_marked,
         ${text ? 'ts_headline(\'portal_english\', coalesce(d.summary, d.body, \'\'), q.query, $14)' : 'NULL'} AS summary_marked,
         ${text ? MATCHED_LABELS('d.crime_type_labels') : 'NULL'} AS crime_types_marked,
         ${text ? MATCHED_LABELS('d.article_labels') : 'NULL'} AS articles_marked,
         ${text ? MATCHED_LABELS('d.keyword_labels') : 'NULL'} AS keywords_marked
    FROM hits h JOIN search_documents d USING (record_type, record_id), q
  UNION ALL`;
  const outputs: Record<SearchOutput, string> = {
    hits: `SELECT 'hit' AS kind, h.record_type, h.record_id, h.position FROM hits h`,
    page: `${page}
  SELECT 'total', NULL, NULL, count(*)::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM base WHERE ${all}
  UNION ALL
  ${facetQueries.join('\n  UNION ALL\n  ')}`,
    'filtered-page': `${page}
  SELECT 'version', NULL, version::text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM search_version`,
  };
  return `
  WITH q AS (SELECT $1::tsquery AS query${text ? ', $13::text AS title_options, $14::text AS summary_options, $15::tsquery AS rank, $16::tsquery[] AS terms, $17::tsquery[] AS penalty_terms, $18::tsquery[] AS penalty_better, $19::int[] AS penalty_weights' : ''}),
  flagged AS (
    SELECT d.record_type, d.record_id, d.reference, d.countries, d.regions, d.crime_types, d.articles, d.keywords,
           d.court_level, d.year, d.date, d.title_sort, d.cited_by_count, d.tsv,
           ${flags.join(',\n           ')}
      FROM search_documents d
     WHERE d.record_type = ANY($2::text[]) ${text ? 'AND d.tsv @@ $1::tsquery' : ''} ${filterConditions}
       ${recordIdsParam === null ? '' : `AND d.record_id = ANY($${recordIdsParam}::uuid[])`}
  ),
  base AS MATERIALIZED (
    SELECT record_type, record_id, reference, ${facetColumns}
           date, title_sort, cited_by_count, ${FLAGS.join(', ')}, w.words,
           -- ranking reads the whole (out-of-line) text vector: only for rows that can be hits
           ${text ? `CASE WHEN ${all} THEN ${scoreSql(text, 'w.words', 'v.vec')} END` : 'NULL::real'} AS score
      FROM flagged ${vector} ${words}
     WHERE (${FLAGS.map((f) => `${f}::int`).join(' + ')}) >= ${FLAGS.length - 1}
  ),
  hits AS (
    SELECT record_type, record_id, score, row_number() OVER (ORDER BY ${order}) AS position
      FROM (${ranked} ORDER BY ${order} LIMIT $11 OFFSET $12) page
  )
  ${outputs[output]}`;
}

interface SearchRow {
  kind: 'hit' | 'total' | 'facet' | 'version';
  field: FacetField | null;
  value: string | null;
  count: number | null;
  record_type: 'CASE' | 'LAW' | 'PUBLICATION' | null;
  record_id: string | null;
  score: number | null;
  position: string | null;
  title_marked: string | null;
  summary_marked: string | null;
  crime_types_marked: string | null;
  articles_marked: string | null;
  keywords_marked: string | null;
}

function toPage(rows: SearchRow[]): SearchPage {
  const hits = rows
    .filter((r) => r.kind === 'hit')
    .sort((a, b) => Number(a.position) - Number(b.position))
    .map((r) => ({
      type: r.record_type!,
      id: r.record_id!,
      score: r.score,
      highlights: [
        { field: 'title', snippet: r.title_marked ? markedToHtml(r.title_marked) : null },
        { field: 'summary', snippet: r.summary_marked ? markedToHtml(r.summary_marked) : null },
        { field: 'crimeTypeLabels', snippet: r.crime_types_marked ? markedToHtml(r.crime_types_marked) : null },
        { field: 'articleLabels', snippet: r.articles_marked ? markedToHtml(r.articles_marked) : null },
        { field: 'keywordLabels', snippet: r.keywords_marked ? markedToHtml(r.keywords_marked) : null },
      ].filter((h): h is { field: string; snippet: string } => h.snippet !== null),
    }));
  const facets = FACET_FIELDS.map((field) => ({
    field,
    values: rows
      .filter((r) => r.kind === 'facet' && r.field === field)
      .map((r) => ({ value: r.value!, count: r.count! }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
  const total = rows.find((r) => r.kind === 'total')?.count ?? 0;
  return { total, hits, facets, matchedAllWords: true };
}
