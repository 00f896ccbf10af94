import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type Context } from '../schema/context';
import { SearchInput, SearchResult } from '../schema/search.types';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, { description: 'Free text, filters and facets over published cases and laws and the bibliography.' })
  async search(@Arg('input', () => SearchInput) input: SearchInput, @Ctx() { services, loaders }: Context) {
    const result = await services.search.search(input);
    // Hits become full records through the loaders (one statement per type); a record the index still holds
    // but that is no longer public is left out.
    const records = await Promise.all(
      result.hits.map((hit) =>
        hit.type === 'CASE'
          ? loaders.caseById.load(hit.id)
          : hit.type === 'LAW'
            ? loaders.lawById.load(hit.id)
            : loaders.publicationById.load(hit.id),
      ),
    );
    const hits = result.hits
      .map((hit, i) => ({ cursor: hit.cursor, score: hit.score, highlights: hit.highlights, record: records[i] }))
      .filter((hit) => hit.record !== null);
    return { ...result, hits };
  }
}
