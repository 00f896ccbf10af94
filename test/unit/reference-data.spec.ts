import {
  crimeTypes,
  instruments,
  jurisdictions,
  keywordCategories,
  legalSystems,
  LEGAL_SYSTEMS,
  M49_REGIONS,
  M49_SUBREGIONS,
  type InstrumentCode,
} from '../../fixtures/reference';

/** The contract's codes, copied here on purpose: the fixture must match the contract, not itself. */
const CONTRACT_CRIME_TYPES = [
  'trafficking-in-persons',
  'smuggling-of-migrants',
  'firearms-trafficking',
  'money-laundering',
  'organized-criminal-group',
  'corruption',
  'obstruction-of-justice',
  'drug-offences',
  'cybercrime',
  'trafficking-in-cultural-property',
  'counterfeiting',
  'falsified-medical-products',
  'crimes-affecting-the-environment',
  'maritime-piracy',
  'terrorism',
  'kidnapping',
  'extortion',
  'fraud',
  'identity-related-crime',
];

function articleTitle(code: InstrumentCode, n: number): string | undefined {
  return instruments()
    .find((i) => i.code === code)
    ?.articles.find((a) => a.number === n)?.title;
}

describe('reference data: instruments', () => {
  const expected: Record<InstrumentCode, number> = { UNTOC: 41, TIP: 20, SOM: 25, FIREARMS: 21 };

  it('has the four instruments with their article counts', () => {
    const list = instruments();
    expect(list.map((i) => i.code)).toEqual(['UNTOC', 'TIP', 'SOM', 'FIREARMS']);
    for (const i of list) expect(i.articles).toHaveLength(expected[i.code]);
  });

  it('numbers articles 1..n contiguously, with non-empty, unique, trimmed titles', () => {
    for (const i of instruments()) {
      expect(i.articles.map((a) => a.number)).toEqual(Array.from({ length: i.articles.length }, (_, k) => k + 1));
      for (const a of i.articles) {
        expect(a.title.trim()).toBe(a.title);
        expect(a.title.length).toBeGreaterThan(0);
      }
      expect(new Set(i.articles.map((a) => a.title)).size).toBe(i.articles.length);
    }
  });

  it('has titles, short titles and dates', () => {
    const byCode = Object.fromEntries(instruments().map((i) => [i.code, i]));
    expect(byCode.UNTOC.title).toBe('United Nations Convention against Transnational Organized Crime');
    expect(byCode.TIP.shortTitle).toBe('Trafficking in Persons Protocol');
    for (const i of instruments()) {
      if (i.code !== 'UNTOC') {
        expect(i.title).toMatch(/, supplementing the United Nations Convention against Transnational Organized Crime$/);
      }
      expect(i.adoptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(i.entryIntoForce).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect([byCode.UNTOC.adoptedOn, byCode.UNTOC.entryIntoForce]).toEqual(['2000-11-15', '2003-09-29']);
    expect([byCode.TIP.adoptedOn, byCode.TIP.entryIntoForce]).toEqual(['2000-11-15', '2003-12-25']);
    expect([byCode.SOM.adoptedOn, byCode.SOM.entryIntoForce]).toEqual(['2000-11-15', '2004-01-28']);
    expect([byCode.FIREARMS.adoptedOn, byCode.FIREARMS.entryIntoForce]).toEqual(['2001-05-31', '2005-07-03']);
  });

  it.each([
    ['UNTOC', 1, 'Statement of purpose'],
    ['UNTOC', 5, 'Criminalization of participation in an organized criminal group'],
    ['UNTOC', 6, 'Criminalization of the laundering of proceeds of crime'],
    ['UNTOC', 16, 'Extradition'],
    ['UNTOC', 18, 'Mutual legal assistance'],
    ['UNTOC', 20, 'Special investigative techniques'],
    ['UNTOC', 23, 'Criminalization of obstruction of justice'],
    ['UNTOC', 41, 'Depositary and languages'],
    ['TIP', 3, 'Use of terms'],
    ['TIP', 5, 'Criminalization'],
    ['TIP', 6, 'Assistance to and protection of victims of trafficking in persons'],
    ['SOM', 6, 'Criminalization'],
    ['SOM', 8, 'Measures against the smuggling of migrants by sea'],
    ['FIREARMS', 5, 'Criminalization'],
    ['FIREARMS', 13, 'Cooperation'],
  ] as const)('%s-%i is "%s"', (code, n, title) => {
    expect(articleTitle(code, n)).toBe(title);
  });

  it('returns copies, so callers cannot corrupt the shared data', () => {
    instruments()[0].articles[0].title = 'changed';
    expect(articleTitle('UNTOC', 1)).toBe('Statement of purpose');
  });
});

describe('reference data: crime types', () => {
  it('has exactly the 19 codes of the contract, with labels and descriptions', () => {
    const list = crimeTypes();
    expect(list.map((c) => c.code).sort()).toEqual([...CONTRACT_CRIME_TYPES].sort());
    for (const c of list) {
      expect(c.label.trim().length).toBeGreaterThan(0);
      expect(c.description.trim().length).toBeGreaterThan(0);
    }
    const labels = Object.fromEntries(list.map((c) => [c.code, c.label]));
    expect(labels['trafficking-in-persons']).toBe('Trafficking in persons');
    expect(labels['organized-criminal-group']).toBe('Participation in an organized criminal group');
  });

  it('links criminalization articles that exist', () => {
    const ids = new Set(instruments().flatMap((i) => i.articles.map((a) => `${i.code}-${a.number}`)));
    for (const c of crimeTypes()) for (const id of c.articles ?? []) expect(ids).toContain(id);
    const articles = Object.fromEntries(crimeTypes().map((c) => [c.code, c.articles ?? []]));
    expect(articles['trafficking-in-persons']).toEqual(['TIP-5']);
    expect(articles['smuggling-of-migrants']).toEqual(['SOM-6']);
    expect(articles['firearms-trafficking']).toEqual(['FIREARMS-5']);
    expect(articles['organized-criminal-group']).toEqual(['UNTOC-5']);
    expect(articles['money-laundering']).toEqual(['UNTOC-6']);
    expect(articles['corruption']).toEqual(['UNTOC-8']);
    expect(articles['obstruction-of-justice']).toEqual(['UNTOC-23']);
  });

  it('has aliases that resolve to exactly one crime type (codes, labels and aliases, case-insensitive)', () => {
    const owner = new Map<string, string>();
    for (const c of crimeTypes()) {
      for (const form of new Set([c.code, c.label, ...(c.aliases ?? [])].map((s) => s.toLowerCase()))) {
        expect(form.trim()).toBe(form);
        expect(owner.get(form) ?? c.code).toBe(c.code);
        owner.set(form, c.code);
      }
    }
    for (const [alias, code] of [
      ['human trafficking', 'trafficking-in-persons'],
      ['people smuggling', 'smuggling-of-migrants'],
      ['migrant smuggling', 'smuggling-of-migrants'],
      ['arms trafficking', 'firearms-trafficking'],
      ['illicit trafficking in firearms', 'firearms-trafficking'],
      ['laundering of proceeds of crime', 'money-laundering'],
      ['piracy', 'maritime-piracy'],
    ]) {
      expect(owner.get(alias)).toBe(code);
    }
  });
});

describe('reference data: keywords', () => {
  it('has categories with unique terms (case-insensitive, across categories), 60 to 90 in all', () => {
    const cats = keywordCategories();
    expect(new Set(cats.map((c) => c.category)).size).toBe(cats.length);
    const terms = cats.flatMap((c) => c.terms);
    expect(terms.length).toBeGreaterThanOrEqual(60);
    expect(terms.length).toBeLessThanOrEqual(90);
    expect(new Set(terms.map((t) => t.toLowerCase())).size).toBe(terms.length);
    for (const t of terms) expect(t.trim().length).toBeGreaterThan(0);
    const byCat = Object.fromEntries(cats.map((c) => [c.category, c.terms]));
    expect(byCat.Acts).toEqual(['Recruitment', 'Transportation', 'Transfer', 'Harbouring', 'Receipt']);
    expect(byCat.Means).toContain('Abuse of a position of vulnerability');
    expect(byCat.Purposes).toContain('Forced labour or services');
  });
});

describe('reference data: jurisdictions', () => {
  const list = jurisdictions();
  const byCode = new Map(list.map((j) => [j.code, j]));

  it('lists 193 Member States, the Holy See and the State of Palestine (observers) and the EU', () => {
    expect(list.filter((j) => j.unStatus === 'MEMBER')).toHaveLength(193);
    expect(
      list
        .filter((j) => j.unStatus === 'OBSERVER')
        .map((j) => j.code)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    expect(list.filter((j) => j.unStatus === 'REIO').map((j) => j.code)).toEqual(['EUE']);
    expect(list.length).toBeGreaterThanOrEqual(196);
    expect(byCode.get('VAT')?.name).toBe('Holy See');
    expect(byCode.get('PSE')?.name).toBe('State of Palestine');
    expect(byCode.get('EUE')).toMatchObject({ name: 'European Union', region: 'Europe', unStatus: 'REIO' });
  });

  it('uses unique three-letter upper-case codes', () => {
    for (const j of list) expect(j.code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(list.map((j) => j.code)).size).toBe(list.length);
  });

  it('places every jurisdiction in an M49 region and every State in a consistent M49 sub-region', () => {
    for (const j of list) {
      expect(M49_REGIONS).toContain(j.region);
      if (j.code === 'EUE') continue;
      expect(j.subregion).not.toBeNull();
      expect(M49_SUBREGIONS[j.subregion as string]).toBe(j.region);
      expect(j.m49).toMatch(/^\d{3}$/);
      expect(j.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(j.name.length).toBeGreaterThan(0);
      expect(j.officialName.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['ITA', 'Europe', 'Southern Europe', '380'],
    ['USA', 'Americas', 'Northern America', '840'],
    ['MEX', 'Americas', 'Latin America and the Caribbean', '484'],
    ['BRA', 'Americas', 'Latin America and the Caribbean', '076'],
    ['NGA', 'Africa', 'Sub-Saharan Africa', '566'],
    ['EGY', 'Africa', 'Northern Africa', '818'],
    ['SDN', 'Africa', 'Northern Africa', '729'],
    ['CYP', 'Asia', 'Western Asia', '196'],
    ['POL', 'Europe', 'Eastern Europe', '616'],
    ['AUT', 'Europe', 'Western Europe', '040'],
    ['HRV', 'Europe', 'Southern Europe', '191'],
    ['VNM', 'Asia', 'South-eastern Asia', '704'],
    ['FJI', 'Oceania', 'Melanesia', '242'],
  ])('%s is in %s / %s (M49 %s)', (code, region, subregion, m49) => {
    expect(byCode.get(code)).toMatchObject({ region, subregion, m49 });
  });

  it('classifies the legal system of every Member State and observer State', () => {
    const systems = legalSystems();
    for (const j of list) {
      if (j.unStatus === 'REIO') continue;
      expect(LEGAL_SYSTEMS).toContain(systems[j.code]);
      expect(j.legalSystem).toBe(systems[j.code]);
    }
    // no stray codes in the file
    expect(Object.keys(systems).sort()).toEqual(
      list
        .filter((j) => j.unStatus !== 'REIO')
        .map((j) => j.code)
        .sort(),
    );
    expect(byCode.get('ITA')?.legalSystem).toBe('CIVIL_LAW');
    expect(byCode.get('USA')?.legalSystem).toBe('COMMON_LAW');
    expect(byCode.get('ZAF')?.legalSystem).toBe('MIXED');
  });
});
