import { Role } from '../../../src/auth/roles';
import { RecordStatus } from '../../../src/entities';
import { canSeeFullNames, initials, wasMinor } from '../../../src/services/privacy';
import { ANONYMOUS, type Viewer } from '../../../src/services/viewer';

describe('initials', () => {
  it.each([
    ['Mario Rossi', 'M. R.'],
    ['  maria   del carmen Ruiz-Pérez ', 'M. D. C. R.-P.'],
    ['Ólafur Ragnar', 'Ó. R.'],
    ["O'Brien", 'O.'],
    ['Ngozi', 'N.'],
    ['(unknown)', 'U.'],
    ['', ''],
  ])('%s → %s', (name, expected) => expect(initials(name)).toBe(expected));
});

describe('minors', () => {
  it('are natural persons under 18; an unknown age is not a minor', () => {
    expect(wasMinor({ age: 17, legalPerson: false })).toBe(true);
    expect(wasMinor({ age: 18, legalPerson: false })).toBe(false);
    expect(wasMinor({ age: null, legalPerson: false })).toBe(false);
    expect(wasMinor({ age: 3, legalPerson: true })).toBe(false);
  });
});

describe('who reads full names', () => {
  const viewer = (role: Viewer['role'], jurisdictions: string[] = [], userId = 'me'): Viewer => ({ userId, email: 'x', role, jurisdictions, authorityId: null });
  const record = (status: RecordStatus, createdBy: string | null = 'someone') => ({ jurisdictionCode: 'ITA', status, createdBy });

  it('the secretariat and admins, always', () => {
    for (const role of [Role.SECRETARIAT, Role.ADMIN]) expect(canSeeFullNames(viewer(role), record(RecordStatus.PUBLISHED))).toBe(true);
  });

  it('the author, always; the contributors of the jurisdiction while the record is not published', () => {
    expect(canSeeFullNames(viewer(Role.CONTRIBUTOR, ['FRA']), record(RecordStatus.PUBLISHED, 'me'))).toBe(true);
    expect(canSeeFullNames(viewer(Role.CONTRIBUTOR, ['ITA']), record(RecordStatus.DRAFT))).toBe(true);
    expect(canSeeFullNames(viewer(Role.CONTRIBUTOR, ['ITA']), record(RecordStatus.PUBLISHED))).toBe(false);
    expect(canSeeFullNames(viewer(Role.CONTRIBUTOR, ['FRA']), record(RecordStatus.DRAFT))).toBe(false);
  });

  it('nobody else', () => {
    for (const v of [ANONYMOUS, viewer(Role.RESEARCHER), viewer(Role.AUTHORITY)]) {
      expect(canSeeFullNames(v, record(RecordStatus.PUBLISHED, v.userId))).toBe(false);
    }
  });
});
