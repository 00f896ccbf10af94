import DataLoader from 'dataloader';
import { type DataSource } from 'typeorm';
import { CrimeType, type Publication, type Treaty, type TreatyParty } from '../entities';
import { type Page } from '../schema/pagination';
import { type ArticleImplementationValue, type ImplementationService, type StateImplementationValue } from '../services/implementation.service';
import { type PublicationScope, type PublicationService } from '../services/publication.service';
import { type TreatyScopeKey, type TreatyService } from '../services/treaty.service';
import { LoaderFamily, manyLoader, oneLoader } from './batch';

export interface LibraryLoaderServices {
  dataSource: DataSource;
  treaties: TreatyService;
  publications: PublicationService;
  implementation: ImplementationService;
}

/** Per-request loaders of the legal library: treaties, parties, publications, implementation. */
export function createLibraryLoaders(services: LibraryLoaderServices) {
  const { dataSource, treaties, publications, implementation } = services;
  return {
    crimeType: oneLoader<string, CrimeType>(
      (codes) => dataSource.getRepository(CrimeType).createQueryBuilder('t').where('t.code = ANY(:codes)', { codes }).getMany(),
      (t) => t.code,
    ),
    partiesOfTreaty: manyLoader<string, TreatyParty>((ids) => treaties.partiesOf(ids), (p) => p.treatyId),
    publicationById: oneLoader<string, Publication>((ids) => publications.byIds(ids), (p) => p.id),
    treatyPages: new LoaderFamily<{ scope: TreatyScopeKey; key: string }, Page<Treaty>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as { scope: TreatyScopeKey; first?: number; after?: string };
      return new DataLoader(async (items) => treaties.pages(scope, items.map((i) => i.key), {}, args), { cacheKeyFn: (i) => i.key });
    }),
    publicationPages: new LoaderFamily<{ scope: PublicationScope; key: string }, Page<Publication>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as { scope: PublicationScope; first?: number; after?: string };
      return new DataLoader(async (items) => publications.pages(scope, items.map((i) => i.key), {}, args), {
        cacheKeyFn: (i) => i.key,
      });
    }),
    implementationOfJurisdiction: new LoaderFamily<string, ArticleImplementationValue[]>((argsKey) => {
      const instrument = JSON.parse(argsKey) as string | null;
      return manyLoader((codes) => implementation.ofJurisdictions(codes, instrument), (r) => r.key);
    }),
    statesImplementingArticle: manyLoader<string, StateImplementationValue>(
      (ids) => implementation.statesForArticles(ids),
      (r) => r.key,
    ),
  };
}
