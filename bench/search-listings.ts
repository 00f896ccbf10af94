import { performance } from 'node:perf_hooks';
import { type DataSource } from 'typeorm';
import { CourtLevel } from '../src/entities/enums';
import { PostgresSearchIndex } from '../src/search/postgres-search';
import { SearchVocabulary } from '../src/search/vocabulary';
import { ReferenceService } from '../src/services/reference.service';
import { SearchService, type SearchRequest } from '../src/services/search.service';
import { summarize } from './support';

/**
 * Searches without text, as the web portal asks them: the landing page (everything, newest first, every facet),
 * a listing by each filter, and combinations. Values are the catalogue's busiest (a keyword a little less busy).
 */
export async function listingRequests(dataSource: DataSource): Promise<{ name: string; request: SearchRequest }[]> {
  const busiest = async (sql: string): Promise<string> => (await dataSource.query(sql))[0].v;
  const country = await busiest(`SELECT country_code AS v FROM search_documents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const article = await busiest(`SELECT a AS v FROM search_documents, unnest(articles) a GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const keyword = await busiest(`SELECT k AS v FROM search_documents, unnest(keywords) k GROUP BY 1 ORDER BY count(*) DESC OFFSET 5 LIMIT 1`);
  return [
    { name: 'landing page', request: {} },
    { name: `one State (${country})`, request: { filters: { countries: [country] } } },
    { name: 'one region, cases only', request: { filters: { regions: ['Europe'] }, types: ['CASE'] } },
    { name: 'one crime type', request: { filters: { crimeTypes: ['trafficking-in-persons'] } } },
    { name: `one article (${article})`, request: { filters: { articles: [article] } } },
    { name: `one keyword (${keyword})`, request: { filters: { keywords: [keyword] } } },
    { name: 'one court level', request: { filters: { courtLevels: [CourtLevel.APPELLATE] } } },
    { name: 'years 2010-2015', request: { filters: { yearFrom: 2010, yearTo: 2015 } } },
    { name: 'State + crime type', request: { filters: { countries: [country], crimeTypes: ['drug-offences'] } } },
    {
      name: 'region + crime type + court level + year, oldest first',
      request: {
        filters: { regions: ['Africa'], crimeTypes: ['smuggling-of-migrants'], courtLevels: [CourtLevel.FIRST_INSTANCE], yearFrom: 2012 },
        sort: 'DATE_ASC',
      },
    },
  ];
}

function uncachedService(dataSource: DataSource): SearchService {
  return new SearchService(
    new ReferenceService(dataSource),
    new PostgresSearchIndex(dataSource, { cacheSize: 0 }),
    null,
    new SearchVocabulary(dataSource),
  );
}

/**
 * Times each listing through the search service (answer cache off), in turn for `rounds` rounds after two of
 * warm-up; and, first, the first listing of three fresh search indexes: the facet index's build from the documents.
 */
export async function measureListings(dataSource: DataSource, rounds: number) {
  const listings = await listingRequests(dataSource);
  const builds: number[] = [];
  // CPU time of this process (the snapshot's parsing and arrays), apart from the wall time a loaded machine inflates.
  const buildsCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const begun = performance.now();
    const cpu = process.cpuUsage();
    await uncachedService(dataSource).search({ first: 20 });
    builds.push(performance.now() - begun);
    const used = process.cpuUsage(cpu);
    buildsCpu.push((used.user + used.system) / 1000);
  }
  const service = uncachedService(dataSource);
  const samples: number[][] = listings.map(() => []);
  // The floor of an exact listing: the one round trip that reads the documents' version.
  const roundTrips: number[] = [];
  for (let round = -2; round < rounds; round++) {
    const begun = performance.now();
    await dataSource.query(`SELECT version::text FROM search_version`);
    if (round >= 0) roundTrips.push(performance.now() - begun);
    for (const [i, { request }] of listings.entries()) {
      const started = performance.now();
      await service.search({ ...request, first: 20 });
      if (round >= 0) samples[i].push(performance.now() - started);
    }
  }
  return {
    facetIndexBuild: summarize(builds),
    facetIndexBuildCpu: summarize(buildsCpu),
    versionRoundTrip: summarize(roundTrips),
    withoutText: summarize(samples.flat()),
    listings: listings.map(({ name }, i) => ({ name, ...summarize(samples[i]) })),
  };
}
