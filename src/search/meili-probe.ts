import { Meilisearch } from 'meilisearch';
export const probe = () => typeof Meilisearch;
