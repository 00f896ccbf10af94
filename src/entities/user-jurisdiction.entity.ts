import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';
import { User } from './user.entity';

/** A jurisdiction a contributor writes cases and laws for. */
@Entity('user_jurisdictions')
@Index('IDX_user_jurisdictions_jurisdiction', ['jurisdictionCode'])
export class UserJurisdiction {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;
}
