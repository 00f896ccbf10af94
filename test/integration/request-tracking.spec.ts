import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

/** requestReminders and overdueRequests: what waits on whom, through the real mutations, and who reads them. */
let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let researcher: TestAccount;
let ita: TestAccount;
let fra: TestAccount;
let incomingId: string;
let draftId: string;

const REMINDERS = `{ requestReminders(first: 200) { request { id subject } action waitingOn waitingOnUs since dueOn overdue } }`;
const OVERDUE = `{ overdueRequests(first: 200) { request { id subject } action waitingOn overdue } }`;
const SUBJECT = `Tracked request ${process.pid}`;
const codes = (r: GraphqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
const event = (id: string, e: Record<string, unknown>, token: string) =>
  api.query(`mutation($id: ID!, $event: RequestEventInput!) { recordRequestEvent(id: $id, event: $event) { status } }`, { id, event: e }, { token });
const mine = (r: GraphqlResult, key: string) =>
  (r.data?.[key] ?? []).filter((x: { request: { subject: string | null } }) => x.request.subject?.startsWith(SUBJECT));

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  const authority = async (country: string) => {
    const r = await api.query(`mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`,
      { input: { country, name: `Tracking authority ${country} ${process.pid}`, kinds: ['MUTUAL_LEGAL_ASSISTANCE'] } }, { token: secretariat.token });
    return account(api, Role.AUTHORITY, { authorityId: r.data.createAuthority.id });
  };
  ita = await authority('ITA');
  fra = await authority('FRA');
  const incoming = await api.query(`mutation($input: RequestInput!) { createRequest(input: $input) { id status } }`, {
    input: { kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'INCOMING', requestingState: 'NGA', requestedState: 'ITA', reference: 'NGA/2024/11',
      subject: `${SUBJECT} incoming`, receivedOn: '2024-02-01', dueOn: '2024-05-01' },
  }, { token: ita.token });
  expect(incoming.errors).toBeUndefined();
  incomingId = incoming.data.createRequest.id;
  const draft = await api.query(`mutation($input: RequestInput!) { createRequest(input: $input) { id } }`, {
    input: { kind: 'EXTRADITION', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'BRA', subject: `${SUBJECT} draft` },
  }, { token: ita.token });
  expect(draft.errors).toBeUndefined();
  draftId = draft.data.createRequest.id;
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

describe('reminders and overdue lists', () => {
  it('show nothing to anyone outside the State and the secretariat', async () => {
    for (const token of [undefined, researcher.token, fra.token]) {
      for (const [query, key] of [[REMINDERS, 'requestReminders'], [OVERDUE, 'overdueRequests']] as const) {
        const r = await api.query(query, {}, { token });
        expect(r.errors).toBeUndefined();
        expect(JSON.stringify(r.data)).not.toContain(SUBJECT);
        if (token !== fra.token) expect(r.data[key]).toEqual([]);
      }
    }
  });

  it("tell the State's authority what waits on whom, overdue first", async () => {
    const r = await api.query(REMINDERS, {}, { token: ita.token });
    expect(r.errors).toBeUndefined();
    expect(mine(r, 'requestReminders')).toEqual([
      { request: { id: incomingId, subject: `${SUBJECT} incoming` }, action: 'EXECUTE', waitingOn: 'ITA', waitingOnUs: true, since: '2024-02-01', dueOn: '2024-05-01', overdue: true },
      expect.objectContaining({ request: { id: draftId, subject: `${SUBJECT} draft` }, action: 'SEND', waitingOn: 'ITA', waitingOnUs: true, dueOn: null, overdue: false }),
    ]);
    const overdue = await api.query(OVERDUE, {}, { token: ita.token });
    expect(mine(overdue, 'overdueRequests').map((x: { request: { id: string } }) => x.request.id)).toEqual([incomingId]);
  });

  it('follow the events: information asked waits on the requesting State, supplied goes back to execution, closed leaves the lists', async () => {
    expect((await event(incomingId, { type: 'ADDITIONAL_INFORMATION_REQUESTED', date: '2024-03-01', note: 'Bank records: which accounts?' }, ita.token)).errors).toBeUndefined();
    let r = await api.query(REMINDERS, {}, { token: ita.token });
    expect(mine(r, 'requestReminders')[0]).toMatchObject({ action: 'SUPPLY_INFORMATION', waitingOn: 'NGA', waitingOnUs: false, since: '2024-03-01' });
    expect((await event(incomingId, { type: 'NOTE', date: '2024-03-05', note: 'Called the central authority' }, ita.token)).errors).toBeUndefined();
    r = await api.query(REMINDERS, {}, { token: ita.token });
    expect(mine(r, 'requestReminders')[0]).toMatchObject({ action: 'SUPPLY_INFORMATION', since: '2024-03-01' });
    expect((await event(incomingId, { type: 'ADDITIONAL_INFORMATION_PROVIDED', date: '2024-03-20' }, ita.token)).errors).toBeUndefined();
    r = await api.query(REMINDERS, {}, { token: ita.token });
    expect(mine(r, 'requestReminders')[0]).toMatchObject({ action: 'EXECUTE', waitingOn: 'ITA', since: '2024-03-20' });
    // The secretariat reads them too.
    const s = await api.query(REMINDERS, {}, { token: secretariat.token });
    expect(mine(s, 'requestReminders').map((x: { request: { id: string } }) => x.request.id)).toContain(incomingId);
    expect((await event(incomingId, { type: 'EXECUTED', date: '2024-06-02' }, ita.token)).errors).toBeUndefined();
    r = await api.query(REMINDERS, {}, { token: ita.token });
    expect(mine(r, 'requestReminders').map((x: { request: { id: string } }) => x.request.id)).toEqual([draftId]);
    expect(mine(await api.query(OVERDUE, {}, { token: ita.token }), 'overdueRequests')).toEqual([]);
  });

  it('refuses a bad page size, naming it', async () => {
    const r = await api.query(`{ requestReminders(first: 500) { action } }`, {}, { token: ita.token });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toContain('first');
  });
});

describe('what the tracking pages ask of the API', () => {
  const create = async (input: Record<string, unknown>) => {
    const r = await api.query(`mutation($input: RequestInput!) { createRequest(input: $input) { id } }`, { input }, { token: ita.token });
    expect(r.errors).toBeUndefined();
    return r.data.createRequest.id as string;
  };
  const ONE = `query($id: ID!) { request(id: $id) { status overdue allowedEvents } }`;

  it('filters the reminder and overdue lists by direction and status, as the request list', async () => {
    const incoming = await create({ kind: 'EXTRADITION', direction: 'INCOMING', requestingState: 'DEU', requestedState: 'ITA',
      subject: `${SUBJECT} filtered incoming`, receivedOn: '2024-01-10', dueOn: '2024-02-10' });
    const outgoing = await create({ kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'DEU',
      subject: `${SUBJECT} filtered outgoing`, dueOn: '2024-02-11' });
    const ids = (r: GraphqlResult, key: string) => mine(r, key).map((x: { request: { id: string } }) => x.request.id);
    const query = (name: string) => `query($filter: RequestFilter) { ${name}(first: 200, filter: $filter) { request { id subject } action } }`;
    for (const name of ['requestReminders', 'overdueRequests']) {
      const inOnly = await api.query(query(name), { filter: { direction: 'INCOMING', counterpart: 'DEU' } }, { token: ita.token });
      expect(inOnly.errors).toBeUndefined();
      expect(ids(inOnly, name)).toEqual([incoming]);
      const drafts = await api.query(query(name), { filter: { statuses: ['DRAFT'], counterpart: 'deu' } }, { token: ita.token });
      expect(ids(drafts, name)).toEqual([outgoing]);
      // The filter narrows what the viewer reads; it never widens it.
      const other = await api.query(query(name), { filter: { direction: 'INCOMING', counterpart: 'DEU' } }, { token: fra.token });
      expect(ids(other, name)).toEqual([]);
      const bad = await api.query(query(name), { filter: { counterpart: 'Atlantis' } }, { token: ita.token });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].message).toContain('filter.counterpart');
    }
  });

  it("says which events the State's authority may record next, and none to readers", async () => {
    const id = await create({ kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'INCOMING', requestingState: 'AUT', requestedState: 'ITA',
      subject: `${SUBJECT} next events`, receivedOn: '2024-04-02', dueOn: '2024-05-02' });
    let r = await api.query(ONE, { id }, { token: ita.token });
    expect(r.data.request).toEqual({
      status: 'RECEIVED', overdue: true,
      allowedEvents: ['ACKNOWLEDGED', 'ADDITIONAL_INFORMATION_REQUESTED', 'ADDITIONAL_INFORMATION_PROVIDED', 'EXECUTION_STARTED', 'EXECUTED',
        'PARTIALLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'NOTE'],
    });
    const s = await api.query(ONE, { id }, { token: secretariat.token });
    expect(s.data.request).toMatchObject({ status: 'RECEIVED', allowedEvents: [] });
    const other = await api.query(ONE, { id }, { token: fra.token });
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(other.data?.request ?? null).toBeNull();
    expect((await event(id, { type: 'REFUSED', date: '2024-04-20', refusalGrounds: ['DUAL_CRIMINALITY'] }, ita.token)).errors).toBeUndefined();
    r = await api.query(ONE, { id }, { token: ita.token });
    expect(r.data.request).toEqual({ status: 'REFUSED', overdue: false, allowedEvents: ['NOTE'] });
    const draft = await create({ kind: 'EXTRADITION', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'AUT', subject: `${SUBJECT} next draft` });
    r = await api.query(ONE, { id: draft }, { token: ita.token });
    // A draft has not reached the other State: nothing to acknowledge or ask about yet.
    expect(r.data.request).toEqual({ status: 'DRAFT', overdue: false, allowedEvents: ['SENT', 'WITHDRAWN', 'NOTE'] });
    const early = await event(draft, { type: 'ACKNOWLEDGED', date: '2024-04-20' }, ita.token);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0].message).toContain('ACKNOWLEDGED follows a request that is SENT or RECEIVED or IN_EXECUTION');
  });
});
