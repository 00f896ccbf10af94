import { normalizeCooperationKind, normalizePublicationKind, normalizeTreatyScope } from '../../../ingest/normalize';

describe('legal library normalizers', () => {
  it('treaty scope: canonical values in any spelling, and the usual words', () => {
    expect(['bilateral', 'BILATERAL', 'Regional', 'multilateral', 'international'].map((s) => normalizeTreatyScope(s))).toEqual([
      { ok: true, value: 'BILATERAL' }, { ok: true, value: 'BILATERAL' }, { ok: true, value: 'REGIONAL' },
      { ok: true, value: 'MULTILATERAL' }, { ok: true, value: 'MULTILATERAL' },
    ]);
    const bad = normalizeTreatyScope('trilateral');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('"trilateral" is not a treaty scope: use BILATERAL, REGIONAL');
  });

  it('kind of cooperation: codes, names and abbreviations', () => {
    const cases: [string, string][] = [
      ['mutual legal assistance', 'MUTUAL_LEGAL_ASSISTANCE'], ['MLA', 'MUTUAL_LEGAL_ASSISTANCE'], ['Extradition', 'EXTRADITION'],
      ['transfer of prisoners', 'TRANSFER_OF_SENTENCED_PERSONS'], ['transfer-of-proceedings', 'TRANSFER_OF_PROCEEDINGS'],
      ['JIT', 'JOINT_INVESTIGATION'], ['asset recovery', 'CONFISCATION'], ['police cooperation', 'LAW_ENFORCEMENT'],
    ];
    for (const [input, value] of cases) expect(normalizeCooperationKind(input)).toEqual({ ok: true, value });
    const bad = normalizeCooperationKind('telepathy');
    expect(!bad.ok && bad.error).toContain('is not a kind of cooperation: use EXTRADITION, MUTUAL_LEGAL_ASSISTANCE');
  });

  it('publication kind: the five kinds and their common names', () => {
    const cases: [string, string][] = [
      ['book', 'BOOK'], ['Journal article', 'ARTICLE'], ['report', 'REPORT'], ['handbook', 'MANUAL'], ['legislative guide', 'GUIDE'],
      ['working paper', 'REPORT'],
    ];
    for (const [input, value] of cases) expect(normalizePublicationKind(input)).toEqual({ ok: true, value });
    expect(normalizePublicationKind('podcast').ok).toBe(false);
  });
});
