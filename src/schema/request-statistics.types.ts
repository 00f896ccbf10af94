import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RequestDirection } from '../entities';

/** Whose figures a statistics answer holds, and how exact they are. */
export enum StatisticsView {
  /** One State's own requests, exact (its authority accounts, or the secretariat). */
  STATE = 'STATE',
  /** Every State's requests together, exact (the secretariat). */
  AGGREGATE = 'AGGREGATE',
  /** Every State's requests together, with counts under 5 suppressed and the others rounded to 5 (the public). */
  PUBLIC_AGGREGATE = 'PUBLIC_AGGREGATE',
}
registerEnumType(StatisticsView, { name: 'StatisticsView' });

@InputType({ description: 'Which requests to count: one State (authority accounts: their own; the secretariat: any) and the years they were sent or received.' })
export class RequestStatisticsFilter {
  @Field(() => String, { nullable: true, description: 'The State whose register is counted (ISO 3166-1 alpha-3 code); omitted: the aggregate across States.' })
  country?: string | null;

  @Field(() => Int, { nullable: true, description: 'First year (of sending for outgoing, of receipt for incoming requests).' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;
}

@ObjectType({ description: 'One cell of a breakdown. In the public view the values with fewer than 5 requests are pooled in one cell, value SUPPRESSED, without a count.' })
export class StatisticsCount {
  @Field(() => String)
  value: string;

  @Field(() => String, { nullable: true, description: 'The name of the State or crime type, where the value is a code.' })
  label: string | null;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({ description: 'Requests sent (OUTGOING) or received (INCOMING) in one year.' })
export class StatisticsYearCount {
  @Field(() => Int)
  year: number;

  @Field(() => RequestDirection)
  direction: RequestDirection;

  @Field(() => Int, { nullable: true })
  count: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType({
  description:
    'Figures on requests for mutual legal assistance and extradition, computed from the register: volume, counterpart States, outcomes, crime types, time to completion, refusal grounds and legal basis.',
})
export class RequestStatistics {
  @Field(() => StatisticsView)
  view: StatisticsView;

  @Field(() => String, { nullable: true, description: 'The State counted; null for the aggregate across States.' })
  country: string | null;

  @Field(() => Int, { nullable: true, description: 'Requests counted (not drafts); null when suppressed.' })
  total: number | null;

  @Field(() => Boolean)
  totalSuppressed: boolean;

  @Field(() => Boolean, { description: 'Public view: some figures were withheld (fewer than 5 requests); each breakdown then ends with one SUPPRESSED cell.' })
  anySuppressed: boolean;

  @Field(() => [StatisticsYearCount], { description: 'Volume in and out per year.' })
  byYear: StatisticsYearCount[];

  @Field(() => [StatisticsCount], { description: 'The counterpart State: the requested State of an outgoing request, the requesting State of an incoming one.' })
  byCountry: StatisticsCount[];

  @Field(() => [StatisticsCount], { description: 'EXECUTED, PARTIALLY_EXECUTED, REFUSED, WITHDRAWN, or PENDING while open.' })
  byOutcome: StatisticsCount[];

  @Field(() => [StatisticsCount], { description: 'Kind of request (EXTRADITION, MUTUAL_LEGAL_ASSISTANCE, …).' })
  byKind: StatisticsCount[];

  @Field(() => [StatisticsCount], { description: "The offences' crime types (a request with several counts under each)." })
  byCrimeType: StatisticsCount[];

  @Field(() => [StatisticsCount], { description: 'Grounds of the refused requests (a request refused on several grounds counts under each).' })
  byRefusalGround: StatisticsCount[];

  @Field(() => [StatisticsCount], { description: 'TREATY, CONVENTION, RECIPROCITY, DOMESTIC_LAW, or NOT_STATED.' })
  byLegalBasis: StatisticsCount[];

  @Field(() => Int, { nullable: true, description: 'Completed requests with both dates known, the base of the figures below; null when suppressed.' })
  completedCount: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from sending (outgoing) or receipt (incoming) to completion.' })
  medianDaysToCompletion: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the days to completion.' })
  p90DaysToCompletion: number | null;
}
