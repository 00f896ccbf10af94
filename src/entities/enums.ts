import { registerEnumType } from 'type-graphql';

/** Workflow status every editable record carries. Only PUBLISHED records are public. */
export enum RecordStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
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

registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(CourtLevel, { name: 'CourtLevel' });
registerEnumType(InstrumentCode, { name: 'InstrumentCode' });
registerEnumType(RatificationKind, { name: 'RatificationKind' });
