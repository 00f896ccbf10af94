import { registerEnumType } from 'type-graphql';

/** Who a treaty binds. */
export enum TreatyScope {
  BILATERAL = 'BILATERAL',
  REGIONAL = 'REGIONAL',
  MULTILATERAL = 'MULTILATERAL',
}

/** The forms of international cooperation a treaty covers or a practitioner asks about. */
export enum CooperationKind {
  EXTRADITION = 'EXTRADITION',
  MUTUAL_LEGAL_ASSISTANCE = 'MUTUAL_LEGAL_ASSISTANCE',
  TRANSFER_OF_SENTENCED_PERSONS = 'TRANSFER_OF_SENTENCED_PERSONS',
  TRANSFER_OF_PROCEEDINGS = 'TRANSFER_OF_PROCEEDINGS',
  CONFISCATION = 'CONFISCATION',
  JOINT_INVESTIGATION = 'JOINT_INVESTIGATION',
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
}

/** What a legal-basis option rests on, in the order they are offered. */
export enum LegalBasisKind {
  TREATY = 'TREATY',
  CONVENTION = 'CONVENTION',
  RECIPROCITY = 'RECIPROCITY',
  DOMESTIC_LAW = 'DOMESTIC_LAW',
}

/** The kinds of publication in the bibliography. */
export enum PublicationKind {
  BOOK = 'BOOK',
  ARTICLE = 'ARTICLE',
  REPORT = 'REPORT',
  MANUAL = 'MANUAL',
  GUIDE = 'GUIDE',
}

registerEnumType(TreatyScope, { name: 'TreatyScope' });
registerEnumType(CooperationKind, { name: 'CooperationKind', description: 'A form of international cooperation in criminal matters.' });
registerEnumType(LegalBasisKind, { name: 'LegalBasisKind' });
registerEnumType(PublicationKind, { name: 'PublicationKind', description: 'Book, journal article, report, manual or guide.' });
