import DataLoader from 'dataloader';
import { type SentencingDistribution } from '../schema/sentencing.types';
import { type SentencingGroup, type SentencingService } from '../services/sentencing.service';
import { type LoaderScope } from './lazy';

export interface SentencingLoaderServices {
  sentencing: SentencingService;
}

type Scope = LoaderScope<SentencingLoaderServices>;

const EVERYTHING = { crimeType: null, article: null, country: null };

/** One group's distributions: one statement for every record of a kind in the query. */
const of = (group: Exclude<SentencingGroup, 'none'>) => ({ services: { sentencing } }: Scope) =>
  new DataLoader<string, SentencingDistribution>((keys) => sentencing.distributions(EVERYTHING, group, keys));

/** `sentencing` on States, articles and crime types; by name. */
export const sentencingLoaders = {
  sentencingOfCountry: of('country'),
  sentencingOfCrimeType: of('crimeType'),
  sentencingOfArticle: of('article'),
};
