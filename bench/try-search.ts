import 'reflect-metadata';
import { createDataSource } from '../src/db/data-source';
import { PostgresSearchIndex } from '../src/search/postgres-search';
import { SearchVocabulary } from '../src/search/vocabulary';
import { ReferenceService } from '../src/services/reference.service';
import { SearchService } from '../src/services/search.service';

async function main() {
  const ds = await createDataSource(process.env.DATABASE_URL!, 2).initialize();
  const service = new SearchService(new ReferenceService(ds), new PostgresSearchIndex(ds, { cacheSize: 0 }), null, new SearchVocabulary(ds));
  const refs = new Map<string, string>((await ds.query(`SELECT record_id::text AS id, record_type || ' ' || reference || ' | ' || left(title, 60) AS r FROM search_documents`)).map((r: any) => [r.id, r.r]));
  for (const text of process.argv.slice(2)) {
    const res = await service.search({ text, first: Number(process.env.N ?? 10) });
    console.log(`## ${text}  total=${res.total} all=${res.matchedAllWords} suggestion=${res.suggestion} ${res.tookMs}ms`);
    for (const h of res.hits) console.log(`  ${h.score?.toFixed(4)}  ${refs.get(h.id)}`);
  }
  await ds.destroy();
}
main();
