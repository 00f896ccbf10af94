/**
 * The synthetic national legislation behind the synthetic cases.
 *
 * {@link lawCatalogueFor} returns, for any jurisdiction code, the same fixed list of {@link LAWS_PER_COUNTRY}
 * laws (penal code, anti-trafficking law, immigration act, anti-money-laundering act, firearms act, narcotic
 * drugs act, international cooperation act), each with 2–5 provisions. It depends on the code only (not on the
 * seed), so a charge generated under any seed resolves to a law of `generateLaws`. References read
 * `SYN-<CC>-<slug>` (`SYN-ITA-penal-code`); case charges use exactly these references.
 *
 * Articles and crime types are the canonical codes of the reference data; generators drop those missing from the
 * vocabulary they are given.
 */
import { type LawRecord, type LawStatus } from '../record-types';
import { daysFromCivil, isoDate } from './format';
import { type ProvisionStyle, profileFor } from './places';
import { hashString, mix32 } from './random';
import { type GeneratorVocabulary, type PreparedVocabulary, prepareVocabulary } from './vocabulary';

export const LAW_SLUGS = [
  'penal-code',
  'anti-trafficking-law',
  'immigration-act',
  'anti-money-laundering-act',
  'firearms-act',
  'narcotic-drugs-act',
  'international-cooperation-act',
] as const;

export type LawSlug = (typeof LAW_SLUGS)[number];

/** Every country's catalogue has exactly this many laws (see `generateLaws`). */
export const LAWS_PER_COUNTRY = LAW_SLUGS.length;

export interface CatalogueProvision {
  number: string;
  heading: string;
  text: string;
  /** Canonical article ids implemented. */
  articles: readonly string[];
  /** Crime types a charge under this provision prosecutes (empty: procedural, never charged). */
  crimeTypes: readonly string[];
}

export interface CatalogueLaw {
  reference: string;
  slug: LawSlug;
  country: string;
  title: string;
  enactedOn: string;
  /** `enactedOn` as days since 1970-01-01 (a charge needs a law enacted before the trial). */
  enactedDay: number;
  status: LawStatus;
  /** Union of the provisions' crime types (canonical codes). */
  crimeTypes: readonly string[];
  provisions: readonly CatalogueProvision[];
}

export function lawReference(countryCode: string, slug: LawSlug): string {
  return 'SYN-' + countryCode + '-' + slug;
}

/** The law charged for a crime type (anything without a special law falls back on the penal code). */
export function lawSlugForCrimeType(crimeType: string): LawSlug {
  switch (crimeType) {
    case 'trafficking-in-persons':
      return 'anti-trafficking-law';
    case 'smuggling-of-migrants':
      return 'immigration-act';
    case 'money-laundering':
      return 'anti-money-laundering-act';
    case 'firearms-trafficking':
      return 'firearms-act';
    case 'drug-offences':
      return 'narcotic-drugs-act';
    default:
      return 'penal-code';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Provision templates. `{a}`/`{b}`: penalty bounds in years, `{state}`: "the State".

interface ProvisionTemplate {
  heading: string;
  text: string;
  articles: string[];
  crimeTypes: string[];
  /** Minimum and maximum penalty bounds (years) the text is filled with. */
  penalty?: [number, number];
}

const T = (
  heading: string,
  articles: string[],
  crimeTypes: string[],
  text: string,
  penalty?: [number, number],
): ProvisionTemplate => ({ heading, articles, crimeTypes, text, penalty });

const PROVISIONS: Record<LawSlug, { min: number; templates: ProvisionTemplate[] }> = {
  'penal-code': {
    min: 5,
    templates: [
      T(
        'Participation in an organized criminal group',
        ['UNTOC-5', 'UNTOC-2'],
        ['organized-criminal-group'],
        'Any person who organizes, directs or takes part in a structured group of three or more persons, existing for a period of time and acting in concert with the aim of committing one or more serious crimes in order to obtain a financial or other material benefit, shall be liable to imprisonment for a term of {a} to {b} years. The penalty is increased by one third for those who direct the group.',
        [3, 15],
      ),
      T(
        'Bribery of public officials',
        ['UNTOC-8'],
        ['corruption'],
        'Any person who promises, offers or gives to a public official, directly or indirectly, an undue advantage in order that the official act or refrain from acting in the exercise of official duties commits an offence punishable by imprisonment of up to {b} years. A public official who solicits or accepts such an advantage is liable to the same penalty.',
        [2, 10],
      ),
      T(
        'Obstruction of justice',
        ['UNTOC-23'],
        ['obstruction-of-justice'],
        'Any person who uses physical force, threats or intimidation, or promises, offers or gives an undue advantage, to induce false testimony or to interfere with the giving of testimony or the production of evidence in criminal proceedings shall be punished by imprisonment of {a} to {b} years.',
        [1, 8],
      ),
      T(
        'Kidnapping and extortion',
        [],
        ['kidnapping', 'extortion'],
        'Any person who unlawfully deprives another person of liberty in order to obtain a ransom or any other advantage, or who compels another person by violence or threats to hand over property, shall be punished by imprisonment of {a} to {b} years.',
        [5, 20],
      ),
      T(
        'Fraud and misuse of identity',
        [],
        ['fraud', 'identity-related-crime'],
        'Any person who, by deception, obtains an unlawful gain for himself or herself or for another to the detriment of a third party, including by using the identity documents or personal data of another person, shall be punished by imprisonment of up to {b} years and a fine.',
        [1, 6],
      ),
    ],
  },
  'anti-trafficking-law': {
    min: 3,
    templates: [
      T(
        'Trafficking in persons',
        ['TIP-5', 'TIP-3'],
        ['trafficking-in-persons'],
        'Any person who recruits, transports, transfers, harbours or receives a person by means of the threat or use of force or other forms of coercion, abduction, fraud, deception, the abuse of power or of a position of vulnerability, or the giving or receiving of payments or benefits, for the purpose of exploitation, shall be punished by imprisonment of {a} to {b} years. The consent of the victim to the intended exploitation is irrelevant where any of these means has been used.',
        [4, 15],
      ),
      T(
        'Aggravated trafficking in persons',
        ['TIP-5'],
        ['trafficking-in-persons'],
        'The penalty is imprisonment of {a} to {b} years where the victim is a child, where the offence deliberately or by gross negligence endangered the life of the victim, or where it was committed by an organized criminal group or by a public official in the performance of his or her duties.',
        [8, 25],
      ),
      T(
        'Assistance to and protection of victims',
        ['TIP-6'],
        [],
        'Victims of trafficking in persons shall be provided with appropriate housing, counselling, medical and psychological assistance and information on their legal rights in a language they understand. Victims shall not be punished for unlawful acts they were compelled to commit as a direct consequence of having been trafficked.',
      ),
      T(
        'Residence status of victims',
        ['TIP-7'],
        [],
        'A victim of trafficking in persons may be granted a temporary residence permit for a reflection period of at least ninety days, renewable where the victim cooperates with the authorities or where his or her personal situation so requires.',
      ),
    ],
  },
  'immigration-act': {
    min: 2,
    templates: [
      T(
        'Smuggling of migrants',
        ['SOM-6', 'SOM-3'],
        ['smuggling-of-migrants'],
        'Any person who, in order to obtain, directly or indirectly, a financial or other material benefit, procures the illegal entry of a person into {state} or into another State of which that person is not a national or permanent resident shall be punished by imprisonment of {a} to {b} years.',
        [1, 10],
      ),
      T(
        'Fraudulent travel or identity documents',
        ['SOM-6'],
        ['smuggling-of-migrants'],
        'Producing, procuring, providing or possessing a fraudulent travel or identity document, when committed for the purpose of enabling the smuggling of migrants, is punishable by imprisonment of up to {b} years.',
        [1, 6],
      ),
      T(
        'Enabling illegal stay',
        ['SOM-6'],
        ['smuggling-of-migrants'],
        'Any person who, for a financial or other material benefit, enables a person who is not a national or permanent resident to remain in {state} without complying with the requirements for legal stay, by fraudulent means or any other illegal means, shall be punished by imprisonment of up to {b} years.',
        [1, 5],
      ),
      T(
        'Aggravating circumstances',
        ['SOM-6'],
        ['smuggling-of-migrants'],
        'The penalties are increased to imprisonment of {a} to {b} years where the offence endangers, or is likely to endanger, the lives or safety of the migrants concerned, or entails their inhuman or degrading treatment, including for exploitation.',
        [5, 15],
      ),
    ],
  },
  'anti-money-laundering-act': {
    min: 2,
    templates: [
      T(
        'Laundering of proceeds of crime',
        ['UNTOC-6'],
        ['money-laundering'],
        'Any person who, knowing that property is the proceeds of crime, converts or transfers it for the purpose of concealing or disguising its illicit origin, or conceals or disguises its true nature, source, location, disposition or ownership, or acquires, possesses or uses it, shall be punished by imprisonment of {a} to {b} years. Knowledge may be inferred from objective factual circumstances.',
        [2, 12],
      ),
      T(
        'Reporting of suspicious transactions',
        ['UNTOC-7'],
        [],
        'Banks, money transfer operators and other reporting entities shall identify their customers, keep records for at least five years and report suspicious transactions to the financial intelligence unit without delay.',
      ),
      T(
        'Freezing, seizure and confiscation',
        ['UNTOC-12', 'UNTOC-13'],
        [],
        'Proceeds of crime, property of equivalent value and instrumentalities used in or destined for use in offences shall be identified, traced, frozen or seized and confiscated. Requests for confiscation from another State Party shall be given effect to the greatest extent possible.',
      ),
    ],
  },
  'firearms-act': {
    min: 2,
    templates: [
      T(
        'Illicit trafficking in firearms',
        ['FIREARMS-5'],
        ['firearms-trafficking'],
        'Any person who imports, exports, acquires, sells, delivers, moves or transfers firearms, their parts and components or ammunition without the authorization of the competent authority shall be punished by imprisonment of {a} to {b} years.',
        [2, 12],
      ),
      T(
        'Illicit manufacturing of firearms',
        ['FIREARMS-5', 'FIREARMS-3'],
        ['firearms-trafficking'],
        'Manufacturing or assembling firearms, their parts and components or ammunition from illicitly trafficked parts, without a licence, or without marking the firearms at the time of manufacture, is punishable by imprisonment of up to {b} years.',
        [1, 10],
      ),
      T(
        'Falsifying or removing markings',
        ['FIREARMS-5', 'FIREARMS-8'],
        ['firearms-trafficking'],
        'Any person who falsifies, illicitly obliterates, removes or alters the marking required on a firearm shall be punished by imprisonment of {a} to {b} years.',
        [1, 8],
      ),
      T(
        'Record-keeping',
        ['FIREARMS-7'],
        [],
        'Licensed manufacturers and dealers shall keep, for not less than ten years, records of the markings, transfers and transit of every firearm, its parts and components and ammunition.',
      ),
    ],
  },
  'narcotic-drugs-act': {
    min: 2,
    templates: [
      T(
        'Illicit trafficking in narcotic drugs',
        [],
        ['drug-offences'],
        'Any person who, without authorization, produces, manufactures, offers, sells, distributes, imports or exports narcotic drugs or psychotropic substances shall be punished by imprisonment of {a} to {b} years.',
        [4, 20],
      ),
      T(
        'Organized drug trafficking',
        [],
        ['drug-offences'],
        'Where the offence is committed by an organized criminal group or involves large quantities, the penalty is imprisonment of {a} to {b} years and the confiscation of the proceeds and instrumentalities.',
        [10, 30],
      ),
    ],
  },
  'international-cooperation-act': {
    min: 2,
    templates: [
      T(
        'Extradition',
        ['UNTOC-16'],
        [],
        'A person sought by another State for prosecution or for the enforcement of a sentence for an offence punishable under the laws of both States may be extradited. Where extradition of a national is refused on the ground of nationality, the case shall be submitted without undue delay to the competent authorities for prosecution.',
      ),
      T(
        'Mutual legal assistance',
        ['UNTOC-18'],
        [],
        'The central authority receives and executes requests for mutual legal assistance, including taking evidence, executing searches and seizures, providing bank records and identifying proceeds of crime. Bank secrecy is not a ground for refusal.',
      ),
      T(
        'Joint investigation teams',
        ['UNTOC-19'],
        [],
        'The competent authorities may establish joint investigative bodies with the authorities of another State by agreement for a specific investigation and a limited period.',
      ),
      T(
        'Transfer of criminal proceedings',
        ['UNTOC-21'],
        [],
        'Criminal proceedings may be transferred to or from another State where this is in the interests of the proper administration of justice, in particular where several jurisdictions are involved.',
      ),
      T(
        'Transfer of sentenced persons',
        ['UNTOC-17'],
        [],
        'A person sentenced to imprisonment may, with his or her consent, be transferred to the State of nationality to complete the sentence there.',
      ),
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Titles.

type TitleRule = { civil: readonly string[]; common: readonly string[]; years: [number, number] };

const TITLES: Record<LawSlug, TitleRule> = {
  'penal-code': {
    civil: ['Penal Code', 'Criminal Code'],
    common: ['Penal Code', 'Criminal Code', 'Crimes Act {year}'],
    years: [1930, 1996],
  },
  'anti-trafficking-law': {
    civil: [
      'Law No. {n}/{year} on Combating Trafficking in Persons',
      'Law No. {n}/{year} on the Prevention and Suppression of Trafficking in Persons',
    ],
    common: [
      'Trafficking in Persons (Prohibition) Act {year}',
      'Prevention of Trafficking in Persons Act {year}',
      'Anti-Trafficking in Persons Act {year}',
    ],
    years: [2000, 2012],
  },
  'immigration-act': {
    civil: [
      'Law No. {n}/{year} on Foreigners and Immigration',
      'Law No. {n}/{year} on the Entry, Stay and Exit of Foreigners',
    ],
    common: ['Immigration Act {year}', 'Immigration and Border Control Act {year}'],
    years: [1990, 2008],
  },
  'anti-money-laundering-act': {
    civil: ['Law No. {n}/{year} on the Prevention of Money Laundering and the Financing of Terrorism'],
    common: ['Anti-Money Laundering Act {year}', 'Proceeds of Crime Act {year}'],
    years: [1995, 2012],
  },
  'firearms-act': {
    civil: ['Law No. {n}/{year} on Weapons and Ammunition'],
    common: ['Firearms Act {year}', 'Arms and Ammunition Act {year}'],
    years: [1968, 2005],
  },
  'narcotic-drugs-act': {
    civil: ['Law No. {n}/{year} on Narcotic Drugs and Psychotropic Substances'],
    common: ['Narcotic Drugs and Psychotropic Substances Act {year}', 'Misuse of Drugs Act {year}'],
    years: [1975, 1998],
  },
  'international-cooperation-act': {
    civil: ['Law No. {n}/{year} on International Cooperation in Criminal Matters'],
    common: ['Extradition and Mutual Legal Assistance Act {year}', 'Mutual Assistance in Criminal Matters Act {year}'],
    years: [1995, 2010],
  },
};

/** Real-world-flavoured titles and dates for a few countries: [title, enactedOn]. */
const OVERRIDES: Record<string, Partial<Record<LawSlug, [string, string]>>> = {
  USA: {
    'penal-code': ['Title 18, United States Code (Crimes and Criminal Procedure)', '1948-06-25'],
    'anti-trafficking-law': ['Trafficking Victims Protection Act of 2000', '2000-10-28'],
    'immigration-act': ['Immigration and Nationality Act', '1952-06-27'],
    'anti-money-laundering-act': ['Money Laundering Control Act of 1986', '1986-10-27'],
    'firearms-act': ['Gun Control Act of 1968', '1968-10-22'],
    'narcotic-drugs-act': ['Controlled Substances Act', '1970-10-27'],
    'international-cooperation-act': ['Foreign Evidence Request Efficiency Act of 2009', '2009-10-19'],
  },
  GBR: {
    'anti-trafficking-law': ['Modern Slavery Act 2015', '2015-03-26'],
    'immigration-act': ['Immigration Act 1971', '1971-10-28'],
    'anti-money-laundering-act': ['Proceeds of Crime Act 2002', '2002-07-24'],
    'firearms-act': ['Firearms Act 1968', '1968-05-30'],
    'narcotic-drugs-act': ['Misuse of Drugs Act 1971', '1971-05-27'],
    'international-cooperation-act': ['Crime (International Co-operation) Act 2003', '2003-07-30'],
  },
  ITA: {
    'penal-code': ['Penal Code (Codice penale)', '1930-10-19'],
    'anti-trafficking-law': ['Law No. 228/2003 on measures against trafficking in persons', '2003-08-11'],
    'immigration-act': ['Consolidated Immigration Act (Legislative Decree No. 286/1998)', '1998-07-25'],
    'anti-money-laundering-act': [
      'Legislative Decree No. 231/2007 on the prevention of money laundering',
      '2007-11-21',
    ],
    'firearms-act': ['Law No. 110/1975 on the control of arms, ammunition and explosives', '1975-04-18'],
    'narcotic-drugs-act': ['Consolidated Drugs Act (Presidential Decree No. 309/1990)', '1990-10-09'],
    'international-cooperation-act': [
      'Code of Criminal Procedure, Book XI (Relations with foreign authorities)',
      '1988-09-22',
    ],
  },
  FRA: {
    'penal-code': ['Penal Code (Code pénal)', '1992-07-22'],
    'immigration-act': [
      "Code on the Entry and Residence of Foreigners and the Right of Asylum (Code de l'entrée et du séjour des étrangers)",
      '2004-11-24',
    ],
    'anti-money-laundering-act': [
      'Monetary and Financial Code, Book V, Title VI (Obligations relating to the fight against money laundering)',
      '2000-12-14',
    ],
  },
  DEU: {
    'penal-code': ['Criminal Code (Strafgesetzbuch)', '1871-05-15'],
    'immigration-act': ['Residence Act (Aufenthaltsgesetz)', '2004-07-30'],
    'anti-money-laundering-act': ['Money Laundering Act (Geldwäschegesetz)', '1993-10-25'],
    'firearms-act': ['Weapons Act (Waffengesetz)', '2002-10-11'],
    'narcotic-drugs-act': ['Narcotics Act (Betäubungsmittelgesetz)', '1981-07-28'],
    'international-cooperation-act': [
      'Act on International Cooperation in Criminal Matters (Gesetz über die internationale Rechtshilfe in Strafsachen)',
      '1982-12-23',
    ],
  },
  ESP: {
    'penal-code': ['Penal Code (Código Penal, Organic Law 10/1995)', '1995-11-23'],
    'immigration-act': [
      'Organic Law 4/2000 on the rights and freedoms of foreigners in Spain and their social integration',
      '2000-01-11',
    ],
  },
};

/** Section numbers for the USA (18 U.S.C. unless stated), by slug, in template order. */
const USA_SECTIONS: Record<LawSlug, readonly string[]> = {
  'penal-code': ['18 U.S.C. § 1962', '18 U.S.C. § 201', '18 U.S.C. § 1512', '18 U.S.C. § 1201', '18 U.S.C. § 1343'],
  'anti-trafficking-law': ['18 U.S.C. § 1589', '18 U.S.C. § 1591', '22 U.S.C. § 7105', '8 U.S.C. § 1101(a)(15)(T)'],
  'immigration-act': [
    '8 U.S.C. § 1324(a)(1)',
    '8 U.S.C. § 1324c',
    '8 U.S.C. § 1324(a)(1)(A)(iii)',
    '8 U.S.C. § 1324(a)(1)(B)',
  ],
  'anti-money-laundering-act': ['18 U.S.C. § 1956', '31 U.S.C. § 5318(g)', '18 U.S.C. § 981'],
  'firearms-act': ['18 U.S.C. § 922', '18 U.S.C. § 923', '18 U.S.C. § 922(k)', '18 U.S.C. § 923(g)'],
  'narcotic-drugs-act': ['21 U.S.C. § 841', '21 U.S.C. § 846'],
  'international-cooperation-act': [
    '18 U.S.C. § 3184',
    '18 U.S.C. § 3512',
    '18 U.S.C. § 3512(a)(2)',
    '18 U.S.C. § 3181',
    '18 U.S.C. § 4100',
  ],
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

function provisionNumber(style: ProvisionStyle, n: number): string {
  switch (style) {
    case 'art':
      return 'Art. ' + n;
    case 's':
      return 's. ' + n;
    case 'para':
    case 'usc':
      return '§ ' + n;
  }
}

function buildLaw(code: string, slug: LawSlug): CatalogueLaw {
  const profile = profileFor(code);
  let h = hashString(code + ':' + slug);
  const next = (mod: number): number => {
    h = mix32(h + 0x9e3779b9);
    return h % mod;
  };

  // Title and date.
  const rule = TITLES[slug];
  const common = profile.provisions === 's' || profile.provisions === 'usc';
  const year = rule.years[0] + next(rule.years[1] - rule.years[0] + 1);
  const options = common ? rule.common : rule.civil;
  let title = fill(options[next(options.length)], { year, n: 10 + next(290) });
  let enactedDay = daysFromCivil(year, 1 + next(12), 1 + next(28));
  const override = OVERRIDES[code]?.[slug];
  if (override) {
    title = override[0];
    const [y, m, d] = override[1].split('-').map(Number);
    enactedDay = daysFromCivil(y, m, d);
  }

  // Provisions: the first `min` templates always, the others by the country's hash.
  const spec = PROVISIONS[slug];
  const chosen = spec.templates.filter((_, i) => i < spec.min || next(2) === 0);
  const inPenalCode = slug === 'penal-code';
  let n = inPenalCode ? 100 + next(400) : 1 + next(12);
  const usa = profile.provisions === 'usc' ? USA_SECTIONS[slug] : undefined;
  const state = profile.known ? 'the national territory' : 'the State';
  const provisions: CatalogueProvision[] = chosen.map((t) => {
    const index = spec.templates.indexOf(t);
    const [lo, hi] = t.penalty ?? [1, 5];
    const a = lo + next(3);
    const b = Math.max(a + 2, hi - next(3));
    const number = usa ? usa[index] : provisionNumber(profile.provisions, n);
    n += 1 + next(inPenalCode ? 40 : 6);
    return {
      number,
      heading: t.heading,
      text: fill(t.text, { a, b, state }),
      articles: t.articles,
      crimeTypes: t.crimeTypes,
    };
  });

  const crimeTypes = [...new Set(provisions.flatMap((p) => p.crimeTypes))];
  const roll = next(100);
  // Real-world-flavoured laws stay in force; a synthetic special law is now and then repealed (cases decided
  // before the repeal still cite it).
  const status: LawStatus =
    inPenalCode || override
      ? roll < 60
        ? 'amended'
        : 'in-force'
      : roll < 70
        ? 'in-force'
        : roll < 96
          ? 'amended'
          : 'repealed';
  return {
    reference: lawReference(code, slug),
    slug,
    country: code,
    title,
    enactedOn: isoDate(enactedDay),
    enactedDay,
    status,
    crimeTypes,
    provisions,
  };
}

const CACHE = new Map<string, readonly CatalogueLaw[]>();

/**
 * The fixed list of synthetic laws of a jurisdiction, in {@link LAW_SLUGS} order: deterministic, memoized, and
 * independent of any seed. The penal code is always enacted before 1997, so it can be charged in any case.
 */
export function lawCatalogueFor(countryCode: string): readonly CatalogueLaw[] {
  let laws = CACHE.get(countryCode);
  if (!laws) {
    laws = LAW_SLUGS.map((slug) => buildLaw(countryCode, slug));
    CACHE.set(countryCode, laws);
  }
  return laws;
}

export interface GenerateLawsOptions {
  /** Maximum number of laws to yield. */
  count: number;
  /** The seed of the case run: it fixes the country order (the same skew ranking as the cases). */
  seed: number;
  vocabulary: GeneratorVocabulary;
}

/** A catalogue law as a record, articles and crime types restricted to the vocabulary. */
export function lawRecord(
  law: CatalogueLaw,
  articleIds: ReadonlySet<string>,
  crimeTypes: ReadonlySet<string>,
): LawRecord {
  return {
    reference: law.reference,
    country: law.country,
    title: law.title,
    enactedOn: law.enactedOn,
    status: law.status,
    crimeTypes: law.crimeTypes.filter((c) => crimeTypes.has(c)),
    provisions: law.provisions.map((p) => ({
      number: p.number,
      heading: p.heading,
      text: p.text,
      articles: p.articles.filter((a) => articleIds.has(a)),
    })),
    sources: [{ label: 'Official gazette (synthetic)', url: 'https://example.org/synthetic/laws/' + law.reference }],
  };
}

/**
 * Yields up to `count` synthetic laws: the whole catalogue of each country ({@link LAWS_PER_COUNTRY} laws, see
 * {@link lawCatalogueFor}), countries in the order of the case skew for this seed (the country with most cases
 * first). So a small `count` covers the busiest jurisdictions first, and with
 * `count >= countries × LAWS_PER_COUNTRY` every law any generated case charges exists (whatever the case seed:
 * the laws themselves do not depend on it). More than that is never yielded.
 */
export function generateLaws(opts: GenerateLawsOptions): Generator<LawRecord> {
  const count = opts.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  }
  return runLaws(prepareVocabulary(opts.vocabulary, opts.seed), count);
}

function* runLaws(v: PreparedVocabulary, count: number): Generator<LawRecord> {
  const crimeTypes = new Set(v.crimeTypes.map((c) => c.code));
  let emitted = 0;
  for (const country of v.ranked) {
    for (const law of lawCatalogueFor(country.code)) {
      if (emitted >= count) return;
      emitted++;
      yield lawRecord(law, v.articleIds, crimeTypes);
    }
  }
}
