import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';

/** An international or regional cooperation network a State belongs to (EJN, IberRed, WACAP…). */
@Entity('jurisdiction_networks')
export class JurisdictionNetwork {
  @PrimaryColumn({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @PrimaryColumn({ type: 'text' })
  network: string;
}
