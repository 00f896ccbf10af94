import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CrimeType } from './crime-type.entity';
import { Law } from './law.entity';

@Entity('law_crime_types')
@Index(['crimeTypeCode', 'lawId'])
export class LawCrimeType {
  @PrimaryColumn({ name: 'law_id', type: 'uuid' })
  lawId: string;

  @ManyToOne(() => Law, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'law_id' })
  law?: Law;

  @PrimaryColumn({ name: 'crime_type_code', type: 'varchar', length: 64 })
  crimeTypeCode: string;

  @ManyToOne(() => CrimeType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'crime_type_code' })
  crimeType?: CrimeType;
}
