import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Law } from './law.entity';

@ObjectType({ description: 'A provision of a law (article, section), with the Convention articles it implements.' })
@Entity('law_provisions')
@Index(['lawId', 'seq'], { unique: true })
export class LawProvision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'law_id', type: 'uuid' })
  lawId: string;

  @ManyToOne(() => Law, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'law_id' })
  law?: Law;

  @Column({ type: 'int' })
  seq: number;

  @Field()
  @Column({ type: 'text' })
  number: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  heading: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  text: string | null;
}
