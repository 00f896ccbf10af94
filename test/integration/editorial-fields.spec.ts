import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type GraphqlResult, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource } from '../helpers/db';

/** What only a record's editors may learn: review notes, the file a record was loaded from, other jurisdictions' drafts. */
let dataSource: DataSource;
let api: TestApi;
let italy: TestAccount;
let usa: TestAccount;
let secretariat: TestAccount;
let researcher: TestAccount;
const tag = `${process.pid}`;
const PUBLISHED = `ITA-EF-${tag}-1`;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await loadRecords(dataSource, 'case', [{ reference: PUBLISHED, title: 'Procura v. Ferri', country: 'ITA', crimeTypes: ['corruption'] }], { publish: true });
  await dataSource.query(`UPDATE cases SET provenance = provenance || '{"file": "secret-drop/italy-2024.csv", "line": 7}' WHERE reference = $1`, [PUBLISHED]);
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

const codeOf = (result: GraphqlResult) => result.errors?.[0]?.extensions?.code;
const NOTE = `query($r: String!) { case(reference: $r) { reference reviewNote } }`;

describe('review notes', () => {
  it("are read by the record's editors only, whatever its status", async () => {
    await dataSource.query(`UPDATE cases SET review_note = 'Source of the facts to be checked' WHERE reference = $1`, [PUBLISHED]);
    expect(codeOf(await api.query(NOTE, { r: PUBLISHED }))).toBe('UNAUTHENTICATED');
    for (const outsider of [usa, researcher]) {
      const result = await api.query(NOTE, { r: PUBLISHED }, { token: outsider.token });
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(JSON.stringify(result)).not.toContain('Source of the facts');
    }
    for (const editor of [italy, secretariat]) {
      const result = await api.query(NOTE, { r: PUBLISHED }, { token: editor.token });
      expect(result.data.case.reviewNote).toBe('Source of the facts to be checked');
    }
  });

  it('are cleared when ingest publishes the record, as an approval clears them', async () => {
    const reference = `ITA-EF-${tag}-2`;
    await loadRecords(dataSource, 'case', [{ reference, title: 'Procura v. Galli', country: 'ITA' }], { publish: false });
    await dataSource.query(`UPDATE cases SET status = 'REJECTED', review_note = 'Not organized crime' WHERE reference = $1`, [reference]);
    await loadRecords(dataSource, 'case', [{ reference, title: 'Procura v. Galli', country: 'ITA' }], { publish: true });
    const [row] = await dataSource.query(`SELECT status, review_note FROM cases WHERE reference = $1`, [reference]);
    expect(row).toEqual({ status: 'PUBLISHED', review_note: null });
    // A load that does not publish keeps the note with the status it explains.
    await dataSource.query(`UPDATE cases SET status = 'REJECTED', review_note = 'Not organized crime' WHERE reference = $1`, [reference]);
    await loadRecords(dataSource, 'case', [{ reference, title: 'Procura v. Galli (2)', country: 'ITA' }], { publish: false });
    const [kept] = await dataSource.query(`SELECT status, review_note FROM cases WHERE reference = $1`, [reference]);
    expect(kept).toEqual({ status: 'REJECTED', review_note: 'Not organized crime' });
  });
});

describe('provenance', () => {
  const PROVENANCE = `query($r: String!) { case(reference: $r) { provenance { origin file line runId at } } }`;

  it('tells the public that the secretariat loaded a record and when, not from which file', async () => {
    for (const reader of [undefined, researcher, usa]) {
      const result = await api.query(PROVENANCE, { r: PUBLISHED }, reader ? { token: reader.token } : {});
      expect(result.errors).toBeUndefined();
      expect(result.data.case.provenance).toEqual({ origin: 'ingest', file: null, line: null, runId: null, at: expect.any(String) });
    }
  });

  it("shows the file, line and run to the record's editors", async () => {
    for (const editor of [italy, secretariat]) {
      const result = await api.query(PROVENANCE, { r: PUBLISHED }, { token: editor.token });
      expect(result.data.case.provenance).toMatchObject({ origin: 'ingest', file: 'secret-drop/italy-2024.csv', line: 7 });
    }
  });
});

describe('references of new drafts', () => {
  const CREATE = `mutation($input: CaseInput!) { createCaseDraft(input: $input) { reference } }`;

  it("answer the same whether a taken reference belongs to a record the contributor may read or not", async () => {
    // A case of France filed under a US-looking reference, unpublished: the US contributor may not see it.
    const hidden = `USA-EF-${tag}-hidden`;
    await loadRecords(dataSource, 'case', [{ reference: hidden, title: 'Ministère public c. X', country: 'FRA' }], { publish: false });
    const visible = `USA-EF-${tag}-visible`;
    await loadRecords(dataSource, 'case', [{ reference: visible, title: 'United States v. Y', country: 'USA' }], { publish: false });
    const messages = [];
    for (const reference of [hidden, visible]) {
      const result = await api.query(CREATE, { input: { reference, title: 'United States v. Z', country: 'USA' } }, { token: usa.token });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('reference');
      messages.push(result.errors![0].message.replace(reference, 'REF'));
    }
    expect(messages[0]).toBe(messages[1]);
    expect(messages[0]).not.toMatch(/FRA|France|unpublished|draft/i);
  });

  it("keep contributors within their jurisdiction's references, so other jurisdictions' references cannot be probed", async () => {
    const italianDraft = `ITA-EF-${tag}-draft`;
    await loadRecords(dataSource, 'case', [{ reference: italianDraft, title: 'Procura v. Neri', country: 'ITA' }], { publish: false });
    const probe = (reference: string) => api.query(CREATE, { input: { reference, title: 'United States v. W', country: 'USA' } }, { token: usa.token });
    const existing = await probe(italianDraft);
    const missing = await probe(`ITA-EF-${tag}-no-such-case`);
    expect(codeOf(existing)).toBe('BAD_USER_INPUT');
    expect(existing.errors![0].message).toMatch(/start with "USA-"/);
    expect(existing.errors![0].message.replace(italianDraft, 'REF')).toBe(missing.errors![0].message.replace(`ITA-EF-${tag}-no-such-case`, 'REF'));
    // The secretariat names records as it sees fit.
    const bySecretariat = await api.query(CREATE, { input: { reference: `EF-${tag}-free`, title: 'United States v. V', country: 'USA' } }, { token: secretariat.token });
    expect(bySecretariat.errors).toBeUndefined();
  });
});
