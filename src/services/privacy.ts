import { type Case, type Defendant, RecordStatus, type VictimGroup } from '../entities';
import { isReviewer, type Viewer } from './viewer';
import { Role } from '../auth/roles';

/**
 * Privacy of people named in cases (as SHERLOC does it): victims, and defendants who were minors, appear to
 * the public by their initials only. Full names are kept for the secretariat and the record's editors — its
 * author, and the contributors of its jurisdiction while it is not published — so that nobody editing a record
 * sees initials in place of the names they would then save.
 */
export function canSeeFullNames(viewer: Viewer, record: Pick<Case, 'jurisdictionCode' | 'status' | 'createdBy'>): boolean {
  if (isReviewer(viewer)) return true;
  if (viewer.role !== Role.CONTRIBUTOR || viewer.userId === null) return false;
  if (record.createdBy === viewer.userId) return true;
  return record.status !== RecordStatus.PUBLISHED && viewer.jurisdictions.includes(record.jurisdictionCode);
}

/** "Maria del Carmen Ruiz-Pérez" → "M. D. C. R.-P." : the first letter of each part of each word. */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          const letter = [...part.replace(/^[^\p{L}\p{N}]+/u, '')][0];
          return letter ? `${letter.toLocaleUpperCase()}.` : '';
        })
        .filter(Boolean)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

/** A defendant under 18 at the time recorded; a legal person never is. */
export const wasMinor = (d: Pick<Defendant, 'age' | 'legalPerson'>): boolean => !d.legalPerson && d.age !== null && d.age < 18;

/** Copies that keep the prototype, so loader caches are never changed in place. */
function withName<T extends object>(item: T, name: string | null): T {
  return Object.assign(Object.create(Object.getPrototypeOf(item)), item, { name });
}

export function presentDefendants(defendants: Defendant[], fullNames: boolean): Defendant[] {
  if (fullNames) return defendants;
  return defendants.map((d) => (d.name && wasMinor(d) ? withName(d, initials(d.name)) : d));
}

export function presentVictims(victims: VictimGroup[], fullNames: boolean): VictimGroup[] {
  if (fullNames) return victims;
  return victims.map((v) => (v.name ? withName(v, initials(v.name)) : v));
}
