import { type RecordStatus } from '../../entities';
import { isReviewer, mayWriteFor, type Viewer } from '../viewer';
import { EDITABLE_BY_CONTRIBUTORS, type Transition } from './workflow';

export { mayWriteFor };

/** Who may change a record's content: the secretariat always, its jurisdiction's contributors while it is a draft. */
export function mayEdit(viewer: Viewer, record: { status: RecordStatus; jurisdictionCode: string }): boolean {
  if (isReviewer(viewer)) return true;
  return mayWriteFor(viewer, record.jurisdictionCode) && EDITABLE_BY_CONTRIBUTORS.includes(record.status);
}

/** Who may take a review step on a record. */
export function mayTake(viewer: Viewer, transition: Transition, record: { jurisdictionCode: string }): boolean {
  return transition.by === 'reviewer' ? isReviewer(viewer) : mayWriteFor(viewer, record.jurisdictionCode);
}
