import DataLoader from 'dataloader';
import { type SentencingDistribution } from '../schema/sentencing.types';
import { type SentencingGroup, type SentencingService } from '../services/sentencing.service';

export interface SentencingLoaderServices {
  sentencing: SentencingService;
}

const EVERYTHING = { crimeType: null, article: null, country: null };

/** `sentencing` on States, articles and crime types: one statement for every record of a kind in the query. */
export function createSentencingLoaders({ sentencing }: SentencingLoaderServices) {
  const of = (group: Exclude<SentencingGroup, 'none'>) =>
    new DataLoader<string, SentencingDistribution>((keys) => sentencing.distributions(EVERYTHING, group, keys));
  return {
    sentencingOfCountry: of('country'),
    sentencingOfCrimeType: of('crimeType'),
    sentencingOfArticle: of('article'),
  };
}
