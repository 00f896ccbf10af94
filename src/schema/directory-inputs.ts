import { Field, InputType, ObjectType } from 'type-graphql';
import { DesignationBasis, RequestKind } from '../entities';

@InputType({ description: "An authority's contact details." })
export class ContactInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  fax?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@ObjectType({ description: "An authority's contact details. Restricted to authority accounts and the secretariat." })
export class AuthorityContact {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  fax: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;
}

@InputType()
export class AuthorityPersonInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes or English names.' })
  languages?: string[] | null;
}

/** Fields shared by a new record and a set of changes (inherited by both input types; not in the schema itself). */
@InputType()
abstract class AuthorityDetailsInput {
  @Field(() => [DesignationBasis], { nullable: true })
  designations?: DesignationBasis[] | null;

  @Field(() => ContactInput, { nullable: true })
  contact?: ContactInput | null;

  @Field(() => [AuthorityPersonInput], { nullable: true })
  persons?: AuthorityPersonInput[] | null;

  @Field(() => String, { nullable: true })
  officeHours?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Rome.' })
  timeZone?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages in which requests are accepted: ISO 639-1 codes or English names.' })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  documentsRequired?: string | null;

  @Field(() => [String], { nullable: true })
  formats?: string[] | null;

  @Field(() => [String], { nullable: true })
  channels?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  interpolAccepted?: boolean | null;

  @Field(() => String, { nullable: true })
  urgentProcedure?: string | null;

  @Field(() => String, { nullable: true })
  comments?: string | null;
}

@InputType({ description: 'A new directory record.' })
export class AuthorityInput extends AuthorityDetailsInput {
  @Field({ description: 'The designating State: a code or a name.' })
  country: string;

  @Field()
  name: string;

  @Field(() => [RequestKind])
  kinds: RequestKind[];
}

@InputType({ description: 'Changes to a directory record: the fields given are set (null clears one); the others stay.' })
export class AuthorityChangesInput extends AuthorityDetailsInput {
  @Field(() => String, { nullable: true, description: 'The secretariat only.' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [RequestKind], { nullable: true })
  kinds?: RequestKind[] | null;
}
