import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum IngestRunStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  /** Stopped by an error, or interrupted (the process was killed): its committed batches stay. */
  FAILED = 'FAILED',
}

/** The kind of records a run loads (`portal ingest --kind`). */
export enum IngestRecordKind {
  CASE = 'case',
  LAW = 'law',
  RATIFICATION = 'ratification',
  TREATY = 'treaty',
  PUBLICATION = 'publication',
  REQUEST = 'request',
}

registerEnumType(IngestRunStatus, { name: 'IngestRunStatus' });
registerEnumType(IngestRecordKind, { name: 'IngestRecordKind' });

@ObjectType({ description: 'One run of `portal ingest` on one catalogue file: who, when, what, the counts and the rejected rows.' })
@Entity('ingest_runs')
@Index('IDX_ingest_runs_started', ['startedAt', 'id'])
export class IngestRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ingest_runs' })
  id: string;

  @Field({ description: 'Who started the run: the operating-system user, or the name given with --as.' })
  @Column({ name: 'started_by', type: 'text' })
  startedBy: string;

  @Field()
  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The file as named on the command line; null for records not read from a file.' })
  @Column({ type: 'text', nullable: true })
  file: string | null;

  @Field(() => IngestRecordKind)
  @Column({ type: 'varchar', length: 16 })
  kind: IngestRecordKind;

  @Field(() => String, { nullable: true, description: 'csv, json or ndjson.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  format: string | null;

  @Field({ description: 'Whether the file was gzip-compressed.' })
  @Column({ type: 'boolean', default: false })
  compressed: boolean;

  @Field({ description: 'Whether the run published what it loaded (--publish).' })
  @Column({ type: 'boolean', default: false })
  publish: boolean;

  @Field(() => IngestRunStatus)
  @Column({ type: 'varchar', length: 16 })
  status: IngestRunStatus;

  @Field(() => Int, { description: 'Rows read so far (all of them once the run is completed).' })
  @Column({ type: 'int', default: 0 })
  read: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  created: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  updated: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  rejected: number;

  @Field(() => String, { nullable: true, description: 'Why a failed run stopped.' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** Host and process of the run, to tell a run still going from one whose process was killed. */
  @Column({ type: 'text' })
  host: string;

  @Column({ type: 'int' })
  pid: number;
}
