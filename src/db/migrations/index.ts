import { Extensions1795431600000 } from './1795431600000-Extensions';
import { Initial1795431611556 } from './1795431611556-Initial';
import { Search1795500000000 } from './1795500000000-Search';
import { IngestRuns1795600000000 } from './1795600000000-IngestRuns';
import { Access1795700000000 } from './1795700000000-Access';
import { SignInAttempts1795750000000 } from './1795750000000-SignInAttempts';
import { Library1795800000000 } from './1795800000000-Library';
import { SearchRanking1795800000050 } from './1795800000050-SearchRanking';
import { SearchFacetCounts1795800000100 } from './1795800000100-SearchFacetCounts';
import { CooperationRequests1795900000000 } from './1795900000000-CooperationRequests';
import { RequestStatisticsCells1795950000000 } from './1795950000000-RequestStatisticsCells';
import { RequestRegister1796000000000 } from './1796000000000-RequestRegister';
import { SearchFacetIndex1796000000600 } from './1796000000600-SearchFacetIndex';
import { SearchTextFilterIndex1796000000700 } from './1796000000700-SearchTextFilterIndex';
import { SearchIndexesWritten1796000000800 } from './1796000000800-SearchIndexesWritten';
import { SavedSearches1796000000300 } from './1796000000300-SavedSearches';
import { SentenceKinds1796000000500 } from './1796000000500-SentenceKinds';
import { CoverageAggregate1796000000510 } from './1796000000510-CoverageAggregate';
import { CaseCitations1796000000400 } from './1796000000400-CaseCitations';
import { VictimAndCooperationOrder1796000000200 } from './1796000000200-VictimAndCooperationOrder';

/** Migrations in order. Generated with `npm run migration:generate -- src/db/migrations/<Name>` and committed. */
export const MIGRATIONS: Function[] = [
  Extensions1795431600000, Initial1795431611556, Search1795500000000, IngestRuns1795600000000, Access1795700000000,
  SignInAttempts1795750000000, Library1795800000000, SearchRanking1795800000050, SearchFacetCounts1795800000100,
  CooperationRequests1795900000000, RequestStatisticsCells1795950000000, RequestRegister1796000000000,
  VictimAndCooperationOrder1796000000200, SavedSearches1796000000300, CaseCitations1796000000400,
  SentenceKinds1796000000500, CoverageAggregate1796000000510, SearchFacetIndex1796000000600,
  SearchTextFilterIndex1796000000700, SearchIndexesWritten1796000000800,
];
