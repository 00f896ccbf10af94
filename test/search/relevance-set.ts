import { type DataSource } from 'typeorm';
import { CourtLevel } from '../../src/entities/enums';
import { type SearchIndex } from '../../src/search/search-index';
import { type SearchRequest } from '../../src/services/search.service';
import { SEARCH_CASES, SEARCH_LAWS } from '../fixtures/search-catalogue';
import { openSearchFixture, type SearchFixture } from './contract';

/**
 * The relevance set: queries over the fixed search catalogue with graded judgments of the records a researcher
 * would want — 3 the answer, 2 clearly relevant, 1 related; unjudged records count as 0.
 */
type Grade = 1 | 2 | 3;
interface Judgement {
  query: string;
  filters?: SearchRequest['filters'];
  grades: Record<string, Grade>;
}

/** The one record that answers the query. */
const first = (reference: string, related: Record<string, Grade> = {}) => ({ [reference]: 3 as Grade, ...related });
/** Several records that answer it equally. */
const top10 = (references: string[], grade: Grade = 2) => Object.fromEntries(references.map((r) => [r, grade]));

type Row = { query: string; filters?: SearchRequest['filters']; first?: string; top10?: string[]; grades?: Record<string, Grade> };
const judged = (row: Row): Judgement => ({
  query: row.query,
  filters: row.filters,
  grades: { ...(row.top10 ? top10(row.top10) : {}), ...(row.first ? first(row.first) : {}), ...row.grades },
});

export const RELEVANCE_SET: Judgement[] = ([
  // plain words
  { query: 'cocoa plantations', first: 'CIV-2016-001' },
  { query: 'Kouassi', first: 'CIV-2016-001' },
  { query: 'Kalashnikov ammunition Balkans', first: 'FRA-2014-002' },
  { query: 'ivory elephants', first: 'KEN-2019-003' },
  { query: 'cannabis farms', first: 'GBR-2019-099' },
  { query: 'money laundering cryptocurrency', first: 'NGA-2021-008' },
  { query: 'laundering real estate', first: 'ESP-2017-003' },
  { query: 'bribes officials', first: 'BRA-2018-101' },
  { query: 'phishing', first: 'DEU-2020-003' },
  { query: 'webcam', first: 'PHL-2019-006' },
  { query: 'trawlers fishermen', first: 'THA-2014-011' },
  { query: 'controlled delivery cocaine', first: 'ESP-2021-009' },
  { query: 'debt bondage juju', first: 'NGA-2018-020' },
  { query: 'domestic servitude', first: 'IND-2017-022' },
  { query: 'kidnapped ransom', first: 'MEX-2020-015' },
  { query: 'counterfeit cigarettes', first: 'ZAF-2020-012' },
  { query: 'Tran passports', first: 'USA-2014-0314' },
  { query: 'serial numbers erased pistols', first: 'GBR-2016-045' },
  { query: 'Modern Slavery Act', first: 'GBR-MSA-2015' },
  { query: 'witwassen', first: 'NLD-SR-420BIS' },
  // typos and prefixes
  { query: 'cocoa plantatons', first: 'CIV-2016-001' },
  { query: 'extradtion', first: 'COL-2016-030' },
  { query: 'elephnats ivory', first: 'KEN-2019-003' },
  { query: 'Kalashnikow', first: 'FRA-2014-002' },
  { query: 'Lampe', first: 'ITA-2018-310' },
  // accents, both ways
  { query: "Cote d'Ivoire", top10: ['CIV-2016-001', 'CIV-2019-004', 'CIV-LOI-2016-1111'] },
  { query: 'fiancé', top10: ['FRA-2019-014', 'AUS-2019-021'] },
  { query: 'fiance visa', first: 'AUS-2019-021' },
  { query: 'Muller', first: 'DEU-2020-003' },
  { query: 'Pará ranch', first: 'BRA-2015-044' },
  // phrases
  { query: '"forced marriage"', top10: ['FRA-2019-014', 'VNM-2018-005', 'AUS-2019-021'] },
  { query: '"controlled delivery"', first: 'ESP-2021-009' },
  // legal synonyms and spelling variants
  { query: 'people smuggling', top10: ['CAN-2015-010', 'ITA-2018-310', 'USA-2015-033', 'MEX-2017-008', 'DEU-2016-041', 'CIV-2019-004'] },
  { query: 'human trafficking brothel', first: 'AUS-2011-002' },
  { query: 'migrant smuggling by sea', top10: ['CAN-2015-010', 'ITA-2018-310', 'CIV-2019-004'] },
  { query: 'forced labor', top10: ['CIV-2016-001', 'THA-2014-011', 'GBR-MSA-2015'] },
  { query: 'organised pirogue', first: 'CIV-2019-004' },
  // articles
  { query: 'article 18', top10: ['NLD-2020-017', 'IND-2020-031'] },
  { query: 'Art. 18 UNTOC', top10: ['NLD-2020-017', 'IND-2020-031'] },
  { query: 'mutual legal assistance', top10: ['NLD-2020-017', 'IND-2020-031'] },
  { query: 'extradition', first: 'COL-2016-030' },
  // combined with filters
  { query: 'slavery', filters: { countries: ['AUS'] }, first: 'AUS-2011-002' },
  { query: 'trafficking', filters: { countries: ['NGA'], courtLevels: [CourtLevel.FIRST_INSTANCE] }, first: 'NGA-2018-020' },
  { query: 'smuggling', filters: { regions: ['Europe'], yearFrom: 2016 }, top10: ['ITA-2018-310', 'DEU-2016-041'] },
  { query: 'migrants', filters: { crimeTypes: ['kidnapping'] }, first: 'MEX-2020-015' },
  { query: 'victims', filters: { articles: ['TIP-6'] }, top10: ['ZAF-2013-004', 'PHL-2016-019'] },
  // exact forms over stems: "organ" is not "organized", "arms" is not "armed"
  { query: 'organ removal', first: 'EGY-2020-011' },
  { query: 'kidneys sold', first: 'EGY-2020-011' },
  { query: 'arms dealer', first: 'SRB-2017-006' },
  { query: 'arms', first: 'SRB-2017-006' },
  { query: 'armed gang', first: 'HND-2018-030' },
  { query: 'organized crime extortion', first: 'USA-2018-512', grades: { 'ITA-2012-201': 2, 'HND-2018-030': 2, 'MEX-2020-015': 2 } },
  // facts as summaries tell them
  { query: 'brick kilns', first: 'PAK-2019-014' },
  { query: 'debt bondage', top10: ['PAK-2019-014', 'NGA-2018-020', 'THA-2014-011'] },
  { query: 'brides China', first: 'KHM-2016-009', grades: { 'VNM-2018-005': 1 } },
  { query: 'sold as brides', grades: { 'KHM-2016-009': 3, 'VNM-2018-005': 3 } },
  { query: 'dinghy Lesbos', first: 'TUR-2020-022' },
  { query: 'migrants drowned', first: 'TUR-2020-022' },
  { query: 'romance scam', first: 'GHA-2021-005' },
  { query: 'gun shows', first: 'USA-2019-777' },
  { query: 'serial numbers', grades: { 'GBR-2016-045': 3, 'USA-2019-777': 3 } },
  { query: 'earthquake Nepal', first: 'NPL-2018-004' },
  { query: 'Nepal brothels', first: 'NPL-2018-004', grades: { 'IND-2020-031': 2 } },
  { query: 'county lines heroin', first: 'GBR-2021-077' },
  { query: 'EncroChat', first: 'GBR-2021-077' },
  // typos in short and long words
  { query: 'romanse scam', first: 'GHA-2021-005' },
  { query: 'dinghy Lesbso', first: 'TUR-2020-022' },
  // never a dead end: a word the catalogue lacks is dropped, the rest still finds the record
  { query: 'cocoa plantations Zanzibar', first: 'CIV-2016-001' },
  { query: 'armed gang Tegucigalpa', first: 'HND-2018-030' },
  { query: 'brik kilns', first: 'PAK-2019-014' },
] as Row[]).map(judged);

/** nDCG@10 with gains 2^grade − 1: 1 when the best records come first in the best order. */
export function ndcgAt10(references: string[], grades: Record<string, Grade>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = (values: number[]) => values.slice(0, 10).reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  const ideal = dcg(Object.values(grades).sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(references.map((r) => grades[r] ?? 0)) / ideal;
}

/** Whether the first hit is one of the best-graded records. */
export function bestFirst(references: string[], grades: Record<string, Grade>): boolean {
  const best = Math.max(...Object.values(grades));
  return references.length > 0 && grades[references[0]] === best;
}

/**
 * The levels reached (PostgreSQL, this catalogue and set): the evaluation fails when ranking falls below them.
 * Raise them when ranking improves.
 */
export const RELEVANCE_FLOORS = { ndcgAt10: 0.99, bestFirst: 0.98 };

export function describeRelevanceSet(engine: string, makeIndex: (dataSource: DataSource) => SearchIndex): void {
  describe(`relevance set: ${engine}`, () => {
    let f: SearchFixture;
    beforeAll(async () => {
      f = await openSearchFixture(makeIndex);
    });
    afterAll(async () => {
      await f?.dataSource.destroy();
    });

    test('judges every record it names and holds at least 60 queries', () => {
      const known = new Set([...SEARCH_CASES, ...SEARCH_LAWS].map((r) => r.reference));
      expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
      for (const j of RELEVANCE_SET) for (const reference of Object.keys(j.grades)) expect(known).toContain(reference);
    });

    test(`nDCG@10 ≥ ${RELEVANCE_FLOORS.ndcgAt10} and best answer first ≥ ${RELEVANCE_FLOORS.bestFirst}`, async () => {
      const results = [];
      for (const judgement of RELEVANCE_SET) {
        // The set judges cases and laws; publications (a third record type) are checked by the contract suite.
        const refs = await f.references({ text: judgement.query, filters: judgement.filters, types: ['CASE', 'LAW'], first: 10 });
        results.push({ judgement, refs, ndcg: ndcgAt10(refs, judgement.grades), first: bestFirst(refs, judgement.grades) });
      }
      const ndcg = results.reduce((sum, r) => sum + r.ndcg, 0) / results.length;
      const share = results.filter((r) => r.first).length / results.length;
      const misses = results
        .filter((r) => !r.first || r.ndcg < 0.9)
        .map((r) => `  ${r.ndcg.toFixed(3)} ${r.first ? ' ' : '✗'} ${r.judgement.query} → ${r.refs.slice(0, 3).join(', ')}`);
      console.log(
        `relevance (${engine}): ${results.length} queries, nDCG@10 ${ndcg.toFixed(4)}, best answer first ${share.toFixed(4)}` +
          (misses.length ? `\n${misses.join('\n')}` : ''),
      );
      expect(ndcg).toBeGreaterThanOrEqual(RELEVANCE_FLOORS.ndcgAt10);
      expect(share).toBeGreaterThanOrEqual(RELEVANCE_FLOORS.bestFirst);
    });
  });
}
