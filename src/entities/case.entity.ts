import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CatalogueRecord } from './catalogue-record';
import { Court } from './court.entity';
import { CourtLevel } from './enums';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType({ description: 'A court decision with its facts, parties, charges, outcome and the cooperation used.' })
@Entity('cases')
@Index(['status', 'jurisdictionCode', 'decisionDate'])
@Index(['status', 'decisionDate'])
@Check('CHK_cases_status', `"status" IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
export class Case extends CatalogueRecord {
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
}
