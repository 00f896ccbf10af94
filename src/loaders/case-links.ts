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

/** A record of its own for one link: the shared record's fields plus the link's (which case, which paragraph). */
const linkOf = <T extends object, L extends object>(record: T, link: L): T & L =>
  Object.assign(Object.create(Object.getPrototypeOf(record)) as T, record, link);

/**
 * Primes the loaders with the links read by caseLinkReadAhead of src/services/case-links.ts (`rows[i]` holds the
 * JSON columns of `cases[i]`): each case's keys, resolved to the records the statement sent once, on its first row.
 * A key whose record did not come (it cannot: both are read in one snapshot) leaves that case's link to its loader.
 */
export function primeCaseLinks(dataSource: DataSource, loaders: CaseLinkLoaders, cases: Case[], rows: Json[]): void {
  const records = rows.find((row) => row && ('_jurisdiction_records' in row || '_article_records' in row || '_crime_type_records' in row));
  const byKey = <T extends object>(entity: new () => T, json: Json[] | null | undefined, key: (record: T) => string) =>
    new Map<string, T>(mapJsonRows<T>(dataSource, entity, json ?? []).map((record) => [key(record), record]));
  const jurisdictions = byKey(Jurisdiction, records?._jurisdiction_records, (j) => j.code);
  const articles = byKey(Article, records?._article_records, (a) => a.id);
  const crimeTypes = byKey(CrimeType, records?._crime_type_records, (t) => t.code);
  for (const [code, jurisdiction] of jurisdictions) loaders.jurisdiction.prime(code, jurisdiction);
  for (const instrument of mapJsonRows(dataSource, Instrument, records?._instrument_records ?? [])) loaders.instrument.prime(instrument.code, instrument);
  cases.forEach((c, index) => {
    const row = rows[index];
    if (!row) return;
    if ('_articles' in row) {
      const items: { id: string; paragraph: string | null }[] = row._articles ?? [];
      if (items.every((item) => articles.has(item.id))) {
        loaders.articlesOfCase.prime(c.id, items.map((item) => linkOf(articles.get(item.id)!, { key: c.id, paragraph: item.paragraph ?? null })));
      }
    }
    if ('_crime_types' in row) {
      const codes: string[] = row._crime_types ?? [];
      if (codes.every((code) => crimeTypes.has(code))) loaders.crimeTypesOfCase.prime(c.id, codes.map((code) => linkOf(crimeTypes.get(code)!, { key: c.id })));
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
