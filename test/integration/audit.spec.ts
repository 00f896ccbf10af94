import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let contributor: TestAccount;
const reference = `ITA-AUDIT-${process.pid}`;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
  contributor = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  const input = { reference, title: 'Procura v. Audit', country: 'ITA', crimeTypes: ['corruption'] };
  await api.query(`mutation($input: CaseInput!) { createCaseDraft(input: $input) { reference } }`, { input }, { token: contributor.token });
  await api.query(`mutation($r: String!, $input: CaseInput!) { updateCase(reference: $r, input: $input) { reference } }`,
    { r: reference, input: { ...input, title: 'Procura v. Audit (2)' } }, { token: contributor.token });
  await api.query(`mutation($r: String!) { submitCase(reference: $r) { status } }`, { r: reference }, { token: contributor.token });
  await api.query(`mutation($r: String!) { approveCase(reference: $r) { status } }`, { r: reference }, { token: secretariat.token });
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const LOG = `query($filter: AuditFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at actor action entityType entityId before after } } } }`;

describe('the audit log', () => {
  it('records every write with who, what, before and after', async () => {
    const { data, errors } = await api.query(LOG, { filter: { entityType: 'case', entityId: reference } }, { token: secretariat.token });
    expect(errors).toBeUndefined();
    const entries = data.auditLog.edges.map((e: any) => e.node).reverse();
    expect(entries.map((e: any) => [e.action, e.actor])).toEqual([
      ['case.create', contributor.email],
      ['case.update', contributor.email],
      ['case.submit', contributor.email],
      ['case.approve', secretariat.email],
    ]);
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ reference, title: 'Procura v. Audit', status: 'DRAFT', crimeTypes: ['corruption'] });
    expect(entries[1].before.title).toBe('Procura v. Audit');
    expect(entries[1].after.title).toBe('Procura v. Audit (2)');
    expect(entries[3]).toMatchObject({ before: { status: 'SUBMITTED' }, after: { status: 'PUBLISHED' } });
  });

  it('also records account changes, and pages newest first', async () => {
    const { data } = await api.query(LOG, { filter: { entityType: 'user', entityId: contributor.email } }, { token: secretariat.token });
    expect(data.auditLog.edges[0].node).toMatchObject({ action: 'user.create', actor: 'cli:test', after: { role: 'CONTRIBUTOR', jurisdictions: ['ITA'] } });
    const first = await api.query(LOG, { first: 2 }, { token: secretariat.token });
    const second = await api.query(LOG, { first: 2, after: first.data.auditLog.pageInfo.endCursor }, { token: secretariat.token });
    const ids = [...first.data.auditLog.edges, ...second.data.auditLog.edges].map((e: any) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);
  });

  it('is read by the secretariat only', async () => {
    const researcher = await account(api, Role.RESEARCHER);
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [contributor.token, 'FORBIDDEN'], [researcher.token, 'FORBIDDEN']] as const) {
      const result = await api.query(LOG, {}, { token });
      expect(result.errors![0].extensions!.code).toBe(code);
      expect(result.data).toBeNull();
    }
  });

  it.each(['audit_log', 'record_history'])('%s is append-only in the database itself', async (table) => {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    expect(n).toBeGreaterThan(0);
    for (const statement of [`UPDATE ${table} SET at = now()`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
      await expect(dataSource.query(statement)).rejects.toThrow(/append-only/);
    }
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n).toBe(n);
  });

  it('rolls back with the write it records: a refused write leaves no entry', async () => {
    const count = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [reference]))[0].n;
    const before = await count();
    const refused = await api.query(`mutation($r: String!) { approveCase(reference: $r) { status } }`, { r: reference }, { token: secretariat.token });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});
