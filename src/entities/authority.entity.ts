import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DIRECTORY_READERS } from '../auth/roles';
import { DesignationBasis, RequestKind } from './enums';
import { Jurisdiction } from './jurisdiction.entity';

/**
 * A competent national authority of the directory. Anyone may see that it exists (name, State, kinds of request,
 * designation); everything else — contact details, persons, practical details — only authority accounts and the
 * secretariat (each such field carries @Authorized; `contact` and `persons` are resolved in AuthorityResolver).
 */
@ObjectType('Authority', { description: 'A competent national authority designated by a State.' })
@Entity('authorities')
@Index('IDX_authorities_jurisdiction', ['jurisdictionCode', 'name'])
export class Authority {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'jurisdiction_code', type: 'char', length: 3 })
  jurisdictionCode: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code' })
  jurisdiction?: Jurisdiction;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => [RequestKind], { description: 'Kinds of request it receives, responds to and processes.' })
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  kinds: RequestKind[];

  @Field(() => [DesignationBasis], { description: 'The provisions it is designated under.' })
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  designations: DesignationBasis[];

  // Restricted: contact details (resolved as `contact`), never a GraphQL field on their own.
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_fax', type: 'text', nullable: true })
  contactFax: string | null;

  @Column({ name: 'contact_address', type: 'text', nullable: true })
  contactAddress: string | null;

  @Column({ name: 'contact_website', type: 'text', nullable: true })
  contactWebsite: string | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => String, { nullable: true, description: 'Office hours, e.g. Mon–Fri 09:00–17:00. Restricted.' })
  @Column({ name: 'office_hours', type: 'text', nullable: true })
  officeHours: string | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Rome. Restricted.' })
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone: string | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => [String], { nullable: true, description: 'Languages in which requests are accepted (ISO 639-1). Restricted.' })
  @Column({ type: 'varchar', length: 8, array: true, default: () => "'{}'" })
  languages: string[];

  @Authorized(...DIRECTORY_READERS)
  @Field(() => String, { nullable: true, description: 'Information and documents required for a request to be executed. Restricted.' })
  @Column({ name: 'documents_required', type: 'text', nullable: true })
  documentsRequired: string | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => [String], { nullable: true, description: 'Formats accepted (original, certified copy, scanned copy…). Restricted.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: string[];

  @Authorized(...DIRECTORY_READERS)
  @Field(() => [String], { nullable: true, description: 'Channels of communication accepted (diplomatic, direct, e-mail…). Restricted.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels: string[];

  @Authorized(...DIRECTORY_READERS)
  @Field(() => Boolean, { nullable: true, description: 'Whether requests may be made through INTERPOL. Restricted.' })
  @Column({ name: 'interpol_accepted', type: 'boolean', nullable: true })
  interpolAccepted: boolean | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => String, { nullable: true, description: 'Procedure in urgent cases. Restricted.' })
  @Column({ name: 'urgent_procedure', type: 'text', nullable: true })
  urgentProcedure: string | null;

  @Authorized(...DIRECTORY_READERS)
  @Field(() => String, {
    nullable: true,
    description: 'Legal and procedural requirements, national laws and websites, treaties and arrangements. Restricted.',
  })
  @Column({ type: 'text', nullable: true })
  comments: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
