import { type DataSource } from 'typeorm';
import * as reference from '../fixtures/reference';
import { type GeneratorVocabulary } from './generate';

/** The generator's vocabulary, taken from the database so generated records always validate. */
export async function generatorVocabulary(dataSource: DataSource): Promise<GeneratorVocabulary> {
  const [countries, articles] = await Promise.all([
    dataSource.query(`SELECT code, name FROM jurisdictions WHERE un_status <> 'REIO' ORDER BY code`),
    dataSource.query(`SELECT id, instrument_code AS instrument, number, title FROM articles ORDER BY instrument_code, number`),
  ]);
  return {
    countries,
    articles,
    crimeTypes: reference.crimeTypes().map((c) => ({ code: c.code, label: c.label, articles: c.articles ?? [] })),
    keywords: reference.keywordCategories(),
  };
}
