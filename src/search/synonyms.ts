import { crimeTypes } from '../../fixtures/reference';

/**
 * Legal synonyms, shared by both engines: each group lists phrasings that mean the same thing
 * ("people smuggling" ≈ "smuggling of migrants"). Built from the crime-type aliases of the reference data
 * plus spelling variants judges and researchers use interchangeably. Lower case; each engine folds accents its
 * own way (the PostgreSQL query parser with the rest of the text, Meilisearch natively).
 */
const SPELLING_VARIANTS: string[][] = [
  ['organized', 'organised'],
  ['labour', 'labor'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['judgment', 'judgement'],
  ['defence', 'defense'],
  ['mutual legal assistance', 'mla'],
  ['article', 'art'],
  ['organized criminal group', 'organized crime group', 'criminal organization', 'mafia-type association'],
];

/** Acronyms are too ambiguous to expand (e.g. "THB" is fine, but two-letter ones are not). */
const MIN_ALIAS_LENGTH = 3;

let cached: string[][] | undefined;

export function synonymGroups(): string[][] {
  if (cached) return cached;
  const groups: string[][] = crimeTypes().map((type) => {
    const terms = [type.label, ...(type.aliases ?? [])]
      .map((t) => t.toLowerCase().trim())
      .filter((t) => t.length >= MIN_ALIAS_LENGTH);
    return [...new Set(terms)];
  });
  cached = [...groups.filter((g) => g.length > 1), ...SPELLING_VARIANTS];
  return cached;
}
