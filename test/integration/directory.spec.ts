import { type DataSource } from 'typeorm';
import { parse as parseCsv } from 'csv-parse/sync';
import { type GraphQLObjectType } from 'graphql';
import { buildPortalSchema } from '../../src/schema/build-schema';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let researcher: TestAccount;
let contributor: TestAccount;
let authorityUser: TestAccount;
let otherAuthorityUser: TestAccount;
let authorityId: string;
let otherAuthorityId: string;

/** Values that must never reach a caller without the right, in any form. */
const SECRETS = ['mla@giustizia.example', '+39 06 6885 1', 'Via Arenula 70', 'Dott.ssa Anna Verdi', 'anna.verdi@giustizia.example', '24/7 duty prosecutor'];

const INPUT = {
  country: 'Italy',
  name: `Ministero della Giustizia ${process.pid}`,
  kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'],
  designations: ['UNTOC_ART_16', 'UNTOC_ART_18'],
  contact: { email: 'mla@giustizia.example', phone: '+39 06 6885 1', address: 'Via Arenula 70, 00186 Roma' },
  persons: [{ name: 'Dott.ssa Anna Verdi', title: 'Director', email: 'anna.verdi@giustizia.example', languages: ['Italian', 'en'] }],
  officeHours: 'Mon–Fri 09:00–17:00',
  timeZone: 'Europe/Rome',
  languages: ['it', 'English', 'fr'],
  documentsRequired: 'A certified translation into Italian.',
  formats: ['original signed request', 'scanned copy by e-mail in urgent cases'],
  channels: ['diplomatic channels', 'direct transmission between central authorities'],
  interpolAccepted: true,
  urgentProcedure: '24/7 duty prosecutor',
  comments: 'Bilateral treaties with 40 States.',
};

const CREATE = `mutation($input: AuthorityInput!) { createAuthority(input: $input) {
  id name jurisdiction { code } kinds designations contact { email phone address } persons { name languages } timeZone languages } }`;

const codes = (result: GraphqlResult) => (result.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  contributor = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  const created = await api.query(CREATE, { input: INPUT }, { token: secretariat.token });
  expect(created.errors).toBeUndefined();
  authorityId = created.data.createAuthority.id;
  const other = await api.query(CREATE, { input: { ...INPUT, country: 'FRA', name: `Ministère de la Justice ${process.pid}`, persons: [] } }, { token: secretariat.token });
  otherAuthorityId = other.data.createAuthority.id;
  authorityUser = await account(api, Role.AUTHORITY, { authorityId });
  otherAuthorityUser = await account(api, Role.AUTHORITY, { authorityId: otherAuthorityId });
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('the directory for the secretariat', () => {
  it('creates a record with every field, normalized', async () => {
    const { data } = await api.query(
      `query($id: ID!) { authority(id: $id) { name jurisdiction { code } kinds designations contact { email phone address }
        persons { name title email languages } officeHours timeZone languages documentsRequired formats channels interpolAccepted
        urgentProcedure comments regionalNetworks conventionAsExtraditionBasis } }`,
      { id: authorityId },
      { token: secretariat.token },
    );
    expect(data.authority).toMatchObject({
      jurisdiction: { code: 'ITA' }, kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'], designations: ['UNTOC_ART_16', 'UNTOC_ART_18'],
      contact: { email: 'mla@giustizia.example', phone: '+39 06 6885 1', address: 'Via Arenula 70, 00186 Roma' },
      persons: [{ name: 'Dott.ssa Anna Verdi', title: 'Director', email: 'anna.verdi@giustizia.example', languages: ['it', 'en'] }],
      timeZone: 'Europe/Rome', languages: ['it', 'en', 'fr'], interpolAccepted: true, regionalNetworks: [],
    });
  });

  it('refuses bad input, naming the field, the value and what is accepted', async () => {
    const result = await api.query(
      CREATE,
      { input: { ...INPUT, country: 'Narnia', contact: { email: 'not-an-email' }, timeZone: 'Mars/Olympus', languages: ['Klingonese'] } },
      { token: secretariat.token },
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const fields = (result.errors![0].extensions!.fieldErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['contact.email', 'country', 'languages[0]', 'timeZone']);
    expect(result.errors![0].message).toMatch(/timeZone: "Mars\/Olympus" must be an IANA time zone/);
  });

  it('is written by the secretariat only', async () => {
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [researcher.token, 'FORBIDDEN'], [contributor.token, 'FORBIDDEN'], [authorityUser.token, 'FORBIDDEN']] as const) {
      expect(codes(await api.query(CREATE, { input: INPUT }, { token }))).toEqual([code]);
      const update = await api.query(`mutation($id: ID!) { updateAuthority(id: $id, input: { name: "Hijacked" }) { id } }`, { id: authorityId }, { token });
      expect(codes(update)).toEqual([code]);
      expect(codes(await api.query(`mutation($id: ID!) { removeAuthority(id: $id) }`, { id: authorityId }, { token }))).toEqual([code]);
    }
    const { data } = await api.query(`query($id: ID!) { authority(id: $id) { name } }`, { id: authorityId });
    expect(data.authority.name).toBe(INPUT.name);
  });

  it('sets the networks a State belongs to; the declaration comes from the ratification', async () => {
    const set = await api.query(
      `mutation { setCooperationNetworks(country: "ITA", networks: ["European Judicial Network", "Eurojust", "European Judicial Network"]) }`,
      {},
      { token: secretariat.token },
    );
    expect(set.data.setCooperationNetworks).toEqual(['Eurojust', 'European Judicial Network']);
    await dataSource.query(
      `INSERT INTO ratifications (jurisdiction_code, instrument_code, convention_as_extradition_basis) VALUES ('ITA', 'UNTOC', true)
       ON CONFLICT (jurisdiction_code, instrument_code) DO UPDATE SET convention_as_extradition_basis = true`,
    );
    const { data } = await api.query(`{ authorities(country: "Italy") { id regionalNetworks conventionAsExtraditionBasis } }`);
    expect(data.authorities.find((a: any) => a.id === authorityId)).toEqual({
      id: authorityId, regionalNetworks: ['Eurojust', 'European Judicial Network'], conventionAsExtraditionBasis: true,
    });
    const unknown = await api.query(`{ authorities(country: "Atlantis") { id } }`);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
  });

  it('exports the directory as JSON and CSV', async () => {
    const json = await api.query(`{ directoryExport(format: JSON) }`, {}, { token: secretariat.token });
    const entries = JSON.parse(json.data.directoryExport);
    const italian = entries.find((e: any) => e.id === authorityId);
    expect(italian).toMatchObject({ country: { code: 'ITA' }, contact: { email: 'mla@giustizia.example' }, persons: [{ name: 'Dott.ssa Anna Verdi' }] });
    const csv = await api.query(`{ directoryExport(format: CSV) }`, {}, { token: secretariat.token });
    const rows = parseCsv(csv.data.directoryExport, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === authorityId)!;
    expect(row).toMatchObject({ country_code: 'ITA', email: 'mla@giustizia.example', kinds: 'EXTRADITION; MUTUAL_LEGAL_ASSISTANCE', interpol_accepted: 'yes' });
    expect(row.persons).toMatch(/^Dott\.ssa Anna Verdi \(Director\) <anna\.verdi@giustizia\.example> \[it, en\]$/);
  });
});

describe('restricted fields', () => {
  /** Every field of Authority that the public may read; everything else is restricted. */
  const PUBLIC_FIELDS = ['id', 'name', 'jurisdiction', 'kinds', 'designations', 'regionalNetworks', 'conventionAsExtraditionBasis', 'updatedAt'];

  const everyRestrictedSelection = (type: GraphQLObjectType) =>
    Object.values(type.getFields())
      .filter((f) => !PUBLIC_FIELDS.includes(f.name))
      .map((f) => {
        const named = String(f.type).replace(/[[\]!]/g, '');
        const sub = named === 'AuthorityContact' ? ' { email phone fax address website }' : named === 'AuthorityPerson' ? ' { name email phone }' : '';
        return `${f.name}${sub}`;
      });

  let RESTRICTED: string[];
  beforeAll(async () => {
    const schema = await buildPortalSchema();
    RESTRICTED = everyRestrictedSelection(schema.getType('Authority') as GraphQLObjectType);
    expect(RESTRICTED.map((s) => s.split(' ')[0])).toEqual(expect.arrayContaining(['contact', 'persons', 'officeHours', 'comments']));
  });

  /** Every way to reach an authority's fields: lists, lookups, nested, aliases, fragments. */
  const paths = (selection: string) => [
    `{ authorities { id ${selection} } }`,
    `{ authorities(country: "ITA") { ${selection} } }`,
    `query($id: ID!) { authority(id: $id) { ${selection} } }`,
    `{ jurisdiction(code: "ITA") { authorities { ${selection} } } }`,
    `query($id: ID!) { a: authority(id: $id) { name x: ${selection} } }`,
    `query($id: ID!) { authority(id: $id) { ...F } } fragment F on Authority { ${selection} }`,
    `query($id: ID!) { authority(id: $id) { ... on Authority { ${selection} } } }`,
    `{ me { authority { ${selection} } } }`,
  ];

  it.each([
    ['anonymous', () => undefined, 'UNAUTHENTICATED'],
    ['a researcher', () => researcher.token, 'FORBIDDEN'],
    ['a contributor', () => contributor.token, 'FORBIDDEN'],
  ])('are refused to %s by every path, with no value', async (_who, token, code) => {
    for (const selection of RESTRICTED) {
      for (const query of paths(selection)) {
        const result = await api.query(query, { id: authorityId }, { token: token() });
        const text = JSON.stringify(result.data ?? null);
        for (const secret of SECRETS) expect(text).not.toContain(secret);
        if (query.includes('me {')) continue; // no account, or an account without an authority: nothing to refuse
        expect(codes(result).length).toBeGreaterThan(0);
        expect(new Set(codes(result))).toEqual(new Set([code]));
      }
    }
  });

  it('leave the public fields readable to everyone', async () => {
    const { data, errors } = await api.query(`query($id: ID!) { authority(id: $id) { name jurisdiction { code } kinds designations } }`, { id: authorityId });
    expect(errors).toBeUndefined();
    expect(data.authority).toEqual({ name: INPUT.name, jurisdiction: { code: 'ITA' }, kinds: INPUT.kinds, designations: INPUT.designations });
  });

  it('are read by authority accounts (every authority, not only their own) and the secretariat', async () => {
    for (const token of [authorityUser.token, otherAuthorityUser.token, secretariat.token]) {
      const result = await api.query(`query($id: ID!) { authority(id: $id) { contact { email } persons { name } officeHours } }`, { id: authorityId }, { token });
      expect(result.errors).toBeUndefined();
      expect(result.data.authority).toEqual({ contact: { email: 'mla@giustizia.example' }, persons: [{ name: 'Dott.ssa Anna Verdi' }], officeHours: 'Mon–Fri 09:00–17:00' });
    }
  });

  it('never leave through the export, the proposals or the audit log', async () => {
    for (const token of [undefined, researcher.token, contributor.token, authorityUser.token]) {
      for (const query of [
        `{ directoryExport(format: JSON) }`,
        `{ directoryExport(format: CSV) }`,
        `{ auditLog(filter: { entityType: "authority" }) { edges { node { before after } } } }`,
      ]) {
        const result = await api.query(query, {}, { token });
        expect(codes(result)).toEqual([token ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
        expect(result.data).toBeNull();
      }
    }
    for (const token of [undefined, researcher.token, contributor.token]) {
      const result = await api.query(`{ authorityProposals { edges { node { changes } } } }`, {}, { token });
      expect(codes(result)).toEqual([token ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
  });
});

describe('changes proposed by authorities', () => {
  const PROPOSE = `mutation($input: AuthorityChangesInput!) { proposeAuthorityChanges(input: $input) { id status authority { id } changes } }`;

  it('wait for the secretariat, which approves them into the record', async () => {
    const proposed = await api.query(PROPOSE, { input: { officeHours: 'Mon–Thu 08:00–16:00', contact: { email: 'new@giustizia.example' } } }, { token: authorityUser.token });
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data.proposeAuthorityChanges).toMatchObject({ status: 'PENDING', authority: { id: authorityId } });
    const before = await api.query(`query($id: ID!) { authority(id: $id) { officeHours } }`, { id: authorityId }, { token: secretariat.token });
    expect(before.data.authority.officeHours).toBe('Mon–Fri 09:00–17:00');

    const id = proposed.data.proposeAuthorityChanges.id;
    expect(codes(await api.query(`mutation($id: ID!) { approveAuthorityProposal(id: $id) { status } }`, { id }, { token: authorityUser.token }))).toEqual(['FORBIDDEN']);
    const approved = await api.query(`mutation($id: ID!) { approveAuthorityProposal(id: $id) { status reviewedBy } }`, { id }, { token: secretariat.token });
    expect(approved.data.approveAuthorityProposal).toEqual({ status: 'APPROVED', reviewedBy: secretariat.email });
    const after = await api.query(`query($id: ID!) { authority(id: $id) { officeHours contact { email phone } persons { name } } }`, { id: authorityId }, { token: secretariat.token });
    expect(after.data.authority).toEqual({ officeHours: 'Mon–Thu 08:00–16:00', contact: { email: 'new@giustizia.example', phone: null }, persons: [{ name: 'Dott.ssa Anna Verdi' }] });
    const again = await api.query(`mutation($id: ID!) { approveAuthorityProposal(id: $id) { status } }`, { id }, { token: secretariat.token });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('can be rejected with a reason, and each authority sees only its own', async () => {
    const proposed = await api.query(PROPOSE, { input: { name: 'A new name' } }, { token: authorityUser.token });
    const id = proposed.data.proposeAuthorityChanges.id;
    expect(codes(await api.query(`mutation($id: ID!) { rejectAuthorityProposal(id: $id, reason: "") { status } }`, { id }, { token: secretariat.token }))).toEqual(['BAD_USER_INPUT']);
    const rejected = await api.query(`mutation($id: ID!) { rejectAuthorityProposal(id: $id, reason: "Send the notification first") { status reason } }`, { id }, { token: secretariat.token });
    expect(rejected.data.rejectAuthorityProposal).toEqual({ status: 'REJECTED', reason: 'Send the notification first' });
    const LIST = `{ authorityProposals(first: 100) { totalCount edges { node { id authority { id } } } } }`;
    const own = await api.query(LIST, {}, { token: authorityUser.token });
    expect(own.data.authorityProposals.edges.every((e: any) => e.node.authority.id === authorityId)).toBe(true);
    expect(own.data.authorityProposals.edges.map((e: any) => e.node.id)).toContain(id);
    const other = await api.query(LIST, {}, { token: otherAuthorityUser.token });
    expect(other.data.authorityProposals).toEqual({ totalCount: 0, edges: [] });
    const all = await api.query(`{ authorityProposals(status: REJECTED, first: 100) { edges { node { id status } } } }`, {}, { token: secretariat.token });
    expect(all.data.authorityProposals.edges).toContainEqual({ node: { id, status: 'REJECTED' } });
  });

  it('are refused from other roles and may not change the State', async () => {
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [researcher.token, 'FORBIDDEN'], [contributor.token, 'FORBIDDEN'], [secretariat.token, 'FORBIDDEN']] as const) {
      expect(codes(await api.query(PROPOSE, { input: { name: 'X' } }, { token }))).toEqual([code]);
    }
    const moved = await api.query(PROPOSE, { input: { country: 'FRA' } }, { token: authorityUser.token });
    expect(codes(moved)).toEqual(['BAD_USER_INPUT']);
    expect(moved.errors![0].extensions!.field).toBe('input.country');
  });
});
