import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstrumentCode } from './enums';
import { Instrument } from './instrument.entity';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'An article of an instrument, e.g. UNTOC-18 (Mutual legal assistance).' })
@Entity('articles')
@Index(['instrumentCode', 'number'], { unique: true })
export class Article {
  /** `<INSTRUMENT>-<number>`, e.g. `UNTOC-18`. */
  @Field()
  @PrimaryColumn({ type: 'varchar', length: 24 })
  id: string;

  @Column({ name: 'instrument_code', type: 'varchar', length: 16 })
  instrumentCode: InstrumentCode;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_code' })
  instrument?: Instrument;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  title: string;
}
