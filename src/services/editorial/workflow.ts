import { RecordStatus } from '../../entities';
import { RecordAction } from '../../entities/record-event.entity';

/** A review step a mutation may take on a case or law. */
export type ReviewStep = 'submit' | 'approve' | 'reject' | 'requestChanges' | 'withdraw';

export interface Transition {
  /** Statuses the step starts from. */
  from: readonly RecordStatus[];
  to: RecordStatus;
  /** `editor`: a contributor of the record's jurisdiction or the secretariat; `reviewer`: the secretariat only. */
  by: 'editor' | 'reviewer';
  /** Whether a reason must be given (it becomes the record's review note). */
  needsReason: boolean;
  action: RecordAction;
}

/**
 * The publication workflow. Contributors write drafts and submit them; the secretariat approves (publishes),
 * rejects, sends back for changes, or withdraws a published record. Nobody else publishes.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──approve──▶ PUBLISHED ──withdraw──▶ WITHDRAWN ──approve──▶ PUBLISHED
 *     ▲                 │  │
 *     └─requestChanges──┘  └──reject──▶ REJECTED ──requestChanges──▶ DRAFT
 */
export const TRANSITIONS: Record<ReviewStep, Transition> = {
  submit: { from: [RecordStatus.DRAFT], to: RecordStatus.SUBMITTED, by: 'editor', needsReason: false, action: RecordAction.SUBMITTED },
  approve: {
    from: [RecordStatus.SUBMITTED, RecordStatus.WITHDRAWN], to: RecordStatus.PUBLISHED, by: 'reviewer', needsReason: false,
    action: RecordAction.APPROVED,
  },
  reject: { from: [RecordStatus.SUBMITTED], to: RecordStatus.REJECTED, by: 'reviewer', needsReason: true, action: RecordAction.REJECTED },
  requestChanges: {
    from: [RecordStatus.SUBMITTED, RecordStatus.REJECTED], to: RecordStatus.DRAFT, by: 'reviewer', needsReason: true,
    action: RecordAction.CHANGES_REQUESTED,
  },
  withdraw: { from: [RecordStatus.PUBLISHED], to: RecordStatus.WITHDRAWN, by: 'reviewer', needsReason: true, action: RecordAction.WITHDRAWN },
};

/** Statuses in which a contributor may still change a record (the secretariat may change any). */
export const EDITABLE_BY_CONTRIBUTORS: readonly RecordStatus[] = [RecordStatus.DRAFT];
