import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';
import { Treaty } from './treaty.entity';

/** A State party to a treaty, with the dates that concern it. */
@ObjectType({ description: 'A party to a treaty.' })
@Entity('treaty_parties')
@Index(['jurisdictionCode'])
export class TreatyParty {
  @PrimaryColumn({ name: 'treaty_id', type: 'uuid' })
  treatyId: string;

  @ManyToOne(() => Treaty, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'treaty_id' })
  treaty?: Treaty;

  @PrimaryColumn({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  /** Order of the party in the record. */
  @Column({ type: 'int' })
  seq: number;

  @Field(() => String, { nullable: true, description: 'Date the State signed (YYYY-MM-DD).' })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Date the treaty entered into force for this State; null: the treaty's own date applies, or it is not in force for it.",
  })
  @Column({ name: 'in_force_on', type: 'date', nullable: true })
  inForceOn: string | null;
}
