import { Role } from '../../../src/auth/roles';
import { ANONYMOUS, hasRole, visibleRecordsSql, type Viewer } from '../../../src/services/viewer';
import { mayEdit, mayTake, mayWriteFor } from '../../../src/services/editorial/editorial-policy';
import { TRANSITIONS } from '../../../src/services/editorial/workflow';
import { RecordStatus } from '../../../src/entities';

const viewer = (role: Viewer['role'], jurisdictions: string[] = []): Viewer => ({ userId: 'u', email: 'e', role, jurisdictions, authorityId: null });

describe('the visibility rule', () => {
  it('gives the public, researchers and authorities published records only', () => {
    for (const v of [ANONYMOUS, viewer(Role.RESEARCHER), viewer(Role.AUTHORITY)]) expect(visibleRecordsSql('c', v)).toBe(`c.status = 'PUBLISHED'`);
  });

  it('adds the records of their jurisdictions for contributors, and everything for the secretariat', () => {
    expect(visibleRecordsSql('c', viewer(Role.CONTRIBUTOR, ['ITA', 'FRA']))).toBe(`(c.status = 'PUBLISHED' OR c.jurisdiction_code IN ('ITA', 'FRA'))`);
    expect(visibleRecordsSql('c', viewer(Role.SECRETARIAT))).toBe('TRUE');
    expect(visibleRecordsSql('c', viewer(Role.ADMIN))).toBe('TRUE');
  });

  it('never inlines anything but a jurisdiction code', () => {
    const sql = visibleRecordsSql('c', viewer(Role.CONTRIBUTOR, ["ITA') OR TRUE --", 'FRA']));
    expect(sql).toBe(`(c.status = 'PUBLISHED' OR c.jurisdiction_code IN ('FRA'))`);
    expect(visibleRecordsSql('c', viewer(Role.CONTRIBUTOR, []))).toBe(`c.status = 'PUBLISHED'`);
  });

  it('lets an admin hold the rights of the secretariat', () => {
    expect(hasRole(viewer(Role.ADMIN), [Role.SECRETARIAT])).toBe(true);
    expect(hasRole(viewer(Role.SECRETARIAT), [Role.ADMIN])).toBe(false);
    expect(hasRole(ANONYMOUS, [Role.RESEARCHER])).toBe(false);
  });
});

describe('the editorial rules', () => {
  const italy = viewer(Role.CONTRIBUTOR, ['ITA']);
  const record = (status: RecordStatus) => ({ status, jurisdictionCode: 'ITA' });

  it('let contributors write for their jurisdictions and change drafts only', () => {
    expect(mayWriteFor(italy, 'ITA')).toBe(true);
    expect(mayWriteFor(italy, 'FRA')).toBe(false);
    expect(mayEdit(italy, record(RecordStatus.DRAFT))).toBe(true);
    for (const status of [RecordStatus.SUBMITTED, RecordStatus.PUBLISHED, RecordStatus.REJECTED, RecordStatus.WITHDRAWN]) {
      expect(mayEdit(italy, record(status))).toBe(false);
      expect(mayEdit(viewer(Role.SECRETARIAT), record(status))).toBe(true);
    }
    expect(mayEdit(viewer(Role.RESEARCHER), record(RecordStatus.DRAFT))).toBe(false);
  });

  it('leave every step that publishes or unpublishes to the secretariat', () => {
    for (const [step, transition] of Object.entries(TRANSITIONS)) {
      const byContributor = mayTake(italy, transition, { jurisdictionCode: 'ITA' });
      expect([step, byContributor]).toEqual([step, step === 'submit']);
      expect(mayTake(viewer(Role.SECRETARIAT), transition, { jurisdictionCode: 'ITA' })).toBe(true);
      if (transition.to === RecordStatus.PUBLISHED || transition.from.includes(RecordStatus.PUBLISHED)) expect(transition.by).toBe('reviewer');
    }
  });
});
