import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Provenance, Source } from './embedded.types';
import { CooperationKind, TreatyScope } from './library.enums';

/**
 * A bilateral, regional or multilateral agreement on international cooperation in criminal matters.
 * Reference data like ratifications: public as soon as it is loaded.
 */
@ObjectType({ description: 'A treaty on extradition, mutual legal assistance or other cooperation, with its parties.' })
@Entity('treaties')
export class Treaty {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128 })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => TreatyScope)
  @Column({ type: 'varchar', length: 16 })
  scope: TreatyScope;

  @Field(() => [CooperationKind], { description: 'The forms of cooperation the treaty covers.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  kinds: CooperationKind[];

  @Field(() => String, { nullable: true, description: 'Date of adoption or signature (YYYY-MM-DD).' })
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Date of entry into force (YYYY-MM-DD); null while it is not in force or not known.' })
  @Column({ name: 'in_force_on', type: 'date', nullable: true })
  inForceOn: string | null;

  @Field(() => [Source])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: Source[];

  @Field({ description: 'True for the synthetic records of the demo catalogue.' })
  @Column({ name: 'is_sample', type: 'boolean', default: false })
  isSample: boolean;

  @Field(() => Provenance, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  provenance: Provenance | null;

  /** Hash of the normalized record: an unchanged re-ingest is detected and skipped. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
