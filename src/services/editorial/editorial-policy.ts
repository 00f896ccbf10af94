import { Role } from '../../auth/roles';
import { type RecordStatus } from '../../entities';
import { isReviewer, type Viewer } from '../viewer';
import { EDITABLE_BY_CONTRIBUTORS, type Transition } from './workflow';

/** Who may write cases and laws of a jurisdiction: the secretariat, and contributors granted that jurisdiction. */
export function mayWriteFor(viewer: Viewer, jurisdictionCode: string): boolean {
  return isReviewer(viewer) || (viewer.role === Role.CONTRIBUTOR && viewer.jurisdictions.includes(jurisdictionCode));
}

/** Who may change a record's content: the secretariat always, its jurisdiction's contributors while it is a draft. */
export function mayEdit(viewer: Viewer, record: { status: RecordStatus; jurisdictionCode: string }): boolean {
  if (isReviewer(viewer)) return true;
  return mayWriteFor(viewer, record.jurisdictionCode) && EDITABLE_BY_CONTRIBUTORS.includes(record.status);
}

/** Who may take a review step on a record. */
export function mayTake(viewer: Viewer, transition: Transition, record: { jurisdictionCode: string }): boolean {
  return transition.by === 'reviewer' ? isReviewer(viewer) : mayWriteFor(viewer, record.jurisdictionCode);
}
