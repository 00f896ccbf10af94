/**
 * Normalizers for the legal library: the scope of a treaty, the kinds of cooperation it covers, and the kind of
 * a publication. Canonical values in any case and spelling of separators, plus the usual words for them.
 */
import { createEnumNormalizer } from './enums';

export const TREATY_SCOPES = ['BILATERAL', 'REGIONAL', 'MULTILATERAL'] as const;
export type TreatyScopeCode = (typeof TREATY_SCOPES)[number];

export const normalizeTreatyScope = createEnumNormalizer<TreatyScopeCode>('treaty scope', TREATY_SCOPES, {
  'two-party': 'BILATERAL',
  'between two states': 'BILATERAL',
  'regional agreement': 'REGIONAL',
  'regional treaty': 'REGIONAL',
  international: 'MULTILATERAL',
  global: 'MULTILATERAL',
  universal: 'MULTILATERAL',
});

export const COOPERATION_KINDS = [
  'EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE', 'TRANSFER_OF_SENTENCED_PERSONS', 'TRANSFER_OF_PROCEEDINGS', 'CONFISCATION',
  'JOINT_INVESTIGATION', 'LAW_ENFORCEMENT',
] as const;
export type CooperationKindCode = (typeof COOPERATION_KINDS)[number];

export const normalizeCooperationKind = createEnumNormalizer<CooperationKindCode>('kind of cooperation', COOPERATION_KINDS, {
  mla: 'MUTUAL_LEGAL_ASSISTANCE',
  'legal assistance': 'MUTUAL_LEGAL_ASSISTANCE',
  'mutual assistance in criminal matters': 'MUTUAL_LEGAL_ASSISTANCE',
  'legal assistance in criminal matters': 'MUTUAL_LEGAL_ASSISTANCE',
  surrender: 'EXTRADITION',
  'transfer of prisoners': 'TRANSFER_OF_SENTENCED_PERSONS',
  'transfer of sentenced prisoners': 'TRANSFER_OF_SENTENCED_PERSONS',
  'transfer of criminal proceedings': 'TRANSFER_OF_PROCEEDINGS',
  'asset recovery': 'CONFISCATION',
  'confiscation of proceeds': 'CONFISCATION',
  'joint investigations': 'JOINT_INVESTIGATION',
  'joint investigation team': 'JOINT_INVESTIGATION',
  'joint investigation teams': 'JOINT_INVESTIGATION',
  jit: 'JOINT_INVESTIGATION',
  'police cooperation': 'LAW_ENFORCEMENT',
  'law enforcement cooperation': 'LAW_ENFORCEMENT',
});

export const PUBLICATION_KINDS = ['BOOK', 'ARTICLE', 'REPORT', 'MANUAL', 'GUIDE'] as const;
export type PublicationKindCode = (typeof PUBLICATION_KINDS)[number];

export const normalizePublicationKind = createEnumNormalizer<PublicationKindCode>('publication kind', PUBLICATION_KINDS, {
  monograph: 'BOOK',
  'edited volume': 'BOOK',
  'book chapter': 'BOOK',
  chapter: 'BOOK',
  'journal article': 'ARTICLE',
  paper: 'ARTICLE',
  'study': 'REPORT',
  'working paper': 'REPORT',
  handbook: 'MANUAL',
  toolkit: 'MANUAL',
  'training manual': 'MANUAL',
  guidelines: 'GUIDE',
  'legislative guide': 'GUIDE',
  'model law': 'GUIDE',
});
