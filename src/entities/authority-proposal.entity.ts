import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Authority } from './authority.entity';
import { ProposalStatus } from './enums';

/** Changes an authority account proposed to its own directory record, awaiting (or after) the secretariat's review. */
@ObjectType('AuthorityProposal', { description: 'Changes an authority proposed to its directory record.' })
@Entity('authority_proposals')
@Index('IDX_authority_proposals_status', ['status', 'createdAt'])
@Index('IDX_authority_proposals_authority', ['authorityId', 'createdAt'])
@Check('CHK_authority_proposals_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED')`)
export class AuthorityProposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId: string;

  @ManyToOne(() => Authority, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authority_id' })
  authority?: Authority;

  /** The validated changes (AuthorityChanges shape), applied as they are on approval. */
  @Column({ type: 'jsonb' })
  changes: Record<string, unknown>;

  @Field(() => ProposalStatus)
  @Column({ type: 'varchar', length: 16, default: ProposalStatus.PENDING })
  status: ProposalStatus;

  @Column({ name: 'proposed_by_id', type: 'uuid', nullable: true })
  proposedById: string | null;

  @Field({ description: 'The account (its email) that proposed the changes.' })
  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy: string;

  @Field({ description: 'When the changes were proposed.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'reviewed_by_id', type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the secretariat rejected the changes.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
