import { CourtLevel } from '../../src/entities/enums';
import { type DataSource } from 'typeorm';
import { type SearchIndex } from '../../src/search/search-index';
import { DomainError } from '../../src/services/errors';
import { SEARCH_CASES, SEARCH_LAWS, SEARCH_PUBLICATIONS } from '../fixtures/search-catalogue';
import { openSearchFixture, type SearchFixture } from './contract';

const PUBLISHED = SEARCH_CASES.length + SEARCH_LAWS.length + SEARCH_PUBLICATIONS.length;
/** A publication is dated 1 January of its year. */
const byDate = [
  ...SEARCH_CASES.map((c) => [c.reference, c.decisionDate]), ...SEARCH_LAWS.map((l) => [l.reference, l.enactedOn]),
  ...SEARCH_PUBLICATIONS.map((p) => [p.reference, `${p.year}-01-01`]),
]
  .sort((a, b) => b[1].localeCompare(a[1]) || 0);

async function rejects(promise: Promise<unknown>, field: string): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('BAD_USER_INPUT');
  expect((error as DomainError).message).toContain(field);
  return error as DomainError;
}

/**
 * The scenarios every SearchIndex must pass, whatever the engine: run against PostgreSQL always and against
 * Meilisearch when a server is given (MEILI_URL).
 */
export function describeSearchContract(engine: string, makeIndex: (dataSource: DataSource) => SearchIndex): void {
  describe(`search contract: ${engine}`, () => {
    let f: SearchFixture;
    beforeAll(async () => {
      f = await openSearchFixture(makeIndex);
    });
    afterAll(async () => {
      await f?.dataSource.destroy();
    });

    test('an empty query lists every published record, newest first', async () => {
      const result = await f.search({ first: 100 });
      expect(result.total).toBe(PUBLISHED);
      const refs = await f.references({ first: 5 });
      expect(refs).toEqual(byDate.slice(0, 5).map((r) => r[0]));
    });

    test('drafts are never found', async () => {
      expect((await f.search({ text: 'confidentiel' })).total).toBe(0);
      expect(await f.references({ text: 'Kouassi', first: 10 })).toEqual(['CIV-2016-001']);
    });

    test('free text finds the record that holds the words', async () => {
      expect((await f.references({ text: 'cocoa plantations' }))[0]).toBe('CIV-2016-001');
    });

    test('accents and case are ignored both ways', async () => {
      expect(await f.references({ text: "COTE D'IVOIRE", first: 10 })).toEqual(expect.arrayContaining(['CIV-2016-001', 'CIV-2019-004']));
      expect(await f.references({ text: 'fiance', first: 10 })).toEqual(expect.arrayContaining(['FRA-2019-014', 'AUS-2019-021']));
      expect(await f.references({ text: 'Müller' })).toContain('DEU-2020-003');
      expect(await f.references({ text: 'muller' })).toContain('DEU-2020-003');
    });

    test('quoted phrases match the words together', async () => {
      const refs = await f.references({ text: '"forced marriage"', first: 10 });
      expect(refs).toEqual(expect.arrayContaining(['FRA-2019-014', 'VNM-2018-005', 'AUS-2019-021']));
      expect(refs).not.toContain('CIV-2016-001'); // forced labour, and a marriage nowhere
    });

    test('prefixes and typos', async () => {
      expect(await f.references({ text: 'Kalash' })).toEqual(['FRA-2014-002']);
      expect(await f.references({ text: 'plantasions' })).toContain('CIV-2016-001');
      // Two misspelt words: each corrected by its own neighbours, not the other's, so both are held.
      expect(await f.references({ text: 'cocoaa plantasions' })).toContain('CIV-2016-001');
      expect((await f.search({ text: 'cocoaa plantasions' })).matchedAllWords).toBe(true);
    });

    test('legal synonyms', async () => {
      const refs = await f.references({ text: 'people smuggling', first: 20 });
      expect(refs).toEqual(expect.arrayContaining(['CAN-2015-010', 'ITA-2018-310', 'USA-2015-033']));
    });

    test('filters: values of one field are alternatives, fields combine', async () => {
      expect((await f.references({ filters: { countries: ['ITA'] }, first: 10 })).sort()).toEqual(['ITA-2012-201', 'ITA-2018-310', 'ITA-TUI-1998']);
      expect((await f.references({ filters: { countries: ['ITA', 'CAN'] }, first: 10 })).length).toBe(4);
      const refs = await f.references({ filters: { crimeTypes: ['smuggling-of-migrants'], courtLevels: [CourtLevel.SUPREME] }, first: 10 });
      expect(refs.sort()).toEqual(['CAN-2015-010', 'DEU-2016-041', 'ITA-2018-310']);
      expect((await f.references({ filters: { regions: ['Oceania'] }, first: 10 })).sort()).toEqual(['AUS-2011-002', 'AUS-2019-021']);
      expect(await f.references({ filters: { articles: ['UNTOC-18'] }, first: 10 })).toEqual(expect.arrayContaining(['NLD-2020-017', 'IND-2020-031']));
      expect((await f.references({ filters: { keywords: ['Extradition'] } }))).toEqual(['COL-2016-030']);
      const recent = await f.search({ filters: { yearFrom: 2021 }, first: 50 });
      expect(recent.total).toBe(
        [...SEARCH_CASES.map((c) => c.decisionDate), ...SEARCH_LAWS.map((l) => l.enactedOn), ...SEARCH_PUBLICATIONS.map((p) => `${p.year}`)]
          .filter((d) => d >= '2021').length,
      );
      expect((await f.search({ types: ['LAW'], first: 50 })).total).toBe(SEARCH_LAWS.length);
      expect((await f.search({ types: ['CASE'], text: 'trafficking', first: 50 })).hits.every((h) => h.type === 'CASE')).toBe(true);
    });

    test('facets are disjunctive: each honours the other filters, not its own', async () => {
      const result = await f.search({ filters: { countries: ['ITA'], crimeTypes: ['smuggling-of-migrants'] } });
      expect(result.total).toBe(2); // ITA-2018-310 and the Italian immigration law
      const facet = (field: string) => new Map(result.facets.find((x) => x.field === field)!.values.map((v) => [v.value, v.count]));
      // Country counts ignore the country filter but keep the crime type: smuggling records per country.
      expect(facet('country').get('ITA')).toBe(2);
      expect(facet('country').get('CAN')).toBe(1);
      expect(facet('country').get('DEU')).toBe(1);
      // Crime-type counts keep the country filter: Italian records per crime type.
      expect(facet('crimeType').get('money-laundering')).toBe(1);
      expect(facet('crimeType').get('smuggling-of-migrants')).toBe(2);
      expect(facet('crimeType').has('trafficking-in-persons')).toBe(false);
      const labels = result.facets.find((x) => x.field === 'country')!.values;
      expect(labels.find((v) => v.value === 'ITA')!.label).toBe('Italy');
      expect(result.facets.map((x) => x.field)).toEqual(['country', 'region', 'crimeType', 'article', 'keyword', 'courtLevel', 'year']);
    });

    test('publications: a third record type, found by their words, authors and links, filtered and counted under each of their countries', async () => {
      expect((await f.search({ types: ['PUBLICATION'], first: 50 })).total).toBe(SEARCH_PUBLICATIONS.length);
      // A case speaks of brick kilns too: the publication is found beside it, and alone among publications.
      const hits = (await f.search({ text: 'brick kilns' })).hits;
      expect(hits.map((h) => h.type).sort()).toEqual(['CASE', 'PUBLICATION']);
      expect(await f.references({ text: 'brick kilns', types: ['PUBLICATION'] })).toEqual(['PUB-SUPPLY-2019']);
      expect(hits[0].highlights.find((h) => h.field === 'summary')!.snippet).toContain('<mark>brick</mark> <mark>kilns</mark>');
      expect(await f.references({ text: 'Camilleri' })).toEqual(['PUB-SEA-2011']);
      // Every country of a publication is a filter value; one about no country is never under a country filter.
      expect(await f.references({ filters: { countries: ['LBY'] } })).toEqual(['PUB-SEA-2011']);
      expect((await f.references({ filters: { countries: ['GHA', 'MLT'] }, types: ['PUBLICATION'], first: 10 })).sort()).toEqual(['PUB-SEA-2011', 'PUB-SUPPLY-2019']);
      expect((await f.references({ filters: { regions: ['Africa'] }, types: ['PUBLICATION'], first: 10 })).sort()).toEqual(['PUB-SEA-2011', 'PUB-SUPPLY-2019']);
      expect(await f.references({ filters: { articles: ['UNTOC-2'] }, types: ['PUBLICATION'] })).toEqual(['PUB-GUIDE-2004']);
      expect(await f.references({ filters: { keywords: ['Smuggling by sea'] }, types: ['PUBLICATION'] })).toEqual(['PUB-SEA-2011']);
      // Facets count a publication under each of its countries and regions, once per region.
      const result = await f.search({ types: ['PUBLICATION'], first: 10 });
      const facet = (field: string) => new Map(result.facets.find((x) => x.field === field)!.values.map((v) => [v.value, v.count]));
      expect(['MLT', 'LBY', 'GRC', 'BRA', 'IND', 'GHA'].map((c) => facet('country').get(c))).toEqual([1, 1, 1, 1, 1, 1]);
      expect(facet('region').get('Africa')).toBe(2);
      expect(facet('region').get('Europe')).toBe(1);
      expect(facet('year').get('2004')).toBe(1);
      expect(facet('courtLevel').size).toBe(0);
    });

    test('highlights mark the matched words and escape everything else', async () => {
      const [hit] = (await f.search({ text: 'cocoa' })).hits;
      const summary = hit.highlights.find((h) => h.field === 'summary')!.snippet;
      expect(summary).toContain('<mark>cocoa</mark>');
      expect(summary).toContain('Côte d&#39;Ivoire');
      const html = await f.search({ text: 'invoice fraud company' });
      const snippets = html.hits[0].highlights.map((h) => h.snippet).join(' ');
      expect(snippets).not.toMatch(/<(?!\/?mark>)/);
      expect(snippets).toContain('<mark>');
    });

    test('sorting by date and title', async () => {
      const asc = await f.references({ sort: 'DATE_ASC', first: 3 });
      expect(asc).toEqual([...byDate].reverse().slice(0, 3).map((r) => r[0]));
      const titles = await f.search({ sort: 'TITLE', first: 100, types: ['CASE'] });
      const ordered = await f.references({ sort: 'TITLE', first: 100, types: ['CASE'] });
      expect(titles.total).toBe(SEARCH_CASES.length);
      const titleOf = new Map(SEARCH_CASES.map((c) => [c.reference, c.title.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')]));
      const seen = ordered.map((r) => titleOf.get(r)!);
      expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    test('sorting by most cited: published citing cases counted, ties by the newest decision', async () => {
      const cited = await f.references({ sort: 'MOST_CITED', types: ['CASE'], first: 5 });
      expect(cited).toEqual(['AUS-2011-002', 'NGA-2018-020', 'MEX-2017-008', 'GBR-2016-045', 'CIV-2016-001']);
      const british = await f.references({ sort: 'MOST_CITED', types: ['CASE'], filters: { countries: ['GBR'] } });
      expect(british).toEqual(['GBR-2016-045', 'GBR-2021-077', 'GBR-2019-099']);
      const next = await f.search({ sort: 'MOST_CITED', types: ['CASE'], first: 2 });
      const after = await f.references({ sort: 'MOST_CITED', types: ['CASE'], first: 3, after: next.pageInfo.endCursor });
      expect(after).toEqual(cited.slice(2));
    });

    test('cursor pagination walks the results without overlap', async () => {
      const first = await f.search({ text: 'trafficking', first: 5 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await f.search({ text: 'trafficking', first: 5, after: first.pageInfo.endCursor });
      expect(second.pageInfo.hasPreviousPage).toBe(true);
      const all = await f.search({ text: 'trafficking', first: 10 });
      expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.map((h) => h.id));
      expect(second.total).toBe(first.total);
    });

    test('exact word forms rank above words that only share their stem', async () => {
      // "organ" and "organized" stem alike; so do "arms" and "armed".
      expect((await f.references({ text: 'organ removal' }))[0]).toBe('EGY-2020-011');
      expect((await f.references({ text: 'arms ' }))[0]).toBe('SRB-2017-006');
      expect((await f.references({ text: 'armed ' }))[0]).toBe('HND-2018-030');
    });

    test('a first page shows cases and laws when both match well', async () => {
      for (const text of ['trafficking', 'smuggling', 'money laundering']) {
        const result = await f.search({ text, first: 6 });
        const types = new Set(result.hits.map((h) => h.type));
        expect([text, types.has('CASE') && types.has('LAW')]).toEqual([text, true]);
      }
    });

    test('equally relevant records come by more recent decision, then by reference', async () => {
      const dateOf = new Map<string, string>([
        ...SEARCH_CASES.map((c): [string, string] => [c.reference, c.decisionDate]),
        ...SEARCH_LAWS.map((l): [string, string] => [l.reference, l.enactedOn]),
      ]);
      const result = await f.search({ text: 'trafficking', types: ['CASE'], first: 50 });
      const refs = await f.references({ text: 'trafficking', types: ['CASE'], first: 50 });
      let ties = 0;
      for (let i = 1; i < refs.length; i++) {
        if (result.hits[i].score !== result.hits[i - 1].score) continue;
        ties += 1;
        const [a, b] = [refs[i - 1], refs[i]];
        expect(dateOf.get(a)! > dateOf.get(b)! || (dateOf.get(a) === dateOf.get(b) && a < b)).toBe(true);
      }
      expect(ties).toBeGreaterThan(0); // the catalogue has equally relevant records, so the rule is exercised
      expect(await f.references({ text: 'trafficking', types: ['CASE'], first: 50 })).toEqual(refs);
    });

    test('never a dead end: without a record holding every word, the records holding the most words', async () => {
      const all = await f.search({ text: 'cocoa plantations' });
      expect(all.matchedAllWords).toBe(true);
      const most = await f.search({ text: 'cocoa plantations Zanzibar' });
      expect(most.matchedAllWords).toBe(false);
      expect(most.total).toBeGreaterThan(0);
      expect((await f.references({ text: 'cocoa plantations Zanzibar' }))[0]).toBe('CIV-2016-001');
      // Two of three words beat one of three.
      expect((await f.references({ text: 'armed gang Tegucigalpa' }))[0]).toBe('HND-2018-030');
      // Filters still hold: nothing Italian holds any of the words.
      const filtered = await f.search({ text: 'cocoa Zanzibar', filters: { countries: ['ITA'] } });
      expect(filtered.total).toBe(0);
      expect(filtered.hits).toEqual([]);
    });

    test('did you mean: unknown words are corrected from the catalogue\'s own words', async () => {
      expect((await f.search({ text: 'cocoa plantatoins ' })).suggestion).toBe('cocoa plantations');
      expect((await f.search({ text: 'romanse scam' })).suggestion).toBe('romance scam');
      expect((await f.search({ text: 'dinghy Lesbso' })).suggestion).toBe('dinghy Lesbos'); // capital kept
      expect((await f.search({ text: 'romanse scamm plantatoins' })).suggestion).toBe('romance scam plantations');
      // Known words, a word still being typed, stop words, legal abbreviations: nothing to correct.
      for (const text of ['cocoa plantations', 'Kalash', 'the trafficking of persons', 'art. 18 mla']) {
        expect([text, (await f.search({ text })).suggestion]).toEqual([text, null]);
      }
      // Nothing close enough in the catalogue: no suggestion rather than a wild guess.
      expect((await f.search({ text: 'cocoa Zanzibar' })).suggestion).toBeNull();
    });

    test('hostile text gets an answer or a clear BAD_USER_INPUT, and changes nothing', async () => {
      const before = await f.dataSource.query(`SELECT count(*)::int AS n FROM cases`);
      for (const text of [
        '"forced marriage', '"""', "'; DROP TABLE cases; --", 'country = "ITA" OR 1=1', 'a & | ! <-> :* ()',
        'traffic\u0000king\u0007 \u001b[31m', '<script>alert(1)</script>', '\\', '*', '-', 'OR AND NOT',
      ]) {
        const result = await f.search({ text });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }
      await rejects(f.search({ text: 'x'.repeat(10_000) }), 'input.text');
      await rejects(f.search({ filters: { countries: ['ITA" OR 1=1'] } }), 'input.filters.countries');
      await rejects(f.search({ filters: { crimeTypes: ['nonsense'] } }), 'input.filters.crimeTypes');
      await rejects(f.search({ filters: { regions: ['Atlantis'] } }), 'input.filters.regions');
      await rejects(f.search({ filters: { yearFrom: 2020, yearTo: 2010 } }), 'input.filters.yearTo');
      await rejects(f.search({ first: 1000 }), 'input.first');
      await rejects(f.search({ after: 'not-a-cursor' }), 'input.after');
      expect(await f.dataSource.query(`SELECT count(*)::int AS n FROM cases`)).toEqual(before);
    });
  });
}
