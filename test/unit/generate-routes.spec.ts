import * as reference from '../../fixtures/reference';
import { type GeneratorVocabulary, generateCases } from '../../ingest/generate';
import { chooseRoute, geography, hubFits, modePossible, TRANSIT_HUBS } from '../../ingest/generate/routes';
import { Random } from '../../ingest/generate/random';

/** The real reference data, as `portal seed --demo` uses it. */
const vocabulary: GeneratorVocabulary = {
  countries: reference.jurisdictions().filter((j) => j.code !== 'EUE').map((j) => ({ code: j.code, name: j.name })),
  articles: reference.instruments().flatMap((i) => i.articles.map((a) => ({ id: `${i.code}-${a.number}`, instrument: i.code, number: a.number, title: a.title }))),
  crimeTypes: reference.crimeTypes().map((c) => ({ code: c.code, label: c.label, articles: c.articles ?? [] })),
  keywords: reference.keywordCategories(),
};

describe('routes of synthetic cases', () => {
  it('sends no boat to or from a landlocked State, and drives nobody across an ocean', () => {
    expect(geography('ZMB')?.landlocked).toBe(true);
    expect(modePossible('sea', 'SYR', 'ZMB')).toBe(false);
    expect(modePossible('sea', 'AFG', 'ITA')).toBe(false);
    expect(modePossible('land', 'SYR', 'ZMB')).toBe(false);
    expect(modePossible('land', 'NGA', 'ITA')).toBe(false);
    expect(modePossible('land', 'AUS', 'IDN')).toBe(false);
    expect(modePossible('air', 'SYR', 'ZMB')).toBe(true);
    expect(modePossible('sea', 'LBY', 'ITA')).toBe(true);
    expect(modePossible('land', 'AFG', 'DEU')).toBe(true);
    expect(modePossible('land', 'GTM', 'USA')).toBe(true);
  });

  it('passes through a hub only on a route that really goes through it', () => {
    const darien = TRANSIT_HUBS.find((h) => h.place.includes('Darién'))!;
    expect(hubFits(darien, 'land', 'COL', 'USA')).toBe(true);
    expect(hubFits(darien, 'air', 'SYR', 'ZMB')).toBe(false);
    expect(hubFits(darien, 'land', 'SYR', 'DEU')).toBe(false);
    const tripoli = TRANSIT_HUBS.find((h) => h.place.startsWith('Tripoli'))!;
    expect(hubFits(tripoli, 'sea', 'NGA', 'ITA')).toBe(true);
    expect(hubFits(tripoli, 'sea', 'SYR', 'ITA')).toBe(false);
    expect(hubFits(tripoli, 'land', 'NGA', 'ITA')).toBe(false);
    const calais = TRANSIT_HUBS.find((h) => h.place.startsWith('Calais'))!;
    expect(hubFits(calais, 'sea', 'IRQ', 'GBR')).toBe(true);
    expect(hubFits(calais, 'sea', 'IRQ', 'BEL')).toBe(false);
  });

  it('keeps the preferred means when possible, else goes overland or flies; same seed, same route', () => {
    for (let seed = 1; seed < 200; seed++) {
      const [origin, destination] = seed % 2 ? ['SYR', 'ZMB'] : ['NGA', 'ITA'];
      const route = chooseRoute(new Random(seed), 'sea', origin, destination);
      expect(modePossible(route.mode, origin, destination)).toBe(true);
      if (route.hub) expect(hubFits(route.hub, route.mode, origin, destination)).toBe(true);
      expect(chooseRoute(new Random(seed), 'sea', origin, destination)).toEqual(route);
    }
    expect(chooseRoute(new Random(1), 'sea', 'NGA', 'ITA').mode).toBe('sea');
    expect(chooseRoute(new Random(1), 'sea', 'SYR', 'ZMB').mode).toBe('air');
  });

  it('writes demo summaries whose boats, hubs and destinations fit together', () => {
    const cases = [...generateCases({ count: 3000, seed: 7, vocabulary })];
    let boats = 0;
    let hubs = 0;
    for (const c of cases) {
      const summary = c.summary ?? '';
      const destination = geography(c.country)!;
      if (/\bby boat\b|fishing boat/.test(summary)) {
        boats += 1;
        expect([c.reference, destination.landlocked]).toEqual([c.reference, false]);
      }
      // A hub on the journey (a place may also appear as a city of the facts, e.g. where proceeds went).
      const onRoute = (place: string) => new RegExp(`(via|through|Operating from|migrants from|taken to) ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      for (const hub of TRANSIT_HUBS.filter((h) => onRoute(h.place).test(summary))) {
        hubs += 1;
        expect([c.reference, hub.place, hub.to.includes(destination.region as never)]).toEqual([c.reference, hub.place, true]);
        if (hub.toCountries) expect(hub.toCountries).toContain(c.country);
        expect(c.country).not.toBe(hub.code);
      }
      expect(summary).not.toMatch(/flights? to [^.]*via the Darién Gap/);
      expect(summary).not.toMatch(/boat [^.]*from the island of/);
    }
    // The rules were exercised, not vacuous.
    expect(boats).toBeGreaterThan(20);
    expect(hubs).toBeGreaterThan(50);
  });
});
