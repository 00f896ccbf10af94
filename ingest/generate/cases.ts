/**
 * Synthetic case records, streamed one at a time.
 *
 * Every record depends only on (seed, index): it draws from its own PRNG stream, so `startIndex` lets a run
 * resume, shard or sample a catalogue and get exactly the records a full run would have produced there.
 */
import {
  type CaseRecord,
  type ChargeRecord,
  type CooperationRecord,
  type CooperationType,
  type CourtLevel,
  type DefendantRecord,
  type ProceedingRecord,
  type Verdict,
  type VictimRecord,
} from '../record-types';
import { type CaseHeader, chooseCitations, CITATION_WINDOW } from './citations';
import { capitalOf, caseTitle, courtName } from './courts';
import { daysFromCivil, groupDigits, isoDate, midSentence, monthsToWords, roundSignificant, yearOf } from './format';
import { type CatalogueLaw, LAW_SLUGS, type LawSlug, lawCatalogueFor, lawSlugForCrimeType } from './laws';
import {
  type CaseFacts,
  type ChargeFact,
  type Person,
  type VictimGroup,
  commentary,
  legalReasoning,
  summary,
} from './narrative';
import { companyName, personName } from './names';
import { unitsPerUsd } from './places';
import { chooseRoute, type Hub, type Mode } from './routes';
import { Random, WeightedTable } from './random';
import {
  type Country,
  type CrimeType,
  F,
  type GeneratorVocabulary,
  type KeywordTerm,
  type PreparedVocabulary,
  prepareVocabulary,
} from './vocabulary';

export interface GenerateCasesOptions {
  /** Number of records to yield. */
  count: number;
  /** Any safe integer; the same seed (and vocabulary) gives byte-identical records. */
  seed: number;
  vocabulary: GeneratorVocabulary;
  /** Index of the first record (default 0): record i of a run is the same whatever slice produced it. */
  startIndex?: number;
}

/** Decisions are dated between these days (inclusive). */
export const FIRST_DECISION_DATE = '1998-01-01';
export const LAST_DECISION_DATE = '2025-12-31';
const START_DAY = daysFromCivil(1998, 1, 1);
const END_DAY = daysFromCivil(2025, 12, 31);

/** Prefix of every synthetic reference. */
export const SYNTHETIC_PREFIX = 'SYN-';

/** `SYN-ITA-2014-000123`: country, decision year and the 1-based running index (unique within a run). */
export function caseReference(country: string, year: number, index: number): string {
  const n = String(index + 1);
  return SYNTHETIC_PREFIX + country + '-' + year + '-' + (n.length >= 6 ? n : '000000'.slice(n.length) + n);
}

export const LEGAL_BASIS: Record<CooperationType, string> = {
  extradition: 'UNTOC-16',
  'mutual-legal-assistance': 'UNTOC-18',
  'joint-investigation': 'UNTOC-19',
  'transfer-of-proceedings': 'UNTOC-21',
  'transfer-of-sentenced-persons': 'UNTOC-17',
  confiscation: 'UNTOC-13',
  'law-enforcement-cooperation': 'UNTOC-27',
};

const COOPERATION_FLAG: Partial<Record<CooperationType, number>> = {
  extradition: F.EXTRADITION,
  'mutual-legal-assistance': F.MLA,
  'joint-investigation': F.JIT,
  'transfer-of-proceedings': F.TRANSFER_PROCEEDINGS,
  'transfer-of-sentenced-persons': F.TRANSFER_SENTENCED,
  confiscation: F.FINANCIAL,
};

const COOPERATION_TYPES = new WeightedTable<CooperationType>([
  ['mutual-legal-assistance', 35],
  ['extradition', 20],
  ['law-enforcement-cooperation', 15],
  ['joint-investigation', 10],
  ['confiscation', 8],
  ['transfer-of-proceedings', 6],
  ['transfer-of-sentenced-persons', 6],
]);

const COURT_LEVELS = new WeightedTable<CourtLevel>([
  ['FIRST_INSTANCE', 60],
  ['APPELLATE', 30],
  ['SUPREME', 10],
]);

const VERDICTS_FIRST_INSTANCE = new WeightedTable<Verdict>([
  ['guilty', 72],
  ['acquitted', 12],
  ['dismissed', 6],
  ['pending', 10],
]);
const VERDICTS_ON_APPEAL = new WeightedTable<Verdict>([
  ['guilty', 80],
  ['acquitted', 13],
  ['dismissed', 7],
]);

const CRIME_COUNT = new WeightedTable<number>([
  [1, 50],
  [2, 35],
  [3, 15],
]);
const DEFENDANT_COUNT = new WeightedTable<number>([
  [1, 30],
  [2, 25],
  [3, 20],
  [4, 13],
  [5, 12],
]);
const CHARGE_COUNT = new WeightedTable<number>([
  [1, 50],
  [2, 35],
  [3, 15],
]);

const TECHNIQUES: readonly (readonly [string, number])[] = [
  ['wiretapping of mobile phones', F.SURVEILLANCE],
  ['interception of encrypted messaging services', F.SURVEILLANCE],
  ['covert video surveillance', F.SURVEILLANCE],
  ['GPS tracking of vehicles', F.SURVEILLANCE],
  ['undercover operations', F.UNDERCOVER],
  ['an undercover agent posing as a client', F.UNDERCOVER],
  ['a controlled delivery', F.CONTROLLED_DELIVERY],
];

const MEANS_FALLBACK = [
  'deception',
  'threats and violence',
  'the abuse of a position of vulnerability',
  'the withholding of identity documents',
];
const PURPOSE_FALLBACK = ['sexual exploitation', 'forced labour', 'domestic servitude', 'forced begging'];

/** Months of imprisonment by crime type: [min, max, skew power]. */
const PRISON: Record<string, [number, number, number]> = {
  'trafficking-in-persons': [24, 240, 1.8],
  'smuggling-of-migrants': [6, 120, 1.6],
  'firearms-trafficking': [12, 180, 1.7],
  'money-laundering': [12, 144, 1.7],
  'drug-offences': [24, 240, 1.6],
  terrorism: [36, 300, 1.4],
};
const PRISON_DEFAULT: [number, number, number] = [12, 144, 1.8];

/** Per-run context: the prepared vocabulary and the laws per country. */
interface Context {
  v: PreparedVocabulary;
  seed: number;
}

function assertCount(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

/**
 * Yields `count` synthetic cases, lazily (one record in memory at a time); see {@link GenerateCasesOptions}.
 * Options and vocabulary are checked at call time (RangeError, VocabularyError).
 */
export function generateCases(opts: GenerateCasesOptions): Generator<CaseRecord> {
  const count = assertCount('count', opts.count);
  const start = assertCount('startIndex', opts.startIndex ?? 0);
  const ctx: Context = { v: prepareVocabulary(opts.vocabulary, opts.seed), seed: opts.seed };
  return run(ctx, start, count);
}

function* run(ctx: Context, start: number, count: number): Generator<CaseRecord> {
  // The headers of the records a case may cite, oldest first (see citations.ts).
  const window: CaseHeader[] = [];
  for (let j = Math.max(0, start - CITATION_WINDOW); j < start; j++) window.push(caseHeader(ctx, j));
  for (let i = 0; i < count; i++) {
    const index = start + i;
    const header = caseHeader(ctx, index);
    yield { ...buildCase(ctx, index), citedCases: chooseCitations(ctx.seed, header, window) };
    window.push(header);
    if (window.length > CITATION_WINDOW) window.shift();
  }
}

/** Where, what, when: the first draws of a record, in the order buildCase makes them. */
function drawHeader(r: Random, v: PreparedVocabulary) {
  const country = v.countryTable.sample(r);
  const crimeTypes = pickCrimeTypes(r, v);
  const courtLevel = COURT_LEVELS.sample(r);
  const gap = courtLevel !== 'FIRST_INSTANCE' ? r.int(150, 900) : 0;
  const decisionDay = START_DAY + gap + r.skewedInt(0, END_DAY - START_DAY - gap, 0.8);
  return { country, crimeTypes, courtLevel, gap, decisionDay };
}

function caseHeader(ctx: Context, index: number): CaseHeader {
  const h = drawHeader(Random.forRecord(ctx.seed, index), ctx.v);
  return {
    index,
    reference: caseReference(h.country.code, yearOf(h.decisionDay), index),
    country: h.country.code,
    primaryCrime: h.crimeTypes[0].code,
    courtLevel: h.courtLevel,
    decisionDay: h.decisionDay,
  };
}

/** Countries of origin of victims, migrants and goods: mostly not the wealthiest destination countries. */
function originCountry(r: Random, v: PreparedVocabulary, not: Country): Country {
  for (let tries = 0; tries < 3; tries++) {
    const c = otherCountry(r, v, not);
    if (!DESTINATIONS.has(c.code) || r.chance(0.2)) return c;
  }
  return otherCountry(r, v, not);
}

/** Rarely countries of origin: wealthy destination countries and microstates. */
const DESTINATIONS = new Set(
  (
    'USA CAN GBR IRL FRA BEL NLD LUX DEU AUT CHE ITA ESP PRT SWE NOR DNK FIN ISL AUS NZL JPN KOR SGP ARE QAT KWT SAU ISR ' +
    'VAT MCO LIE SMR AND NRU TUV PLW MHL FSM KIR BRN BHR MLT'
  ).split(' '),
);

function otherCountry(r: Random, v: PreparedVocabulary, not: Country): Country {
  const n = v.ranked.length;
  if (n === 1) return not;
  const i = r.int(0, n - 2);
  const c = v.ranked[i];
  return c === not ? v.ranked[n - 1] : c;
}

function citiesOf(c: Country): readonly string[] {
  return c.profile.cities.length > 0 ? c.profile.cities : [c.name];
}

function pickCrimeTypes(r: Random, v: PreparedVocabulary): CrimeType[] {
  const first = v.crimeTable.sample(r);
  const n = Math.min(CRIME_COUNT.sample(r), v.crimeTypes.length);
  const chosen = [first];
  while (chosen.length < n) {
    let next: CrimeType | undefined;
    const companions = (v.companions.get(first.code) ?? []).filter((c) => !chosen.includes(c));
    if (companions.length > 0 && r.chance(0.65)) next = r.pick(companions);
    else {
      for (let tries = 0; tries < 8 && !next; tries++) {
        const c = v.crimeTable.sample(r);
        if (!chosen.includes(c)) next = c;
      }
    }
    if (!next) break;
    chosen.push(next);
  }
  return chosen;
}

function crimeFlags(types: readonly CrimeType[]): number {
  let flags = 0;
  for (const t of types) {
    switch (t.code) {
      case 'trafficking-in-persons':
        flags |= F.TIP;
        break;
      case 'smuggling-of-migrants':
        flags |= F.SOM;
        break;
      case 'money-laundering':
        flags |= F.ML | F.FINANCIAL;
        break;
      case 'firearms-trafficking':
        flags |= F.FIREARMS;
        break;
      case 'corruption':
        flags |= F.CORRUPTION | F.OFFICIALS;
        break;
      case 'drug-offences':
        flags |= F.DRUG;
        break;
      case 'organized-criminal-group':
        flags |= F.GROUP;
        break;
      case 'cybercrime':
        flags |= F.CYBER | F.ONLINE;
        break;
    }
  }
  return flags;
}

const MAX_KEYWORDS_PER_POOL = 3;

function chooseKeywords(
  r: Random,
  terms: readonly KeywordTerm[],
  flags: number,
  k: number,
  tipFirst: boolean,
): KeywordTerm[] {
  const eligible = terms.filter((t) => (flags & t.requires) === t.requires);
  const out: KeywordTerm[] = [];
  const perPool = (pool: KeywordTerm['pool']): number => out.filter((t) => t.pool === pool).length;
  const takeFrom = (pool: KeywordTerm['pool'] | 'specific'): void => {
    if (out.length >= k) return;
    const candidates = eligible.filter(
      (t) =>
        !out.includes(t) &&
        (pool === 'specific' ? t.pool !== 'general' && perPool(t.pool) < MAX_KEYWORDS_PER_POOL : t.pool === pool),
    );
    if (candidates.length > 0) out.push(r.pick(candidates));
  };
  if (!tipFirst) takeFrom('crime');
  if (flags & F.TIP) {
    takeFrom('tip-acts');
    takeFrom('tip-means');
    takeFrom('tip-purposes');
  }
  if (tipFirst) takeFrom('crime');
  takeFrom('fact');
  for (let guard = 0; out.length < k && guard < k; guard++) takeFrom('specific');
  for (let guard = 0; out.length < k && guard < k; guard++) takeFrom('general');
  return out;
}

const MODE_FLAG: Record<Mode, number> = { land: F.LAND, sea: F.SEA, air: F.AIR };

function sentenceText(r: Random, months: number, currency: string, foreigner: boolean): string {
  let text: string;
  if (months <= 24 && r.chance(0.3)) {
    text = `${monthsToWords(months)} of imprisonment, suspended for ${r.int(2, 5)} years`;
  } else {
    text = r.chance(0.6) ? `${monthsToWords(months)} of imprisonment` : `Imprisonment for ${monthsToWords(months)}`;
  }
  if (r.chance(0.25))
    text += ` and a fine of ${currency} ${groupDigits(roundSignificant(r.int(1, 60) * 1000 * unitsPerUsd(currency)))}`;
  if (foreigner && r.chance(0.2)) text += `; expulsion from the territory for ${r.int(5, 10)} years`;
  return text[0].toUpperCase() + text.slice(1);
}

function companySentence(r: Random, currency: string): string {
  let text = `Fine of ${currency} ${groupDigits(roundSignificant(r.int(5, 400) * 5000 * unitsPerUsd(currency)))}`;
  if (r.chance(0.5)) text += ' and confiscation of the proceeds of the offence';
  if (r.chance(0.2)) text += '; judicial dissolution of the company';
  return text;
}

function chargeFor(law: CatalogueLaw, crimeType: string): ChargeFact {
  const provision = law.provisions.find((p) => p.crimeTypes.includes(crimeType)) ?? law.provisions[0];
  return { law, provision };
}

const SLUG_INDEX = new Map<LawSlug, number>(LAW_SLUGS.map((s, i) => [s, i]));

/** Charges available for the case: one per distinct law, in crime-type order (laws must predate the trial). */
function candidateCharges(
  country: Country,
  crimeTypes: readonly CrimeType[],
  trialDay: number,
  group: boolean,
): ChargeFact[] {
  const laws = lawCatalogueFor(country.code);
  const penalCode = laws[0];
  const out: ChargeFact[] = [];
  const add = (c: ChargeFact): void => {
    if (!out.some((x) => x.law === c.law)) out.push(c);
  };
  for (const ct of crimeTypes) {
    const law = laws[SLUG_INDEX.get(lawSlugForCrimeType(ct.code)) ?? 0];
    add(law.enactedDay <= trialDay ? chargeFor(law, ct.code) : chargeFor(penalCode, ct.code));
  }
  if (group) add(chargeFor(penalCode, 'organized-criminal-group'));
  return out;
}

function buildCase(ctx: Context, index: number): CaseRecord {
  const { v } = ctx;
  const r = Random.forRecord(ctx.seed, index);

  // Where, what, when.
  const { country, crimeTypes, courtLevel, gap, decisionDay } = drawHeader(r, v);
  const primary = crimeTypes[0].code;
  let flags = crimeFlags(crimeTypes);
  const tip = (flags & F.TIP) !== 0;
  const som = (flags & F.SOM) !== 0;
  const appealed = courtLevel !== 'FIRST_INSTANCE';
  const trialDay = decisionDay - gap;
  const toYear = Math.max(1995, yearOf(trialDay) - r.int(0, 2));
  const fromYear = toYear - r.int(0, 4);

  const cities = citiesOf(country);
  const city = r.pick(cities);
  const otherCity = cities.length > 1 ? r.pick(cities.filter((c) => c !== city)) : city;

  const foreignOrigin = r.chance(tip || som ? 0.85 : 0.6);
  const origin = foreignOrigin ? originCountry(r, v, country) : country;
  if (origin !== country) flags |= F.TRANSNATIONAL;
  const originCities = citiesOf(origin);
  const originCity = r.pick(originCities);
  const originPlace =
    origin.profile.cities.length === 0
      ? origin.nameIn
      : origin === country
        ? originCity
        : `${originCity}, ${origin.name}`;

  // The journey (trafficking and smuggling): a means of transport the geography allows, a hub on the way.
  let hub: Hub | null = null;
  if (tip || som) {
    const x = r.next();
    const preferred: Mode = tip && !som ? (x < 0.3 ? 'air' : x < 0.45 ? 'sea' : 'land') : x < 0.35 ? 'sea' : x < 0.8 ? 'land' : 'air';
    const route = chooseRoute(r, preferred, origin.code, country.code);
    hub = route.hub;
    flags |= MODE_FLAG[route.mode];
  }

  // Defendants and their verdicts.
  const nDefendants = DEFENDANT_COUNT.sample(r);
  const people: Person[] = [];
  const ages: number[] = [];
  let hasCompany = false;
  for (let d = 0; d < nDefendants; d++) {
    if (d > 0 && !hasCompany && r.chance(0.1)) {
      hasCompany = true;
      const name = companyName(r, country.profile.names, country.profile.companySuffixes);
      people.push({ name: name.full, surname: name.surname, legalPerson: true, female: false, nationality: country });
      ages.push(0);
      continue;
    }
    const female = r.chance(tip ? 0.35 : 0.2);
    const x = r.next();
    const nationality = x < 0.55 ? country : x < 0.85 ? origin : otherCountry(r, v, country);
    const name = personName(r, nationality.profile.names, female);
    people.push({ name: name.full, surname: name.surname, legalPerson: false, female, nationality });
    ages.push(18 + Math.floor(((r.next() + r.next()) / 2) * 53));
  }
  if (hasCompany) flags |= F.LEGAL_PERSON;
  if (nDefendants >= 3) flags |= F.GROUP;
  const lead = people[0];

  const candidates = candidateCharges(country, crimeTypes, trialDay, (flags & F.GROUP) !== 0);
  const verdictTable = appealed ? VERDICTS_ON_APPEAL : VERDICTS_FIRST_INSTANCE;
  const prison = PRISON[primary] ?? PRISON_DEFAULT;
  const currency = country.profile.currency;
  const defendantCharges: ChargeRecord[][] = [];
  let leadFacts: ChargeFact[] = [];
  let anyGuilty = false;
  let guiltyDefendants = 0;
  let pendingDefendants = 0;
  for (let d = 0; d < nDefendants; d++) {
    const person = people[d];
    const k = Math.min(CHARGE_COUNT.sample(r), candidates.length);
    const facts = [candidates[0], ...r.sample(candidates.slice(1), k - 1)];
    if (d === 0) leadFacts = facts;
    const outcome = verdictTable.sample(r);
    const charges: ChargeRecord[] = facts.map((c, i) => {
      const verdict: Verdict = outcome === 'guilty' && i > 0 && r.chance(0.15) ? 'acquitted' : outcome;
      const charge: ChargeRecord = { law: c.law.reference, verdict };
      if (verdict === 'guilty') {
        if (person.legalPerson) charge.sentence = companySentence(r, currency);
        else {
          let months = r.skewedInt(prison[0], prison[1], prison[2] + i * 0.5);
          if (r.chance(0.6) && months >= 12) months -= months % 12;
          charge.sentence = sentenceText(r, months, currency, person.nationality !== country);
          charge.prisonMonths = months;
        }
      }
      return charge;
    });
    if (outcome === 'guilty') {
      anyGuilty = true;
      guiltyDefendants++;
    }
    if (outcome === 'pending') pendingDefendants++;
    defendantCharges.push(charges);
  }
  const convicted = defendantCharges[0].some((c) => c.verdict === 'guilty');

  // Victims.
  const victimGroups: VictimGroup[] = [];
  const victimCapable =
    tip || som || ['kidnapping', 'extortion', 'fraud', 'falsified-medical-products', 'cybercrime'].includes(primary);
  if (victimCapable) {
    const x = r.next();
    const groups = tip ? (x < 0.7 ? 1 : 2) : som ? (x < 0.15 ? 0 : x < 0.75 ? 1 : 2) : x < 0.5 ? 0 : 1;
    for (let g = 0; g < groups; g++) {
      const count = tip ? r.skewedInt(1, 40, 2.5) : som ? r.skewedInt(2, 120, 2) : r.skewedInt(1, 30, 2);
      const female = r.chance(tip ? 0.75 : som ? 0.25 : 0.5);
      const child = r.chance(tip ? 0.2 : som ? 0.1 : 0.05);
      const nationality = r.chance(0.8) ? origin : otherCountry(r, v, country);
      victimGroups.push({ count, female, child, nationality });
    }
  }
  if (victimGroups.length > 0) flags |= F.VICTIMS;
  if (victimGroups.some((g) => g.child)) flags |= F.CHILD;

  // Investigation.
  const techniques: string[] = [];
  if (r.chance(flags & (F.DRUG | F.FIREARMS | F.GROUP) ? 0.7 : 0.5)) {
    const goods = (flags & (F.DRUG | F.FIREARMS)) !== 0;
    const n = r.int(1, 2);
    for (const [phrase, bit] of r.sample(TECHNIQUES, n + 1)) {
      if (techniques.length >= n) break;
      if (bit === F.CONTROLLED_DELIVERY && !goods && !som) continue;
      techniques.push(phrase);
      flags |= F.SIT | bit;
    }
  }
  if (r.chance(0.3)) flags |= F.FINANCIAL;
  if (nDefendants >= 2 && r.chance(0.15)) flags |= F.COOPERATING_OFFENDER;
  if (r.chance(tip && victimGroups.length > 0 ? 0.3 : 0.05)) flags |= F.WITNESS_PROTECTION;
  if ((tip || som) && r.chance(0.08)) flags |= F.OFFICIALS;
  if (r.chance(tip ? 0.3 : primary === 'fraud' ? 0.5 : 0.1)) flags |= F.ONLINE;

  // International cooperation.
  const cooperation: CaseFacts['cooperation'] = [];
  if (v.ranked.length >= 2) {
    const x = r.next();
    const n = origin !== country ? (x < 0.45 ? 0 : x < 0.83 ? 1 : 2) : x < 0.65 ? 0 : x < 0.93 ? 1 : 2;
    for (let tries = 0; cooperation.length < n && tries < 6; tries++) {
      const type = COOPERATION_TYPES.sample(r);
      if (cooperation.some((c) => c.type === type)) continue;
      if (type === 'transfer-of-sentenced-persons' && !anyGuilty) continue;
      const cp = origin !== country && r.chance(0.5) ? origin : otherCountry(r, v, country);
      const act: CaseFacts['cooperation'][number] = { type, counterpart: cp.code, counterpartCountry: cp };
      if (v.articleIds.has(LEGAL_BASIS[type])) act.legalBasis = LEGAL_BASIS[type];
      cooperation.push(act);
      flags |= F.COOPERATION | F.TRANSNATIONAL | (COOPERATION_FLAG[type] ?? 0);
    }
  }

  // Keywords (TIP cases get Acts, Means and Purposes terms first).
  const kMin = tip ? 3 : 2;
  const chosen = chooseKeywords(r, v.keywordTerms, flags, r.int(kMin, 6), primary === 'trafficking-in-persons');
  const meansTerm = chosen.find((t) => t.pool === 'tip-means');
  const purposeTerm = chosen.find((t) => t.pool === 'tip-purposes');
  const means = meansTerm ? midSentence(meansTerm.term) : r.pick(MEANS_FALLBACK);
  const purpose = purposeTerm ? midSentence(purposeTerm.term) : r.pick(PURPOSE_FALLBACK);

  // Articles.
  const articleSet = new Set<string>();
  for (const ct of crimeTypes) {
    for (const a of ct.articles) articleSet.add(a);
    if (ct.extraArticles.length > 0 && r.chance(0.3)) articleSet.add(r.pick(ct.extraArticles));
  }
  for (const c of cooperation) if (c.legalBasis) articleSet.add(c.legalBasis);
  if ((flags & F.SIT) !== 0 && r.chance(0.7)) articleSet.add('UNTOC-20');
  if ((flags & F.WITNESS_PROTECTION) !== 0) articleSet.add('UNTOC-24');
  if ((flags & F.COOPERATING_OFFENDER) !== 0) articleSet.add('UNTOC-26');
  if ((flags & F.FINANCIAL) !== 0 && r.chance(0.5)) articleSet.add('UNTOC-12');
  if ((flags & F.LEGAL_PERSON) !== 0) articleSet.add('UNTOC-10');
  if (tip && victimGroups.length > 0 && r.chance(0.25)) articleSet.add(r.chance(0.6) ? 'TIP-6' : 'TIP-7');
  if ((flags & F.TRANSNATIONAL) !== 0 && r.chance(0.1)) articleSet.add('UNTOC-15');
  const articles = [...articleSet]
    .filter((a) => v.articleIds.has(a))
    .sort((a, b) => (v.articleOrder.get(a) ?? 0) - (v.articleOrder.get(b) ?? 0));

  // Courts and proceedings.
  const firstCourt = courtName(r, country, 'FIRST_INSTANCE', city);
  const lastCity = courtLevel === 'SUPREME' ? capitalOf(country) : city;
  const court = courtLevel === 'FIRST_INSTANCE' ? firstCourt : courtName(r, country, courtLevel, lastCity);
  const allGuilty = guiltyDefendants === nDefendants;
  const common = country.profile.provisions === 's' || country.profile.provisions === 'usc';
  let firstOutcome: string;
  if (appealed)
    firstOutcome = r.pick([
      'Defendants convicted and sentenced',
      'Convicted at first instance',
      'Convictions entered; sentences imposed',
    ]);
  else if (pendingDefendants === nDefendants)
    firstOutcome = r.pick(['Indictment confirmed; trial pending', 'Defendants committed for trial']);
  else if (allGuilty)
    firstOutcome =
      nDefendants === 1 && common && r.chance(0.4)
        ? 'Guilty plea accepted'
        : r.pick(['Convicted on all counts', 'Defendants convicted and sentenced']);
  else if (guiltyDefendants === 0) firstOutcome = 'Defendants acquitted or charges dismissed';
  else firstOutcome = `${guiltyDefendants} of ${nDefendants} defendants convicted`;
  const proceedings: ProceedingRecord[] = [
    { stage: 'first-instance', date: isoDate(trialDay), court: firstCourt, place: city, outcome: firstOutcome },
  ];
  let appealOutcome: string | undefined;
  if (appealed) {
    const outcome =
      guiltyDefendants === 0
        ? 'Convictions quashed; defendants acquitted'
        : allGuilty
          ? r.pick(['Appeal dismissed; convictions and sentences upheld', 'Convictions upheld; sentences reduced'])
          : 'Appeal allowed in part; some convictions quashed';
    appealOutcome = outcome;
    proceedings.push({
      stage: courtLevel === 'SUPREME' ? 'supreme-court' : 'appeal',
      date: isoDate(decisionDay),
      court,
      place: lastCity,
      outcome,
    });
  }

  // Narrative.
  const facts: CaseFacts = {
    country,
    city,
    otherCity,
    crimeTypes,
    fromYear,
    toYear,
    origin,
    originCity,
    originPlace,
    hub,
    defendants: people,
    lead,
    victims: victimGroups,
    cooperation,
    flags,
    means,
    purpose,
    techniques,
    currency,
    mainCharge: leadFacts[0],
    convicted,
    leadVerdict: defendantCharges[0][0].verdict ?? 'pending',
    appealOutcome,
    loverboy:
      primary === 'trafficking-in-persons' &&
      !lead.female &&
      victimGroups[0]?.female === true &&
      !victimGroups[0].child &&
      r.chance(0.3),
  };

  const year = yearOf(decisionDay);
  const reference = caseReference(country.code, year, index);
  const lang = country.profile.language;
  const defendants: DefendantRecord[] = people.map((p, d) =>
    p.legalPerson
      ? { name: p.name, legalPerson: true, nationality: p.nationality.code, charges: defendantCharges[d] }
      : {
          name: p.name,
          legalPerson: false,
          gender: p.female ? 'female' : 'male',
          nationality: p.nationality.code,
          age: ages[d],
          charges: defendantCharges[d],
        },
  );
  const victims: VictimRecord[] = victimGroups.map((g) => ({
    count: g.count,
    gender: g.female ? 'female' : 'male',
    child: g.child,
    nationality: g.nationality.code,
  }));
  const laws: string[] = [];
  for (const charges of defendantCharges) for (const c of charges) if (!laws.includes(c.law)) laws.push(c.law);
  const sentenceDate = !appealed && anyGuilty && r.chance(0.35) ? isoDate(decisionDay + r.int(14, 120)) : null;

  return {
    reference,
    title: caseTitle(r, country, lead.surname, nDefendants),
    country: country.code,
    court,
    courtLevel,
    decisionDate: isoDate(decisionDay),
    sentenceDate,
    language: lang !== 'en' && r.chance(0.7) ? lang : 'en',
    crimeTypes: crimeTypes.map((c) => c.code),
    articles,
    keywords: chosen.map((t) => t.term),
    summary: summary(facts, r),
    proceedings,
    legalReasoning: legalReasoning(facts, r),
    commentary: commentary(facts, r),
    defendants,
    victims,
    cooperation: cooperation.map(({ type, counterpart, legalBasis }): CooperationRecord =>
      legalBasis ? { type, counterpart, legalBasis } : { type, counterpart },
    ),
    laws,
    sources: [{ label: 'Judgment (synthetic)', url: 'https://example.org/synthetic/cases/' + reference }],
  };
}
