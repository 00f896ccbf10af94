import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { CASES, LAWS } from '../fixtures/small-catalogue';

let dataSource: DataSource;
let api: TestApi;
let italy: TestAccount; // contributor for ITA
let usa: TestAccount; // contributor for USA
let secretariat: TestAccount;
let researcher: TestAccount;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  await loadRecords(dataSource, 'law', LAWS.slice(0, 2));
  await loadRecords(dataSource, 'case', CASES);
  api = await createTestApi(dataSource);
  italy = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['ITA'] });
  usa = await account(api, Role.CONTRIBUTOR, { jurisdictions: ['USA'] });
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
});

afterAll(async () => {
  await api?.stop();
  await dataSource?.destroy();
});

const CREATE = `mutation($input: CaseInput!) { createCaseDraft(input: $input) {
  reference title status decisionDate courtLevel jurisdiction { code } crimeTypes { code } articles { id } keywords { label } } }`;
const UPDATE = `mutation($reference: String!, $input: CaseInput!) { updateCase(reference: $reference, input: $input) { reference title status } }`;
const step = (name: string, withReason = false) =>
  withReason
    ? `mutation($reference: String!, $reason: String!) { ${name}(reference: $reference, reason: $reason) { reference status reviewNote } }`
    : `mutation($reference: String!) { ${name}(reference: $reference) { reference status } }`;

const codeOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.code;
let serial = 0;
const draft = (overrides: Record<string, unknown> = {}) => ({
  reference: `ITA-T-${process.pid}-${++serial}`,
  title: 'Procura v. Test',
  country: 'ITA',
  crimeTypes: ['trafficking-in-persons'],
  articles: ['TIP-5'],
  laws: ['ITA-PC'],
  ...overrides,
});

async function created(by: TestAccount, input = draft()): Promise<string> {
  const result = await api.query(CREATE, { input }, { token: by.token });
  expect(result.errors).toBeUndefined();
  return result.data.createCaseDraft.reference;
}

async function take(by: TestAccount, name: string, reference: string, reason?: string) {
  const result = await api.query(step(name, reason !== undefined), { reference, reason }, { token: by.token });
  expect(result.errors).toBeUndefined();
  return result.data[name];
}

describe('creating a draft case', () => {
  it('refuses anonymous callers (UNAUTHENTICATED) and researchers (FORBIDDEN), and writes nothing', async () => {
    const input = draft();
    expect(codeOf(await api.query(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.query(CREATE, { input }, { token: researcher.token }))).toBe('FORBIDDEN');
    expect(await dataSource.query(`SELECT 1 FROM cases WHERE reference = $1`, [input.reference])).toEqual([]);
  });

  it('lets a contributor draft a case of its jurisdiction, normalized as ingest normalizes', async () => {
    const input = draft({
      country: 'Italy', crimeTypes: ['Trafficking in persons'], articles: ['Article 5, Trafficking in Persons Protocol', 'art. 18 UNTOC'],
      keywords: ['deception'], decisionDate: '26/03/2014', courtLevel: 'Court of appeal',
    });
    const result = await api.query(CREATE, { input }, { token: italy.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.createCaseDraft).toEqual({
      reference: input.reference, title: 'Procura v. Test', status: 'DRAFT', decisionDate: '2014-03-26', courtLevel: 'APPELLATE',
      jurisdiction: { code: 'ITA' }, crimeTypes: [{ code: 'trafficking-in-persons' }], articles: [{ id: 'UNTOC-18' }, { id: 'TIP-5' }],
      keywords: [{ label: 'Deception' }],
    });
    const [row] = await dataSource.query(`SELECT created_by, provenance FROM cases WHERE reference = $1`, [input.reference]);
    expect(row.created_by).toBe(italy.id);
    expect(row.provenance.origin).toBe('mutation');
  });

  it("refuses a draft for another contributor's jurisdiction", async () => {
    const result = await api.query(CREATE, { input: draft({ country: 'USA' }) }, { token: italy.token });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('names every refused field, its value and what is accepted', async () => {
    const input = draft({ country: 'Atlantis', decisionDate: '31/02/2014', articles: ['UNTOC-99'], courtLevel: 'tribunal of stars' });
    const result = await api.query(CREATE, { input }, { token: italy.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const problems = result.errors![0].extensions!.fieldErrors as { field: string; value: unknown; message: string }[];
    expect(problems.map((p) => p.field).sort()).toEqual(['articles[0]', 'country', 'courtLevel', 'decisionDate']);
    expect(problems.find((p) => p.field === 'country')).toMatchObject({ value: 'Atlantis', message: expect.stringMatching(/Atlantis/) });
    expect(result.errors![0].message).toMatch(/country: "Atlantis"/);
  });

  it('refuses oversized input', async () => {
    const long = await api.query(CREATE, { input: draft({ summary: 'x'.repeat(100_001) }) }, { token: italy.token });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions!.field).toBe('summary');
    const many = await api.query(CREATE, { input: draft({ defendants: Array.from({ length: 501 }, () => ({ name: 'X' })) }) }, { token: italy.token });
    expect(codeOf(many)).toBe('BAD_USER_INPUT');
    expect(many.errors![0].message).toMatch(/defendants.*at most 500/);
  });

  it('refuses a reference another case has', async () => {
    const result = await api.query(CREATE, { input: draft({ reference: 'ITA-2010-001' }) }, { token: italy.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('reference');
  });
});

describe('records that are not published', () => {
  const unpublished: Record<string, string> = {};

  beforeAll(async () => {
    unpublished.DRAFT = await created(italy);
    unpublished.SUBMITTED = await created(italy);
    await take(italy, 'submitCase', unpublished.SUBMITTED);
    unpublished.REJECTED = await created(italy);
    await take(italy, 'submitCase', unpublished.REJECTED);
    await take(secretariat, 'rejectCase', unpublished.REJECTED, 'Not a case of organized crime');
    unpublished.WITHDRAWN = await created(italy);
    await take(italy, 'submitCase', unpublished.WITHDRAWN);
    await take(secretariat, 'approveCase', unpublished.WITHDRAWN);
    await take(secretariat, 'withdrawCase', unpublished.WITHDRAWN, 'Judgment overturned');
  });

  const PUBLIC_VIEWS = `query($ref: String!) {
    case(reference: $ref) { reference }
    all: cases(first: 100) { totalCount edges { node { reference } } }
    italian: cases(filter: { countries: ["ITA"] }, first: 100) { totalCount edges { node { reference } } }
    byStatus: cases(statuses: [DRAFT, SUBMITTED, REJECTED, WITHDRAWN], first: 100) { totalCount edges { node { reference } } }
    jurisdiction(code: "ITA") { caseCount cases(first: 100) { totalCount edges { node { reference } } } }
    article(id: "TIP-5") { caseCount cases(first: 100) { totalCount edges { node { reference } } } }
    law(reference: "ITA-PC") { cases(first: 100) { totalCount edges { node { reference } } } }
  }`;
  const published = CASES.filter((c) => ['ITA', 'Italy'].includes(c.country)).length;

  it.each(['anonymous', 'researcher', 'another jurisdiction'])('never reach %s callers: lookups, lists, counts', async (who) => {
    const token = { anonymous: undefined, researcher: researcher.token, 'another jurisdiction': usa.token }[who];
    for (const [status, reference] of Object.entries(unpublished)) {
      const { data, errors } = await api.query(PUBLIC_VIEWS, { ref: reference }, { token });
      expect(errors).toBeUndefined();
      expect(data.case).toBeNull();
      const lists = [data.all, data.italian, data.byStatus, data.jurisdiction.cases, data.article.cases, data.law.cases];
      for (const list of lists) expect(list.edges.map((e: any) => e.node.reference)).not.toContain(reference);
      expect(data.all.totalCount).toBe(CASES.length);
      expect(data.italian.totalCount).toBe(published);
      expect(data.byStatus.totalCount).toBe(0);
      expect(data.jurisdiction.caseCount).toBe(published);
      expect(data.jurisdiction.cases.totalCount).toBe(published);
      expect(data.article.caseCount).toBe(data.article.cases.totalCount);
      expect(data.law.cases.totalCount).toBe(CASES.filter((c) => JSON.stringify(c).includes('"ITA-PC"')).length);
      void status;
    }
  });

  const SEARCH = `query($text: String) { search(input: { text: $text, filters: { countries: ["ITA"] }, types: [CASE], first: 100 }) {
    total matchedAllWords hits { record { ... on Case { reference } } } facets { field values { value count } } } }`;

  it.each(['anonymous', 'researcher', 'another jurisdiction', 'the same jurisdiction'])('never reach %s callers through search or facets', async (who) => {
    const token = { anonymous: undefined, researcher: researcher.token, 'another jurisdiction': usa.token, 'the same jurisdiction': italy.token }[who];
    for (const text of [null, 'Procura Test']) {
      const { data, errors } = await api.query(SEARCH, { text }, { token });
      expect(errors).toBeUndefined();
      const found = data.search.hits.map((h: any) => h.record.reference);
      for (const reference of Object.values(unpublished)) expect(found).not.toContain(reference);
      const country = data.search.facets.find((f: any) => f.field === 'country');
      if (text === null) {
        expect(data.search.total).toBe(published);
        // A facet honours the other filters, not its own: every country is counted, Italy with its published cases only.
        expect(country.values.find((v: any) => v.value === 'ITA')).toEqual({ value: 'ITA', count: published });
      } else {
        // No published record holds both words: nothing, or (never a dead end) published records holding one.
        expect(data.search.total === 0 || data.search.matchedAllWords === false).toBe(true);
      }
    }
  });

  it('are read by the contributors of their jurisdiction and by the secretariat', async () => {
    for (const who of [italy, secretariat]) {
      const { data } = await api.query(`{ cases(statuses: [DRAFT, SUBMITTED, REJECTED, WITHDRAWN], first: 100) { edges { node { reference status } } } }`, {}, { token: who.token });
      const seen = Object.fromEntries(data.cases.edges.map((e: any) => [e.node.reference, e.node.status]));
      for (const [status, reference] of Object.entries(unpublished)) expect(seen[reference]).toBe(status);
    }
    const { data } = await api.query(`query($r: String!) { case(reference: $r) { status reviewNote } }`, { r: unpublished.REJECTED }, { token: italy.token });
    expect(data.case).toEqual({ status: 'REJECTED', reviewNote: 'Not a case of organized crime' });
  });
});

describe('editing', () => {
  it("lets a contributor change its jurisdiction's drafts", async () => {
    const reference = await created(italy);
    const result = await api.query(UPDATE, { reference, input: draft({ reference: undefined, title: 'Procura v. Changed' }) }, { token: italy.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateCase).toEqual({ reference, title: 'Procura v. Changed', status: 'DRAFT' });
  });

  it("answers the same FORBIDDEN for another jurisdiction's draft and for a reference that does not exist", async () => {
    const reference = await created(italy);
    const theirs = await api.query(UPDATE, { reference, input: draft({ reference: undefined, country: 'USA' }) }, { token: usa.token });
    const missing = await api.query(UPDATE, { reference: 'NO-SUCH-CASE', input: draft({ reference: undefined, country: 'USA' }) }, { token: usa.token });
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    expect(codeOf(missing)).toBe('FORBIDDEN');
    expect(theirs.errors![0].message.replace(reference, 'X')).toBe(missing.errors![0].message.replace('NO-SUCH-CASE', 'X'));
    const submitted = await api.query(step('submitCase'), { reference }, { token: usa.token });
    expect(codeOf(submitted)).toBe('FORBIDDEN');
    const [row] = await dataSource.query(`SELECT title, status FROM cases WHERE reference = $1`, [reference]);
    expect(row).toEqual({ title: 'Procura v. Test', status: 'DRAFT' });
  });

  it('refuses changes by contributors to submitted or published cases, and moves to another jurisdiction', async () => {
    const reference = await created(italy);
    const moved = await api.query(UPDATE, { reference, input: draft({ reference: undefined, country: 'USA' }) }, { token: italy.token });
    expect(codeOf(moved)).toBe('FORBIDDEN');
    await take(italy, 'submitCase', reference);
    expect(codeOf(await api.query(UPDATE, { reference, input: draft({ reference: undefined }) }, { token: italy.token }))).toBe('FORBIDDEN');
    const publishedCase = await api.query(UPDATE, { reference: 'ITA-2010-001', input: { title: 'Changed', country: 'ITA' } }, { token: italy.token });
    expect(codeOf(publishedCase)).toBe('FORBIDDEN');
    expect(publishedCase.errors![0].message).toMatch(/PUBLISHED: contributors change drafts only/);
  });

  it('lets the secretariat change a published case, which stays published', async () => {
    const input = { ...CASES[0], title: 'Procura v. Rossi (corrected)' };
    const result = await api.query(UPDATE, { reference: 'ITA-2010-001', input }, { token: secretariat.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateCase).toEqual({ reference: 'ITA-2010-001', title: 'Procura v. Rossi (corrected)', status: 'PUBLISHED' });
    const { data } = await api.query(`{ case(reference: "ITA-2010-001") { title } }`);
    expect(data.case.title).toBe('Procura v. Rossi (corrected)');
  });

  it('refuses a changed reference', async () => {
    const reference = await created(italy);
    const result = await api.query(UPDATE, { reference, input: draft({ reference: 'OTHER' }) }, { token: italy.token });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('input.reference');
  });
});

describe('the review workflow', () => {
  it('publishes only through the secretariat', async () => {
    const reference = await created(italy, draft({ title: 'Procura v. Zanardelli' }));
    await take(italy, 'submitCase', reference);
    for (const who of [italy, usa, researcher]) {
      expect(codeOf(await api.query(step('approveCase'), { reference }, { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await api.query(step('approveCase'), { reference }))).toBe('UNAUTHENTICATED');
    expect((await api.query(`query($r: String!) { case(reference: $r) { reference } }`, { r: reference })).data.case).toBeNull();
    const searched = async () =>
      (await api.query(`{ search(input: { text: "Zanardelli" }) { hits { record { ... on Case { reference } } } } }`)).data
        .search.hits.map((h: any) => h.record.reference);
    expect(await searched()).toEqual([]);
    expect(await take(secretariat, 'approveCase', reference)).toEqual({ reference, status: 'PUBLISHED' });
    const { data } = await api.query(`query($r: String!) { case(reference: $r) { reference status publishedAt } }`, { r: reference });
    expect(data.case).toMatchObject({ reference, status: 'PUBLISHED', publishedAt: expect.any(String) });
    expect(await searched()).toEqual([reference]);
    await take(secretariat, 'withdrawCase', reference, 'Published by mistake');
    expect(await searched()).toEqual([]);
  });

  it('rejects with a reason, sends back for changes, withdraws, and refuses steps from the wrong status', async () => {
    const reference = await created(italy);
    expect(codeOf(await api.query(step('approveCase'), { reference }, { token: secretariat.token }))).toBe('BAD_USER_INPUT');
    await take(italy, 'submitCase', reference);
    const noReason = await api.query(step('rejectCase', true), { reference, reason: '  ' }, { token: secretariat.token });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.field).toBe('reason');
    expect(await take(secretariat, 'requestCaseChanges', reference, 'Add the court')).toEqual({ reference, status: 'DRAFT', reviewNote: 'Add the court' });
    await api.query(UPDATE, { reference, input: draft({ reference: undefined, court: 'Tribunale di Napoli' }) }, { token: italy.token });
    await take(italy, 'submitCase', reference);
    await take(secretariat, 'approveCase', reference);
    expect(await take(secretariat, 'withdrawCase', reference, 'Duplicate of ITA-2010-001')).toMatchObject({ status: 'WITHDRAWN' });
    expect((await api.query(`query($r: String!) { case(reference: $r) { reference } }`, { r: reference })).data.case).toBeNull();
  });

  it('keeps each record\'s history, for the secretariat only', async () => {
    const reference = await created(italy);
    await take(italy, 'submitCase', reference);
    await take(secretariat, 'approveCase', reference);
    const HISTORY = `query($r: String!) { case(reference: $r) { history { action status actor at note } } }`;
    const { data, errors } = await api.query(HISTORY, { r: reference }, { token: secretariat.token });
    expect(errors).toBeUndefined();
    expect(data.case.history.map((h: any) => [h.action, h.status, h.actor])).toEqual([
      ['CREATED', 'DRAFT', italy.email],
      ['SUBMITTED', 'SUBMITTED', italy.email],
      ['APPROVED', 'PUBLISHED', secretariat.email],
    ]);
    for (const token of [italy.token, researcher.token, undefined]) {
      const refused = await api.query(HISTORY, { r: reference }, { token });
      expect(refused.data.case.history).toBeNull();
      expect(codeOf(refused)).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
  });
});

describe('laws', () => {
  const LAW = `mutation($input: LawInput!) { createLawDraft(input: $input) { reference status provisions { number articles { id } } } }`;

  it('follow the same workflow, and a draft law is never linked for the public', async () => {
    const reference = `ITA-LAW-${process.pid}`;
    const input = {
      reference, country: 'Italy', title: 'Legge di prova', status: 'in-force',
      provisions: [{ number: 'Art. 1', heading: 'Prova', text: 'Testo.', articles: ['art. 6 UNTOC'] }],
    };
    expect(codeOf(await api.query(LAW, { input: { ...input, country: 'USA' } }, { token: italy.token }))).toBe('FORBIDDEN');
    const result = await api.query(LAW, { input }, { token: italy.token });
    expect(result.errors).toBeUndefined();
    expect(result.data.createLawDraft).toEqual({ reference, status: 'DRAFT', provisions: [{ number: 'Art. 1', articles: [{ id: 'UNTOC-6' }] }] });
    const caseRef = await created(secretariat, draft({ laws: [reference] }));
    await take(secretariat, 'submitCase', caseRef);
    await take(secretariat, 'approveCase', caseRef);
    const LINKS = `query($c: String!, $l: String!) { case(reference: $c) { laws { reference } lawReferences } law(reference: $l) { reference } }`;
    const before = await api.query(LINKS, { c: caseRef, l: reference });
    expect(before.data).toEqual({ case: { laws: [], lawReferences: [reference] }, law: null });
    const submit = await api.query(`mutation($r: String!) { submitLaw(reference: $r) { status } }`, { r: reference }, { token: italy.token });
    expect(submit.data.submitLaw.status).toBe('SUBMITTED');
    expect(codeOf(await api.query(`mutation($r: String!) { approveLaw(reference: $r) { status } }`, { r: reference }, { token: italy.token }))).toBe('FORBIDDEN');
    await api.query(`mutation($r: String!) { approveLaw(reference: $r) { status } }`, { r: reference }, { token: secretariat.token });
    const after = await api.query(LINKS, { c: caseRef, l: reference });
    expect(after.data).toEqual({ case: { laws: [{ reference }], lawReferences: [reference] }, law: { reference } });
  });
});
