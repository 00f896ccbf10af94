import { CooperationCatalogueResolver } from './cooperation-catalogue.resolver';
import { CaseCitationResolver, ChargeResolver, CooperationActResolver, DefendantResolver } from './case-parts.resolver';
import { CaseCitationConnection } from '../schema/citation.types';
import { CaseResolver } from './case.resolver';
import { IngestRunResolver } from './ingest-run.resolver';
import { ArticleResolver, InstrumentResolver } from './instrument.resolver';
import { JurisdictionResolver, RatificationResolver } from './jurisdiction.resolver';
import { LawProvisionResolver, LawResolver } from './law.resolver';
import { LIBRARY_RESOLVERS } from './library.resolver';
import { REQUEST_RESOLVERS } from './request.resolver';
import { RequestStatisticsResolver } from './request-statistics.resolver';
import { RequestTrackingResolver } from './request-tracking.resolver';
import { SearchResolver } from './search.resolver';
import { SavedSearchResolver, SavedSearchWebhookResolver } from './saved-search.resolver';
import { SENTENCING_RESOLVERS } from './sentencing.resolver';
import { CoverageResolver } from './coverage.resolver';
import { VocabularyResolver } from './vocabulary.resolver';
import { AuthResolver, UserResolver } from './auth.resolver';
import { AuditResolver } from './audit.resolver';
import { AuthorityProposalResolver, AuthorityResolver, JurisdictionAuthoritiesResolver } from './directory.resolver';
import { CaseEditorialResolver, LawEditorialResolver } from './editorial.resolver';
import {
  AuditEntryConnection, AuthorityProposalConnection, CaseConnection, IngestRejectionConnection, IngestRunConnection,
  LawConnection,
} from '../schema/connections';

export const RESOLVERS = [
  CaseResolver, LawResolver, LawProvisionResolver, JurisdictionResolver, RatificationResolver, InstrumentResolver,
  ArticleResolver, VocabularyResolver, SearchResolver, DefendantResolver, ChargeResolver, CooperationActResolver,
  CaseConnection.Resolver, LawConnection.Resolver, CaseCitationResolver, CaseCitationConnection.Resolver,
  AuthResolver, UserResolver, CaseEditorialResolver, LawEditorialResolver, AuditResolver, AuthorityResolver,
  JurisdictionAuthoritiesResolver, AuthorityProposalResolver, AuditEntryConnection.Resolver, AuthorityProposalConnection.Resolver,
  IngestRunResolver, IngestRunConnection.Resolver, IngestRejectionConnection.Resolver, ...LIBRARY_RESOLVERS, ...REQUEST_RESOLVERS,
  RequestStatisticsResolver, RequestTrackingResolver, CooperationCatalogueResolver, SavedSearchResolver,
  SavedSearchWebhookResolver, ...SENTENCING_RESOLVERS, CoverageResolver,
] as const;
