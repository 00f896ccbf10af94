import { Authorized, Field, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Provenance, Source } from './embedded.types';
import { RecordStatus } from './enums';
import { Jurisdiction } from './jurisdiction.entity';
import { User } from './user.entity';
import { EDITORS } from '../auth/roles';

@ObjectType({ description: 'A piece of national legislation, provision by provision.' })
@Entity('laws')
@Index(['status', 'jurisdictionCode'])
@Check('CHK_laws_status', `"status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
export class Law {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128 })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @Field(() => String, { nullable: true })
  @Column({ name: 'enacted_on', type: 'date', nullable: true })
  enactedOn: string | null;

  @Field(() => String, { nullable: true, description: 'in-force, amended, repealed or draft.' })
  @Column({ name: 'legal_status', type: 'varchar', length: 16, nullable: true })
  legalStatus: string | null;

  @Field(() => [Source])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: Source[];

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16, default: RecordStatus.DRAFT })
  status: RecordStatus;

  @Field(() => Provenance, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  provenance: Provenance | null;

  @Column({ name: 'content_hash', type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The account that created the record (null for records loaded by ingest). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: User | null;

  /** The latest reviewer's reason (rejection, changes requested, withdrawal); cleared on submission and approval. */
  @Authorized(...EDITORS)
  @Field(() => String, { nullable: true, description: "The reviewer's latest reason (rejected, changes requested, withdrawn). Editors only." })
  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
