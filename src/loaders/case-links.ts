import { type DataSource } from 'typeorm';
import { Article, type Case, Charge, CrimeType, Defendant, Instrument, Jurisdiction } from '../entities';
import { mapJsonRows } from '../services/sql';

/** The loaders that read-ahead links prime (a subset of the request's loaders). */
export interface CaseLinkLoaders {
  jurisdiction: { prime(key: string, value: Jurisdiction): unknown };
  instrument: { prime(key: string, value: Instrument): unknown };
  articlesOfCase: { prime(key: string, value: (Article & { key: string; paragraph: string | null })[]): unknown };
  crimeTypesOfCase: { prime(key: string, value: (CrimeType & { key: string })[]): unknown };
  defendantsOfCase: { prime(key: string, value: Defendant[]): unknown };
  chargesOfDefendant: { prime(key: string, value: Charge[]): unknown };
}

type Json = Record<string, any>;

/** Primes the loaders with the links read by caseLinkColumns of src/services/case-links.ts (`rows[i]` holds the JSON columns of `cases[i]`). */
export function primeCaseLinks(dataSource: DataSource, loaders: CaseLinkLoaders, cases: Case[], rows: Json[]): void {
  cases.forEach((c, index) => {
    const row = rows[index];
    if (!row) return;
    if (row._jurisdiction) {
      const [jurisdiction] = mapJsonRows(dataSource, Jurisdiction, [row._jurisdiction]);
      loaders.jurisdiction.prime(jurisdiction.code, jurisdiction);
    }
    if ('_articles' in row) {
      const items: Json[] = row._articles ?? [];
      const articles = mapJsonRows(dataSource, Article, items.map((x) => x.a));
      for (const instrument of mapJsonRows(dataSource, Instrument, items.map((x) => x.i))) loaders.instrument.prime(instrument.code, instrument);
      loaders.articlesOfCase.prime(
        c.id,
        articles.map((a, i) => Object.assign(a, { key: c.id, paragraph: (items[i].paragraph ?? null) as string | null })),
      );
    }
    if ('_crime_types' in row) {
      const types = mapJsonRows(dataSource, CrimeType, row._crime_types ?? []);
      loaders.crimeTypesOfCase.prime(c.id, types.map((t) => Object.assign(t, { key: c.id })));
    }
    if ('_defendants' in row) {
      const items: Json[] = row._defendants ?? [];
      const defendants = mapJsonRows(dataSource, Defendant, items.map((x) => x.d));
      loaders.defendantsOfCase.prime(c.id, defendants);
      items.forEach((x, i) => {
        // NULL when the charges were not selected (an empty list is '[]').
        if (x.charges !== null) loaders.chargesOfDefendant.prime(defendants[i].id, mapJsonRows(dataSource, Charge, x.charges));
      });
    }
  });
}
