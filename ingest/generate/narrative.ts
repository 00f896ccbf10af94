/**
 * Narrative text for synthetic cases, composed from sentence templates and slot fillers: the summary (facts,
 * route, means and the victims' situation, investigation, special investigative techniques, financial
 * investigation, international cooperation), the legal reasoning and the commentary.
 *
 * The texts are drawn from the case's facts (see {@link CaseFacts}), so keywords, articles and narrative agree.
 */
import { type CooperationRecord, type Verdict } from '../record-types';
import { groupDigits, joinAnd, midSentence, numberWord, roundSignificant } from './format';
import { type CatalogueLaw, type CatalogueProvision } from './laws';
import { unitsPerUsd } from './places';
import { type Hub } from './routes';
import { type Random } from './random';
import { type Country, F } from './vocabulary';

/** The sentence every synthetic summary ends with. */
export const SYNTHETIC_SENTENCE = 'This is a synthetic record generated for demonstration and testing.';

export interface VictimGroup {
  count: number;
  female: boolean;
  child: boolean;
  nationality: Country;
}

export interface Person {
  name: string;
  surname: string;
  legalPerson: boolean;
  female: boolean;
  nationality: Country;
}

export interface ChargeFact {
  law: CatalogueLaw;
  provision: CatalogueProvision;
}

export interface CaseFacts {
  country: Country;
  /** Where the trial took place (and, mostly, where the offences ended). */
  city: string;
  /** Another city of the country (or the same when only one is known). */
  otherCity: string;
  crimeTypes: { code: string; label: string }[];
  /** Offence period. */
  fromYear: number;
  toYear: number;
  origin: Country;
  originCity: string;
  /** `Lagos, Nigeria` or the country name. */
  originPlace: string;
  hub: Hub | null;
  defendants: Person[];
  /** The first natural-person defendant. */
  lead: Person;
  victims: VictimGroup[];
  cooperation: (CooperationRecord & { counterpartCountry: Country })[];
  /** Fact flags ({@link F}). */
  flags: number;
  /** Means and purpose (TIP) as they read mid-sentence. */
  means: string;
  purpose: string;
  /** Special investigative techniques used, as phrases. */
  techniques: string[];
  currency: string;
  /** Main charge (the lead defendant's first). */
  mainCharge: ChargeFact;
  convicted: boolean;
  /** The lead defendant's verdict on the main charge. */
  leadVerdict: Verdict;
  /** Outcome of the appeal (its proceeding's `outcome`), when there was one. */
  appealOutcome?: string;
  loverboy: boolean;
}

const has = (f: CaseFacts, bit: number): boolean => (f.flags & bit) !== 0;

/** A round amount between min and max (skewed towards min), e.g. `1,300,000`. */
function amount(r: Random, min: number, max: number, scale = 1): string {
  return groupDigits(roundSignificant(r.skewedInt(min, max, 2) * scale));
}

/** An amount given in US dollars, expressed in the case's currency: `EUR 250,000`, `KRW 330,000,000`. */
function money(f: CaseFacts, r: Random, min: number, max: number): string {
  return f.currency + ' ' + amount(r, min, max, unitsPerUsd(f.currency));
}

/** `Between 2003 and 2006` or `In 2006`. */
function period(f: CaseFacts): string {
  return f.fromYear === f.toYear ? `In ${f.fromYear}` : `Between ${f.fromYear} and ${f.toYear}`;
}

function victimsPhrase(f: CaseFacts): string {
  const total = f.victims.reduce((n, v) => n + v.count, 0);
  if (f.victims.length === 0) return 'several persons';
  const v = f.victims[0];
  const noun = v.child ? (v.female ? 'girls' : 'boys') : v.female ? 'women' : 'men';
  if (total === 1)
    return v.child
      ? `a ${v.female ? 'girl' : 'boy'} aged ${15 + (v.count % 3)}`
      : `a young ${v.female ? 'woman' : 'man'}`;
  if (f.victims.length > 1) return `at least ${numberWord(total)} persons, including ${numberWord(v.count)} ${noun}`;
  return (total > 12 ? 'at least ' : '') + numberWord(total) + ' ' + noun;
}

interface VictimWords {
  the: string;
  The: string;
  They: string;
  were: string;
  their: string;
  them: string;
}

/** Number and gender agreement for sentences about the victims. */
function victimWords(f: CaseFacts): VictimWords {
  const total = f.victims.reduce((n, v) => n + v.count, 0);
  if (total !== 1)
    return { the: 'the victims', The: 'The victims', They: 'They', were: 'were', their: 'their', them: 'them' };
  const female = f.victims[0].female;
  return {
    the: 'the victim',
    The: 'The victim',
    They: female ? 'She' : 'He',
    were: 'was',
    their: female ? 'her' : 'his',
    them: female ? 'her' : 'him',
  };
}

const LURES = [
  'well-paid work in restaurants',
  'jobs as domestic workers',
  'seasonal work in agriculture',
  'modelling contracts',
  'employment on construction sites',
  'work as au pairs',
  'jobs in hotels and the hospitality sector',
  'places at a football academy',
  'work on fishing vessels',
  'factory jobs',
  'work in a beauty salon',
  'scholarships at a language school',
  'jobs in elderly care',
  'work in a massage parlour',
];

const OCG_ACTIVITIES = [
  'the extortion of local businesses',
  'drug distribution',
  'illegal gambling',
  'the rigging of public tenders',
  'cargo theft at the port',
  'the trafficking of stolen vehicles',
  'loan sharking',
  'counterfeit cigarette smuggling',
];

const CONCEALMENTS = [
  'the spare tyres of cars',
  'shipping containers declared as household goods',
  'crates of machine parts',
  'parcels sent by express courier',
  'the fuel tanks of lorries',
  'hidden compartments of a camper van',
];

const OFFICIALS = [
  'customs officer at the port of {city}',
  'border police officer',
  'official of the immigration service',
  'police officer in {city}',
  'consular employee',
  'municipal official responsible for business licences',
  'prison officer',
];

const FAVOURS = [
  'allow containers to pass without inspection',
  'issue visas and residence permits on the basis of false documents',
  'warn the group about planned police operations',
  'register fictitious companies',
  'release seized goods',
  'delete entries from the police database',
];

const DRUG_GOODS = ['bananas', 'frozen fish', 'coffee beans', 'pineapples', 'ceramic tiles', 'timber'];

const CHANNELS = [
  'money transfer operators',
  'hawala bankers',
  'shell companies',
  'cryptocurrency wallets',
  'cash couriers',
  'prepaid cards',
  'real-estate intermediaries',
  'trade invoices for fictitious imports',
];

const ASSETS = [
  'two apartments and three vehicles',
  'jewellery and cash found during the searches',
  'a hotel and several bank accounts',
  'a fishing vessel and a warehouse',
  'luxury watches and cryptocurrency',
  'agricultural land and a petrol station',
];

const TRIGGERS_COMMON = [
  'an informant contacted the police in {city}',
  'the financial intelligence unit received a suspicious transaction report from a bank',
  'the authorities of {cp} sent information through INTERPOL channels',
  'a journalist published an investigative report on the group',
  'officers conducting a routine traffic check near {city} found large amounts of cash',
];
const TRIGGERS_TIP = [
  'a victim escaped and alerted the police in {city}',
  'labour inspectors visited a farm near {otherCity}',
  'a non-governmental organization referred two victims to the national referral mechanism',
  'a hospital in {city} reported injuries consistent with abuse',
  'a victim called a hotline run by a victim support service',
];
const TRIGGERS_SOM = [
  'border guards noticed inconsistencies in the travel documents of a group of passengers',
  'a routine traffic check near {otherCity} uncovered {n} migrants hidden in a lorry',
  'the coast guard rescued a vessel in distress off {city}',
  'airport police detected passengers using look-alike passports',
];
const TRIGGERS_GOODS = [
  'customs officers at the port of {city} inspected a container flagged by risk analysis',
  'postal inspectors intercepted a suspicious parcel',
  'a weapon used in a shooting in {city} was traced to the group',
];

function fill(t: string, f: CaseFacts, r: Random): string {
  return t
    .replace('{city}', f.city)
    .replace('{otherCity}', f.otherCity)
    .replace('{cp}', f.cooperation[0]?.counterpartCountry.nameIn ?? f.origin.nameIn)
    .replace('{n}', String(r.int(8, 60)));
}

function via(f: CaseFacts, word = 'via'): string {
  return f.hub ? ` ${word} ${f.hub.place}` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// Opening sentences by crime type.

function openTip(f: CaseFacts, r: Random): string {
  if (f.loverboy) {
    return `${f.lead.name}, a national of ${f.lead.nationality.nameIn}, posed as a fiancé to young women in ${f.originCity} and, after gaining their trust (the so-called loverboy method), persuaded them to travel to ${f.city}.`;
  }
  if (has(f, F.ONLINE)) {
    return `Recruiters working for ${f.lead.name} advertised ${r.pick(LURES)} on social media and messaging applications, targeting ${victimsPhrase(f)} in ${f.originPlace}.`;
  }
  const w = victimWords(f);
  switch (r.int(0, 3)) {
    case 0:
      return `${period(f)}, the defendants, operating as an organized criminal group based in ${f.city}, recruited ${victimsPhrase(f)} from ${f.originPlace} with false promises of ${r.pick(LURES)}.`;
    case 1:
      return `Recruiters working for ${f.lead.name} offered ${r.pick(LURES)} through an employment agency in ${f.originCity}, targeting ${victimsPhrase(f)}.`;
    case 2:
      return `${w.The}, ${victimsPhrase(f)} from ${f.originPlace}, ${w.were} recruited through relatives and acquaintances who vouched for the defendants and advanced the cost of the journey.`;
    default:
      return `In ${f.fromYear}, ${f.lead.name} and ${f.defendants.length > 1 ? numberWord(f.defendants.length - 1) + ' associates' : 'an associate'} set up a network that recruited ${victimsPhrase(f)} in ${f.originPlace} for ${f.purpose} in ${f.city}.`;
  }
}

function routeTip(f: CaseFacts, r: Random): string {
  const w = victimWords(f);
  if (has(f, F.AIR)) {
    return `${w.The} travelled by air from ${f.originCity} to ${f.city}${via(f)}, on visas obtained with forged employment contracts.`;
  }
  if (has(f, F.SEA)) {
    const by = f.origin.code === f.country.code ? `by boat from ${f.originCity}` : `to ${f.hub ? f.hub.place : `the coast of ${f.origin.nameIn}`} and then by boat to ${f.country.nameIn}`;
    return `${w.They} ${w.were} taken ${by}; in ${f.city} ${w.They.toLowerCase()} ${w.were} handed over to other members of the group.`;
  }
  return r.chance(0.5)
    ? `${w.They} ${w.were} transported by bus${f.hub ? ' through ' + f.hub.place : ' across the border'} to ${f.city}, where ${w.their} ${w.were === 'was' ? 'passport was' : 'passports were'} taken from ${w.them}.`
    : `${w.The} ${w.were} driven${w.were === 'was' ? '' : ' in small groups'}${via(f)} to ${f.city} and housed in an apartment rented by the defendants.`;
}

function situationTip(f: CaseFacts, r: Random): string {
  const w = victimWords(f);
  const one = w.were === 'was';
  switch (r.int(0, 3)) {
    case 0:
      return `The court found that the defendants used ${f.means} to exploit ${w.the} for the purpose of ${f.purpose}.`;
    case 1: {
      const work = /labour|servitude|sexual|prostitution|begging|criminality|slavery|bondage/.test(f.purpose)
        ? `subjected to ${f.purpose}`
        : 'forced to work without pay';
      return `On arrival ${w.the} ${w.were} told that ${w.They.toLowerCase()} owed a debt of ${money(f, r, 3000, 60000)} for travel and accommodation, and ${w.were} ${work} until it was repaid.`;
    }
    case 2:
      return `${w.The} ${w.were} kept in ${one ? 'a locked room' : 'overcrowded apartments'}, worked up to ${r.int(12, 18)} hours a day and ${w.were} under constant surveillance; ${w.their} identity documents were withheld and ${w.their} ${one ? 'family' : 'families'} in ${f.origin.nameIn} ${one ? 'was' : 'were'} threatened.`;
    default:
      return `Any attempt to leave was met with ${f.means}, and ${w.the} ${w.were} moved between ${f.city} and ${f.otherCity} to prevent ${w.them} from seeking help.`;
  }
}

function openSom(f: CaseFacts, r: Random): string {
  const n = f.victims.reduce((s, v) => s + v.count, 0) || r.int(5, 80);
  if (has(f, F.SEA)) {
    const from = f.hub ? f.hub.place : f.origin.code === f.country.code ? f.originCity : `the coast of ${f.origin.nameIn}`;
    const towards = f.origin.code === f.country.code ? f.city : f.country.nameIn;
    return `${f.lead.name} captained an overcrowded fishing boat carrying ${n} migrants from ${from} towards ${towards}; the vessel had no life jackets and insufficient fuel.`;
  }
  if (has(f, F.AIR)) {
    return `The group supplied migrants from ${f.origin.nameIn} with fraudulent passports and residence permits and accompanied them on flights to ${f.city}${via(f)}.`;
  }
  switch (r.int(0, 2)) {
    case 0:
      return `The defendants organized the irregular entry of ${n} migrants from ${f.originPlace} into ${f.country.nameIn}, charging each of them between USD ${amount(r, 800, 3000)} and ${amount(r, 4000, 12000)}.`;
    case 1:
      return `Operating from ${f.hub ? f.hub.place : f.originPlace}, the network smuggled migrants in concealed compartments of lorries across the border into ${f.country.nameIn}.`;
    default:
      return `${period(f)}, the defendants facilitated the illegal entry and stay of migrants from ${f.origin.nameIn} in ${f.country.nameIn} by arranging sham marriages and false employment contracts.`;
  }
}

function situationSom(f: CaseFacts, r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `The migrants were held in a safe house in ${f.otherCity} until relatives paid the balance through money transfer operators.`;
    case 1:
      return `Several migrants were left without food or water for days, and the court found that their lives and safety had been endangered.`;
    case 2:
      if (f.hub && !has(f, F.SEA)) {
        return `The journey passed through ${f.hub.place}, where the migrants were handed over to other members of the network.`;
      }
      if (has(f, F.SEA)) return `On landing, the migrants were picked up by drivers and taken to a safe house near ${f.otherCity}.`;
      if (has(f, F.AIR)) return `At the airport a member of the network met the migrants and took back the documents they had travelled on.`;
      return `The migrants were guided on foot across the border at night and picked up by drivers near ${f.otherCity}.`;
    default:
      return `Fees were collected through hawala bankers in ${f.originCity} and released only once the migrants had reached ${f.city}.`;
  }
}

function predicate(f: CaseFacts, r: Random): string {
  const other = f.crimeTypes.find((c) => c.code !== 'money-laundering' && c.code !== 'organized-criminal-group');
  return other ? midSentence(other.label) : r.pick(['drug trafficking', 'tax fraud', 'extortion', 'migrant smuggling']);
}

function openMl(f: CaseFacts, r: Random): string {
  const company = f.defendants.find((d) => d.legalPerson);
  switch (r.int(0, 2)) {
    case 0:
      return `${period(f)}, the defendants laundered the proceeds of ${predicate(f, r)} through a network of shell companies registered in ${f.city} and abroad.`;
    case 1:
      return `${f.lead.name} used ${company ? company.name : 'an import-export company'} to transfer approximately ${money(f, r, 200000, 9000000)} to accounts in ${f.origin.nameIn}, disguising the funds as payments for imported goods.`;
    default:
      return `The group converted cash from ${predicate(f, r)} into real estate, luxury vehicles and cryptocurrency, using relatives and front men as nominal owners.`;
  }
}

function openOcg(f: CaseFacts, r: Random): string {
  switch (r.int(0, 2)) {
    case 0:
      return `The defendants were members of a structured group of ${r.int(5, 40)} persons with a clear hierarchy, which had existed for several years and was active in ${r.pick(OCG_ACTIVITIES)} in ${f.city} and ${f.otherCity}.`;
    case 1:
      return `${f.lead.name} directed the group from ${f.city}, assigning roles to recruiters, drivers, money collectors and enforcers.`;
    default:
      return `Members of the organization swore an oath of loyalty, and the group controlled ${r.pick(OCG_ACTIVITIES)} in several districts of ${f.city} through intimidation.`;
  }
}

function openFirearms(f: CaseFacts, r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `The defendants imported ${r.int(12, 400)} pistols and assault rifles, concealed in ${r.pick(CONCEALMENTS)}, from ${f.originPlace} into ${f.country.nameIn}.`;
    case 1:
      return `${f.lead.name} converted alarm and gas pistols into functioning firearms in a workshop near ${f.city} and sold them to criminal groups.`;
    case 2:
      return `Firearms whose serial numbers had been erased were purchased in ${f.origin.nameIn} and sent as parts and components by post and courier services to ${f.city}.`;
    default:
      return `The group bought deactivated firearms online, reactivated them and sold them, together with ammunition, to buyers in ${f.city} and ${f.otherCity}.`;
  }
}

function openCorruption(f: CaseFacts, r: Random): string {
  const official = r.pick(OFFICIALS).replace('{city}', f.city);
  return `${f.lead.name}, a ${official}, accepted bribes totalling ${money(f, r, 5000, 400000)} to ${r.pick(FAVOURS)}.`;
}

function openDrug(f: CaseFacts, r: Random): string {
  return r.chance(0.5)
    ? `The group imported ${r.int(40, 3000)} kilograms of cocaine concealed in shipments of ${r.pick(DRUG_GOODS)} from ${f.originPlace} through the port of ${f.city}.`
    : `${f.lead.name} coordinated the distribution of heroin and synthetic drugs in ${f.city}, using couriers recruited among young people and migrants in an irregular situation.`;
}

function openOther(f: CaseFacts, r: Random, code: string, label: string): string {
  switch (code) {
    case 'cybercrime':
      return `The defendants operated a phishing and ransomware scheme from ${f.city}, targeting companies and individuals in ${f.origin.nameIn} and elsewhere.`;
    case 'fraud':
      return `The defendants ran an investment fraud from call centres in ${f.city}, defrauding hundreds of victims in ${f.origin.nameIn} of ${money(f, r, 500000, 20000000)}.`;
    case 'identity-related-crime':
      return `The group produced forged identity documents and traded stolen personal data, which were sold to migrants and to other criminal groups in ${f.city}.`;
    case 'kidnapping':
      return `Members of the group abducted ${numberWord(r.int(2, 9))} persons in ${f.city} and demanded ransom payments from their families in ${f.origin.nameIn}.`;
    case 'extortion':
      return `The group extorted monthly protection payments from shop owners and restaurants in ${f.city}, threatening them with arson.`;
    case 'counterfeiting':
      return `The defendants manufactured and distributed counterfeit ${r.pick(['cigarettes', 'spare parts for cars', 'luxury handbags', 'pesticides'])} from warehouses near ${f.city}.`;
    case 'falsified-medical-products':
      return `The defendants sold falsified medicines, including antimalarials and antibiotics, through online pharmacies and market stalls in ${f.city}.`;
    case 'trafficking-in-cultural-property':
      return `The defendants trafficked archaeological objects looted in ${f.origin.nameIn}, selling them through dealers and auction houses in ${f.city}.`;
    case 'crimes-affecting-the-environment':
      return r.chance(0.5)
        ? `The group illegally exported hazardous waste and protected timber through the port of ${f.city}, using falsified customs declarations.`
        : `The defendants trafficked ivory and pangolin scales from ${f.originPlace} to buyers in ${f.city}.`;
    case 'maritime-piracy':
      return `The defendants attacked a merchant vessel off the coast of ${f.origin.nameIn}, took the crew hostage and demanded a ransom from the shipowner.`;
    case 'terrorism':
      return `The defendants financed and supported a terrorist group by raising funds and acquiring weapons in ${f.city}.`;
    case 'obstruction-of-justice':
      return `${f.lead.name} threatened witnesses and offered money to a key witness to withdraw statements made to the police in ${f.city}.`;
    default:
      return `The defendants were charged with ${midSentence(label)} committed by an organized criminal group active in ${f.city} and ${f.originPlace}.`;
  }
}

function opening(f: CaseFacts, r: Random): string {
  const { code, label } = f.crimeTypes[0];
  switch (code) {
    case 'trafficking-in-persons':
      return openTip(f, r);
    case 'smuggling-of-migrants':
      return openSom(f, r);
    case 'money-laundering':
      return openMl(f, r);
    case 'organized-criminal-group':
      return openOcg(f, r);
    case 'firearms-trafficking':
      return openFirearms(f, r);
    case 'corruption':
      return openCorruption(f, r);
    case 'drug-offences':
      return openDrug(f, r);
    default:
      return openOther(f, r, code, label);
  }
}

// ---------------------------------------------------------------------------------------------------------------

function trigger(f: CaseFacts, r: Random): string {
  const pool = has(f, F.TIP)
    ? TRIGGERS_TIP
    : has(f, F.SOM)
      ? TRIGGERS_SOM
      : has(f, F.FIREARMS) || has(f, F.DRUG)
        ? TRIGGERS_GOODS
        : TRIGGERS_COMMON;
  const t = r.chance(0.75) ? r.pick(pool) : r.pick(TRIGGERS_COMMON);
  return `The investigation began when ${fill(t, f, r)}.`;
}

function techniquesSentence(f: CaseFacts, r: Random): string {
  const authority = r.pick([
    'the investigating judge',
    'the court',
    'the public prosecutor',
    'a judge of the pre-trial chamber',
  ]);
  return r.chance(0.5)
    ? `Investigators relied on ${joinAnd(f.techniques)}, authorized by ${authority}.`
    : `Evidence was gathered through ${joinAnd(f.techniques)}, which identified the roles of the defendants within the group.`;
}

function financialSentence(f: CaseFacts, r: Random): string {
  return r.chance(0.5)
    ? `A parallel financial investigation traced ${money(f, r, 50000, 5000000)} in proceeds transferred through ${r.pick(CHANNELS)} to ${f.originPlace}, which were frozen and later confiscated.`
    : `Bank records obtained during the financial investigation showed regular payments through ${r.pick(CHANNELS)}; the court ordered the confiscation of ${r.pick(ASSETS)}.`;
}

function cooperationSentence(f: CaseFacts, r: Random): string {
  const act = f.cooperation[0];
  const cp = act.counterpartCountry.nameIn;
  const abroad = f.defendants.find((d) => !d.legalPerson && d.nationality.code === act.counterpart) ?? f.lead;
  switch (act.type) {
    case 'extradition':
      return `${abroad.name} was arrested in ${cp} on the basis of an international arrest warrant and extradited to ${f.country.nameIn}.`;
    case 'mutual-legal-assistance':
      return `Evidence, including ${r.pick(['bank records', 'telephone records', 'witness statements', 'company records'])} and ${r.pick(['the results of searches', 'statements of victims', 'money transfer receipts'])}, was obtained from ${cp} through a request for mutual legal assistance.`;
    case 'joint-investigation':
      return `A joint investigation team was set up with the authorities of ${cp}, allowing the simultaneous arrest of the suspects in both countries.`;
    case 'transfer-of-proceedings':
      return `Proceedings against one defendant were transferred to ${cp}, where related charges were pending.`;
    case 'transfer-of-sentenced-persons':
      return `After conviction, ${abroad.name} was transferred to ${cp} to serve the sentence there.`;
    case 'confiscation':
      return `At the request of ${f.country.nameIn}, the authorities of ${cp} gave effect to a confiscation order over assets held there.`;
    case 'law-enforcement-cooperation':
      return `Police cooperation with ${cp}, through liaison officers and INTERPOL channels, helped identify members of the network abroad.`;
  }
}

function victimSupportSentence(f: CaseFacts, r: Random): string {
  const w = victimWords(f);
  return r.chance(0.5)
    ? `${w.The} ${w.were} referred to a specialized shelter and granted temporary residence during the proceedings.`
    : `${w.The} testified by video link with protective measures, and the court awarded ${w.them} compensation of ${money(f, r, 2000, 40000)}${w.were === 'was' ? '' : ' each'}.`;
}

/** The summary: 3–5 sentences of facts, then {@link SYNTHETIC_SENTENCE}. */
export function summary(f: CaseFacts, r: Random): string {
  const primary = f.crimeTypes[0].code;
  const optional: string[] = [];
  if (primary === 'trafficking-in-persons') {
    optional.push(routeTip(f, r), situationTip(f, r));
  } else if (primary === 'smuggling-of-migrants') {
    optional.push(situationSom(f, r));
  } else if (has(f, F.TIP)) {
    optional.push(situationTip(f, r));
  } else if (has(f, F.SOM)) {
    optional.push(situationSom(f, r));
  }
  if (r.chance(0.5)) optional.push(trigger(f, r));
  const required: string[] = [];
  if (has(f, F.SIT)) required.push(techniquesSentence(f, r));
  if (has(f, F.FINANCIAL)) required.push(financialSentence(f, r));
  if (f.cooperation.length > 0) required.push(cooperationSentence(f, r));
  if (has(f, F.TIP) && has(f, F.VICTIMS) && has(f, F.WITNESS_PROTECTION)) required.push(victimSupportSentence(f, r));

  // Opening + middle (optional first, dropped when too long) + required, capped at five sentences.
  const room = Math.max(0, 4 - required.length);
  const middle = optional.slice(0, room);
  if (1 + middle.length + required.length < 3 && !middle.some((s) => s.startsWith('The investigation began'))) {
    middle.push(trigger(f, r));
  }
  if (1 + middle.length + required.length < 3)
    middle.push(`The defendants were arrested in coordinated raids in ${f.city} and ${f.otherCity}.`);
  const sentences = [opening(f, r), ...middle, ...required].slice(0, 5);
  sentences.push(SYNTHETIC_SENTENCE);
  return sentences.join(' ');
}

function lawCitation(c: ChargeFact): string {
  if (c.provision.number.includes('U.S.C.')) return c.provision.number;
  const title = c.law.title;
  const article = /^(Law No\.|Legislative Decree|Organic Law|Title \d)/.test(title) ? '' : 'the ';
  return c.provision.number + ' of ' + article + title;
}

const ELEMENT: Record<string, string> = {
  'trafficking-in-persons': 'the purpose of exploitation',
  'smuggling-of-migrants': 'that the defendant acted to obtain a financial or other material benefit',
  'money-laundering': 'that the defendant knew the criminal origin of the funds',
  'organized-criminal-group': 'the existence of a structured group',
};

function appealSentence(outcome: string, r: Random): string {
  if (outcome.startsWith('Convictions quashed')) {
    return 'On appeal, the convictions were quashed, the higher court finding that the evidence did not establish the elements of the offences.';
  }
  if (outcome.startsWith('Appeal allowed in part')) {
    return 'The higher court quashed some convictions for lack of evidence and upheld the others.';
  }
  if (outcome.includes('sentences reduced'))
    return 'On appeal, the convictions were upheld but the sentences were reduced.';
  return r.chance(0.5)
    ? 'The higher court dismissed the appeals, finding no error in the assessment of the evidence.'
    : 'The higher court upheld the convictions, holding that the trial court had correctly applied the law.';
}

/** Legal reasoning: 2–4 sentences. */
export function legalReasoning(f: CaseFacts, r: Random): string {
  const primary = f.crimeTypes[0].code;
  const out: string[] = [];
  const citation = `${lawCitation(f.mainCharge)} (${midSentence(f.mainCharge.provision.heading)})`;
  if (f.convicted) {
    out.push(`The court convicted ${f.lead.name} under ${citation}.`);
  } else if (f.leadVerdict === 'pending') {
    out.push(
      `The court confirmed the indictment of ${f.lead.name} under ${citation} and committed the defendants for trial.`,
    );
  } else if (f.leadVerdict === 'dismissed') {
    out.push(
      `The court dismissed the charges against ${f.lead.name} under ${citation}, ${r.pick(['the limitation period having expired', 'the main prosecution witness having withdrawn', 'key evidence having been excluded as unlawfully obtained'])}.`,
    );
  } else {
    out.push(
      `The court acquitted ${f.lead.name}, finding that the prosecution had not proved ${ELEMENT[primary] ?? "the defendant's participation"} beyond reasonable doubt.`,
    );
  }
  const pool: string[] = [];
  if (has(f, F.TIP)) {
    pool.push(
      'It held that the consent of the victims was irrelevant, since the defendants had used means set forth in article 3 of the Trafficking in Persons Protocol.',
      `The court found that the victims' irregular status, lack of language skills and debts created a position of vulnerability which the defendants abused.`,
    );
  }
  if (has(f, F.SOM)) {
    pool.push(
      'The financial or other material benefit element was established by the fees paid by each migrant, recorded in notebooks seized from the defendants.',
      'The court recalled that the migrants themselves were not liable to prosecution for having been the object of smuggling.',
    );
  }
  if (has(f, F.ML) || has(f, F.FINANCIAL)) {
    pool.push(
      'Knowledge of the illicit origin of the funds was inferred from objective factual circumstances, including the use of cash and front companies.',
    );
  }
  if (has(f, F.GROUP)) {
    pool.push(
      'The evidence showed a structured group of three or more persons, existing for a period of time and acting in concert to obtain a financial benefit, as defined in article 2 of the Organized Crime Convention.',
    );
  }
  if (has(f, F.FIREARMS))
    pool.push(
      'The court held that the removal of serial numbers constituted a separate offence, irrespective of the trafficking charges.',
    );
  if (has(f, F.CORRUPTION))
    pool.push('It was irrelevant that the official would have taken the same decision without the undue advantage.');
  if (has(f, F.MLA))
    pool.push(
      'Evidence obtained abroad through mutual legal assistance was admitted, having been gathered in accordance with the law of the requested State.',
    );
  if (has(f, F.SIT))
    pool.push(
      'The defence challenge to the intercepted communications was rejected, the interceptions having been authorized and proportionate.',
    );
  if (has(f, F.COOPERATING_OFFENDER))
    pool.push(
      'The sentence of one defendant was mitigated because of his substantial cooperation with the investigating authorities.',
    );
  if (has(f, F.TRANSNATIONAL))
    pool.push(
      'The court asserted jurisdiction over acts committed abroad, as part of the offences had been committed on its territory.',
    );
  pool.push(
    'In determining the sentences, the court took into account the transnational nature of the offences, the harm caused and the role of each defendant.',
  );
  const extra = r.int(1, 3);
  for (const s of r.sample(pool, extra)) out.push(s);
  if (f.appealOutcome && out.length < 4) out.push(appealSentence(f.appealOutcome, r));
  return out.join(' ');
}

/** `Significant features: …` */
export function commentary(f: CaseFacts, r: Random): string {
  const features: string[] = [];
  if (f.loverboy) features.push('recruitment through the loverboy method');
  if (has(f, F.TIP) && has(f, F.ONLINE)) features.push('recruitment through social media');
  if (has(f, F.CHILD)) features.push('child victims');
  if (has(f, F.SOM) && has(f, F.SEA)) features.push('smuggling by sea in an unseaworthy vessel');
  if (has(f, F.SOM) && has(f, F.AIR)) features.push('the use of fraudulent travel documents');
  if (has(f, F.LEGAL_PERSON))
    features.push(`the liability of a legal person (${f.defendants.find((d) => d.legalPerson)?.name ?? 'a company'})`);
  if (has(f, F.FINANCIAL)) features.push('a parallel financial investigation and confiscation of proceeds');
  if (has(f, F.SIT)) features.push(`special investigative techniques (${f.techniques[0]})`);
  for (const act of f.cooperation) {
    const cp = act.counterpartCountry.nameIn;
    if (act.type === 'joint-investigation') features.push(`a joint investigation team with ${cp}`);
    else if (act.type === 'extradition') features.push(`extradition from ${cp}`);
    else if (act.type === 'mutual-legal-assistance') features.push(`mutual legal assistance with ${cp}`);
  }
  if (has(f, F.COOPERATING_OFFENDER)) features.push('a cooperating defendant');
  if (has(f, F.OFFICIALS)) features.push('the involvement of public officials');
  if (has(f, F.WITNESS_PROTECTION)) features.push('protective measures for witnesses');
  if (features.length < 2)
    features.push('the transnational nature of the offences', 'the role of each member of the group');
  const chosen = r.sample(features, Math.min(features.length, r.int(2, 4)));
  return 'Significant features: ' + joinAnd(chosen) + '.';
}
