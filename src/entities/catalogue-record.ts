import { Field, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { ProvenanceForReaders, RecordEditorsOnly } from '../auth/editorial-fields';
import { Provenance, Source } from './embedded.types';
import { RecordStatus } from './enums';
import { User } from './user.entity';

/**
 * What cases and laws carry alike besides their content: sources, publication, provenance, the content hash
 * ingest compares, timestamps, author and the reviewer's note. Each table has these columns of its own.
 */
@ObjectType()
export abstract class CatalogueRecord {
  @Field(() => [Source])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: Source[];

  @Field(() => RecordStatus)
  @Column({ type: 'varchar', length: 16, default: RecordStatus.DRAFT })
  status: RecordStatus;

  @Field(() => Provenance, {
    nullable: true,
    description: "Where the record came from. The file, line and ingest run are shown to the record's editors only.",
  })
  @UseMiddleware(ProvenanceForReaders)
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
  @Field(() => String, {
    nullable: true,
    description: "The reviewer's latest reason (rejected, changes requested, withdrawn). The record's editors only: the secretariat and the contributors of its jurisdiction.",
  })
  @UseMiddleware(RecordEditorsOnly)
  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;
}
