import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IngestRun } from './ingest-run.entity';

@ObjectType({ description: 'A field of a row an ingest run rejected: where, what and why.' })
@Entity('ingest_rejections')
@Index('IDX_ingest_rejections_run_line', ['runId', 'line', 'id'])
export class IngestRejection {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_ingest_rejections' })
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => IngestRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'FK_ingest_rejections_run' })
  run?: IngestRun;

  @Field(() => Int, { description: 'Line of the file where the row starts.' })
  @Column({ type: 'int' })
  line: number;

  @Field(() => String, { nullable: true, description: "The row's reference, when it could be read." })
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Field({ description: 'Path of the field in the record (`defendants[0].nationality`), or `record` for the whole row.' })
  @Column({ type: 'text' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value as read (JSON for a structured value), shortened.' })
  @Column({ type: 'text', nullable: true })
  value: string | null;

  @Field({ description: 'What is wrong and what is accepted.' })
  @Column({ type: 'text' })
  reason: string;
}
