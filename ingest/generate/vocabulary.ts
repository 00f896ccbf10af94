/**
 * The vocabularies a generator run draws from, and their one-off preparation: the country ranking behind the
 * Zipf-like skew, weighted crime types, articles per crime type and keyword pools tagged with the facts that
 * make a term applicable to a case.
 */
import { type CountryProfile, hasProfile, inSentence, profileFor } from './places';
import { hash32, hashString, seed32, WeightedTable } from './random';

export interface GeneratorVocabulary {
  /** Jurisdiction codes (ISO 3166-1 alpha-3) and names. */
  countries: { code: string; name: string }[];
  /** Articles of the instruments, e.g. `{ id: 'UNTOC-18', instrument: 'UNTOC', number: 18, title: 'Mutual legal assistance' }`. */
  articles: { id: string; instrument: string; number: number; title: string }[];
  /** Crime types; `articles` (ids) are the articles a case of that type typically engages. */
  crimeTypes: { code: string; label: string; articles?: string[] }[];
  /** Keyword terms by category (`Acts`, `Means`, `Purposes`, `Smuggling conduct`, `Procedural`, …). */
  keywords: { category: string; terms: string[] }[];
}

export interface Country {
  code: string;
  name: string;
  /** The name as it reads mid-sentence (`the Philippines`). */
  nameIn: string;
  profile: CountryProfile;
  /** Rank in the skewed distribution (0 = most cases). */
  rank: number;
}

export interface CrimeType {
  code: string;
  label: string;
  /** Vocabulary articles engaged, most characteristic first. */
  articles: string[];
  /** Further articles sometimes engaged (defaults not listed by the vocabulary). */
  extraArticles: string[];
}

// Fact flags: what a case involves. Keyword terms require some of them; narrative and articles follow them.
export const F = {
  TIP: 1 << 0,
  SOM: 1 << 1,
  ML: 1 << 2,
  FIREARMS: 1 << 3,
  CORRUPTION: 1 << 4,
  DRUG: 1 << 5,
  GROUP: 1 << 6,
  CHILD: 1 << 7,
  LEGAL_PERSON: 1 << 8,
  SIT: 1 << 9,
  CONTROLLED_DELIVERY: 1 << 10,
  SURVEILLANCE: 1 << 11,
  UNDERCOVER: 1 << 12,
  FINANCIAL: 1 << 13,
  COOPERATION: 1 << 14,
  EXTRADITION: 1 << 15,
  MLA: 1 << 16,
  JIT: 1 << 17,
  TRANSFER_PROCEEDINGS: 1 << 18,
  TRANSFER_SENTENCED: 1 << 19,
  VICTIMS: 1 << 20,
  ONLINE: 1 << 21,
  COOPERATING_OFFENDER: 1 << 22,
  SEA: 1 << 23,
  LAND: 1 << 24,
  AIR: 1 << 25,
  OFFICIALS: 1 << 26,
  TRANSNATIONAL: 1 << 27,
  WITNESS_PROTECTION: 1 << 28,
  CYBER: 1 << 29,
} as const;

export type KeywordPool = 'tip-acts' | 'tip-means' | 'tip-purposes' | 'crime' | 'fact' | 'general';

export interface KeywordTerm {
  term: string;
  pool: KeywordPool;
  /** All these fact bits must be set for the term to apply to a case. */
  requires: number;
}

const CRIME_WEIGHTS: Record<string, number> = {
  'trafficking-in-persons': 30,
  'smuggling-of-migrants': 22,
  'money-laundering': 12,
  'organized-criminal-group': 11,
  'firearms-trafficking': 6,
  corruption: 5,
  'drug-offences': 5,
  'obstruction-of-justice': 3,
  cybercrime: 2,
  fraud: 2,
  'identity-related-crime': 1.5,
  kidnapping: 1.5,
  extortion: 1.5,
  terrorism: 1,
  'trafficking-in-cultural-property': 1,
  counterfeiting: 1,
  'falsified-medical-products': 1,
  'crimes-affecting-the-environment': 1,
  'maritime-piracy': 0.8,
};

/** Articles engaged by a crime type when the vocabulary lists none (and extras sometimes added). */
const DEFAULT_ARTICLES: Record<string, string[]> = {
  'trafficking-in-persons': ['TIP-5', 'TIP-3'],
  'smuggling-of-migrants': ['SOM-6', 'SOM-3'],
  'money-laundering': ['UNTOC-6', 'UNTOC-7'],
  'organized-criminal-group': ['UNTOC-5', 'UNTOC-2'],
  'firearms-trafficking': ['FIREARMS-5', 'FIREARMS-3', 'FIREARMS-8'],
  corruption: ['UNTOC-8', 'UNTOC-9'],
  'obstruction-of-justice': ['UNTOC-23'],
};
const FALLBACK_ARTICLES = ['UNTOC-2', 'UNTOC-3'];

/** Crime types that often come together with a given one (the first drawn). */
const COMPANIONS: Record<string, string[]> = {
  'trafficking-in-persons': ['organized-criminal-group', 'money-laundering', 'smuggling-of-migrants', 'corruption'],
  'smuggling-of-migrants': [
    'organized-criminal-group',
    'trafficking-in-persons',
    'money-laundering',
    'corruption',
    'identity-related-crime',
  ],
  'money-laundering': ['organized-criminal-group', 'drug-offences', 'fraud', 'corruption'],
  'organized-criminal-group': ['money-laundering', 'drug-offences', 'extortion', 'firearms-trafficking'],
  'firearms-trafficking': ['organized-criminal-group', 'drug-offences', 'money-laundering'],
  corruption: ['money-laundering', 'obstruction-of-justice', 'organized-criminal-group'],
  'drug-offences': ['organized-criminal-group', 'money-laundering', 'firearms-trafficking'],
};
const DEFAULT_COMPANIONS = ['organized-criminal-group', 'money-laundering'];

/** Jurisdictions that contribute many decisions to case-law collections: they head the skewed distribution. */
const PROMINENT = new Set(
  'USA GBR ITA NLD DEU NGA PHL MEX ARG BRA COL ESP FRA BEL AUS CAN THA IND ROU BGR SRB ZAF KEN TUR CHN UKR POL GRC EGY VNM'.split(
    ' ',
  ),
);

function tierOf(code: string): number {
  return PROMINENT.has(code) ? 0 : hasProfile(code) ? 1 : 2;
}

/** Zipf exponent of the country distribution: count(rank) ∝ 1 / (rank + 1)^s. */
export const COUNTRY_ZIPF_EXPONENT = 1;

export interface PreparedVocabulary {
  /** Countries by rank (most cases first). */
  ranked: Country[];
  countryTable: WeightedTable<Country>;
  byCode: Map<string, Country>;
  articleIds: Set<string>;
  /** Position of an article in the vocabulary (output order). */
  articleOrder: Map<string, number>;
  crimeTypes: CrimeType[];
  crimeTable: WeightedTable<CrimeType>;
  crimeByCode: Map<string, CrimeType>;
  companions: Map<string, CrimeType[]>;
  keywordTerms: KeywordTerm[];
}

export class VocabularyError extends TypeError {}

function classifyCategory(category: string): { pool: KeywordPool; requires: number } | null {
  const c = category.toLowerCase();
  if (/smuggl|migrant/.test(c)) return { pool: 'crime', requires: F.SOM };
  if (/\bmeans\b/.test(c)) return { pool: 'tip-means', requires: F.TIP };
  if (/purpose|exploitation/.test(c)) return { pool: 'tip-purposes', requires: F.TIP };
  if (/^acts?\b|\bacts\b|trafficking conduct/.test(c)) return { pool: 'tip-acts', requires: F.TIP };
  if (/firearm|weapon|\barms\b/.test(c)) return { pool: 'crime', requires: F.FIREARMS };
  if (/trafficking in persons|human trafficking|trafficking in human beings/.test(c))
    return { pool: 'crime', requires: F.TIP };
  if (/launder/.test(c)) return { pool: 'crime', requires: F.FINANCIAL };
  if (/corrupt|bribe/.test(c)) return { pool: 'crime', requires: F.CORRUPTION };
  if (/drug|narcotic/.test(c)) return { pool: 'crime', requires: F.DRUG };
  if (/cyber/.test(c)) return { pool: 'crime', requires: F.CYBER };
  return null;
}

const TERM_TAGS: [RegExp, number][] = [
  [/extradit/, F.EXTRADITION],
  [/mutual legal/, F.MLA],
  [/joint investigat/, F.JIT],
  [/transfer of (criminal )?proceedings/, F.TRANSFER_PROCEEDINGS],
  [/transfer of sentenced/, F.TRANSFER_SENTENCED],
  [/international cooperation/, F.COOPERATION],
  [/controlled deliver/, F.CONTROLLED_DELIVERY],
  [/electronic surveillance|wiretap|intercept/, F.SURVEILLANCE],
  [/undercover/, F.UNDERCOVER],
  [/special investigative/, F.SIT],
  [/financial investigation|freezing|seizure|confiscat|proceeds|money laundering|asset/, F.FINANCIAL],
  [/legal person|corporate/, F.LEGAL_PERSON],
  [/child/, F.CHILD],
  [/smuggled migrant/, F.SOM],
  [/victim/, F.VICTIMS | F.TIP],
  [/cooperating offender|cooperating defendant/, F.COOPERATING_OFFENDER],
  [/official|corruption/, F.OFFICIALS],
  [/internet|digital|online|cyber/, F.ONLINE],
  [/organi[sz]ed criminal group/, F.GROUP],
  [/transnational/, F.TRANSNATIONAL],
  [/witness/, F.WITNESS_PROTECTION],
  [/by sea|maritime/, F.SEA],
  [/by land/, F.LAND],
  [/by air/, F.AIR],
];

function tagTerm(term: string): number {
  const t = term.toLowerCase();
  let requires = 0;
  for (const [re, bits] of TERM_TAGS) if (re.test(t)) requires |= bits;
  return requires;
}

function check(vocabulary: GeneratorVocabulary): void {
  if (!vocabulary || typeof vocabulary !== 'object') throw new VocabularyError('vocabulary is required');
  for (const key of ['countries', 'articles', 'crimeTypes', 'keywords'] as const) {
    if (!Array.isArray(vocabulary[key])) throw new VocabularyError(`vocabulary.${key} must be an array`);
  }
  if (vocabulary.countries.length === 0)
    throw new VocabularyError('vocabulary.countries must list at least one country');
  if (vocabulary.crimeTypes.length === 0)
    throw new VocabularyError('vocabulary.crimeTypes must list at least one crime type');
  const seen = new Set<string>();
  for (const c of vocabulary.countries) {
    if (!c || typeof c.code !== 'string' || c.code === '' || typeof c.name !== 'string') {
      throw new VocabularyError(`vocabulary.countries: every entry needs a code and a name, got ${JSON.stringify(c)}`);
    }
    if (seen.has(c.code)) throw new VocabularyError(`vocabulary.countries: duplicate code ${c.code}`);
    seen.add(c.code);
  }
}

/** Prepares the tables a run samples from (a few milliseconds, once per run). */
export function prepareVocabulary(vocabulary: GeneratorVocabulary, seed: number): PreparedVocabulary {
  check(vocabulary);
  const s = seed32(seed);

  // Countries: ranked by tier (prominent in case-law collections, then other countries the generator has a
  // profile for, then the rest) and within a tier by a seeded hash of the code. The ranking does not depend on
  // the vocabulary's order, and realistic jurisdictions head the distribution.
  const keyed = vocabulary.countries.map((c) => ({ c, tier: tierOf(c.code), key: hash32(s, hashString(c.code)) }));
  keyed.sort((a, b) => a.tier - b.tier || a.key - b.key || (a.c.code < b.c.code ? -1 : a.c.code > b.c.code ? 1 : 0));
  const ranked: Country[] = keyed.map(({ c }, rank) => ({
    code: c.code,
    name: c.name,
    nameIn: inSentence(c.name),
    profile: profileFor(c.code),
    rank,
  }));
  const countryTable = new WeightedTable(
    ranked.map((c) => [c, 1 / Math.pow(c.rank + 1, COUNTRY_ZIPF_EXPONENT)] as const),
  );

  const articleIds = new Set(vocabulary.articles.map((a) => a.id));
  const articleOrder = new Map(vocabulary.articles.map((a, i) => [a.id, i]));
  const known = (ids: readonly string[]): string[] => [...new Set(ids.filter((id) => articleIds.has(id)))];

  const crimeTypes: CrimeType[] = vocabulary.crimeTypes.map((ct) => {
    const defaults = DEFAULT_ARTICLES[ct.code] ?? FALLBACK_ARTICLES;
    const articles = known(ct.articles && ct.articles.length > 0 ? ct.articles : defaults);
    return {
      code: ct.code,
      label: ct.label,
      articles,
      extraArticles: known(defaults).filter((a) => !articles.includes(a)),
    };
  });
  const crimeByCode = new Map(crimeTypes.map((ct) => [ct.code, ct]));
  const crimeTable = new WeightedTable(crimeTypes.map((ct) => [ct, CRIME_WEIGHTS[ct.code] ?? 1] as const));
  const companions = new Map(
    crimeTypes.map((ct) => [
      ct.code,
      (COMPANIONS[ct.code] ?? DEFAULT_COMPANIONS)
        .map((code) => crimeByCode.get(code))
        .filter((x): x is CrimeType => !!x && x !== ct),
    ]),
  );

  const keywordTerms: KeywordTerm[] = [];
  const seenTerms = new Set<string>();
  for (const category of vocabulary.keywords) {
    const cls = classifyCategory(category.category ?? '');
    for (const term of category.terms ?? []) {
      if (typeof term !== 'string' || term === '' || seenTerms.has(term)) continue;
      seenTerms.add(term);
      const tags = tagTerm(term);
      if (cls) keywordTerms.push({ term, pool: cls.pool, requires: cls.requires | tags });
      else keywordTerms.push({ term, pool: tags ? 'fact' : 'general', requires: tags });
    }
  }

  return {
    ranked,
    countryTable,
    byCode: new Map(ranked.map((c) => [c.code, c])),
    articleIds,
    articleOrder,
    crimeTypes,
    crimeTable,
    crimeByCode,
    companions,
    keywordTerms,
  };
}
