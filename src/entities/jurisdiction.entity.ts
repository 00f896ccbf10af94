import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

// Plain fields resolve by property (simpleResolvers: no middleware): none of them is restricted.
@ObjectType({ simpleResolvers: true, description: 'A State or other party (the European Union is EUE).' })
@Entity('jurisdictions')
export class Jurisdiction {
  /** ISO 3166-1 alpha-3, upper case. */
  @Field()
  @PrimaryColumn({ type: 'char', length: 3 })
  code: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'char', length: 2, nullable: true })
  alpha2: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'official_name', type: 'text', nullable: true })
  officialName: string | null;

  /** UN M49 region: Africa, Americas, Asia, Europe, Oceania. */
  @Field()
  @Index()
  @Column({ type: 'text' })
  region: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  subregion: string | null;

  @Field(() => String, { nullable: true, description: 'UN M49 numeric code.' })
  @Column({ type: 'varchar', length: 3, nullable: true })
  m49: string | null;

  @Field({ description: 'MEMBER (UN Member State), OBSERVER (observer State) or REIO (regional economic integration organization).' })
  @Column({ name: 'un_status', type: 'varchar', length: 16 })
  unStatus: string;

  @Field(() => String, { nullable: true, description: 'Indicative: COMMON_LAW, CIVIL_LAW, MIXED, ISLAMIC_LAW, CUSTOMARY_LAW.' })
  @Column({ name: 'legal_system', type: 'varchar', length: 32, nullable: true })
  legalSystem: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
