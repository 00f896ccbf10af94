import DataLoader from 'dataloader';
import { type DataSource } from 'typeorm';
import { CrimeType, type Publication, type Treaty, type TreatyParty } from '../entities';
import { type Page } from '../schema/pagination';
import { type ArticleImplementationValue, type ImplementationService, type StateImplementationValue } from '../services/implementation.service';
import { type PublicationScope, type PublicationService } from '../services/publication.service';
import { type TreatyScopeKey, type TreatyService } from '../services/treaty.service';
import { LoaderFamily, manyLoader, oneLoader } from './batch';
import { type LoaderScope } from './lazy';

export interface LibraryLoaderServices {
  dataSource: DataSource;
  treaties: TreatyService;
  publications: PublicationService;
  implementation: ImplementationService;
}

type Scope = LoaderScope<LibraryLoaderServices>;

/** Per-request loaders of the legal library: treaties, parties, publications, implementation; by name. */
export const libraryLoaders = {
  crimeType: ({ services: { dataSource } }: Scope) =>
    oneLoader<string, CrimeType>(
      (codes) => dataSource.getRepository(CrimeType).createQueryBuilder('t').where('t.code = ANY(:codes)', { codes }).getMany(),
      (t) => t.code,
    ),
  partiesOfTreaty: ({ services: { treaties } }: Scope) => manyLoader<string, TreatyParty>((ids) => treaties.partiesOf(ids), (p) => p.treatyId),
  publicationById: ({ services: { publications } }: Scope) => oneLoader<string, Publication>((ids) => publications.byIds(ids), (p) => p.id),
  treatyPages: ({ services: { treaties } }: Scope) =>
    new LoaderFamily<{ scope: TreatyScopeKey; key: string }, Page<Treaty>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as { scope: TreatyScopeKey; first?: number; after?: string };
      return new DataLoader(async (items) => treaties.pages(scope, items.map((i) => i.key), {}, args), { cacheKeyFn: (i) => i.key });
    }),
  publicationPages: ({ services: { publications } }: Scope) =>
    new LoaderFamily<{ scope: PublicationScope; key: string }, Page<Publication>>((argsKey) => {
      const { scope, ...args } = JSON.parse(argsKey) as { scope: PublicationScope; first?: number; after?: string };
      return new DataLoader(async (items) => publications.pages(scope, items.map((i) => i.key), {}, args), {
        cacheKeyFn: (i) => i.key,
      });
    }),
  implementationOfJurisdiction: ({ services: { implementation } }: Scope) =>
    new LoaderFamily<string, ArticleImplementationValue[]>((argsKey) => {
      const instrument = JSON.parse(argsKey) as string | null;
      return manyLoader((codes) => implementation.ofJurisdictions(codes, instrument), (r) => r.key);
    }),
  statesImplementingArticle: ({ services: { implementation } }: Scope) =>
    manyLoader<string, StateImplementationValue>(
      (ids) => implementation.statesForArticles(ids),
      (r) => r.key,
    ),
};
