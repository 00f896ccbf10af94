/**
 * Deterministic generator of realistic synthetic catalogues (cases and laws) for the demo catalogue, tests and
 * benchmarks. Records are streamed (generators), every reference starts with `SYN-` and every case summary ends
 * with {@link SYNTHETIC_SENTENCE}.
 */
export {
  generateCases,
  type GenerateCasesOptions,
  caseReference,
  LEGAL_BASIS,
  SYNTHETIC_PREFIX,
  FIRST_DECISION_DATE,
  LAST_DECISION_DATE,
} from './cases';
export {
  generateLaws,
  type GenerateLawsOptions,
  lawCatalogueFor,
  lawRecord,
  lawReference,
  lawSlugForCrimeType,
  LAWS_PER_COUNTRY,
  LAW_SLUGS,
  type CatalogueLaw,
  type CatalogueProvision,
  type LawSlug,
} from './laws';
export { SYNTHETIC_SENTENCE } from './narrative';
export { type GeneratorVocabulary, VocabularyError, COUNTRY_ZIPF_EXPONENT } from './vocabulary';
export { writeNdjson } from './write';
export { Random } from './random';
export type { CaseRecord, LawRecord } from '../record-types';
