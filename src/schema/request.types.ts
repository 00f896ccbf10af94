import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import {
  CooperationRequest, LegalBasisKind, ProceedingsNature, RefusalGround, RequestDirection, RequestEventType, RequestForm,
  RequestKind, RequestPersonRole, RequestStatus,
} from '../entities';
import { DateScalar } from './date.scalar';
import { PageArgs } from './inputs';
import { Connection } from './pagination';

@InputType({ description: 'A form of assistance asked for.' })
export class RequestMeasureInput {
  @Field(() => RequestForm)
  form: RequestForm;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  relevance?: string | null;

  @Field(() => String, { nullable: true })
  procedure?: string | null;

  @Field(() => String, { nullable: true })
  confiscationOrder?: string | null;
}

@InputType()
export class RequestOffenceInput {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  lawReference?: string | null;

  @Field(() => String, { nullable: true })
  provision?: string | null;

  @Field(() => String, { nullable: true })
  excerpt?: string | null;

  @Field(() => String, { nullable: true })
  penalty?: string | null;

  @Field(() => String, { nullable: true, description: 'Crime type code or label.' })
  crimeType?: string | null;

  @Field(() => String, { nullable: true })
  time?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  participation?: string | null;
}

@InputType()
export class RequestPersonInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => RequestPersonRole, { nullable: true })
  role?: RequestPersonRole | null;

  @Field(() => String, { nullable: true, description: 'State code or name.' })
  nationality?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/**
 * A request's content. On creation `kind`, `direction`, `requestingState` and `requestedState` are required and
 * `fromCase` pre-fills what is not given; on update every field given replaces the stored one and the others stay.
 */
@InputType({ description: 'The content of a request. Fields omitted on update keep their value.' })
export class RequestInput {
  @Field(() => RequestKind, { nullable: true, description: 'MUTUAL_LEGAL_ASSISTANCE or EXTRADITION.' })
  kind?: RequestKind | null;

  @Field(() => RequestDirection, { nullable: true })
  direction?: RequestDirection | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of the State that asks.' })
  requestingState?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of the State asked.' })
  requestedState?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of a case to draft from: facts, offences and laws, persons concerned.' })
  fromCase?: string | null;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => [RequestMeasureInput], { nullable: true })
  measures?: RequestMeasureInput[] | null;

  @Field(() => String, { nullable: true })
  requestingAuthority?: string | null;

  @Field(() => String, { nullable: true })
  requestingAuthorityContact?: string | null;

  @Field(() => String, { nullable: true })
  conductingAuthority?: string | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => ProceedingsNature, { nullable: true })
  proceedingsNature?: ProceedingsNature | null;

  @Field(() => String, { nullable: true })
  facts?: string | null;

  @Field(() => [RequestOffenceInput], { nullable: true })
  offences?: RequestOffenceInput[] | null;

  @Field(() => [RequestPersonInput], { nullable: true })
  persons?: RequestPersonInput[] | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => LegalBasisKind, { nullable: true })
  legalBasis?: LegalBasisKind | null;

  @Field(() => String, { nullable: true, description: 'Reference of the treaty relied on, for a TREATY basis.' })
  legalBasisTreaty?: string | null;

  @Field(() => String, { nullable: true })
  legalBasisDetail?: string | null;

  @Field(() => Boolean, { nullable: true })
  urgent?: boolean | null;

  @Field(() => String, { nullable: true })
  urgencyReason?: string | null;

  @Field(() => Boolean, { nullable: true })
  confidential?: boolean | null;

  @Field(() => String, { nullable: true })
  confidentialityReason?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 code or language name.' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  priorContact?: string | null;

  @Field(() => String, { nullable: true })
  otherChannels?: string | null;

  @Field(() => String, { nullable: true })
  officialsPresence?: string | null;

  @Field(() => RequestPersonInput, { nullable: true })
  personSought?: RequestPersonInput | null;

  @Field(() => String, { nullable: true })
  arrestWarrant?: string | null;

  @Field(() => String, { nullable: true })
  conviction?: string | null;

  @Field(() => String, { nullable: true })
  sentenceServed?: string | null;

  @Field(() => String, { nullable: true })
  trialPresence?: string | null;

  @Field(() => String, { nullable: true })
  limitation?: string | null;

  @Field(() => String, { nullable: true })
  evidence?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Incoming requests: the day it was received.' })
  receivedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The time limit for compliance.' })
  dueOn?: string | null;
}

@InputType({ description: 'Something that happened to a request.' })
export class RequestEventInput {
  @Field(() => RequestEventType)
  type: RequestEventType;

  @Field(() => DateScalar, { nullable: true, description: 'The day it happened (default: today).' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [RefusalGround], { nullable: true, description: 'REFUSED: the grounds given.' })
  refusalGrounds?: RefusalGround[] | null;
}

@InputType()
export class RequestFilter {
  @Field(() => RequestDirection, { nullable: true })
  direction?: RequestDirection | null;

  @Field(() => [RequestStatus], { nullable: true })
  statuses?: RequestStatus[] | null;

  @Field(() => [RequestKind], { nullable: true })
  kinds?: RequestKind[] | null;

  @Field(() => String, { nullable: true, description: 'The other State (code): requests to or from it.' })
  counterpart?: string | null;

  @Field(() => String, { nullable: true, description: 'Requests drafted from this case.' })
  caseReference?: string | null;
}

@ArgsType()
export class RequestsArgs extends PageArgs {
  @Field(() => RequestFilter, { nullable: true })
  filter?: RequestFilter | null;
}

@ObjectType('RequestMissingItem', { description: 'An item the request still lacks, with the rule it comes from.' })
export class RequestMissingItem {
  @Field({ description: 'The field to fill, as RequestInput names it (facts, measures[0].description).' })
  field: string;

  @Field({ description: 'The rule: "art. 18(15)(c)", "Tool 6 §6.6".' })
  requirement: string;

  @Field({ description: 'What is missing, in plain words.' })
  message: string;

  @Field({ description: 'Essential items stop the request from being sent; the others are recommended.' })
  essential: boolean;
}

@ObjectType('RequestCompleteness')
export class RequestCompleteness {
  @Field({ description: 'No essential item is missing: the request may be sent.' })
  complete: boolean;

  @Field(() => [RequestMissingItem])
  missing: RequestMissingItem[];
}

export const RequestConnection = Connection('CooperationRequest', CooperationRequest);
