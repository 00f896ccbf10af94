import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Authority } from './authority.entity';

/** A contact person of an authority. Reached only through the restricted `Authority.persons`. */
@ObjectType('AuthorityPerson', { description: 'A contact person of a competent authority.' })
@Entity('authority_persons')
@Index('IDX_authority_persons_authority', ['authorityId', 'seq'], { unique: true })
export class AuthorityPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => Authority, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Authority;

  @Column({ type: 'int' })
  seq: number;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Position or function.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1).' })
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];
}
