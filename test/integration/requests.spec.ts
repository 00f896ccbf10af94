import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { clearAuthorities, openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let secretariat: TestAccount;
let researcher: TestAccount;
let italy: TestAccount;
let france: TestAccount;
let nigeria: TestAccount;

const codes = (r: GraphqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
const fieldOf = (r: GraphqlResult) => r.errors?.[0]?.extensions?.field;

const AUTHORITY = `mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`;
const FIELDS = `id kind direction status requestingState { code } requestedState { code } case { reference }
  measures { form description relevance procedure confiscationOrder } requestingAuthority requestingAuthorityContact
  conductingAuthority subject proceedingsNature facts offences { description lawReference provision excerpt penalty crimeType time place }
  persons { name role nationality } purpose legalBasis language personSought { name role nationality }
  completeness { complete missing { field requirement message essential } } sentOn receivedOn completedOn outcome refusalGrounds
  events { type date author note statusAfter } warnings
  addressee { name languages channels interpolAccepted urgentProcedure contact { address } }
  legalBasisAdvice { options { basis } }`;
const CREATE = `mutation($input: RequestInput!) { createRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: RequestInput!) { updateRequest(id: $id, input: $input) { ${FIELDS} } }`;
const EVENT = `mutation($id: ID!, $event: RequestEventInput!) { recordRequestEvent(id: $id, event: $event) { ${FIELDS} } }`;
const GET = `query($id: ID!) { request(id: $id) { id status } }`;
const LIST = `query($first: Int, $after: String, $filter: RequestFilter) { requests(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id kind } } } }`;

const count = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM cooperation_requests`))[0].n);

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  const laws = await loadRecords(dataSource, 'law', [
    {
      reference: 'ITA-REQ-PC', country: 'ITA', title: 'Codice penale (synthetic excerpt)', crimeTypes: ['trafficking-in-persons'],
      provisions: [
        { number: 'Art. 601', heading: 'Tratta di persone', text: 'Whoever recruits, transports or harbours a person by deception for the purpose of exploitation commits trafficking in persons. The offence is punishable by imprisonment of eight to twenty years.' },
        { number: 'Art. 602', heading: 'Aggravating circumstances', text: 'The penalty is increased by one third where the victim is a child.' },
      ],
    },
    { reference: 'BEL-REQ-CP', country: 'BEL', title: 'Code pénal belge (synthetic)', crimeTypes: ['trafficking-in-persons'], provisions: [{ number: 'Art. 225-4-1', text: 'Traite des êtres humains.' }] },
  ]);
  expect(laws.rejected).toBe(0);
  const cases = await loadRecords(dataSource, 'case', [
    {
      reference: 'ITA-REQ-2023-001', title: 'Procura v. Ferri and others (synthetic)', country: 'ITA', court: 'Tribunale di Palermo',
      courtLevel: 'FIRST_INSTANCE', decisionDate: '2023-04-18', crimeTypes: ['trafficking-in-persons'], laws: ['ITA-REQ-PC'],
      summary: 'Synthetic case: a network recruited women in Edo State with false promises of work and exploited them in Palermo.',
      defendants: [
        { name: 'Paolo Ferri', nationality: 'ITA', age: 45, charges: [{ law: 'ITA-REQ-PC', verdict: 'guilty', prisonMonths: 120 }] },
        { name: 'Giovanni Neri', nationality: 'ITA', age: 17, charges: [{ law: 'ITA-REQ-PC', verdict: 'pending' }] },
      ],
    },
  ]);
  expect(cases.rejected).toBe(0);
  const treaties = await loadRecords(dataSource, 'treaty', [
    { reference: 'T-ITA-BEL-EXT', title: 'Italy–Belgium extradition treaty (synthetic)', scope: 'BILATERAL', kinds: ['EXTRADITION'],
      adoptedOn: '1870-05-12', inForceOn: '1871-01-01', parties: ['ITA', 'BEL'] },
  ]);
  expect(treaties.rejected).toBe(0);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  await clearAuthorities(dataSource, ['ITA', 'BEL', 'GHA']);
  const authority = async (country: string, name: string, languages: string[]) => {
    const r = await api.query(AUTHORITY, { input: {
      country, name: `${name} ${process.pid}`, kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'], designations: ['UNTOC_ART_16', 'UNTOC_ART_18'],
      contact: { email: `central.authority@${country.toLowerCase()}.example`, address: `1 Justice Square, capital of ${country}` },
      languages, channels: ['direct transmission between central authorities'], interpolAccepted: true, urgentProcedure: 'By e-mail, confirmed in writing',
    } }, { token: secretariat.token });
    expect(r.errors).toBeUndefined();
    return r.data.createAuthority.id as string;
  };
  italy = await account(api, Role.AUTHORITY, { authorityId: await authority('ITA', 'Ministero della Giustizia (synthetic)', ['it', 'en']) });
  france = await account(api, Role.AUTHORITY, { authorityId: await authority('BEL', 'SPF Justice (synthetic)', ['fr']) });
  nigeria = await account(api, Role.AUTHORITY, { authorityId: await authority('GHA', 'Federal Ministry of Justice (synthetic)', ['en']) });
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const MLA_COMPLETION = {
  measures: [{ form: 'TAKING_EVIDENCE', description: 'Take the statement of the witness A. O. in Benin City on the recruitment.', relevance: 'The witness recruited the victims for the accused.' }],
  purpose: 'Evidence for the trial of the accused before the Tribunale di Palermo.',
};

describe('drafting a mutual legal assistance request from a case', () => {
  let id: string;

  it('pre-fills the facts, offences with the law and penalty, persons (minors by initials), the requesting and requested authorities', async () => {
    const before = await count();
    const r = await api.query(CREATE, { input: { kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'Ghana', fromCase: 'ITA-REQ-2023-001' } }, { token: italy.token });
    expect(r.errors).toBeUndefined();
    const req = r.data.createRequest;
    id = req.id;
    expect(await count()).toBe(before + 1);
    expect(req).toMatchObject({
      status: 'DRAFT', requestingState: { code: 'ITA' }, requestedState: { code: 'GHA' }, case: { reference: 'ITA-REQ-2023-001' },
      facts: expect.stringContaining('Synthetic case'), subject: 'Procura v. Ferri and others (synthetic)',
      conductingAuthority: 'Tribunale di Palermo', proceedingsNature: 'JUDICIAL_PROCEEDINGS',
      requestingAuthority: expect.stringContaining('Ministero della Giustizia'),
      requestingAuthorityContact: expect.stringContaining('central.authority@ita.example'),
      language: 'en',
    });
    expect(req.offences).toEqual([expect.objectContaining({
      lawReference: 'ITA-REQ-PC', crimeType: 'trafficking-in-persons', provision: 'Codice penale (synthetic excerpt)',
      excerpt: expect.stringContaining('Art. 601 (Tratta di persone): Whoever recruits'),
      penalty: expect.stringContaining('imprisonment of eight to twenty years'),
    })]);
    expect(req.offences[0].penalty).toContain('Art. 602: The penalty is increased');
    expect(req.persons).toEqual([
      { name: 'Paolo Ferri', role: 'CONVICTED', nationality: 'ITA' },
      { name: 'G. N.', role: 'ACCUSED', nationality: 'ITA' },
    ]);
    expect(req.addressee).toMatchObject({ name: expect.stringContaining('Federal Ministry of Justice'), languages: ['en'], interpolAccepted: true, contact: { address: expect.stringContaining('GHA') } });
    expect(req.legalBasisAdvice.options.map((o: { basis: string }) => o.basis)).toEqual(expect.arrayContaining(['RECIPROCITY', 'DOMESTIC_LAW']));
    // No trafficking law of Ghana is loaded: dual criminality cannot be shown.
    expect(req.warnings.join(' ')).toMatch(/Dual criminality: no provision of Ghana on Trafficking in persons/);
  });

  it('lists what is missing, item by item, and refuses to send while an essential item is missing', async () => {
    const r = await api.query(GET.replace('id status', `id status completeness { complete missing { field requirement message essential } }`), { id }, { token: italy.token });
    const missing = r.data.request.completeness.missing;
    expect(r.data.request.completeness.complete).toBe(false);
    expect(missing).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'measures', requirement: 'art. 18(15)(d)', essential: true }),
      expect.objectContaining({ field: 'purpose', requirement: 'art. 18(15)(f)', essential: true }),
      expect.objectContaining({ field: 'legalBasis', requirement: 'Tool 6 §6.8', essential: false }),
    ]));
    expect(missing.find((m: { field: string }) => m.field === 'facts')).toBeUndefined();
    const send = await api.query(EVENT, { id, event: { type: 'SENT' } }, { token: italy.token });
    expect(codes(send)).toEqual(['BAD_USER_INPUT']);
    expect(send.errors![0].message).toMatch(/SENT is not accepted while an essential item is missing: measures \(at least one form/);
    const after = await api.query(GET, { id }, { token: italy.token });
    expect(after.data.request.status).toBe('DRAFT');
  });

  it('is saved step by step and sent once complete; every change is audited', async () => {
    const step = await api.query(UPDATE, { id, input: MLA_COMPLETION }, { token: italy.token });
    expect(step.errors).toBeUndefined();
    expect(step.data.updateRequest.completeness.complete).toBe(true);
    expect(step.data.updateRequest.facts).toContain('Synthetic case');
    const basis = await api.query(UPDATE, { id, input: { legalBasis: 'RECIPROCITY', legalBasisDetail: 'Italy assures Ghana of reciprocity.', urgent: true } }, { token: italy.token });
    expect(basis.data.updateRequest.warnings).toContain('The request is marked urgent without a reason: say why, and by when a reply is needed.');
    const sent = await api.query(EVENT, { id, event: { type: 'SENT', date: '2024-02-01', note: 'By courier.' } }, { token: italy.token });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.recordRequestEvent).toMatchObject({ status: 'SENT', sentOn: '2024-02-01', events: [{ type: 'SENT', date: '2024-02-01', note: 'By courier.', statusAfter: 'SENT', author: italy.email }] });
    const edit = await api.query(UPDATE, { id, input: { purpose: 'Changed after sending' } }, { token: italy.token });
    expect(codes(edit)).toEqual(['BAD_USER_INPUT']);
    const audit: { action: string }[] = await dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'request' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['request.create', 'request.update', 'request.update', 'request.event.sent']);
  });

  it('tracks the request to its closure: dates in order, refusal with its grounds', async () => {
    const early = await api.query(EVENT, { id, event: { type: 'RECEIVED', date: '2024-01-15' } }, { token: italy.token });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(early)).toBe('event.date');
    const noGrounds = await api.query(EVENT, { id, event: { type: 'REFUSED', date: '2024-03-01' } }, { token: italy.token });
    expect(fieldOf(noGrounds)).toBe('event.refusalGrounds');
    const refused = await api.query(EVENT, { id, event: { type: 'REFUSED', date: '2024-03-01', refusalGrounds: ['DUAL_CRIMINALITY'] } }, { token: italy.token });
    expect(refused.data.recordRequestEvent).toMatchObject({ status: 'REFUSED', outcome: 'REFUSED', completedOn: '2024-03-01', refusalGrounds: ['DUAL_CRIMINALITY'] });
    const rows = await dataSource.query(`SELECT outcome, refusal_grounds, completed_on - sent_on AS days FROM cooperation_requests WHERE id = $1`, [id]);
    expect(rows[0]).toEqual({ outcome: 'REFUSED', refusal_grounds: ['DUAL_CRIMINALITY'], days: 29 });
  });

  it('is read by its State and the secretariat only; lists are filtered, not errored', async () => {
    expect((await api.query(GET, { id }, { token: secretariat.token })).data.request.id).toBe(id);
    expect(codes(await api.query(GET, { id }, { token: france.token }))).toEqual(['FORBIDDEN']);
    // The requested State records its own incoming copy: the outgoing one stays with Italy.
    expect(codes(await api.query(GET, { id }, { token: nigeria.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await api.query(GET, { id }, { token: researcher.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await api.query(GET, { id }))).toEqual(['UNAUTHENTICATED']);
    for (const token of [france.token, researcher.token, undefined]) {
      const list = await api.query(LIST, {}, { token });
      expect(list.errors).toBeUndefined();
      expect(list.data.requests.totalCount).toBe(0);
    }
    expect((await api.query(LIST, {}, { token: italy.token })).data.requests.totalCount).toBeGreaterThanOrEqual(1);
    expect(codes(await api.query(UPDATE, { id, input: { purpose: 'x' } }, { token: france.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await api.query(CREATE, { input: { kind: 'EXTRADITION', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'BEL' } }, { token: secretariat.token }))).toEqual(['FORBIDDEN']);
  });
});

describe('bad input stores nothing', () => {
  const base = { kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'GHA' };
  it.each([
    ['an unknown State', { requestedState: 'Atlantis' }, 'requestedState'],
    ['an unknown case', { fromCase: 'NOPE-1' }, 'fromCase'],
    ['the requested State equal to the requesting one', { requestedState: 'ITA' }, 'requestedState'],
    ['a kind and form that do not match', { measures: [{ form: 'EXTRADITION_OF_ACCUSED' }] }, 'measures[0].form'],
    ['another State than the authority\'s', { requestingState: 'BEL' }, 'requestingState'],
    ['an unknown crime type', { offences: [{ crimeType: 'jaywalking' }] }, 'offences[0].crimeType'],
    ['a kind the writer does not draft', { kind: 'FIREARMS' }, 'kind'],
    ['a treaty that does not bind both States', { legalBasis: 'TREATY', legalBasisTreaty: 'T-ITA-BEL-EXT' }, 'legalBasisTreaty'],
    ['an unknown treaty', { legalBasis: 'TREATY', legalBasisTreaty: 'NOPE' }, 'legalBasisTreaty'],
    ['a date of receipt on an outgoing request', { receivedOn: '2024-01-01' }, 'receivedOn'],
  ])('%s', async (_what, change, field) => {
    const before = await count();
    const r = await api.query(CREATE, { input: { ...base, ...change } }, { token: italy.token });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(fieldOf(r)).toBe(field);
    expect(r.errors![0].message).toContain(field);
    expect(await count()).toBe(before);
  });

  it('dates in the wrong order', async () => {
    const r = await api.query(CREATE, { input: { ...base, direction: 'INCOMING', requestingState: 'BEL', requestedState: 'ITA' } }, { token: italy.token });
    expect(r.errors).toBeUndefined();
    const incoming = r.data.createRequest;
    expect(incoming).toMatchObject({ status: 'RECEIVED', events: [{ type: 'RECEIVED' }] });
    const bad = await api.query(UPDATE, { id: incoming.id, input: { receivedOn: '2999-01-01' } }, { token: italy.token });
    expect(fieldOf(bad)).toBe('receivedOn');
    const future = await api.query(EVENT, { id: incoming.id, event: { type: 'NOTE', date: '2999-01-01' } }, { token: italy.token });
    expect(fieldOf(future)).toBe('event.date');
  });
});

describe('an extradition request', () => {
  it('takes the person sought and the form from the case, and lists the items of a person convicted', async () => {
    const r = await api.query(CREATE, { input: { kind: 'EXTRADITION', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'BEL', fromCase: 'ITA-REQ-2023-001', language: 'German', legalBasis: 'TREATY', legalBasisTreaty: 'T-ITA-BEL-EXT' } }, { token: italy.token });
    expect(r.errors).toBeUndefined();
    const req = r.data.createRequest;
    expect(req.personSought).toEqual({ name: 'Paolo Ferri', role: 'CONVICTED', nationality: 'ITA' });
    expect(req.measures.map((m: { form: string }) => m.form)).toEqual(['EXTRADITION_OF_CONVICTED']);
    const fields = req.completeness.missing.filter((m: { essential: boolean }) => m.essential).map((m: { field: string }) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['conviction', 'sentenceServed', 'trialPresence', 'limitation', 'personSought.description']));
    expect(fields).not.toContain('legalBasis');
    expect(fields).not.toContain('arrestWarrant');
    expect(req.warnings.join(' ')).toMatch(/Language: Belgium accepts requests in fr, not de/);
    expect(req.warnings.join(' ')).not.toMatch(/Dual criminality/);
  });
});

describe('pages of requests', () => {
  it('pages with keyset cursors and filters', async () => {
    const all = await api.query(LIST, { first: 100 }, { token: italy.token });
    const total = all.data.requests.totalCount;
    expect(total).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphqlResult = await api.query(LIST, { first: 1, after }, { token: italy.token });
      expect(page.errors).toBeUndefined();
      seen.push(...page.data.requests.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.data.requests.pageInfo.hasNextPage ? page.data.requests.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.data.requests.edges.map((e: { node: { id: string } }) => e.node.id));
    const extradition = await api.query(LIST, { filter: { kinds: ['EXTRADITION'] } }, { token: italy.token });
    expect(extradition.data.requests.edges.every((e: { node: { kind: string } }) => e.node.kind === 'EXTRADITION')).toBe(true);
    const badCursor = await api.query(LIST, { after: Buffer.from(JSON.stringify(['request:CREATED_DESC', 'x', 'y'])).toString('base64url') }, { token: italy.token });
    expect(codes(badCursor)).toEqual(['BAD_USER_INPUT']);
  });
});
