import { type DataSource } from 'typeorm';
import { allSearchDocuments } from '../../src/search/documents';
import { SearchVocabulary } from '../../src/search/vocabulary';
import { type SearchIndex } from '../../src/search/search-index';
import { ReferenceService } from '../../src/services/reference.service';
import { SearchService, type SearchRequest, type SearchResponse } from '../../src/services/search.service';
import { SEARCH_CASES, SEARCH_DRAFT, SEARCH_LAWS, SEARCH_PUBLICATIONS } from '../fixtures/search-catalogue';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

export interface SearchFixture {
  dataSource: DataSource;
  service: SearchService;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** References of the hits, in order. */
  references(request: SearchRequest): Promise<string[]>;
}

/**
 * Loads the search catalogue through the real ingest, builds the given index from the stored documents (the
 * indexer's full-rebuild path) and returns a search service on it. Used by the contract and relevance suites.
 */
export async function openSearchFixture(makeIndex: (dataSource: DataSource) => SearchIndex): Promise<SearchFixture> {
  const dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  await loadRecords(dataSource, 'law', SEARCH_LAWS);
  await loadRecords(dataSource, 'case', SEARCH_CASES);
  await loadRecords(dataSource, 'case', [SEARCH_DRAFT], { publish: false });
  const publications = await loadRecords(dataSource, 'publication', SEARCH_PUBLICATIONS);
  if (publications.rejected) throw new Error(`search fixture: publications rejected: ${JSON.stringify(publications.rows)}`);
  const index = makeIndex(dataSource);
  await index.prepare();
  await index.clear();
  for await (const documents of allSearchDocuments(dataSource.manager, 500)) await index.upsert(documents);
  const service = new SearchService(new ReferenceService(dataSource), index, null, new SearchVocabulary(dataSource));
  const referenceOf = new Map<string, string>(
    (await dataSource.query(`SELECT id, reference FROM cases UNION ALL SELECT id, reference FROM laws UNION ALL SELECT id, reference FROM publications`)).map(
      (r: { id: string; reference: string }) => [r.id, r.reference],
    ),
  );
  return {
    dataSource,
    service,
    search: (request) => service.search(request),
    references: async (request) => (await service.search(request)).hits.map((h) => referenceOf.get(h.id)!),
  };
}
