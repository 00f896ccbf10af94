import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type Provenance } from './embedded.types';
import { InstrumentCode, RatificationKind } from './enums';
import { Instrument } from './instrument.entity';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType({ description: "A State's participation in an instrument." })
@Entity('ratifications')
@Index(['jurisdictionCode', 'instrumentCode'], { unique: true })
export class Ratification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @Field(() => InstrumentCode)
  @Index()
  @Column({ name: 'instrument_code', type: 'varchar', length: 16 })
  instrumentCode: InstrumentCode;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_code' })
  instrument?: Instrument;

  @Field(() => String, { nullable: true })
  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Date of ratification, accession, acceptance, approval or succession.' })
  @Column({ name: 'ratified_on', type: 'date', nullable: true })
  ratifiedOn: string | null;

  @Field(() => RatificationKind, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  kind: RatificationKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Article 16(5) UNTOC: whether the State takes the Convention as the legal basis for extradition (UNTOC only).',
  })
  @Column({ name: 'convention_as_extradition_basis', type: 'boolean', nullable: true })
  conventionAsExtraditionBasis: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** Where the record came from: the ingest file, line and run. */
  @Column({ type: 'jsonb', nullable: true })
  provenance: Provenance | null;

  /** Hash of the normalized record: an unchanged re-ingest is detected and skipped. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Field({ description: 'True for sample data shipped with the demo, not an official record.' })
  @Column({ name: 'is_sample', type: 'boolean', default: false })
  isSample: boolean;
}
