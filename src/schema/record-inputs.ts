import { Field, InputType, Int } from 'type-graphql';

/**
 * Cases and laws as mutations receive them: the catalogue record of ingest, field for field. Values
 * may be codes or labels ("Italy", "Trafficking in persons", "art. 18 UNTOC", "26/03/2014"); they go through
 * the validators and normalizers of ingest, which name every field they refuse, its value and what is accepted.
 */
@InputType({ description: 'A source document: a label and an http(s) URL.' })
export class SourceInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@InputType()
export class ProceedingInput {
  @Field(() => String, { nullable: true, description: 'first-instance, appeal, supreme-court…' })
  stage?: string | null;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => String, { nullable: true })
  court?: string | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  outcome?: string | null;
}

@InputType()
export class ChargeInput {
  @Field(() => String, { nullable: true, description: 'Reference of the law charged.' })
  law?: string | null;

  @Field(() => String, { nullable: true, description: 'guilty, acquitted, dismissed, pending…' })
  verdict?: string | null;

  @Field(() => String, { nullable: true })
  sentence?: string | null;

  @Field(() => Int, { nullable: true })
  prisonMonths?: number | null;
}

@InputType()
export class DefendantInput {
  @Field(() => String, { nullable: true, description: 'Full name; the public reads initials only when the defendant was a minor.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  legalPerson?: boolean | null;

  @Field(() => String, { nullable: true })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: 'A country code or name.' })
  nationality?: string | null;

  @Field(() => Int, { nullable: true, description: 'Age at the time of the facts.' })
  age?: number | null;

  @Field(() => [ChargeInput], { nullable: true })
  charges?: ChargeInput[] | null;
}

@InputType()
export class VictimInput {
  @Field(() => String, { nullable: true, description: 'An identified victim; the public reads initials only.' })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => String, { nullable: true })
  gender?: string | null;

  @Field(() => Boolean, { nullable: true })
  child?: boolean | null;

  @Field(() => String, { nullable: true })
  nationality?: string | null;
}

@InputType()
export class CooperationInput {
  @Field(() => String, { nullable: true, description: 'extradition, mutual-legal-assistance, joint-investigation…' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: "The other State's code or name." })
  counterpart?: string | null;

  @Field(() => String, { nullable: true, description: 'The article used as legal basis, e.g. UNTOC-18.' })
  legalBasis?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'A case in the catalogue record format; reference, title and country are required.' })
export class CaseInput {
  @Field(() => String, { nullable: true, description: 'Required on creation; on update it may be left out.' })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A jurisdiction code or name.' })
  country?: string | null;

  @Field(() => String, { nullable: true })
  court?: string | null;

  @Field(() => String, { nullable: true })
  courtLevel?: string | null;

  @Field(() => String, { nullable: true })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  sentenceDate?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => [String], { nullable: true })
  crimeTypes?: string[] | null;

  @Field(() => [String], { nullable: true })
  articles?: string[] | null;

  @Field(() => [String], { nullable: true })
  keywords?: string[] | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [ProceedingInput], { nullable: true })
  proceedings?: ProceedingInput[] | null;

  @Field(() => String, { nullable: true })
  legalReasoning?: string | null;

  @Field(() => String, { nullable: true })
  commentary?: string | null;

  @Field(() => [DefendantInput], { nullable: true })
  defendants?: DefendantInput[] | null;

  @Field(() => [VictimInput], { nullable: true })
  victims?: VictimInput[] | null;

  @Field(() => [CooperationInput], { nullable: true })
  cooperation?: CooperationInput[] | null;

  @Field(() => [String], { nullable: true, description: 'References of the laws applied.' })
  laws?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'References of the cases the decision relies on (at most 200; not its own), loaded or not yet.',
  })
  citedCases?: string[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}

@InputType()
export class ProvisionInput {
  @Field(() => String, { nullable: true, description: 'As cited nationally: Art. 601, s. 12, § 1589.' })
  number?: string | null;

  @Field(() => String, { nullable: true })
  heading?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [String], { nullable: true, description: 'Convention or Protocol articles it implements.' })
  articles?: string[] | null;
}

@InputType({ description: 'A law in the catalogue record format; reference, title and country are required.' })
export class LawInput {
  @Field(() => String, { nullable: true, description: 'Required on creation; on update it may be left out.' })
  reference?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  enactedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'in-force, amended, repealed or draft.' })
  status?: string | null;

  @Field(() => [String], { nullable: true })
  crimeTypes?: string[] | null;

  @Field(() => [ProvisionInput], { nullable: true })
  provisions?: ProvisionInput[] | null;

  @Field(() => [SourceInput], { nullable: true })
  sources?: SourceInput[] | null;
}
