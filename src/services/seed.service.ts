import { type DataSource, type EntityManager } from 'typeorm';
import * as reference from '../../fixtures/reference';

export interface SeedReport {
  instruments: number;
  articles: number;
  jurisdictions: number;
  crimeTypes: number;
  keywords: number;
}

/**
 * Loads the reference data idempotently: rows are inserted or updated only where a value differs, so a
 * second run changes nothing (and touches no `updated_at`).
 */
export async function seedReferenceData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (tx) => {
    const instruments = reference.instruments();
    await upsert(tx, 'instruments', ['code'], ['title', 'short_title', 'adopted_on', 'entry_into_force'],
      instruments.map((i) => [i.code, i.title, i.shortTitle, i.adoptedOn, i.entryIntoForce]));
    const articles = instruments.flatMap((i) => i.articles.map((a) => [`${i.code}-${a.number}`, i.code, a.number, a.title]));
    await upsert(tx, 'articles', ['id'], ['instrument_code', 'number', 'title'], articles);
    const jurisdictions = reference.jurisdictions();
    await upsert(tx, 'jurisdictions', ['code'],
      ['alpha2', 'name', 'official_name', 'region', 'subregion', 'm49', 'un_status', 'legal_system'],
      jurisdictions.map((j) => [j.code, j.alpha2, j.name, j.officialName, j.region, j.subregion, j.m49, j.unStatus, j.legalSystem]));
    const crimeTypes = reference.crimeTypes();
    await upsert(tx, 'crime_types', ['code'], ['label', 'description'], crimeTypes.map((c) => [c.code, c.label, c.description]));
    const keywords = reference.keywordCategories().flatMap((c) => c.terms.map((t) => [t, c.category]));
    await upsert(tx, 'keywords', ['label'], ['category'], keywords);
    return {
      instruments: instruments.length,
      articles: articles.length,
      jurisdictions: jurisdictions.length,
      crimeTypes: crimeTypes.length,
      keywords: keywords.length,
    };
  });
}

/** INSERT … ON CONFLICT DO UPDATE only when a column really changes. */
async function upsert(tx: EntityManager, table: string, keys: string[], columns: string[], rows: unknown[][]) {
  if (rows.length === 0) return;
  const all = [...keys, ...columns];
  const params: unknown[] = [];
  const values = rows.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
  const set = columns.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ');
  const changed = columns.map((c) => `${table}."${c}" IS DISTINCT FROM EXCLUDED."${c}"`).join(' OR ');
  await tx.query(
    `INSERT INTO ${table} (${all.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}
     ON CONFLICT (${keys.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ${set} WHERE ${changed}`,
    params,
  );
}
