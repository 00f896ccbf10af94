import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'A crime type of the controlled vocabulary.' })
@Entity('crime_types')
export class CrimeType {
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  label: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}
