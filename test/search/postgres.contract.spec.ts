import { PostgresSearchIndex } from '../../src/search/postgres-search';
import { describeSearchContract } from './search-contract';

describeSearchContract('PostgreSQL', (dataSource) => new PostgresSearchIndex(dataSource));
