import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { CourtLevel, RecordStatus } from '../entities';
import { CaseOrder } from '../services/case-query';
import { DateScalar } from './date.scalar';

@InputType({ description: 'Values within one field are alternatives (OR); different fields must all match (AND).' })
export class CaseFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes, e.g. ITA.' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Article ids, e.g. UNTOC-18, TIP-5.' })
  articles?: string[];

  @Field(() => [String], { nullable: true, description: 'Crime type codes, e.g. trafficking-in-persons.' })
  crimeTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'Keyword labels, e.g. Deception.' })
  keywords?: string[];

  @Field(() => [CourtLevel], { nullable: true })
  courtLevels?: CourtLevel[];

  @Field(() => DateScalar, { nullable: true })
  decidedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  decidedTo?: string;
}

@InputType()
export class LawFilter {
  @Field(() => [String], { nullable: true })
  countries?: string[];

  @Field(() => [String], { nullable: true })
  crimeTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'Laws with a provision implementing one of these articles.' })
  articles?: string[];
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class CasePageArgs extends PageArgs {
  @Field(() => CaseOrder, { nullable: true, defaultValue: CaseOrder.DECISION_DATE_DESC })
  orderBy?: CaseOrder;
}

const STATUSES = {
  nullable: true,
  description: 'Only records in these statuses (among those you may read: the public reads PUBLISHED only). E.g. [SUBMITTED] for the review queue.',
};

@ArgsType()
export class CasesArgs extends CasePageArgs {
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter;

  @Field(() => [RecordStatus], STATUSES)
  statuses?: RecordStatus[];
}

@ArgsType()
export class LawsArgs extends PageArgs {
  @Field(() => LawFilter, { nullable: true })
  filter?: LawFilter;

  @Field(() => [RecordStatus], STATUSES)
  statuses?: RecordStatus[];
}
