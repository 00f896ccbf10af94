import { type DataSource } from 'typeorm';
import { CaseService } from './case.service';
import { IngestRunService } from './ingest-run.service';
import { LawService } from './law.service';
import { ReferenceService } from './reference.service';
import { PostgresSearchIndex } from '../search/postgres-search';
import { type SearchIndex } from '../search/search-index';
import { SearchService } from './search.service';

export * from './errors';
export * from './viewer';
export { CaseService, IngestRunService, LawService, ReferenceService, SearchService };

/** The application's services, built once per process around one data source. */
export function createServices(
  dataSource: DataSource,
  search: { index?: SearchIndex; fallback?: SearchIndex | null } = {},
) {
  const reference = new ReferenceService(dataSource);
  return {
    dataSource,
    reference,
    cases: new CaseService(dataSource, reference),
    laws: new LawService(dataSource, reference),
    ingestRuns: new IngestRunService(dataSource),
    search: new SearchService(reference, search.index ?? new PostgresSearchIndex(dataSource), search.fallback ?? null),
  };
}
export type Services = ReturnType<typeof createServices>;
