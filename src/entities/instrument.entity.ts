import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstrumentCode } from './enums';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'The Organized Crime Convention or one of its three Protocols.' })
@Entity('instruments')
export class Instrument {
  @Field(() => InstrumentCode)
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: InstrumentCode;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ name: 'short_title', type: 'text' })
  shortTitle: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'entry_into_force', type: 'date', nullable: true })
  entryIntoForce: string | null;
}
