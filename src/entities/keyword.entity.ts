import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A keyword of the two-level vocabulary: category → term (e.g. Means → Deception).' })
@Entity('keywords')
@Index(['category', 'label'], { unique: true })
export class Keyword {
  @PrimaryGeneratedColumn('identity', { generatedIdentity: 'ALWAYS' })
  id: number;

  @Field()
  @Column({ type: 'text' })
  category: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'text' })
  label: string;
}
