import {
  type Normalized, normalizeLegalBasisKind, normalizeRefusalGround, normalizeRequestDirection, normalizeRequestEventType,
  normalizeRequestForm, normalizeRequestKind, normalizeRequestStatus,
} from '../../../ingest/normalize';
import { generateRequestRegister, SYNTHETIC_REQUEST_NOTE } from '../../../ingest/generate/requests';

const value = <T>(n: Normalized<T>) => (n.ok ? n.value : `error: ${n.error}`);

describe('request register normalizers', () => {
  it.each([
    ['outgoing', 'OUTGOING', normalizeRequestDirection],
    ['Received', 'INCOMING', normalizeRequestDirection],
    ['MLA', 'MUTUAL_LEGAL_ASSISTANCE', normalizeRequestKind],
    ['Transfer of sentenced persons', 'TRANSFER_OF_SENTENCED_PERSONS', normalizeRequestKind],
    ['bank records', 'DOCUMENTS_AND_RECORDS', normalizeRequestForm],
    ['Search and seizure', 'SEARCH_AND_SEIZURE', normalizeRequestForm],
    ['in execution', 'IN_EXECUTION', normalizeRequestStatus],
    ['denied', 'REFUSED', normalizeRequestStatus],
    ['UNTOC', 'CONVENTION', normalizeLegalBasisKind],
    ['national law', 'DOMESTIC_LAW', normalizeLegalBasisKind],
    ['ordre public', 'SOVEREIGNTY_SECURITY_PUBLIC_ORDER', normalizeRefusalGround],
    ['dual criminality', 'DUAL_CRIMINALITY', normalizeRefusalGround],
    ['additional information requested', 'ADDITIONAL_INFORMATION_REQUESTED', normalizeRequestEventType],
  ] as [string, string, (s: string) => Normalized<string>][])('%s → %s', (input, expected, normalize) => {
    expect(value(normalize(input))).toBe(expected);
  });

  it('refuses what it does not know, naming the value and listing what is accepted', () => {
    expect(value(normalizeRequestKind('rogatory commission'))).toMatch(/"rogatory commission" is not a kind of request: use EXTRADITION, MUTUAL_LEGAL_ASSISTANCE/);
    expect(value(normalizeRefusalGround('bad weather'))).toMatch(/is not a refusal ground: use NOT_IN_CONFORMITY/);
  });
});

describe('the demo register generator', () => {
  const input = {
    cases: [
      { reference: 'SYN-ITA-2019-000001', title: 'Procura v. Rossi', country: 'ITA', decisionDate: '2019-05-02', crimeTypes: ['trafficking-in-persons'], type: 'mutual-legal-assistance', counterpart: 'NGA' },
      { reference: 'SYN-ITA-2023-000002', title: 'Procura v. Bianchi', country: 'ITA', decisionDate: '2023-05-02', crimeTypes: ['drug-offences'], type: 'extradition', counterpart: 'ALB' },
      { reference: 'SYN-ITA-2001-000003', title: 'Procura v. Verdi', country: 'ITA', decisionDate: '2001-05-02', crimeTypes: ['fraud'], type: 'extradition', counterpart: 'FRA' },
    ],
    treaties: [{ reference: 'SYN-T-ALB-ITA-EXT-1990', kinds: ['EXTRADITION'], inForceOn: '1992-01-01', parties: [{ country: 'ALB', inForceOn: null }, { country: 'ITA', inForceOn: null }] }],
    ratifications: [{ country: 'ITA', ratifiedOn: '2006-08-02', conventionAsExtraditionBasis: true }, { country: 'NGA', ratifiedOn: '2001-06-28', conventionAsExtraditionBasis: true }],
    seed: 7, asOf: '2025-12-31',
  };

  it('is deterministic, labelled synthetic, and fits the cases and the library', () => {
    const records = [...generateRequestRegister(input)];
    expect(JSON.stringify([...generateRequestRegister(input)])).toBe(JSON.stringify(records));
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const r of records) {
      expect(r.reference).toMatch(/^SYN-(ITA|NGA|ALB)-(MLA|EXT)-\d{4}-\d{4}$/);
      expect(r.note).toBe(SYNTHETIC_REQUEST_NOTE);
      expect(r.case).not.toBe('SYN-ITA-2001-000003'); // before the register's years
      if (r.kind === 'EXTRADITION') expect(r).toMatchObject({ legalBasis: 'TREATY', legalBasisTreaty: 'SYN-T-ALB-ITA-EXT-1990' });
      else expect(r.legalBasis).toBe('CONVENTION');
      expect(r.owningState).toBe(r.direction === 'OUTGOING' ? r.requestingState : r.requestedState);
    }
  });
});
