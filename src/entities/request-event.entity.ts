import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CooperationRequest } from './cooperation-request.entity';
import { RefusalGround, RequestEventType, RequestStatus } from './request.enums';

/** Something that happened to a request: sent, received, executed, refused, a note. Never changed once written. */
@ObjectType('RequestEvent', { description: 'A step in the life of a request: date, author, type, note.' })
@Entity('request_events')
@Index('IDX_request_events_request', ['requestId', 'id'])
export class RequestEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => CooperationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: CooperationRequest;

  @Field({ description: 'The day it happened (YYYY-MM-DD).' })
  @Column({ name: 'occurred_on', type: 'date' })
  date: string;

  @Field(() => RequestEventType)
  @Column({ type: 'varchar', length: 40 })
  type: RequestEventType;

  @Field({ description: 'Who recorded it (the account).' })
  @Column({ type: 'text' })
  author: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => [RefusalGround])
  @Column({ name: 'refusal_grounds', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  refusalGrounds: RefusalGround[];

  @Field(() => RequestStatus, { description: 'The status of the request after this event.' })
  @Column({ name: 'status_after', type: 'varchar', length: 24 })
  statusAfter: RequestStatus;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
