import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Case } from './case.entity';
import { CrimeType } from './crime-type.entity';

@Entity('case_crime_types')
@Index(['crimeTypeCode', 'caseId'])
export class CaseCrimeType {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @PrimaryColumn({ name: 'crime_type_code', type: 'varchar', length: 64 })
  crimeTypeCode: string;

  @ManyToOne(() => CrimeType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'crime_type_code' })
  crimeType?: CrimeType;
}
