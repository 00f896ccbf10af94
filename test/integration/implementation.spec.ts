import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  const laws = [
    { reference: 'ITA-CP', country: 'ITA', title: 'Codice penale (extract)', provisions: [
      { number: 'Art. 416', heading: 'Associazione per delinquere', articles: ['UNTOC-5'] },
      { number: 'Art. 648-bis', heading: 'Riciclaggio', articles: ['UNTOC-6'] },
      { number: 'Art. 601', heading: 'Tratta di persone', articles: ['TIP-5'] },
    ] },
    { reference: 'ITA-TUI', country: 'ITA', title: "Testo unico sull'immigrazione", provisions: [
      { number: 'Art. 12', heading: 'Favoreggiamento', articles: ['SOM-6', 'UNTOC-5'] },
    ] },
    { reference: 'FRA-CP', country: 'FRA', title: 'Code pénal (extrait)', provisions: [{ number: 'Art. 450-1', articles: ['UNTOC-5'] }] },
  ];
  expect((await loadRecords(dataSource, 'law', laws)).rejected).toBe(0);
  // A draft implements nothing the public sees.
  await loadRecords(dataSource, 'law', [{ reference: 'DEU-DRAFT', country: 'DEU', title: 'Entwurf', provisions: [{ number: '§ 1', articles: ['UNTOC-5'] }] }], { publish: false });
});
afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('implementation by State', () => {
  it("lists every article of an instrument for a State, criminalization articles first, with the provisions found", async () => {
    const r = await api.query(`{ jurisdiction(code: "ITA") { implementation(instrument: UNTOC) {
      article { id } criminalization provisions { number law { reference } } } } }`);
    expect(r.errors).toBeUndefined();
    const rows = r.data.jurisdiction.implementation as { article: { id: string }; criminalization: boolean; provisions: { number: string; law: { reference: string } }[] }[];
    expect(rows.slice(0, 4).map((x) => [x.article.id, x.criminalization])).toEqual([
      ['UNTOC-5', true], ['UNTOC-6', true], ['UNTOC-8', true], ['UNTOC-23', true],
    ]);
    expect(rows[4].criminalization).toBe(false);
    const [untoc5, untoc6, untoc8] = rows;
    expect(untoc5.provisions).toEqual([
      { number: 'Art. 416', law: { reference: 'ITA-CP' } }, { number: 'Art. 12', law: { reference: 'ITA-TUI' } },
    ]);
    expect(untoc6.provisions).toEqual([{ number: 'Art. 648-bis', law: { reference: 'ITA-CP' } }]);
    // No provision found: none is loaded.
    expect(untoc8.provisions).toEqual([]);
    const count = await dataSource.query(`SELECT count(*)::int AS n FROM articles WHERE instrument_code = 'UNTOC'`);
    expect(rows).toHaveLength(count[0].n);

    const all = await api.query(`{ jurisdiction(code: "ITA") { implementation { article { id } criminalization } } }`);
    const criminalization = all.data.jurisdiction.implementation.filter((x: { criminalization: boolean }) => x.criminalization);
    expect(criminalization.map((x: { article: { id: string } }) => x.article.id)).toEqual([
      'UNTOC-5', 'UNTOC-6', 'UNTOC-8', 'UNTOC-23', 'TIP-5', 'SOM-6', 'FIREARMS-5',
    ]);
  });

  it('lists per article the States with an implementing provision (published legislation only), batched', async () => {
    const r = await api.query(`{ instrument(code: UNTOC) { articles { id implementingStates { jurisdiction { code } provisionCount lawCount } } } }`);
    expect(r.errors).toBeUndefined();
    const byId = new Map(r.data.instrument.articles.map((a: { id: string; implementingStates: unknown }) => [a.id, a.implementingStates]));
    expect(byId.get('UNTOC-5')).toEqual([
      { jurisdiction: { code: 'FRA' }, provisionCount: 1, lawCount: 1 },
      { jurisdiction: { code: 'ITA' }, provisionCount: 2, lawCount: 2 },
    ]);
    expect(byId.get('UNTOC-8')).toEqual([]);
    expect(r.statements).toBeLessThan(8);
  });
});
