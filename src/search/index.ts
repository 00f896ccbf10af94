import { type DataSource } from 'typeorm';
import { type Config } from '../config';
import { PostgresSearchIndex } from './postgres-search';
import { type SearchIndex } from './search-index';

export interface SearchEngines {
  /** The engine searches go to. */
  index: SearchIndex;
  /** PostgreSQL, when configured to answer while the primary engine is down. */
  fallback: SearchIndex | null;
}

/** The configured search engine (SEARCH_BACKEND); nothing above this function knows which one runs. */
export function createSearchEngines(config: Config, dataSource: DataSource): SearchEngines {
  const postgres = new PostgresSearchIndex(dataSource);
  if (config.searchBackend === 'postgres') return { index: postgres, fallback: null };
  // Loaded only when configured: the Meilisearch client is not compiled at every start of the embedded default.
  const { createMeiliSearchIndex } = require('./meili-search') as typeof import('./meili-search');
  const meili = createMeiliSearchIndex({ url: config.meiliUrl!, apiKey: config.meiliApiKey ?? undefined });
  return { index: meili, fallback: config.searchFallback ? postgres : null };
}
