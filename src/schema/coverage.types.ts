import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'How complete the published cases are: the share (0 to 1) of cases recording each field; null when there are no cases. ' +
    'sentence: a charge records a sentence, or every charge ended in acquittal or dismissal (no sentence is due).',
})
export class CoverageCompleteness {
  @Field(() => Float, { nullable: true })
  court: number | null;

  @Field(() => Float, { nullable: true })
  decisionDate: number | null;

  @Field(() => Float, { nullable: true })
  articles: number | null;

  @Field(() => Float, { nullable: true })
  defendants: number | null;

  @Field(() => Float, { nullable: true })
  sentence: number | null;
}

@ObjectType({ description: "One State's published records: how many, how recent and how complete." })
export class CountryCoverage {
  @Field(() => String, { description: 'ISO 3166-1 alpha-3 code.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => Int)
  caseCount: number;

  @Field(() => Int)
  lawCount: number;

  @Field(() => String, { nullable: true, description: 'The latest decision date of its published cases (YYYY-MM-DD).' })
  latestDecisionDate: string | null;

  @Field(() => Date, { nullable: true, description: 'When its latest published case was added to the portal.' })
  latestCaseAddedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its latest published law was added to the portal.' })
  latestLawAddedAt: Date | null;

  @Field(() => CoverageCompleteness)
  completeness: CoverageCompleteness;
}

@ObjectType({ description: 'Published cases decided and laws enacted in one year.' })
export class YearCoverage {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  cases: number;

  @Field(() => Int)
  laws: number;
}

@ObjectType({
  description: 'What the published catalogue covers, per State and per year, and how complete its cases are.',
})
export class Coverage {
  @Field(() => Int)
  caseCount: number;

  @Field(() => Int)
  lawCount: number;

  @Field(() => CoverageCompleteness, { description: 'Over every published case.' })
  completeness: CoverageCompleteness;

  @Field(() => [CountryCoverage], { description: 'Every State with a published case or law, by code.' })
  byCountry: CountryCoverage[];

  @Field(() => [YearCoverage], {
    description: 'By year of decision (cases) and of enactment (laws), oldest first; undated records are left out.',
  })
  byYear: YearCoverage[];
}
