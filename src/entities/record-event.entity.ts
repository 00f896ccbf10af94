import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RecordStatus } from './enums';

/** A step in the life of a case or law. */
export enum RecordAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RecordAction, {
  name: 'RecordAction',
  description: 'A step in the life of a record. APPROVED publishes it.',
});

/** The history of a case or law (created, submitted, reviewed, published, by whom). Append-only, like the audit log. */
@ObjectType('RecordEvent', { description: 'A step in the life of a case or law, and who took it.' })
@Entity('record_history')
@Index('IDX_record_history_record', ['recordType', 'recordId', 'at'])
@Check('CHK_record_history_type', `"record_type" IN ('case', 'law')`)
export class RecordEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'record_type', type: 'varchar', length: 8 })
  recordType: 'case' | 'law';

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Field(() => RecordAction)
  @Column({ type: 'varchar', length: 24 })
  action: RecordAction;

  @Field(() => RecordStatus, { description: 'The status after this step.' })
  @Column({ type: 'varchar', length: 16 })
  status: RecordStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The account (its email) or command-line user who took the step.' })
  @Column({ type: 'text' })
  actor: string;

  @Field(() => String, { nullable: true, description: 'The reason given (rejection, changes requested, withdrawal).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
