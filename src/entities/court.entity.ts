import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CourtLevel } from './enums';
import { Jurisdiction } from './jurisdiction.entity';

@ObjectType()
@Entity('courts')
@Index(['jurisdictionCode', 'name'], { unique: true })
export class Court {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @Field(() => CourtLevel, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  level: CourtLevel | null;
}
