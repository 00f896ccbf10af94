import { type DataSource } from 'typeorm';
import { CourtLevel } from '../../src/entities/enums';
import { type SearchIndex } from '../../src/search/search-index';
import { type SearchRequest } from '../../src/services/search.service';
import { openSearchFixture, type SearchFixture } from './contract';

/**
 * The relevance set: queries over the fixed search catalogue with the answers a researcher would expect.
 * `first` where one record is clearly the answer; `top10` (recall@10) where several are.
 */
interface Judgement {
  query: string;
  filters?: SearchRequest['filters'];
  first?: string;
  top10?: string[];
}

export const RELEVANCE_SET: Judgement[] = [
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
];

export function describeRelevanceSet(engine: string, makeIndex: (dataSource: DataSource) => SearchIndex): void {
  describe(`relevance set: ${engine}`, () => {
    let f: SearchFixture;
    beforeAll(async () => {
      f = await openSearchFixture(makeIndex);
    });
    afterAll(async () => {
      await f?.dataSource.destroy();
    });

    test.each(RELEVANCE_SET.map((j) => [j.query + (j.filters ? ` + ${JSON.stringify(j.filters)}` : ''), j] as const))(
      '%s',
      async (_name, judgement) => {
        const refs = await f.references({ text: judgement.query, filters: judgement.filters, first: 10 });
        if (judgement.first) expect(refs[0]).toBe(judgement.first);
        if (judgement.top10) expect(refs).toEqual(expect.arrayContaining(judgement.top10));
      },
    );
  });
}
