/**
 * Normalizers for the small closed vocabularies of the catalogues: court level, record status, gender,
 * verdict, form of international cooperation, status of a law, language, yes/no.
 *
 * Each accepts its canonical values in any case and spelling of separators (`FIRST_INSTANCE`,
 * `first-instance`, `First instance`) and the words listed in its alias table, matched on the lookup keys of
 * `lookup.ts`; anything else is rejected with an error naming the value and listing the canonical values.
 *
 * Choices worth knowing (court level):
 * - "cassation", "court of cassation", "court of last instance", "third instance" → SUPREME: a court of
 *   cassation is the apex of the ordinary courts in the civil law systems that have one.
 * - "constitutional court" → OTHER: it sits outside the ordinary hierarchy and reviews constitutionality, not
 *   the merits; likewise administrative, military and international courts.
 * - "high court" is rejected: it is a trial court in England and Wales and much of the Commonwealth, an
 *   appellate court elsewhere (India's High Courts, Australia's High Court is supreme). Give the level.
 * - "trial", "district court", "magistrates' court", "lower court" → FIRST_INSTANCE.
 */
import { LookupTable } from './lookup';
import { fail, listOf, type Normalized, ok, quote, withHint } from './result';
import { cleanText } from './text';

export type EnumNormalizer<T extends string> = (input: string) => Normalized<T>;

/**
 * A normalizer for a closed set of `values`, also accepting the words of `aliases` (word → value). `what`
 * names the field in errors ("court level"). Throws if an alias is also another value's word.
 */
export function createEnumNormalizer<T extends string>(
  what: string,
  values: readonly T[],
  aliases: Readonly<Record<string, NoInfer<T>>> = {},
): EnumNormalizer<T> {
  const table = new LookupTable<T>((v) => v);
  const add = (word: string, value: T): void => {
    const conflicts = table.add(word, value);
    if (conflicts.length > 0)
      throw new Error(`${what}: ${quote(word)} names both ${value} and ${conflicts.join(', ')}`);
  };
  for (const value of values) add(value, value);
  for (const [word, value] of Object.entries(aliases)) add(word, value);
  const accepted = `use ${listOf([...values])}`;

  return (input: string): Normalized<T> => {
    const cleaned = cleanText(input);
    if (cleaned === '') return fail(`The ${what} is empty: ${accepted}`);
    const found = table.lookup(cleaned);
    if (found.kind === 'found') return ok(found.value);
    if (found.kind === 'ambiguous') {
      return fail(`${quote(cleaned)} is ambiguous as a ${what}: it may be ${listOf(found.values)}`);
    }
    return fail(withHint(`${quote(cleaned)} is not a ${what}: ${accepted}`, table.suggest(cleaned)));
  };
}

// ---------------------------------------------------------------------------------------------------------
// Court level (a contract)

export const COURT_LEVELS = ['FIRST_INSTANCE', 'APPELLATE', 'SUPREME', 'OTHER'] as const;
export type CourtLevel = (typeof COURT_LEVELS)[number];

export const normalizeCourtLevel = createEnumNormalizer<CourtLevel>('court level', COURT_LEVELS, {
  '1st instance': 'FIRST_INSTANCE',
  'court of first instance': 'FIRST_INSTANCE',
  'first instance court': 'FIRST_INSTANCE',
  trial: 'FIRST_INSTANCE',
  'trial court': 'FIRST_INSTANCE',
  'lower court': 'FIRST_INSTANCE',
  'district court': 'FIRST_INSTANCE',
  "magistrates' court": 'FIRST_INSTANCE',
  'magistrate court': 'FIRST_INSTANCE',
  appeal: 'APPELLATE',
  appellate: 'APPELLATE',
  'appellate court': 'APPELLATE',
  'appeal court': 'APPELLATE',
  'court of appeal': 'APPELLATE',
  'court of appeals': 'APPELLATE',
  'second instance': 'APPELLATE',
  '2nd instance': 'APPELLATE',
  'court of second instance': 'APPELLATE',
  'appeals chamber': 'APPELLATE',
  supreme: 'SUPREME',
  'supreme court': 'SUPREME',
  'supreme court of justice': 'SUPREME',
  'highest court': 'SUPREME',
  'apex court': 'SUPREME',
  'last instance': 'SUPREME',
  'court of last instance': 'SUPREME',
  'third instance': 'SUPREME',
  '3rd instance': 'SUPREME',
  'final appeal': 'SUPREME',
  'court of final appeal': 'SUPREME',
  cassation: 'SUPREME',
  'court of cassation': 'SUPREME',
  constitutional: 'OTHER',
  'constitutional court': 'OTHER',
  'administrative court': 'OTHER',
  'military court': 'OTHER',
  'international court': 'OTHER',
});

// ---------------------------------------------------------------------------------------------------------
// Record status: the publication workflow (drafts, submissions reviewed by the secretariat,
// published records). The contract does not fix these names: upper case like the other GraphQL enums.

export const RECORD_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const normalizeRecordStatus = createEnumNormalizer<RecordStatus>('record status', RECORD_STATUSES, {
  unpublished: 'DRAFT',
  'in preparation': 'DRAFT',
  submission: 'SUBMITTED',
  'in review': 'SUBMITTED',
  'under review': 'SUBMITTED',
  'pending review': 'SUBMITTED',
  'awaiting review': 'SUBMITTED',
  public: 'PUBLISHED',
  live: 'PUBLISHED',
  declined: 'REJECTED',
  archive: 'ARCHIVED',
  withdrawn: 'ARCHIVED',
  retired: 'ARCHIVED',
});

// ---------------------------------------------------------------------------------------------------------
// Gender of a defendant or victim (catalogue record)

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const normalizeGender = createEnumNormalizer<Gender>('gender', GENDERS, {
  f: 'female',
  woman: 'female',
  women: 'female',
  girl: 'female',
  feminine: 'female',
  m: 'male',
  man: 'male',
  men: 'male',
  boy: 'male',
  masculine: 'male',
  'non-binary': 'other',
  nonbinary: 'other',
  x: 'other', // the third marker of ICAO passports and several civil registers
  diverse: 'other',
  'not known': 'unknown',
  unspecified: 'unknown',
  'not specified': 'unknown',
  'not stated': 'unknown',
  undisclosed: 'unknown',
  'n/a': 'unknown',
  u: 'unknown',
});

// ---------------------------------------------------------------------------------------------------------
// Verdict on a charge (catalogue record)

export const VERDICTS = ['guilty', 'acquitted', 'dismissed', 'pending', 'other'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const normalizeVerdict = createEnumNormalizer<Verdict>('verdict', VERDICTS, {
  convicted: 'guilty',
  conviction: 'guilty',
  'found guilty': 'guilty',
  'guilty verdict': 'guilty',
  'guilty plea': 'guilty',
  'pleaded guilty': 'guilty',
  'pled guilty': 'guilty',
  'not guilty': 'acquitted',
  'found not guilty': 'acquitted',
  acquittal: 'acquitted',
  dismissal: 'dismissed',
  'case dismissed': 'dismissed',
  'charges dismissed': 'dismissed',
  'charge dismissed': 'dismissed',
  dropped: 'dismissed',
  'charges dropped': 'dismissed',
  withdrawn: 'dismissed',
  'charges withdrawn': 'dismissed',
  discontinued: 'dismissed',
  'nolle prosequi': 'dismissed',
  'struck out': 'dismissed',
  ongoing: 'pending',
  'in progress': 'pending',
  'awaiting trial': 'pending',
  'awaiting verdict': 'pending',
  undecided: 'pending',
  'not yet decided': 'pending',
  'sub judice': 'pending',
  mistrial: 'other',
  'hung jury': 'other',
  deceased: 'other',
  fugitive: 'other',
  absconded: 'other',
});

// ---------------------------------------------------------------------------------------------------------
// Form of international cooperation used in a case (catalogue record; UNTOC arts. 13, 16–21, 27)

export const COOPERATION_TYPES = [
  'extradition',
  'mutual-legal-assistance',
  'joint-investigation',
  'transfer-of-proceedings',
  'transfer-of-sentenced-persons',
  'confiscation',
  'law-enforcement-cooperation',
] as const;
export type CooperationType = (typeof COOPERATION_TYPES)[number];

export const normalizeCooperationType = createEnumNormalizer<CooperationType>(
  'form of cooperation',
  COOPERATION_TYPES,
  {
    extradited: 'extradition',
    extradite: 'extradition',
    'extradition request': 'extradition',
    surrender: 'extradition',
    'european arrest warrant': 'extradition', // surrender between EU States, the EU's form of extradition
    eaw: 'extradition',
    mla: 'mutual-legal-assistance',
    mlat: 'mutual-legal-assistance',
    'mutual assistance': 'mutual-legal-assistance',
    'legal assistance': 'mutual-legal-assistance',
    'judicial assistance': 'mutual-legal-assistance',
    'mutual legal assistance request': 'mutual-legal-assistance',
    'letter rogatory': 'mutual-legal-assistance',
    'letters rogatory': 'mutual-legal-assistance',
    'european investigation order': 'mutual-legal-assistance',
    eio: 'mutual-legal-assistance',
    jit: 'joint-investigation',
    'joint investigation team': 'joint-investigation',
    'joint investigative team': 'joint-investigation',
    'transfer of criminal proceedings': 'transfer-of-proceedings',
    'transfer of prisoners': 'transfer-of-sentenced-persons',
    'prisoner transfer': 'transfer-of-sentenced-persons',
    'transfer of sentenced prisoners': 'transfer-of-sentenced-persons',
    'international cooperation for purposes of confiscation': 'confiscation',
    'asset recovery': 'confiscation',
    'asset confiscation': 'confiscation',
    forfeiture: 'confiscation',
    'asset forfeiture': 'confiscation',
    freezing: 'confiscation',
    'freezing and confiscation': 'confiscation',
    'seizure and confiscation': 'confiscation',
    'police cooperation': 'law-enforcement-cooperation',
    'police-to-police cooperation': 'law-enforcement-cooperation',
    'exchange of information': 'law-enforcement-cooperation',
    'information exchange': 'law-enforcement-cooperation',
    interpol: 'law-enforcement-cooperation',
    europol: 'law-enforcement-cooperation',
  },
);

// ---------------------------------------------------------------------------------------------------------
// Status of a law (law record)

export const LAW_STATUSES = ['in-force', 'amended', 'repealed', 'draft'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

export const normalizeLawStatus = createEnumNormalizer<LawStatus>('law status', LAW_STATUSES, {
  current: 'in-force',
  valid: 'in-force',
  active: 'in-force',
  effective: 'in-force',
  enacted: 'in-force',
  'as amended': 'amended',
  modified: 'amended',
  abrogated: 'repealed',
  revoked: 'repealed',
  superseded: 'repealed',
  'no longer in force': 'repealed',
  bill: 'draft',
  proposed: 'draft',
  'draft law': 'draft',
  'draft bill': 'draft',
});

// ---------------------------------------------------------------------------------------------------------
// How a State became party to an instrument (ratification record; the depositary's terms)

export const RATIFICATION_KINDS = [
  'RATIFICATION',
  'ACCESSION',
  'ACCEPTANCE',
  'APPROVAL',
  'SUCCESSION',
  'FORMAL_CONFIRMATION',
] as const;
export type RatificationKind = (typeof RATIFICATION_KINDS)[number];

export const normalizeRatificationKind = createEnumNormalizer<RatificationKind>('kind of participation', RATIFICATION_KINDS, {
  ratified: 'RATIFICATION',
  acceded: 'ACCESSION',
  accepted: 'ACCEPTANCE',
  approved: 'APPROVAL',
  'formal confirmation': 'FORMAL_CONFIRMATION', // the act by which an international organization becomes party
  confirmation: 'FORMAL_CONFIRMATION',
});

// ---------------------------------------------------------------------------------------------------------
// Language: ISO 639-1, two lower-case letters

/** The 184 ISO 639-1 codes. */
// prettier-ignore
const ISO_639_1 = new Set((
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee ' +
  'el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is ' +
  'it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms ' +
  'mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk ' +
  'sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi ' +
  'yo za zh zu'
).split(' '));

/** Withdrawn ISO 639-1 codes still found in older data → their replacement. */
const DEPRECATED_639_1: Readonly<Record<string, string>> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  jw: 'jv',
  mo: 'ro',
  sh: 'sr',
};

/**
 * English names (and the usual endonyms) of the six UN languages and of languages common in the catalogues,
 * and the ISO 639-2 codes of the UN languages (both B and T forms). Other languages are found by the English
 * name the runtime's ICU data gives their code (`Intl.DisplayNames`), and other three-letter codes through
 * `Intl.getCanonicalLocales` (`deu` → `de`).
 */
// prettier-ignore
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  // United Nations official languages
  Arabic: 'ar', 'العربية': 'ar', ara: 'ar',
  Chinese: 'zh', Mandarin: 'zh', '中文': 'zh', '汉语': 'zh', '漢語': 'zh', zho: 'zh', chi: 'zh',
  English: 'en', eng: 'en',
  French: 'fr', 'Français': 'fr', fra: 'fr', fre: 'fr',
  Russian: 'ru', 'Русский': 'ru', rus: 'ru',
  Spanish: 'es', 'Español': 'es', Castilian: 'es', Castellano: 'es', spa: 'es',
  // Other languages of the catalogues
  Portuguese: 'pt', 'Português': 'pt',
  German: 'de', Deutsch: 'de',
  Italian: 'it', Italiano: 'it',
  Dutch: 'nl', Flemish: 'nl', Nederlands: 'nl',
  Persian: 'fa', Farsi: 'fa',
  Swahili: 'sw', Kiswahili: 'sw',
  Tagalog: 'tl', Filipino: 'tl',
  Malay: 'ms', 'Bahasa Melayu': 'ms', 'Bahasa Malaysia': 'ms',
  Indonesian: 'id', 'Bahasa Indonesia': 'id',
  Romanian: 'ro', Moldovan: 'ro',
  Greek: 'el', Turkish: 'tr', Polish: 'pl', Ukrainian: 'uk', Serbian: 'sr', Croatian: 'hr', Bosnian: 'bs',
  Albanian: 'sq', Bulgarian: 'bg', Czech: 'cs', Slovak: 'sk', Slovenian: 'sl', Slovene: 'sl', Hungarian: 'hu',
  Swedish: 'sv', Norwegian: 'no', Danish: 'da', Finnish: 'fi', Estonian: 'et', Latvian: 'lv', Lithuanian: 'lt',
  Japanese: 'ja', Korean: 'ko', Thai: 'th', Vietnamese: 'vi', Khmer: 'km', Burmese: 'my', Lao: 'lo',
  Hindi: 'hi', Urdu: 'ur', Bengali: 'bn', Bangla: 'bn', Nepali: 'ne', Sinhala: 'si', Tamil: 'ta',
  Hebrew: 'he', Amharic: 'am', Hausa: 'ha', Yoruba: 'yo', Igbo: 'ig', Somali: 'so', Tigrinya: 'ti',
  Georgian: 'ka', Armenian: 'hy', Azerbaijani: 'az', Kazakh: 'kk', Uzbek: 'uz', Pashto: 'ps', Kurdish: 'ku',
};

let languageTable: LookupTable<string> | undefined;

function getLanguageTable(): LookupTable<string> {
  if (languageTable !== undefined) return languageTable;
  const table = new LookupTable<string>((code) => code);
  for (const [name, code] of Object.entries(LANGUAGE_NAMES)) table.add(name, code);
  const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const code of ISO_639_1) {
    const name = display.of(code);
    // Only where the name is new: the explicit names above win over the ICU data of the day.
    if (name !== undefined && table.lookup(name).kind === 'missing') table.add(name, code);
  }
  return (languageTable = table);
}

/** A three-letter ISO 639-2/3 code → the ISO 639-1 code, if it has one. */
function fromThreeLetters(code: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(code);
    return canonical !== undefined && ISO_639_1.has(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Language → ISO 639-1 (`en`). Accepts the code in any case (`EN`), a language tag (`en-GB`, `pt_BR`,
 * `zh-Hant`: the language part), a withdrawn code (`iw` → `he`), an ISO 639-2/3 code (`fra`, `fre`, `spa`),
 * and an English name (`French`) or, for the UN languages and a few others, the name in the language itself
 * (`Español`, `Русский`); a bracketed qualifier is ignored (`Chinese (Simplified)`, `English (UK)`).
 */
export function normalizeLanguage(input: string): Normalized<string> {
  const accepted = 'use an ISO 639-1 code (en, fr, es, ar, ru, zh) or an English name (French)';
  const cleaned = cleanText(input);
  if (cleaned === '') return fail(`The language is empty: ${accepted}`);
  const tag = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(cleaned);
  if (tag !== null) {
    const base = tag[1]!.toLowerCase();
    if (ISO_639_1.has(base)) return ok(base);
    const replaced = DEPRECATED_639_1[base];
    if (replaced !== undefined) return ok(replaced);
  }
  const table = getLanguageTable();
  const name = cleaned.replace(/\s*\([^)]*\)\s*$/, '');
  const found = table.lookup(name);
  if (found.kind === 'found') return ok(found.value);
  if (tag !== null && tag[1]!.length === 3) {
    const code = fromThreeLetters(tag[1]!.toLowerCase());
    if (code !== undefined) return ok(code);
  }
  if (found.kind === 'ambiguous') {
    return fail(
      `${quote(cleaned)} is ambiguous as a language: it may be ${listOf(found.values)}; use the ISO 639-1 code`,
    );
  }
  return fail(withHint(`${quote(cleaned)} is not a known language: ${accepted}`, table.suggest(name)));
}

// ---------------------------------------------------------------------------------------------------------
// Yes / no

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', 'on', 'oui', 'si', 'sí', 'ja']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', 'off', 'non', 'nein']);

/**
 * Yes/no → boolean. Accepts booleans, the numbers 1 and 0, and (any case) yes/no, y/n, true/false, t/f, 1/0,
 * on/off, and oui/non, sí/no, ja/nein. Anything else — including an "x" tick, which some spreadsheets use for
 * yes and others for no — is rejected.
 */
export function normalizeBoolean(input: string | boolean | number): Normalized<boolean> {
  const accepted = 'use yes or no (also true/false, 1/0)';
  if (typeof input === 'boolean') return ok(input);
  if (typeof input === 'number') {
    if (input === 1 || input === 0) return ok(input === 1);
    return fail(`${input} is not yes or no: ${accepted}`);
  }
  const cleaned = cleanText(input);
  if (cleaned === '') return fail(`The yes/no value is empty: ${accepted}`);
  const word = cleaned.toLowerCase().replace(/\.$/, '');
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(`${quote(cleaned)} is not yes or no: ${accepted}`);
}
