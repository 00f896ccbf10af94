/**
 * Article references → article ids `<INSTRUMENT>-<number>` (`UNTOC-18`, `SOM-6`).
 *
 * A reference is an article number, optionally followed by its subdivisions, and an instrument, in either
 * order, with or without the word "article":
 *   `UNTOC-18`, `untoc 18`, `Art. 18 UNTOC`, `CTOC art. 18`, `Palermo Convention art 18`,
 *   `Article 18, United Nations Convention against Transnational Organized Crime`,
 *   `Article 18 of the Organized Crime Convention`, `Article 5, Trafficking in Persons Protocol`,
 *   `TIP Protocol art. 5`, `Smuggling of Migrants Protocol, article 6`, `Firearms Protocol, Art. 5`,
 *   `Article 3(a) TIP`, `Art. 6(1)(a) of the Smuggling Protocol`, `UNTOC art. 18, para. 15`.
 *
 * - The article marker is `article`, `art` or `art.` (any case, plural too); without one, the reference must
 *   hold exactly one number (`UNTOC-18`).
 * - Subdivisions after the number — `(15)`, `(1)(a)`, `(a)(ii)`, `, para. 15`, `paragraph 2 (b)` — are not
 *   part of the id. `parseArticleReference` and `createArticleReferenceParser` keep them as `paragraph`
 *   (`(1)(a)`) and `pinpoint` (`6(1)(a)`), for citations.
 * - The instrument is a code or a name (see INSTRUMENT_NAMES), matched like the other vocabularies (case,
 *   punctuation, "the", British spelling and plurals do not matter); a trailing "Protocol"/"Convention" may be
 *   added or left out (`TIP Protocol`, `Trafficking in Persons`, `UNTOC Convention`), and so may a leading
 *   "UN"/"United Nations" and the "supplementing the United Nations Convention…" tail of a Protocol's title.
 *
 * Rejected, with an error naming the value: no instrument (`Article 18`: a bare number is not read as the
 * Convention), no number (`UNTOC`), more than one article (`Articles 5 and 6 TIP`: one reference per entry),
 * a bare "Protocol" (which one?), an unknown instrument (the error lists the accepted codes), and a number the
 * instrument does not have (`UNTOC-99`: "UNTOC has articles 1–41").
 */
import { LookupTable } from './lookup';
import { fail, listOf, type Normalized, ok, quote, withHint } from './result';
import { cleanText, foldForLookup } from './text';

/** The four instruments, in their conventional order. */
export const INSTRUMENT_CODES = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** Names and abbreviations by which catalogues cite the instruments (besides the code itself). */
export const INSTRUMENT_NAMES: Readonly<Record<InstrumentCode, readonly string[]>> = {
  UNTOC: [
    'United Nations Convention against Transnational Organized Crime',
    'Convention against Transnational Organized Crime',
    'Organized Crime Convention', // and "Organised", through the spelling rule
    'Transnational Organized Crime Convention',
    'CTOC', // as in "CTOC/COP", the Conference of the Parties' document symbol
    'TOC Convention',
    'UNCTOC',
    'Palermo Convention',
    'Convention', // in catalogues of the Convention and its Protocols, "the Convention" is UNTOC
  ],
  TIP: [
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons',
    'Trafficking in Persons Protocol',
    'Trafficking Protocol',
    'Human Trafficking Protocol',
    'Anti-Trafficking Protocol',
    'Palermo Protocol', // the usual name of the Trafficking Protocol in the literature
  ],
  SOM: [
    'Protocol against the Smuggling of Migrants by Land, Sea and Air',
    'Protocol against the Smuggling of Migrants',
    'Smuggling of Migrants Protocol',
    'Migrant Smuggling Protocol',
    'Smuggling Protocol',
    'Migrants Protocol',
  ],
  FIREARMS: [
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    'Protocol against the Illicit Manufacturing of and Trafficking in Firearms',
    'Firearms Protocol',
  ],
};

export interface ArticleEntry {
  readonly id: string;
  readonly instrument: string;
  readonly number: number;
}

export interface ArticleReference {
  /** `UNTOC-18` */
  readonly id: string;
  readonly instrument: string;
  readonly number: number;
  /** the subdivisions, normalized: `(15)`, `(1)(a)`; absent when the reference names the whole article */
  readonly paragraph?: string;
  /** number and subdivisions, for a citation: `18(15)`, `3(a)`, `18` */
  readonly pinpoint: string;
}

interface Syntax {
  readonly number: number;
  readonly paragraph?: string;
  /** the reference without the number and its subdivisions: the instrument, if any */
  readonly rest: string;
}

const ARTICLE_MARKER = /\b(?:articles?|arts?)(?![a-z])\.?\s*(?:no\.?\s*)?(\d+)/gi;
const NUMBER = /\d+/g;
/** `(15)`, `(a)`, `(aa)`, `(iii)` — not `(TIP)`, which is an instrument. */
const BRACKETED = /^\s*\(\s*(\d{1,3}|[a-z]{1,2}|[ivxl]{1,6})\s*\)/i;
const PARAGRAPH_WORD = /^\s*,?\s*(?:sub-?)?(?:paragraphs?|paras?|§)\.?\s*(?:(\d{1,3})\b|(?=\())/i;

/** Reads `(1)(a)`, `, para. 15`, `paragraph 2 (b)` from `text` at `from`; returns them and where they end. */
function readSubdivisions(text: string, from: number): { paragraph: string; end: number } {
  let paragraph = '';
  let end = from;
  for (;;) {
    const rest = text.slice(end);
    const bracketed = BRACKETED.exec(rest);
    if (bracketed !== null) {
      paragraph += `(${bracketed[1]!.toLowerCase()})`;
      end += bracketed[0].length;
      continue;
    }
    const word = PARAGRAPH_WORD.exec(rest);
    if (word !== null) {
      if (word[1] !== undefined) paragraph += `(${Number(word[1])})`;
      end += word[0].length;
      continue;
    }
    return { paragraph, end };
  }
}

type SyntaxResult = { ok: true; value: Syntax } | { ok: false; problem: 'no-number' | 'several' };

function readSyntax(cleaned: string): SyntaxResult {
  const markers = [...cleaned.matchAll(ARTICLE_MARKER)];
  let start: number;
  let numberEnd: number;
  let digits: string;
  if (markers.length > 0) {
    const marker = markers[0]!;
    start = marker.index;
    numberEnd = start + marker[0].length;
    digits = marker[1]!;
  } else {
    const number = [...cleaned.matchAll(NUMBER)][0];
    if (number === undefined) return { ok: false, problem: 'no-number' };
    start = number.index;
    numberEnd = start + number[0].length;
    digits = number[0];
  }
  const { paragraph, end } = readSubdivisions(cleaned, numberEnd);
  const rest = `${cleaned.slice(0, start)} ${cleaned.slice(end)}`;
  if (/\d/.test(rest)) return { ok: false, problem: 'several' };
  return { ok: true, value: { number: Number(digits), rest, ...(paragraph === '' ? {} : { paragraph }) } };
}

/** The ways the instrument part of a reference is tried, in order (folded text). */
function instrumentVariants(text: string): string[] {
  const variants: string[] = [];
  const push = (s: string): void => {
    const v = s.trim();
    if (v !== '' && !variants.includes(v)) variants.push(v);
  };
  const base = foldForLookup(text)
    .replace(/^(?:(?:of|in|to|under|the)\s+)+/, '')
    .replace(/\s+(?:of|the)$/, '');
  const stems = [base, base.replace(/\s+supplementing\b.*$/, '')];
  for (const stem of stems) {
    for (const s of [stem, stem.replace(/^(?:un|united nations)\s+/, '')]) {
      push(s);
      push(s.replace(/\s+(?:protocol|convention)$/, ''));
      push(`${s} protocol`);
      push(`${s} convention`);
    }
  }
  return variants;
}

function instrumentTable(codes: readonly string[]): LookupTable<string> {
  const table = new LookupTable<string>((code) => code);
  for (const code of codes) {
    table.add(code, code);
    for (const name of INSTRUMENT_NAMES[code as InstrumentCode] ?? []) table.add(name, code);
  }
  return table;
}

/** `1–41`, or `1–5, 7–41` when there are gaps. */
function describeRange(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  let from = sorted[0]!;
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1]! + 1) {
      const to = sorted[i - 1]!;
      runs.push(from === to ? `${from}` : `${from}–${to}`);
      from = sorted[i]!;
    }
  }
  return runs.join(', ');
}

/**
 * The parser for a set of instruments. With `articles`, the instruments are those the articles belong to
 * and the article must exist; without, the four instruments and any article number ≥ 1.
 */
function makeParser(
  codes: readonly string[],
  articles?: readonly ArticleEntry[],
): (input: string) => Normalized<ArticleReference> {
  const table = instrumentTable(codes);
  const numbers = new Map<string, number[]>();
  const ids = new Map<string, string>();
  for (const article of articles ?? []) {
    const list = numbers.get(article.instrument) ?? [];
    list.push(article.number);
    numbers.set(article.instrument, list);
    ids.set(`${article.instrument}-${article.number}`, article.id);
  }
  const example = '"UNTOC-18" or "Article 5, Trafficking in Persons Protocol"';

  return (input: string): Normalized<ArticleReference> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The article reference is empty: write e.g. ${example}`);
    const syntax = readSyntax(cleaned);
    if (!syntax.ok) {
      return fail(
        syntax.problem === 'no-number'
          ? `${quote(cleaned)} names no article number: write e.g. ${example}`
          : `${quote(cleaned)} cites more than one article: give one reference per article, e.g. ${example}`,
      );
    }
    const { number, paragraph, rest } = syntax.value;
    const instrumentText = cleanText(rest.replace(/^[\s,;:\-–—/]+|[\s,;:\-–—/]+$/g, ''));
    const accepted = `use one of ${listOf(codes)}, or a name such as "Trafficking in Persons Protocol"`;
    if (foldForLookup(instrumentText).replace(/^(?:(?:of|the)(?: |$))+/, '') === '') {
      return fail(`${quote(cleaned)} names no instrument: ${accepted}`);
    }
    if (/^(?:(?:of|the)\s+)*(?:un\s+)?protocols?$/.test(foldForLookup(instrumentText))) {
      const protocols = codes.filter((c) => c !== 'UNTOC');
      return fail(`${quote(cleaned)} does not say which Protocol: use ${listOf(protocols)}`);
    }
    let instrument: string | undefined;
    for (const variant of instrumentVariants(instrumentText)) {
      const found = table.lookup(variant);
      if (found.kind === 'found') {
        instrument = found.value;
        break;
      }
    }
    if (instrument === undefined) {
      const hint = table.suggest(instrumentText);
      return fail(
        withHint(`${quote(cleaned)} names no known instrument (${quote(instrumentText)}): ${accepted}`, hint),
      );
    }
    let id = `${instrument}-${number}`;
    if (articles !== undefined) {
      const existing = numbers.get(instrument);
      if (existing === undefined) return fail(`${quote(cleaned)}: the portal has no articles of ${instrument}`);
      const stored = ids.get(id);
      if (stored === undefined) {
        return fail(`${quote(cleaned)} is not an article: ${instrument} has articles ${describeRange(existing)}`);
      }
      id = stored;
    } else if (number < 1) {
      return fail(`${quote(cleaned)} is not an article: article numbers start at 1`);
    }
    return ok({
      id,
      instrument,
      number,
      ...(paragraph === undefined ? {} : { paragraph }),
      pinpoint: `${number}${paragraph ?? ''}`,
    });
  };
}

let syntacticParser: ((input: string) => Normalized<ArticleReference>) | undefined;

/**
 * Parses a reference against the four instruments without checking the article exists
 * (any number ≥ 1): `"Art. 6(1)(a) of the Smuggling Protocol"` → `{ id: 'SOM-6', instrument: 'SOM',
 * number: 6, paragraph: '(1)(a)', pinpoint: '6(1)(a)' }`. Use `createArticleReferenceParser` to also check
 * the article against the reference data.
 */
export function parseArticleReference(input: string): Normalized<ArticleReference> {
  return (syntacticParser ??= makeParser(INSTRUMENT_CODES))(input);
}

function instrumentsOf(articles: readonly ArticleEntry[]): string[] {
  const present = new Set(articles.map((a) => a.instrument));
  const known = INSTRUMENT_CODES.filter((c) => present.has(c));
  const others = [...present].filter((c) => !(INSTRUMENT_CODES as readonly string[]).includes(c)).sort();
  return [...known, ...others];
}

/**
 * `parseArticleReference` checked against the articles the portal has; instruments other than the four
 * (present in `articles`) are accepted by their code.
 */
export function createArticleReferenceParser(
  articles: readonly ArticleEntry[],
): (input: string) => Normalized<ArticleReference> {
  return makeParser(instrumentsOf(articles), articles);
}

/** Article reference → the id of an article that exists (`"Art. 18 UNTOC"` → `UNTOC-18`). */
export function createArticleNormalizer(articles: readonly ArticleEntry[]): (input: string) => Normalized<string> {
  const parse = createArticleReferenceParser(articles);
  return (input: string): Normalized<string> => {
    const parsed = parse(input);
    return parsed.ok ? ok(parsed.value.id) : parsed;
  };
}

/**
 * Instrument names and codes → instrument code, among `codes` (default: the four instruments), with the same
 * spellings as the instrument part of an article reference: `UNTOC`, `Palermo Convention`,
 * `Trafficking in Persons Protocol`, `Protocol against the Smuggling of Migrants by Land, Sea and Air`.
 */
export function createInstrumentNormalizer(
  codes: readonly string[] = INSTRUMENT_CODES,
): (input: string) => Normalized<string> {
  const table = instrumentTable(codes);
  const accepted = `use one of ${listOf(codes)}, or a name such as "Trafficking in Persons Protocol"`;
  return (input: string): Normalized<string> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The instrument is empty: ${accepted}`);
    if (/^(?:(?:the)\s+)*(?:un\s+)?protocols?$/.test(foldForLookup(cleaned))) {
      return fail(`${quote(cleaned)} does not say which Protocol: use ${listOf(codes.filter((c) => c !== 'UNTOC'))}`);
    }
    for (const variant of instrumentVariants(cleaned)) {
      const found = table.lookup(variant);
      if (found.kind === 'found') return ok(found.value);
    }
    return fail(withHint(`${quote(cleaned)} is not an instrument: ${accepted}`, table.suggest(cleaned)));
  };
}
