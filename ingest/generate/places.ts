/**
 * National flavour for synthetic records: cities, naming traditions, court names and case-title styles,
 * currencies and decision languages, keyed by ISO 3166-1 alpha-3 code. A country the table does not know
 * still works: it gets neutral styles and uses its vocabulary name where a city would go.
 */
import { type NameGroup, NAME_GROUPS } from './names';
import { hashString } from './random';

export type CourtStyle =
  | 'us'
  | 'uk'
  | 'common'
  | 'in'
  | 'ph'
  | 'it'
  | 'fr'
  | 'fr-africa'
  | 'es'
  | 'latam'
  | 'br'
  | 'de'
  | 'at'
  | 'nl'
  | 'se'
  | 'post-soviet'
  | 'arab'
  | 'cn'
  | 'civil';

export type TitleStyle = 'us' | 'r' | 'state' | 'republic' | 'country' | 'dpp' | 'pp' | 'people' | 'civil';

/** How provisions are numbered: `Art. 601`, `s. 12`, `§ 232`, `18 U.S.C. § 1589`. */
export type ProvisionStyle = 'art' | 's' | 'para' | 'usc';

export interface CountryProfile {
  /** Known country (true) or a neutral fallback. */
  known: boolean;
  /** Cities, the seat of the highest courts first; empty for unknown countries. */
  cities: readonly string[];
  names: NameGroup;
  court: CourtStyle;
  title: TitleStyle;
  currency: string;
  /** ISO 639-1 language of most decisions. */
  language: string;
  provisions: ProvisionStyle;
  companySuffixes: readonly string[];
}

// code: cities | name group | court style | title style | currency | language
const TABLE: Record<string, string> = {
  USA: 'Washington, D.C.|New York|Los Angeles|Houston|Chicago|Miami|Atlanta|Minneapolis|Newark|El Paso|San Diego|Seattle;anglo;us;us;USD;en',
  CAN: 'Ottawa|Toronto|Vancouver|Montréal|Calgary|Winnipeg;anglo;common;r;CAD;en',
  MEX: 'Mexico City|Tijuana|Ciudad Juárez|Monterrey|Guadalajara|Tapachula|Mérida;hispanic;latam;civil;MXN;es',
  GTM: 'Guatemala City|Quetzaltenango|Escuintla;hispanic;latam;civil;GTQ;es',
  HND: 'Tegucigalpa|San Pedro Sula|La Ceiba;hispanic;latam;civil;HNL;es',
  SLV: 'San Salvador|Santa Ana|San Miguel;hispanic;latam;civil;USD;es',
  CRI: 'San José|Limón|Alajuela;hispanic;latam;civil;CRC;es',
  PAN: 'Panama City|Colón|David;hispanic;latam;civil;USD;es',
  DOM: 'Santo Domingo|Santiago de los Caballeros|Puerto Plata;hispanic;latam;civil;DOP;es',
  COL: 'Bogotá|Medellín|Cali|Cartagena|Barranquilla|Cúcuta;hispanic;latam;civil;COP;es',
  VEN: 'Caracas|Maracaibo|Valencia|San Cristóbal;hispanic;latam;civil;USD;es',
  ECU: 'Quito|Guayaquil|Cuenca|Tulcán;hispanic;latam;civil;USD;es',
  PER: 'Lima|Arequipa|Cusco|Puerto Maldonado|Tacna;hispanic;latam;civil;PEN;es',
  BOL: 'Sucre|La Paz|Santa Cruz de la Sierra|Cochabamba;hispanic;latam;civil;BOB;es',
  CHL: 'Santiago|Valparaíso|Antofagasta|Iquique;hispanic;latam;civil;CLP;es',
  ARG: 'Buenos Aires|Córdoba|Rosario|Mendoza|Posadas;hispanic;latam;civil;ARS;es',
  PRY: 'Asunción|Ciudad del Este|Encarnación;hispanic;latam;civil;PYG;es',
  URY: 'Montevideo|Salto|Rivera;hispanic;latam;civil;UYU;es',
  BRA: 'Brasília|São Paulo|Rio de Janeiro|Belo Horizonte|Foz do Iguaçu|Manaus;lusophone;br;civil;BRL;pt',
  JAM: 'Kingston|Montego Bay;anglo;common;r;JMD;en',
  TTO: 'Port of Spain|San Fernando;anglo;common;state;TTD;en',
  GBR: 'London|Manchester|Birmingham|Leeds|Liverpool|Bristol|Southwark|Dover;anglo;uk;r;GBP;en',
  IRL: 'Dublin|Cork|Limerick|Galway;anglo;common;dpp;EUR;en',
  FRA: 'Paris|Marseille|Lyon|Lille|Nice|Calais|Besançon|Orléans;french;fr;civil;EUR;fr',
  BEL: 'Brussels|Antwerp|Liège|Ghent|Charleroi;french;fr;civil;EUR;fr',
  NLD: 'The Hague|Amsterdam|Rotterdam|Utrecht|Eindhoven;dutch-nordic;nl;civil;EUR;en',
  DEU: 'Karlsruhe|Berlin|Hamburg|Munich|Frankfurt am Main|Düsseldorf|Stuttgart|Leipzig;german;de;civil;EUR;en',
  AUT: 'Vienna|Graz|Linz|Salzburg|Innsbruck;german;at;civil;EUR;en',
  CHE: 'Lausanne|Bern|Zürich|Geneva|Basel|Lugano;german;civil;civil;CHF;en',
  ITA: 'Rome|Milan|Naples|Palermo|Turin|Bari|Catania|Reggio Calabria|Bologna;italian;it;civil;EUR;en',
  ESP: 'Madrid|Barcelona|Valencia|Seville|Málaga|Almería|Cádiz|Bilbao|Palma;hispanic;es;civil;EUR;es',
  PRT: 'Lisbon|Porto|Faro|Coimbra;lusophone;civil;civil;EUR;pt',
  GRC: 'Athens|Thessaloniki|Patras|Mytilene;greek;civil;civil;EUR;en',
  CYP: 'Nicosia|Limassol|Larnaca;greek;common;republic;EUR;en',
  SWE: 'Stockholm|Gothenburg|Malmö|Uppsala;dutch-nordic;se;civil;SEK;en',
  NOR: 'Oslo|Bergen|Stavanger|Tromsø;dutch-nordic;civil;civil;NOK;en',
  DNK: 'Copenhagen|Aarhus|Odense;dutch-nordic;civil;civil;DKK;en',
  FIN: 'Helsinki|Tampere|Turku;dutch-nordic;civil;civil;EUR;en',
  POL: 'Warsaw|Kraków|Gdańsk|Wrocław|Łódź|Poznań;central-european;civil;civil;PLN;en',
  CZE: 'Brno|Prague|Ostrava|Plzeň;central-european;civil;civil;CZK;en',
  SVK: 'Bratislava|Košice|Žilina;central-european;civil;civil;EUR;en',
  HUN: 'Budapest|Debrecen|Szeged|Pécs;central-european;civil;civil;HUF;en',
  ROU: 'Bucharest|Cluj-Napoca|Timișoara|Iași|Constanța|Brașov;balkan;civil;civil;RON;en',
  BGR: 'Sofia|Plovdiv|Varna|Burgas;balkan;civil;civil;BGN;en',
  SRB: 'Belgrade|Novi Sad|Niš|Subotica;balkan;civil;civil;RSD;en',
  HRV: 'Zagreb|Split|Rijeka|Osijek;balkan;civil;civil;EUR;en',
  BIH: 'Sarajevo|Banja Luka|Mostar|Tuzla;balkan;civil;civil;BAM;en',
  ALB: 'Tirana|Durrës|Vlorë|Shkodër;balkan;civil;civil;ALL;en',
  MKD: 'Skopje|Bitola|Gevgelija;balkan;civil;civil;MKD;en',
  MNE: 'Podgorica|Bar|Nikšić;balkan;civil;civil;EUR;en',
  MDA: 'Chișinău|Bălți|Cahul;balkan;post-soviet;civil;MDL;en',
  UKR: 'Kyiv|Odesa|Kharkiv|Lviv|Dnipro;east-slavic;post-soviet;civil;UAH;en',
  RUS: 'Moscow|Saint Petersburg|Rostov-on-Don|Yekaterinburg|Novosibirsk|Vladivostok;east-slavic;post-soviet;civil;RUB;ru',
  BLR: 'Minsk|Brest|Gomel;east-slavic;post-soviet;civil;BYN;ru',
  KAZ: 'Astana|Almaty|Shymkent;central-asian;post-soviet;civil;KZT;ru',
  KGZ: 'Bishkek|Osh;central-asian;post-soviet;civil;KGS;ru',
  UZB: 'Tashkent|Samarkand|Bukhara;central-asian;post-soviet;civil;UZS;en',
  TJK: 'Dushanbe|Khujand;central-asian;post-soviet;civil;TJS;ru',
  GEO: 'Tbilisi|Batumi|Kutaisi;caucasian;post-soviet;civil;GEL;en',
  ARM: 'Yerevan|Gyumri;caucasian;post-soviet;civil;AMD;en',
  AZE: 'Baku|Ganja;caucasian;post-soviet;civil;AZN;en',
  TUR: 'Ankara|Istanbul|Izmir|Edirne|Antalya|Gaziantep;turkish;civil;civil;TRY;en',
  ISR: 'Jerusalem|Tel Aviv|Haifa|Eilat;hebrew;civil;state;ILS;en',
  EGY: 'Cairo|Alexandria|Port Said|Aswan;arabic;arab;civil;EGP;ar',
  LBY: 'Tripoli|Benghazi|Misrata|Sabha;arabic;arab;civil;LYD;ar',
  TUN: 'Tunis|Sfax|Sousse;arabic;arab;civil;TND;ar',
  DZA: 'Algiers|Oran|Constantine|Tamanrasset;arabic;arab;civil;DZD;ar',
  MAR: 'Rabat|Casablanca|Tangier|Nador|Fès;arabic;arab;civil;MAD;ar',
  SDN: 'Khartoum|Port Sudan|Kassala;arabic;arab;civil;SDG;ar',
  JOR: 'Amman|Irbid|Aqaba;arabic;arab;civil;JOD;ar',
  LBN: 'Beirut|Sidon|Zahlé;arabic;arab;civil;LBP;ar',
  SYR: 'Damascus|Aleppo|Homs;arabic;arab;civil;SYP;ar',
  IRQ: 'Baghdad|Basra|Erbil|Mosul;arabic;arab;civil;IQD;ar',
  SAU: 'Riyadh|Jeddah|Dammam;arabic;arab;civil;SAR;ar',
  ARE: 'Abu Dhabi|Dubai|Sharjah;arabic;arab;civil;AED;ar',
  QAT: 'Doha|Al Wakrah;arabic;arab;civil;QAR;ar',
  KWT: 'Kuwait City|Al Jahra;arabic;arab;civil;KWD;ar',
  IRN: 'Tehran|Mashhad|Zahedan|Tabriz;persian;civil;civil;IRR;en',
  AFG: 'Kabul|Herat|Kandahar|Jalalabad;persian;civil;civil;AFN;en',
  PAK: 'Islamabad|Karachi|Lahore|Quetta|Peshawar;south-asian;common;state;PKR;en',
  IND: 'New Delhi|Mumbai|Kolkata|Chennai|Hyderabad|Bengaluru;south-asian;in;state;INR;en',
  BGD: "Dhaka|Chittagong|Sylhet|Cox's Bazar;south-asian;common;state;BDT;en",
  NPL: 'Kathmandu|Pokhara|Birgunj;south-asian;common;state;NPR;en',
  LKA: 'Colombo|Kandy|Galle;south-asian;common;republic;LKR;en',
  CHN: 'Beijing|Shanghai|Guangzhou|Shenzhen|Kunming|Harbin|Fuzhou;chinese;cn;civil;CNY;zh',
  JPN: 'Tokyo|Osaka|Nagoya|Fukuoka;japanese;civil;civil;JPY;en',
  KOR: 'Seoul|Busan|Incheon|Daegu;korean;civil;civil;KRW;en',
  VNM: 'Hanoi|Ho Chi Minh City|Haiphong|Da Nang|Lào Cai;vietnamese;civil;civil;VND;en',
  THA: 'Bangkok|Chiang Mai|Pattaya|Mae Sot|Songkhla;thai;civil;civil;THB;en',
  KHM: 'Phnom Penh|Siem Reap|Poipet|Sihanoukville;khmer;civil;civil;KHR;en',
  LAO: 'Vientiane|Luang Prabang|Savannakhet;thai;civil;civil;LAK;en',
  MMR: 'Naypyidaw|Yangon|Mandalay|Myawaddy;burmese;civil;civil;MMK;en',
  MYS: 'Putrajaya|Kuala Lumpur|Johor Bahru|Penang|Kota Kinabalu;malay;common;pp;MYR;en',
  SGP: 'Singapore;chinese;common;pp;SGD;en',
  IDN: 'Jakarta|Surabaya|Medan|Batam|Denpasar;malay;civil;civil;IDR;en',
  PHL: 'Manila|Quezon City|Cebu City|Davao City|Zamboanga City|Angeles City;filipino;ph;people;PHP;en',
  AUS: 'Canberra|Sydney|Melbourne|Brisbane|Perth|Darwin;anglo;common;r;AUD;en',
  NZL: 'Wellington|Auckland|Christchurch;anglo;common;r;NZD;en',
  NGA: 'Abuja|Lagos|Benin City|Kano|Port Harcourt|Calabar;west-african;common;state;NGN;en',
  GHA: 'Accra|Kumasi|Tamale|Takoradi;west-african;common;republic;GHS;en',
  SLE: 'Freetown|Bo|Kenema;west-african;common;state;SLE;en',
  LBR: 'Monrovia|Buchanan;west-african;common;republic;LRD;en',
  GMB: 'Banjul|Serekunda;west-african;common;state;GMD;en',
  CIV: 'Abidjan|Yamoussoukro|Bouaké|San-Pédro;west-african;fr-africa;civil;XOF;fr',
  SEN: 'Dakar|Saint-Louis|Thiès|Ziguinchor;west-african;fr-africa;civil;XOF;fr',
  MLI: 'Bamako|Gao|Mopti|Kayes;west-african;fr-africa;civil;XOF;fr',
  NER: 'Niamey|Agadez|Zinder;west-african;fr-africa;civil;XOF;fr',
  BFA: 'Ouagadougou|Bobo-Dioulasso;west-african;fr-africa;civil;XOF;fr',
  GIN: 'Conakry|Kankan|Nzérékoré;west-african;fr-africa;civil;GNF;fr',
  TGO: 'Lomé|Sokodé|Kara;west-african;fr-africa;civil;XOF;fr',
  BEN: 'Porto-Novo|Cotonou|Parakou;west-african;fr-africa;civil;XOF;fr',
  CMR: 'Yaoundé|Douala|Garoua;west-african;fr-africa;civil;XAF;fr',
  GAB: 'Libreville|Port-Gentil;west-african;fr-africa;civil;XAF;fr',
  COD: 'Kinshasa|Lubumbashi|Goma;west-african;fr-africa;civil;CDF;fr',
  KEN: 'Nairobi|Mombasa|Kisumu|Nakuru|Garissa;east-african;common;republic;KES;en',
  UGA: 'Kampala|Entebbe|Gulu|Jinja;east-african;common;country;UGX;en',
  TZA: 'Dodoma|Dar es Salaam|Arusha|Zanzibar;east-african;common;republic;TZS;en',
  RWA: 'Kigali|Gisenyi;east-african;civil;civil;RWF;en',
  ETH: 'Addis Ababa|Dire Dawa|Mekelle|Moyale;east-african;civil;civil;ETB;en',
  ERI: 'Asmara|Massawa;east-african;civil;civil;ERN;en',
  SOM: 'Mogadishu|Hargeisa|Bosaso|Kismayo;somali;civil;civil;SOS;en',
  ZAF: 'Pretoria|Johannesburg|Cape Town|Durban|Gqeberha;southern-african;common;state;ZAR;en',
  ZWE: 'Harare|Bulawayo|Beitbridge;southern-african;common;state;USD;en',
  ZMB: 'Lusaka|Livingstone|Ndola;southern-african;common;people;ZMW;en',
  MWI: 'Lilongwe|Blantyre;southern-african;common;republic;MWK;en',
  BWA: 'Gaborone|Francistown;southern-african;common;state;BWP;en',
  NAM: 'Windhoek|Walvis Bay;southern-african;common;state;NAD;en',
  MOZ: 'Maputo|Beira|Nampula|Ressano Garcia;lusophone;civil;civil;MZN;pt',
  AGO: 'Luanda|Benguela|Lobito;lusophone;civil;civil;AOA;pt',
};

/** US districts and circuits, by city (for `United States District Court for the …`). */
export const US_DISTRICTS: Record<string, readonly [district: string, circuit: string]> = {
  'Washington, D.C.': ['District of Columbia', 'District of Columbia'],
  'New York': ['Southern District of New York', 'Second'],
  'Los Angeles': ['Central District of California', 'Ninth'],
  Houston: ['Southern District of Texas', 'Fifth'],
  Chicago: ['Northern District of Illinois', 'Seventh'],
  Miami: ['Southern District of Florida', 'Eleventh'],
  Atlanta: ['Northern District of Georgia', 'Eleventh'],
  Minneapolis: ['District of Minnesota', 'Eighth'],
  Newark: ['District of New Jersey', 'Third'],
  'El Paso': ['Western District of Texas', 'Fifth'],
  'San Diego': ['Southern District of California', 'Ninth'],
  Seattle: ['Western District of Washington', 'Ninth'],
};

function provisionStyleOf(court: CourtStyle): ProvisionStyle {
  if (court === 'us') return 'usc';
  if (court === 'de' || court === 'at') return 'para';
  return court === 'uk' || court === 'common' || court === 'in' || court === 'ph' ? 's' : 'art';
}

function companySuffixesOf(code: string, court: CourtStyle): readonly string[] {
  switch (court) {
    case 'us':
      return ['LLC', 'Inc.', 'Corp.'];
    case 'uk':
    case 'common':
    case 'in':
    case 'ph':
      return code === 'ZAF' || code === 'NAM' || code === 'BWA' ? ['(Pty) Ltd', 'Ltd'] : ['Ltd', 'Limited'];
    case 'it':
      return ['S.r.l.', 'S.p.A.'];
    case 'fr':
    case 'fr-africa':
      return ['SARL', 'S.A.S.', 'S.A.'];
    case 'es':
    case 'latam':
      if (code === 'MEX') return ['S.A. de C.V.', 'S. de R.L.'];
      return court === 'es' ? ['S.L.', 'S.A.'] : ['S.A.', 'S.R.L.'];
    case 'br':
      return ['Ltda.', 'S.A.'];
    case 'de':
    case 'at':
      return ['GmbH', 'AG', 'GmbH & Co. KG'];
    case 'nl':
      return ['B.V.', 'N.V.'];
    case 'se':
      return ['AB'];
    case 'cn':
      return ['Co., Ltd.', 'Trading Co., Ltd.'];
    case 'post-soviet':
      return ['LLC', 'OOO'];
    case 'arab':
      return ['LLC', 'Trading Est.', 'FZE'];
    case 'civil':
      if (code === 'POL') return ['Sp. z o.o.', 'S.A.'];
      if (code === 'CZE' || code === 'SVK') return ['s.r.o.', 'a.s.'];
      if (code === 'PRT' || code === 'MOZ' || code === 'AGO') return ['Lda.', 'S.A.'];
      if (code === 'TUR') return ['Ltd. Şti.', 'A.Ş.'];
      return ['Ltd', 'S.A.', 'LLC'];
  }
}

function parse(code: string, row: string): CountryProfile {
  const [cities, names, court, title, currency, language] = row.split(';');
  const courtStyle = court as CourtStyle;
  return {
    known: true,
    cities: cities.split('|'),
    names: names as NameGroup,
    court: courtStyle,
    title: title as TitleStyle,
    currency,
    language,
    provisions: provisionStyleOf(courtStyle),
    companySuffixes: companySuffixesOf(code, courtStyle),
  };
}

const PROFILES = new Map<string, CountryProfile>(Object.entries(TABLE).map(([code, row]) => [code, parse(code, row)]));

/** The profile of a jurisdiction code; unknown codes get a neutral, deterministic fallback. */
export function profileFor(code: string): CountryProfile {
  const known = PROFILES.get(code);
  if (known) return known;
  const h = hashString(code);
  const fallback: CountryProfile = {
    known: false,
    cities: [],
    names: NAME_GROUPS[h % NAME_GROUPS.length],
    court: 'civil',
    title: 'civil',
    currency: 'USD',
    language: 'en',
    provisions: 'art',
    companySuffixes: ['Ltd', 'S.A.', 'LLC'],
  };
  PROFILES.set(code, fallback);
  return fallback;
}

/** Whether the table knows the code (tests, documentation). */
export function hasProfile(code: string): boolean {
  return PROFILES.get(code)?.known === true;
}

const DEFINITE =
  /^(United|Republic|Russian|Democratic|Czech|Dominican|Central African|Syrian|Lao|Holy See|Islamic Republic)|(Philippines|Netherlands|Gambia|Bahamas|Comoros|Maldives|Seychelles|Islands|Emirates|Federation|Kingdom|Republic)$/;

/** `the Philippines`, `the United Kingdom`, `Italy`: a country name as it reads mid-sentence. */
export function inSentence(countryName: string): string {
  return DEFINITE.test(countryName) && !countryName.startsWith('the ') ? 'the ' + countryName : countryName;
}

// Rough units per US dollar, only to keep synthetic amounts plausible in national currencies.
const UNITS_PER_USD: Record<string, number> = {
  CAD: 1.3,
  MXN: 17,
  GTQ: 8,
  HNL: 25,
  CRC: 500,
  DOP: 58,
  COP: 4000,
  PEN: 3.7,
  BOB: 7,
  CLP: 900,
  ARS: 900,
  PYG: 7300,
  UYU: 40,
  BRL: 5,
  JMD: 155,
  TTD: 7,
  SEK: 10,
  NOK: 10,
  DKK: 7,
  PLN: 4,
  CZK: 23,
  HUF: 360,
  RON: 4.6,
  BGN: 1.8,
  RSD: 110,
  BAM: 1.8,
  ALL: 95,
  MKD: 57,
  MDL: 18,
  UAH: 40,
  RUB: 90,
  BYN: 3,
  KZT: 450,
  KGS: 89,
  UZS: 12500,
  TJS: 11,
  GEL: 2.7,
  AMD: 400,
  AZN: 1.7,
  TRY: 30,
  ILS: 3.7,
  EGP: 48,
  LYD: 4.8,
  TND: 3.1,
  DZD: 135,
  MAD: 10,
  SDG: 600,
  LBP: 89000,
  SYP: 13000,
  IQD: 1300,
  SAR: 3.75,
  AED: 3.67,
  QAR: 3.64,
  IRR: 42000,
  AFN: 70,
  PKR: 280,
  INR: 83,
  BDT: 110,
  NPR: 133,
  LKR: 300,
  CNY: 7.2,
  JPY: 150,
  KRW: 1300,
  VND: 24000,
  THB: 35,
  KHR: 4100,
  LAK: 20000,
  MMK: 2100,
  MYR: 4.7,
  SGD: 1.35,
  IDR: 15500,
  PHP: 56,
  AUD: 1.5,
  NZD: 1.6,
  NGN: 900,
  GHS: 12,
  SLE: 22,
  LRD: 190,
  GMD: 67,
  XOF: 600,
  XAF: 600,
  GNF: 8600,
  CDF: 2700,
  KES: 130,
  UGX: 3800,
  TZS: 2500,
  RWF: 1250,
  ETB: 56,
  ERN: 15,
  SOS: 570,
  ZAR: 18,
  ZMW: 25,
  MWK: 1700,
  BWP: 13.5,
  NAD: 18,
  MZN: 64,
  AOA: 830,
};

/** Multiplier turning an amount in US dollars (or euros: close enough here) into the currency. */
export function unitsPerUsd(currency: string): number {
  return UNITS_PER_USD[currency] ?? 1;
}

