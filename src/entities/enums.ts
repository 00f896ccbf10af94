import { registerEnumType } from 'type-graphql';

/** Workflow status every editable record carries. Only PUBLISHED records are public. */
export enum RecordStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  /** Taken off the public portal by the secretariat after publication. */
  WITHDRAWN = 'WITHDRAWN',
}

export enum CourtLevel {
  FIRST_INSTANCE = 'FIRST_INSTANCE',
  APPELLATE = 'APPELLATE',
  SUPREME = 'SUPREME',
  OTHER = 'OTHER',
}

export enum InstrumentCode {
  UNTOC = 'UNTOC',
  TIP = 'TIP',
  SOM = 'SOM',
  FIREARMS = 'FIREARMS',
}

/** How a State became party to an instrument. */
export enum RatificationKind {
  RATIFICATION = 'RATIFICATION',
  ACCESSION = 'ACCESSION',
  ACCEPTANCE = 'ACCEPTANCE',
  APPROVAL = 'APPROVAL',
  SUCCESSION = 'SUCCESSION',
  FORMAL_CONFIRMATION = 'FORMAL_CONFIRMATION',
}

/** Kinds of request a competent authority handles. */
export enum RequestKind {
  EXTRADITION = 'EXTRADITION',
  MUTUAL_LEGAL_ASSISTANCE = 'MUTUAL_LEGAL_ASSISTANCE',
  TRANSFER_OF_SENTENCED_PERSONS = 'TRANSFER_OF_SENTENCED_PERSONS',
  DRUG_TRAFFICKING_BY_SEA = 'DRUG_TRAFFICKING_BY_SEA',
  SMUGGLING_OF_MIGRANTS_BY_SEA = 'SMUGGLING_OF_MIGRANTS_BY_SEA',
  FIREARMS = 'FIREARMS',
}

/** The provision an authority is designated under. */
export enum DesignationBasis {
  UNTOC_ART_16 = 'UNTOC_ART_16',
  UNTOC_ART_17 = 'UNTOC_ART_17',
  UNTOC_ART_18 = 'UNTOC_ART_18',
  SOM_ART_8 = 'SOM_ART_8',
  FIREARMS_ART_13 = 'FIREARMS_ART_13',
  DRUG_CONVENTION_1988_ART_6 = 'DRUG_CONVENTION_1988_ART_6',
  DRUG_CONVENTION_1988_ART_7 = 'DRUG_CONVENTION_1988_ART_7',
  DRUG_CONVENTION_1988_ART_17 = 'DRUG_CONVENTION_1988_ART_17',
}

/** A change an authority proposed to its directory record, as the secretariat decided on it. */
export enum ProposalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** The kind of sentence on a charge, derived from its text and term on every write (ingest/normalize/sentence.ts). */
export enum SentenceKind {
  CUSTODIAL = 'CUSTODIAL',
  SUSPENDED = 'SUSPENDED',
  LIFE = 'LIFE',
  DEATH = 'DEATH',
  NON_CUSTODIAL = 'NON_CUSTODIAL',
}

registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(SentenceKind, {
  name: 'SentenceKind',
  description: 'CUSTODIAL: a prison term served; SUSPENDED: wholly suspended or conditional; LIFE; DEATH; NON_CUSTODIAL: a fine or other penalty without prison.',
});
registerEnumType(RequestKind, { name: 'RequestKind', description: 'Kinds of request a competent national authority handles.' });
registerEnumType(DesignationBasis, {
  name: 'DesignationBasis',
  description: 'The provision a competent national authority is designated under.',
  valuesConfig: {
    UNTOC_ART_16: { description: 'Organized Crime Convention, article 16 (extradition).' },
    UNTOC_ART_17: { description: 'Organized Crime Convention, article 17 (transfer of sentenced persons).' },
    UNTOC_ART_18: { description: 'Organized Crime Convention, article 18 (mutual legal assistance; central authority, para. 13).' },
    SOM_ART_8: { description: 'Smuggling of Migrants Protocol, article 8 (smuggling of migrants by sea).' },
    FIREARMS_ART_13: { description: 'Firearms Protocol, article 13 (point of contact).' },
    DRUG_CONVENTION_1988_ART_6: { description: 'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988, article 6 (extradition).' },
    DRUG_CONVENTION_1988_ART_7: { description: '1988 Convention, article 7 (mutual legal assistance).' },
    DRUG_CONVENTION_1988_ART_17: { description: '1988 Convention, article 17 (illicit traffic by sea).' },
  },
});
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(CourtLevel, { name: 'CourtLevel' });
registerEnumType(InstrumentCode, { name: 'InstrumentCode' });
registerEnumType(RatificationKind, { name: 'RatificationKind' });
