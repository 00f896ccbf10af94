import { createMeiliSearchIndex } from '../../src/search/meili-search';
import { describeRelevanceSet } from './relevance-set';
import { describeSearchContract } from './search-contract';

/** Runs the shared contract against a real Meilisearch when one is given (MEILI_URL, optional MEILI_API_KEY). */
const url = process.env.MEILI_URL;
if (url) {
  describeSearchContract('Meilisearch', () =>
    createMeiliSearchIndex({ url, apiKey: process.env.MEILI_API_KEY, indexName: `contract_${process.pid}` }),
  );
  describeRelevanceSet('Meilisearch', () =>
    createMeiliSearchIndex({ url, apiKey: process.env.MEILI_API_KEY, indexName: `relevance_${process.pid}` }),
  );
} else {
  test.skip('Meilisearch contract (set MEILI_URL to run it against a server)', () => {});
}
