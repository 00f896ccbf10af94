import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Authority } from './authority.entity';
import { Case } from './case.entity';
import { RequestKind } from './enums';
import { Jurisdiction } from './jurisdiction.entity';
import { LegalBasisKind } from './library.enums';
import {
  ProceedingsNature, RefusalGround, RequestDirection, RequestForm, RequestOutcome, RequestStatus,
} from './request.enums';
import { RequestMeasure, RequestOffence, RequestPerson } from './request.types';
import { Treaty } from './treaty.entity';
import { User } from './user.entity';

/**
 * A request for mutual legal assistance or extradition, from the draft the writer builds to its closure.
 * The columns casework counts on (kind, direction, status, States, forms, crime types, legal basis, dates,
 * outcome, refusal grounds) are plain columns, so tracking and statistics are computed in SQL.
 * Only the authority accounts of the State it belongs to (outgoing: the requesting State; incoming: the
 * requested State) and the secretariat read it (src/services/requests/request-access.ts).
 */
@ObjectType('CooperationRequest', { description: 'A request for mutual legal assistance or extradition, drafted and tracked.' })
@Entity('cooperation_requests')
@Index('IDX_cooperation_requests_requesting', ['requestingState', 'createdAt'])
@Index('IDX_cooperation_requests_requested', ['requestedState', 'createdAt'])
@Index('IDX_cooperation_requests_status', ['status'])
@Index('IDX_cooperation_requests_case', ['caseId'])
@Check('CHK_cooperation_requests_states', `"requesting_state" <> "requested_state"`)
export class CooperationRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => RequestKind)
  @Column({ type: 'varchar', length: 40 })
  kind: RequestKind;

  @Field(() => RequestDirection)
  @Column({ type: 'varchar', length: 16 })
  direction: RequestDirection;

  @Field(() => RequestStatus)
  @Column({ type: 'varchar', length: 24, default: RequestStatus.DRAFT })
  status: RequestStatus;

  @Column({ name: 'requesting_state', type: 'char', length: 3 })
  requestingState: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requesting_state' })
  requesting?: Jurisdiction;

  @Column({ name: 'requested_state', type: 'char', length: 3 })
  requestedState: string;

  @ManyToOne(() => Jurisdiction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_state' })
  requested?: Jurisdiction;

  /** The case the request was drafted from, if any. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: Case | null;

  @Field(() => String, { nullable: true, description: "The requesting authority's own file reference." })
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  @Field(() => String, { nullable: true, description: "The reference of the request in its State's register (unique per State; set when a register is loaded)." })
  @Column({ name: 'register_reference', type: 'text', nullable: true })
  registerReference: string | null;

  @Field(() => String, { nullable: true, description: "The other State's reference for the request, when known." })
  @Column({ name: 'counterpart_reference', type: 'text', nullable: true })
  counterpartReference: string | null;

  @Field(() => String, { nullable: true, description: 'A remark kept with the request in its register.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The forms of the measures, kept beside them for counting in SQL. */
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  forms: RequestForm[];

  @Field(() => [RequestMeasure], { description: 'The assistance asked for, form by form.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  measures: RequestMeasure[];

  @Field(() => String, { nullable: true, description: 'The authority making the request (art. 18(15)(a)).' })
  @Column({ name: 'requesting_authority', type: 'text', nullable: true })
  requestingAuthority: string | null;

  @Field(() => String, { nullable: true, description: 'Contact particulars of the requesting office and officer in charge.' })
  @Column({ name: 'requesting_authority_contact', type: 'text', nullable: true })
  requestingAuthorityContact: string | null;

  @Field(() => String, { nullable: true, description: 'Name and functions of the authority conducting the proceedings (art. 18(15)(b)).' })
  @Column({ name: 'conducting_authority', type: 'text', nullable: true })
  conductingAuthority: string | null;

  @Field(() => String, { nullable: true, description: 'Subject matter of the investigation, prosecution or proceedings (art. 18(15)(b)).' })
  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Field(() => ProceedingsNature, { nullable: true, description: 'Nature of the proceedings (art. 18(15)(b)).' })
  @Column({ name: 'proceedings_nature', type: 'varchar', length: 24, nullable: true })
  proceedingsNature: ProceedingsNature | null;

  @Field(() => String, { nullable: true, description: 'Summary of the relevant facts (art. 18(15)(c)); for extradition, facts and procedural history.' })
  @Column({ type: 'text', nullable: true })
  facts: string | null;

  @Field(() => [RequestOffence])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  offences: RequestOffence[];

  /** The offences' crime types, kept beside them for counting in SQL. */
  @Column({ name: 'crime_type_codes', type: 'text', array: true, default: () => "'{}'" })
  crimeTypeCodes: string[];

  @Field(() => [RequestPerson], { description: 'Persons concerned (art. 18(15)(e)).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  persons: RequestPerson[];

  @Field(() => String, { nullable: true, description: 'The purpose for which the evidence, information or action is sought (art. 18(15)(f)).' })
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Field(() => LegalBasisKind, { nullable: true, description: 'The legal basis chosen.' })
  @Column({ name: 'legal_basis', type: 'varchar', length: 16, nullable: true })
  legalBasis: LegalBasisKind | null;

  @Column({ name: 'legal_basis_treaty_id', type: 'uuid', nullable: true })
  legalBasisTreatyId: string | null;

  @ManyToOne(() => Treaty, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'legal_basis_treaty_id' })
  legalBasisTreaty?: Treaty | null;

  @Field(() => String, { nullable: true, description: 'The basis in words: article, treaty provision, assurance of reciprocity.' })
  @Column({ name: 'legal_basis_detail', type: 'text', nullable: true })
  legalBasisDetail: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'urgency_reason', type: 'text', nullable: true })
  urgencyReason: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'confidentiality_reason', type: 'text', nullable: true })
  confidentialityReason: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the request.' })
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true, description: 'Prior contact between officers of the two States on the matter.' })
  @Column({ name: 'prior_contact', type: 'text', nullable: true })
  priorContact: string | null;

  @Field(() => String, { nullable: true, description: 'Other channels through which a copy has been or is being sent.' })
  @Column({ name: 'other_channels', type: 'text', nullable: true })
  otherChannels: string | null;

  @Field(() => String, { nullable: true, description: 'Whether officials of the requesting State wish to be present at the execution, and why.' })
  @Column({ name: 'officials_presence', type: 'text', nullable: true })
  officialsPresence: string | null;

  @Field(() => RequestPerson, { nullable: true, description: 'Extradition: the person sought and the details establishing identity.' })
  @Column({ name: 'person_sought', type: 'jsonb', nullable: true })
  personSought: RequestPerson | null;

  @Field(() => String, { nullable: true, description: 'Extradition of an accused: the warrant for arrest (issuing authority, date, reference).' })
  @Column({ name: 'arrest_warrant', type: 'text', nullable: true })
  arrestWarrant: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition of a convicted person: the conviction or detention order and that it is immediately enforceable.' })
  @Column({ type: 'text', nullable: true })
  conviction: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition of a convicted person: to what extent the sentence has been carried out.' })
  @Column({ name: 'sentence_served', type: 'text', nullable: true })
  sentenceServed: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition of a convicted person: whether the person was summoned, informed or represented, or may have the case retried.' })
  @Column({ name: 'trial_presence', type: 'text', nullable: true })
  trialPresence: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition: limitation periods and why they have not run.' })
  @Column({ type: 'text', nullable: true })
  limitation: string | null;

  @Field(() => String, { nullable: true, description: 'Extradition of an accused: the evidence substantiating the charges, in the form the requested State requires.' })
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'sent_on', type: 'date', nullable: true })
  sentOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The time limit for compliance, if any.' })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Field(() => RequestOutcome, { nullable: true })
  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome: RequestOutcome | null;

  @Field(() => [RefusalGround])
  @Column({ name: 'refusal_grounds', type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  refusalGrounds: RefusalGround[];

  /** The account that created the request, and the directory record it spoke for. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: User | null;

  @Column({ name: 'authority_id', type: 'uuid', nullable: true })
  authorityId: string | null;

  @ManyToOne(() => Authority, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Authority | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
