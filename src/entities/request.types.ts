import { Field, ObjectType } from 'type-graphql';
import { RequestForm, RequestPersonRole } from './request.enums';

/** One form of assistance a request asks for, stored as JSON on its request. */
@ObjectType({ description: 'A form of assistance asked for, with what exactly is sought and how.' })
export class RequestMeasure {
  @Field(() => RequestForm)
  form: RequestForm;

  @Field(() => String, { nullable: true, description: 'The assistance sought, in specific terms (art. 18(15)(d)).' })
  description: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How the evidence or assistance sought relates to the proceedings (Tool 6 §6.8, "clear link").',
  })
  relevance: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any particular procedure to be followed, and why (art. 18(15)(d), art. 18(17)).',
  })
  procedure: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Confiscation only: the order of confiscation the request rests on and the extent to which its execution is asked (art. 13(3)(b)).',
  })
  confiscationOrder: string | null;
}

/** An offence a request concerns, with the law of the requesting State. */
@ObjectType({ description: 'An offence, with the provision of the requesting State, an excerpt of its text and the penalty.' })
export class RequestOffence {
  @Field(() => String, { nullable: true, description: 'The offence and the acts or omissions constituting it.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the law charged, when loaded in the portal.' })
  lawReference: string | null;

  @Field(() => String, { nullable: true, description: 'The provision: law title and article.' })
  provision: string | null;

  @Field(() => String, { nullable: true, description: 'Excerpt of the law of the requesting State.' })
  excerpt: string | null;

  @Field(() => String, { nullable: true, description: 'Applicable penalty (maximum sentence).' })
  penalty: string | null;

  @Field(() => String, { nullable: true, description: 'Crime type code (e.g. trafficking-in-persons).' })
  crimeType: string | null;

  @Field(() => String, { nullable: true, description: 'When the offence was committed.' })
  time: string | null;

  @Field(() => String, { nullable: true, description: 'Where the offence was committed.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition: the degree of participation of the person sought.' })
  participation: string | null;
}

/** A person concerned by a request (art. 18(15)(e)), or the person sought for extradition. */
@ObjectType({ description: 'A person concerned: identity, nationality, location.' })
export class RequestPerson {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => RequestPersonRole, { nullable: true })
  role: RequestPersonRole | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  nationality: string | null;

  @Field(() => String, { nullable: true, description: 'Date of birth (YYYY-MM-DD).' })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true, description: 'Where the person is believed to be.' })
  location: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Description and identity details: physical description, identity documents, aliases.',
  })
  description: string | null;
}
