import { Field, ObjectType } from 'type-graphql';
import { Connection } from './pagination';

@ObjectType({
  description:
    'A case another case relies on: its reference as the citing decision gives it, and the case itself when it is in ' +
    'the catalogue and you may read it (otherwise `case` is null and the reference stands alone).',
})
export class CaseCitation {
  @Field(() => String, { description: 'Reference of the cited case.' })
  reference: string;

  /** The cited case's id once a case with the reference exists (resolved by CaseCitationResolver.case). */
  citedCaseId: string | null;

  citingCaseId: string;
}

export const CaseCitationConnection = Connection('CaseCitation', CaseCitation);
