import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One write, as the audit log keeps it: who, when, what, and the state before and after. The table is
 * append-only: a trigger rejects UPDATE, DELETE and TRUNCATE (migration 1795700000000-Access).
 */
@ObjectType('AuditEntry', { description: 'One write: who, when, what, before and after.' })
@Entity('audit_log')
@Index('IDX_audit_log_entity', ['entityType', 'entityId'])
@Index('IDX_audit_log_actor', ['actorId'])
export class AuditEntry {
  /** bigint identity: pg hands it over as a string. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field()
  @Index('IDX_audit_log_at')
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The account (its email) or the command-line user who wrote.' })
  @Column({ name: 'actor', type: 'text' })
  actor: string;

  @Field({ description: 'What was done, e.g. case.create, case.approve, authority.update, ingest.run, user.grant.' })
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field({ description: 'case, law, authority, authority-proposal, user, api-token, ingest-run, jurisdiction.' })
  @Column({ name: 'entity_type', type: 'varchar', length: 32 })
  entityType: string;

  @Field(() => String, { nullable: true, description: 'The reference or id of what was written.' })
  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
