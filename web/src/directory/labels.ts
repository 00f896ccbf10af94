import { humanize } from '../labels';

const DESIGNATIONS: Record<string, string> = {
  UNTOC_ART_16: 'UNTOC art. 16 (extradition)',
  UNTOC_ART_17: 'UNTOC art. 17 (transfer of sentenced persons)',
  UNTOC_ART_18: 'UNTOC art. 18 (mutual legal assistance)',
  SOM_ART_8: 'Smuggling of Migrants Protocol art. 8',
  FIREARMS_ART_13: 'Firearms Protocol art. 13',
  DRUG_CONVENTION_1988_ART_6: '1988 Convention art. 6',
  DRUG_CONVENTION_1988_ART_7: '1988 Convention art. 7',
  DRUG_CONVENTION_1988_ART_17: '1988 Convention art. 17',
};

export const REQUEST_KINDS = [
  'EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE', 'TRANSFER_OF_SENTENCED_PERSONS', 'DRUG_TRAFFICKING_BY_SEA', 'SMUGGLING_OF_MIGRANTS_BY_SEA', 'FIREARMS',
] as const;

export const kindLabel = (kind: string) => humanize(kind);
export const designationLabel = (d: string) => DESIGNATIONS[d] ?? humanize(d);
