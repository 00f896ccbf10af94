/**
 * The demo catalogue's legal library: synthetic, deterministic ratifications, treaties and publications that fit
 * together (treaties between States that exist, publications about articles and crime types of the vocabulary).
 * Every one says it is synthetic: ratifications in their `source`, treaties and publications in their title and
 * reference (`SYN-`), and they are loaded as samples (`isSample`).
 */
import { type PublicationRecord, type RatificationRecord, type TreatyRecord } from '../record-types';
import { Random, seed32 } from './random';
import { type GeneratorVocabulary } from './vocabulary';

export const SYNTHETIC_RATIFICATION_SOURCE = 'Synthetic status for the demo catalogue: not the depositary\'s record.';

const day = (r: Random, from: string, to: string): string => {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + r.int(0, Math.round((b - a) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
};
const later = (r: Random, date: string, minDays: number, maxDays: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + r.int(minDays, maxDays) * 86_400_000).toISOString().slice(0, 10);
const min = (a: string, b: string) => (a < b ? a : b);

/**
 * Ratifications of the Convention and its Protocols for most States; about one State in eight has none loaded
 * (so the portal shows "status not loaded"), a few signed without ratifying, and the article 16(5)
 * declaration is yes, no or not loaded.
 */
export function* generateRatifications(vocabulary: GeneratorVocabulary, seed: number, until = '2024-12-31'): Generator<RatificationRecord> {
  const base = seed32(seed) ^ 0x5a7e;
  for (const [i, country] of vocabulary.countries.entries()) {
    const r = Random.forRecord(base, i, 1);
    if (r.chance(0.12)) continue; // status not loaded
    const signed = r.chance(0.8) ? day(r, '2000-12-12', '2002-12-12') : null;
    const ratifiedOn = r.chance(0.9) ? day(r, signed ? later(r, signed, 120, 400) : '2003-01-01', min(until, signed ? '2012-12-31' : '2018-12-31')) : null;
    if (!signed && !ratifiedOn) continue;
    const declaration = r.chance(0.65) ? 'yes' : r.chance(0.3) ? 'no' : null;
    yield {
      country: country.code, instrument: 'UNTOC', signedOn: signed, ratifiedOn,
      kind: ratifiedOn ? (signed ? 'ratification' : 'accession') : null,
      conventionAsExtraditionBasis: ratifiedOn && declaration !== null ? declaration === 'yes' : null,
      source: SYNTHETIC_RATIFICATION_SOURCE,
    };
    if (!ratifiedOn) continue;
    for (const [instrument, share, from] of [['TIP', 0.85, '2000-12-12'], ['SOM', 0.75, '2000-12-12'], ['FIREARMS', 0.55, '2001-07-02']] as const) {
      if (!r.chance(share)) continue;
      const protocolSigned = signed && r.chance(0.7) ? day(r, from, '2002-12-12') : null;
      const protocolRatified = day(r, protocolSigned ? later(r, protocolSigned, 90, 300) : ratifiedOn, min(until, '2020-12-31'));
      yield {
        country: country.code, instrument, signedOn: protocolSigned, ratifiedOn: protocolRatified,
        kind: protocolSigned ? 'ratification' : 'accession', source: SYNTHETIC_RATIFICATION_SOURCE,
      };
    }
  }
}

const KIND_WORDS = {
  EXTRADITION: { title: 'Extradition treaty', code: 'EXT' },
  MUTUAL_LEGAL_ASSISTANCE: { title: 'Treaty on mutual legal assistance in criminal matters', code: 'MLA' },
  TRANSFER_OF_SENTENCED_PERSONS: { title: 'Agreement on the transfer of sentenced persons', code: 'TSP' },
} as const;

/**
 * Bilateral treaties, mostly between States of one region (most in force, some not yet, some with no date of
 * entry into force loaded), and one synthetic regional convention on extradition and mutual legal assistance per
 * region.
 */
export function* generateTreaties(
  countries: { code: string; name: string; region: string }[],
  seed: number,
  count = 60,
): Generator<TreatyRecord> {
  const base = seed32(seed) ^ 0x7ea7;
  const seen = new Set<string>();
  const pool = countries.filter((c) => c.code !== 'EUE');
  for (let i = 0, made = 0; made < count && i < count * 4; i++) {
    const r = Random.forRecord(base, i, 2);
    // Most bilateral treaties bind States of the same region, as they do in practice.
    const first = r.pick(pool);
    const neighbours = pool.filter((c) => c.region === first.region && c.code !== first.code);
    const second = r.chance(0.75) && neighbours.length ? r.pick(neighbours) : r.pick(pool.filter((c) => c.code !== first.code));
    const [a, b] = [first, second].sort((x, y) => x.code.localeCompare(y.code));
    const kind = r.pick(['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE', 'MUTUAL_LEGAL_ASSISTANCE', 'TRANSFER_OF_SENTENCED_PERSONS'] as const);
    const key = `${a.code}-${b.code}-${KIND_WORDS[kind].code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    made++;
    const adoptedOn = day(r, '1970-01-01', '2022-12-31');
    const inForce = r.chance(0.85) ? later(r, adoptedOn, 120, 1100) : null;
    const inForceOn = inForce && inForce <= '2024-12-31' ? inForce : null;
    yield {
      reference: `SYN-T-${key}-${adoptedOn.slice(0, 4)}`,
      title: `${KIND_WORDS[kind].title} between ${a.name} and ${b.name} (synthetic)`,
      scope: 'BILATERAL',
      kinds: kind === 'EXTRADITION' && r.chance(0.3) ? ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'] : [kind],
      adoptedOn,
      inForceOn,
      parties: [{ country: a.code }, { country: b.code }],
    };
  }
  const regions = [...new Set(pool.map((c) => c.region))].sort();
  for (const [i, region] of regions.entries()) {
    const r = Random.forRecord(base, 10_000 + i, 3);
    const members = pool.filter((c) => c.region === region);
    const parties = r.sample(members, Math.min(members.length, Math.max(3, Math.round(members.length * 0.6))));
    const adoptedOn = day(r, '1960-01-01', '1999-12-31');
    const inForceOn = later(r, adoptedOn, 365, 1500);
    yield {
      reference: `SYN-T-${region.toUpperCase()}-CONV-${adoptedOn.slice(0, 4)}`,
      title: `${region} convention on extradition and mutual assistance in criminal matters (synthetic)`,
      scope: 'REGIONAL',
      kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'],
      adoptedOn,
      inForceOn,
      parties: parties
        .sort((x, y) => x.code.localeCompare(y.code))
        .map((c) => {
          // Half the parties joined later than the first ones: their own date of entry into force.
          if (!r.chance(0.5)) return { country: c.code };
          const joined = later(r, inForceOn, 0, 3000);
          return joined <= '2024-12-31' ? { country: c.code, inForceOn: joined } : { country: c.code };
        }),
    };
  }
}

/** Topics of the bibliography per crime type: a title and the articles it discusses. */
const TOPICS: Record<string, { title: string; articles: string[]; keywords: string[] }[]> = {
  'trafficking-in-persons': [
    { title: 'Identifying victims of trafficking in persons', articles: ['TIP-3', 'TIP-6'], keywords: ['Recruitment', 'Deception'] },
    { title: 'The non-punishment of trafficked persons', articles: ['TIP-6'], keywords: [] },
    { title: 'Trafficking for forced labour in supply chains', articles: ['TIP-3', 'TIP-5'], keywords: ['Forced labour or services'] },
  ],
  'smuggling-of-migrants': [
    { title: 'Prosecuting the smuggling of migrants by sea', articles: ['SOM-6', 'SOM-8'], keywords: ['Smuggling by sea'] },
    { title: 'Aggravating circumstances in migrant smuggling cases', articles: ['SOM-6'], keywords: ['Endangering lives or safety'] },
  ],
  'firearms-trafficking': [{ title: 'Marking, record-keeping and tracing of firearms', articles: ['FIREARMS-5', 'FIREARMS-8'], keywords: [] }],
  'money-laundering': [
    { title: 'Financial investigations and the confiscation of proceeds of crime', articles: ['UNTOC-6', 'UNTOC-12', 'UNTOC-13'], keywords: [] },
  ],
  'organized-criminal-group': [
    { title: 'Participation in an organized criminal group: conspiracy and association models', articles: ['UNTOC-2', 'UNTOC-5'], keywords: [] },
  ],
  corruption: [{ title: 'Corruption as an enabler of organized crime', articles: ['UNTOC-8', 'UNTOC-9'], keywords: [] }],
  'obstruction-of-justice': [{ title: 'Protecting witnesses in organized crime trials', articles: ['UNTOC-23', 'UNTOC-24'], keywords: [] }],
  cybercrime: [{ title: 'Electronic evidence across borders', articles: ['UNTOC-18', 'UNTOC-20'], keywords: [] }],
};

const KINDS = [
  { kind: 'report', publisher: 'Synthetic Institute for Crime Research' },
  { kind: 'article', publisher: 'Synthetic Journal of Transnational Criminal Law' },
  { kind: 'book', publisher: 'Synthetic Academic Press' },
  { kind: 'manual', publisher: 'Synthetic Judicial Training Centre' },
  { kind: 'guide', publisher: 'Synthetic Judicial Training Centre' },
] as const;
const SURNAMES = ['Okafor', 'Rossi', 'Haddad', 'Nguyen', 'Silva', 'Kowalski', 'Mensah', 'Tanaka', 'Dubois', 'Morales', 'Petrov', 'Osei'];

/** Publications on the topics above, about zero to three States each; kinds, years and authors vary. */
export function* generatePublications(vocabulary: GeneratorVocabulary, seed: number, count = 40): Generator<PublicationRecord> {
  const base = seed32(seed) ^ 0xb1b1;
  const articleIds = new Set(vocabulary.articles.map((a) => a.id));
  const keywordTerms = new Set(vocabulary.keywords.flatMap((k) => k.terms));
  const topics = Object.entries(TOPICS).flatMap(([crimeType, list]) => list.map((t) => ({ crimeType, ...t })));
  for (let i = 0; i < count; i++) {
    const r = Random.forRecord(base, i, 4);
    const topic = topics[i % topics.length];
    const { kind, publisher } = r.pick(KINDS);
    const states = r.sample(vocabulary.countries, r.pick([0, 1, 1, 2, 3]));
    const where = states.length === 1 ? `: the case of ${states[0].name}` : states.length > 1 ? `: ${states.map((s) => s.name).join(', ')}` : '';
    const authors = r.sample(SURNAMES, r.int(1, 3)).map((s) => `${String.fromCharCode(65 + r.int(0, 25))}. ${s} (synthetic)`);
    yield {
      reference: `SYN-PUB-${String(i + 1).padStart(4, '0')}`,
      title: `${topic.title}${where} (synthetic)`,
      authors,
      year: r.int(2003, 2024),
      kind,
      publisher,
      language: 'en',
      annotation:
        `Synthetic bibliography entry for the demo catalogue. A ${kind} on ${topic.title.charAt(0).toLowerCase()}${topic.title.slice(1)}` +
        `${states.length ? ` in ${states.map((s) => s.name).join(' and ')}` : ''}, discussing ${topic.articles.join(', ')}.`,
      articles: topic.articles.filter((id) => articleIds.has(id)),
      crimeTypes: [topic.crimeType],
      countries: states.map((s) => s.code),
      keywords: topic.keywords.filter((k) => keywordTerms.has(k)),
    };
  }
}
