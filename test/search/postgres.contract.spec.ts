import { PostgresSearchIndex } from '../../src/search/postgres-search';
import { describeRelevanceSet } from './relevance-set';
import { describeSearchContract } from './search-contract';

describeSearchContract('PostgreSQL', (dataSource) => new PostgresSearchIndex(dataSource));
describeRelevanceSet('PostgreSQL', (dataSource) => new PostgresSearchIndex(dataSource));
