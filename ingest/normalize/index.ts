/**
 * Normalizers shared by catalogue ingest and the GraphQL mutations: raw catalogue values (codes, labels,
 * common textual forms) → the canonical codes of the reference data. Pure functions; vocabularies are parameters.
 */
export * from './result';
export * from './text';
export * from './lookup';
export * from './suggest';
export * from './country';
export * from './crime-type';
export * from './article';
export * from './date';
export * from './keyword';
export * from './enums';
export * from './library';
export * from './request';
export * from './sentence';
export * from './case-reference';
