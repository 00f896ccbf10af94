import { Authorized, Field, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Court } from './court.entity';
import { Provenance, Source } from './embedded.types';
import { CourtLevel, RecordStatus } from './enums';
import { Jurisdiction } from './jurisdiction.entity';
import { User } from './user.entity';
import { EDITORS } from '../auth/roles';

@ObjectType({ description: 'A court decision with its facts, parties, charges, outcome and the cooperation used.' })
@Entity('cases')
@Index(['status', 'jurisdictionCode', 'decisionDate'])
@Index(['status', 'decisionDate'])
@Check('CHK_cases_status', `"status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable unique reference (the secretariat's number where one exists). */
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

  /** The court of the latest ruling. */
  @Column({ name: 'court_id', type: 'uuid', nullable: true })
  courtId: string | null;

  @ManyToOne(() => Court, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'court_id' })
  court?: Court | null;

  @Field(() => CourtLevel, { nullable: true })
  @Column({ name: 'court_level', type: 'varchar', length: 16, nullable: true })
  courtLevel: CourtLevel | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest ruling (ISO 8601).' })
  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'sentence_date', type: 'date', nullable: true })
  sentenceDate: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the decision.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of the facts.' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'legal_reasoning', type: 'text', nullable: true })
  legalReasoning: string | null;

  @Field(() => String, { nullable: true, description: 'Commentary and significant features.' })
  @Column({ type: 'text', nullable: true })
  commentary: string | null;

  @Field(() => [Source])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: Source[];

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16, default: RecordStatus.DRAFT })
  status: RecordStatus;

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
