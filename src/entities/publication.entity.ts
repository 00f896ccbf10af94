import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Provenance } from './embedded.types';
import { PublicationKind } from './library.enums';

/**
 * An entry of the annotated bibliography. Its links to articles, crime types, countries and
 * keywords are arrays of codes checked against the vocabularies when loaded (reference data that is never
 * deleted), indexed with GIN for the "publications on this article / State" lists.
 */
@ObjectType({ description: 'A book, journal article, report, manual or guide of the annotated bibliography.' })
@Entity('publications')
export class Publication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 128 })
  reference: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  authors: string[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Field(() => PublicationKind)
  @Column({ type: 'varchar', length: 16 })
  kind: PublicationKind;

  @Field(() => String, { nullable: true, description: 'Publisher, or the journal for an article.' })
  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'What the publication covers and why it matters.' })
  @Column({ type: 'text', nullable: true })
  annotation: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'article_ids', type: 'text', array: true, default: () => "'{}'" })
  articleIds: string[];

  @Column({ name: 'crime_type_codes', type: 'text', array: true, default: () => "'{}'" })
  crimeTypeCodes: string[];

  @Column({ name: 'country_codes', type: 'text', array: true, default: () => "'{}'" })
  countryCodes: string[];

  @Field(() => [String], { description: 'Keyword labels of the vocabulary.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @Field({ description: 'True for the synthetic records of the demo catalogue.' })
  @Column({ name: 'is_sample', type: 'boolean', default: false })
  isSample: boolean;

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
}
