import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import {
  Article, CooperationKind, Jurisdiction, LawProvision, LegalBasisKind, Publication, PublicationKind, Treaty,
} from '../entities';
import { PageArgs } from './inputs';
import { Connection } from './pagination';

/** GraphQL shapes of the legal library. */

export const TreatyConnection = Connection('Treaty', Treaty);
export const PublicationConnection = Connection('Publication', Publication);

@InputType({ description: 'Values within one field are alternatives (OR), except parties: every State named must be a party.' })
export class TreatyFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes: treaties to which every one of these States is party.' })
  parties?: string[];

  @Field(() => [CooperationKind], { nullable: true, description: 'Treaties covering any of these kinds of cooperation.' })
  kinds?: CooperationKind[];
}

@ArgsType()
export class TreatiesArgs extends PageArgs {
  @Field(() => TreatyFilter, { nullable: true })
  filter?: TreatyFilter;
}

@InputType({ description: 'Values within one field are alternatives (OR); different fields must all match (AND).' })
export class PublicationFilter {
  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-3 codes, e.g. ITA.' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Article ids, e.g. SOM-6.' })
  articles?: string[];

  @Field(() => [String], { nullable: true, description: 'Crime type codes, e.g. smuggling-of-migrants.' })
  crimeTypes?: string[];

  @Field(() => [String], { nullable: true, description: 'Keyword labels, e.g. Deception.' })
  keywords?: string[];

  @Field(() => [PublicationKind], { nullable: true })
  kinds?: PublicationKind[];
}

@ArgsType()
export class PublicationsArgs extends PageArgs {
  @Field(() => PublicationFilter, { nullable: true })
  filter?: PublicationFilter;
}

@ObjectType({ description: 'One basis on which the requesting State may ask, and why.' })
export class LegalBasisOption {
  @Field(() => LegalBasisKind)
  basis: LegalBasisKind;

  @Field(() => Treaty, { nullable: true, description: 'The treaty, for a TREATY basis.' })
  treaty: Treaty | null;

  /** Resolved to `article` by the resolver. */
  articleId: string | null;

  @Field({ description: 'Why this basis applies (or, among `excluded`, why it does not), in plain words.' })
  explanation: string;
}

@ObjectType({ description: 'The legal bases for a request from one State to another, best first.' })
export class LegalBasisAdvice {
  requesting: string;
  requested: string;

  @Field(() => CooperationKind)
  kind: CooperationKind;

  @Field(() => [LegalBasisOption], {
    description: 'Usable bases in the order to rely on them: treaties in force, the Convention, reciprocity, domestic law.',
  })
  options: LegalBasisOption[];

  @Field(() => [LegalBasisOption], { description: 'Bases considered that do not apply, each with the reason.' })
  excluded: LegalBasisOption[];

  @Field(() => [String], {
    description: 'What could not be checked: ratifications or declarations not loaded, treaties not yet in force. Never read as a "no".',
  })
  warnings: string[];
}

@ObjectType({ description: "An article in one State: the State's published provisions that implement it." })
export class ArticleImplementation {
  key: string;

  @Field(() => Article)
  article: Article;

  @Field({ description: 'A criminalization article (UNTOC 5, 6, 8, 23; TIP 5; SOM 6; Firearms 5).' })
  criminalization: boolean;

  @Field(() => [LawProvision], {
    description: 'Implementing provisions of the published legislation loaded. Empty means none is loaded, not that none exists.',
  })
  provisions: LawProvision[];
}

@ObjectType({ description: 'A State with published legislation implementing an article.' })
export class StateImplementation {
  key: string;

  @Field(() => Jurisdiction)
  jurisdiction: Jurisdiction;

  @Field(() => Int)
  provisionCount: number;

  @Field(() => Int)
  lawCount: number;
}
