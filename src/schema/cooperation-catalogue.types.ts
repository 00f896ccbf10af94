import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Case } from '../entities';
import { PageInfo } from './pagination';
import { Facet } from './search.types';

@InputType({ description: 'Filters of the catalogue of cooperation cases: values of one filter are alternatives, filters combine, and all apply to one same act of cooperation.' })
export class CooperationCaseFilter {
  @Field(() => [String], { nullable: true, description: 'Forms of cooperation: extradition, mutual-legal-assistance, joint-investigation, transfer-of-proceedings, transfer-of-sentenced-persons, confiscation, law-enforcement-cooperation (or their names).' })
  forms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Counterpart States (ISO 3166-1 alpha-3 codes).' })
  counterparts?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Articles of the Convention used as legal basis (UNTOC-13, UNTOC-16, UNTOC-18, UNTOC-19, UNTOC-27…).' })
  articles?: string[] | null;

  @Field(() => String, { nullable: true, description: "Words of the case's reference, title or facts, or of the act's description (at most 200 characters)." })
  q?: string | null;
}

@ObjectType()
export class CooperationCaseEdge {
  @Field()
  cursor: string;

  @Field(() => Case)
  node: Case;
}

@ObjectType({ description: 'Published cases whose cooperation used the Convention as legal basis, most recent decision first, with facet counts.' })
export class CooperationCaseConnection {
  @Field(() => [CooperationCaseEdge])
  edges: CooperationCaseEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Cases matching, all pages together.' })
  totalCount: number;

  @Field(() => [Facet], { description: 'form, counterpart and article, each value with the number of cases it would give with the other filters (disjunctive).' })
  facets: Facet[];
}
