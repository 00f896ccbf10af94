import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';

@InputType({
  description:
    'Which published cases the sentencing figures cover: any combination of a crime type, an article and a State.',
})
export class SentencingFilter {
  @Field(() => String, { nullable: true, description: 'A crime type code (e.g. trafficking-in-persons).' })
  crimeType?: string | null;

  @Field(() => String, { nullable: true, description: 'An article id (e.g. TIP-5).' })
  article?: string | null;

  @Field(() => String, { nullable: true, description: 'A State (ISO 3166-1 alpha-3 code).' })
  country?: string | null;
}

/** The canonical filter a distribution was computed for (codes checked), kept for its breakdowns. */
export interface SentencingScope {
  crimeType: string | null;
  article: string | null;
  country: string | null;
}

@ObjectType({
  description:
    'Prison terms imposed on the defendants of published cases, in months, one term per defendant and case: the longest custodial term among the charges on which the defendant was not acquitted. ' +
    'Only custodial terms enter the distribution (count, quartiles, range); acquittals, suspended terms, non-custodial sentences, life and death sentences are counted apart.',
})
export class SentencingDistribution {
  /** The filter this distribution answers (its breakdowns narrow it). */
  scope: SentencingScope;

  @Field(() => String, {
    nullable: true,
    description: 'In a breakdown: the State code, crime type code or article id this entry is for.',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'In a breakdown: the name of the State, crime type or article.' })
  label: string | null;

  @Field(() => Int, { description: 'Defendants whose outcome is known: the sum of count and the counts apart.' })
  defendants: number;

  @Field(() => Int, { description: 'Defendants with a custodial term: the base of the figures in months.' })
  count: number;

  @Field(() => Float, { nullable: true, description: 'Median custodial term, months (continuous percentile).' })
  medianMonths: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile of the custodial terms, months.' })
  lowerQuartileMonths: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile of the custodial terms, months.' })
  upperQuartileMonths: number | null;

  @Field(() => Int, { nullable: true })
  minMonths: number | null;

  @Field(() => Int, { nullable: true })
  maxMonths: number | null;

  @Field(() => Int, { description: 'Defendants acquitted or whose charges were dismissed, on every charge.' })
  acquittals: number;

  @Field(() => Int, { description: 'Defendants whose only prison terms were wholly suspended or conditional.' })
  suspended: number;

  @Field(() => Int, {
    description: 'Defendants sentenced without a prison term (a fine, confiscation, community service).',
  })
  nonCustodial: number;

  @Field(() => Int, { description: 'Defendants sentenced to life imprisonment.' })
  life: number;

  @Field(() => Int, { description: 'Defendants sentenced to death.' })
  death: number;

  @Field(() => Int, {
    description: 'Defendants convicted on some charge whose sentence is not recorded (not counted in defendants).',
  })
  sentenceNotRecorded: number;
}
