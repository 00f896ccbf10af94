import { ChargeResolver, CooperationActResolver, DefendantResolver } from './case-parts.resolver';
import { CaseResolver } from './case.resolver';
import { IngestRunResolver } from './ingest-run.resolver';
import { ArticleResolver, InstrumentResolver } from './instrument.resolver';
import { JurisdictionResolver, RatificationResolver } from './jurisdiction.resolver';
import { LawProvisionResolver, LawResolver } from './law.resolver';
import { SearchResolver } from './search.resolver';
import { VocabularyResolver } from './vocabulary.resolver';
import { CaseConnection, IngestRejectionConnection, IngestRunConnection, LawConnection } from '../schema/connections';

export const RESOLVERS = [
  CaseResolver, LawResolver, LawProvisionResolver, JurisdictionResolver, RatificationResolver, InstrumentResolver,
  ArticleResolver, VocabularyResolver, SearchResolver, DefendantResolver, ChargeResolver, CooperationActResolver,
  IngestRunResolver, CaseConnection.Resolver, LawConnection.Resolver, IngestRunConnection.Resolver,
  IngestRejectionConnection.Resolver,
] as const;
