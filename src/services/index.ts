import { type DataSource } from 'typeorm';
import { type AuthSettings, AuthService, ephemeralAuthSettings } from '../auth/auth.service';
import { IngestRunService } from './ingest-run.service';
import { SearchVocabulary } from '../search/vocabulary';
import { PostgresSearchIndex } from '../search/postgres-search';
import { type SearchIndex } from '../search/search-index';
import { AuditService } from './audit.service';
import { CaseService } from './case.service';
import { CitationService } from './citation.service';
import { CooperationCatalogueService } from './cooperation-catalogue.service';
import { DirectoryService } from './directory/directory.service';
import { EditorialService } from './editorial/editorial.service';
import { ExportService } from './exports/export.service';
import { ImplementationService } from './implementation.service';
import { LawService } from './law.service';
import { LegalBasisService } from './legal-basis.service';
import { PublicationService } from './publication.service';
import { RequestService } from './requests/request.service';
import { RequestStatisticsService } from './requests/statistics.service';
import { RequestTrackingService } from './requests/tracking.service';
import { ReferenceService } from './reference.service';
import { SearchService } from './search.service';
import { SentencingService } from './sentencing.service';
import { CoverageService } from './coverage.service';
import { TreatyService } from './treaty.service';
import { UserService } from './user.service';
import { SavedSearchService } from './saved-searches/saved-search.service';
import { type AlertsConfig } from '../config';

export * from './errors';
export * from './viewer';
export { AuditService, CaseService, IngestRunService, LawService, ReferenceService, SearchService, UserService };

export interface ServiceOptions {
  /** The search engine (PostgreSQL by default) and the one answering when it is down, if any. */
  index?: SearchIndex;
  fallback?: SearchIndex | null;
  /** Session-token key and sign-in limits (server.ts passes the configured ones). */
  auth?: AuthSettings;
  /** Where webhooks may point (server.ts passes the configured setting; local targets are refused by default). */
  alerts?: Pick<AlertsConfig, 'allowLocalWebhooks'>;
  /** Hits per page of an export's walk (default EXPORT_PAGE_SIZE); tests take small pages to cross many. */
  exportPageSize?: number;
}

/** The application's services, built once per process around one data source. */
export function createServices(dataSource: DataSource, options: ServiceOptions = {}) {
  const reference = new ReferenceService(dataSource);
  const treaties = new TreatyService(dataSource, reference);
  const legalBasis = new LegalBasisService(dataSource, reference, treaties);
  const search = new SearchService(
    reference,
    options.index ?? new PostgresSearchIndex(dataSource),
    options.fallback ?? null,
    new SearchVocabulary(dataSource),
  );
  // Saved searches read PostgreSQL's documents, kept in each writing transaction, whichever engine serves searches.
  const searchDocuments = new PostgresSearchIndex(dataSource, { cacheSize: 0 });
  return {
    dataSource,
    reference,
    cases: new CaseService(dataSource, reference),
    citations: new CitationService(dataSource),
    laws: new LawService(dataSource, reference),
      ingestRuns: new IngestRunService(dataSource),
    search,
    searchDocuments,
    savedSearches: new SavedSearchService(dataSource, search, searchDocuments, options.alerts ?? { allowLocalWebhooks: false }),
    exports: new ExportService(dataSource, reference, search, options.exportPageSize),
    auth: new AuthService(dataSource, options.auth ?? ephemeralAuthSettings()),
    users: new UserService(dataSource, reference),
    audit: new AuditService(dataSource),
    editorial: new EditorialService(dataSource, reference),
    directory: new DirectoryService(dataSource, reference),
    treaties,
    legalBasis,
    requests: new RequestService(dataSource, reference, legalBasis),
    requestStatistics: new RequestStatisticsService(dataSource, reference),
    requestTracking: new RequestTrackingService(dataSource, reference),
    publications: new PublicationService(dataSource, reference),
    implementation: new ImplementationService(dataSource),
    cooperationCatalogue: new CooperationCatalogueService(dataSource, reference),
    sentencing: new SentencingService(dataSource, reference),
    coverage: new CoverageService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;
