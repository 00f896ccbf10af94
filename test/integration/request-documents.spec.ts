import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import path from 'node:path';
import JSZip from 'jszip';
import { type DataSource } from 'typeorm';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { clearAuthorities, openTestDataSource, resetCatalogue } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;
let secretariat: TestAccount;
let italy: TestAccount;
let france: TestAccount;
let researcher: TestAccount;
let mla: string;
let extradition: string;

const AUTHORITY = `mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`;
const CREATE = `mutation($input: RequestInput!) { createRequest(input: $input) { id completeness { complete missing { field } } } }`;

async function docxText(body: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  // Paragraphs become lines; runs are joined.
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/**
 * The PDF's text as pdf-parse (pdf.js) extracts it. pdf.js loads its worker by a dynamic import, which jest's
 * module sandbox does not allow, so the extraction runs in a plain Node process.
 */
function pdfText(body: ArrayBuffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
    const chunks = []; process.stdin.on('data', (c) => chunks.push(c)); process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      process.stdout.write((await parser.getText()).text); await parser.destroy(); });`;
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: path.join(__dirname, '../..'), maxBuffer: 10 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout));
    child.stdin!.end(Buffer.from(body));
  });
}

const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  api = await createTestApi(dataSource);
  await loadRecords(dataSource, 'ratification', [
    { country: 'ITA', instrument: 'UNTOC', signedOn: '2000-12-12', ratifiedOn: '2006-08-02' },
    { country: 'BEL', instrument: 'UNTOC', signedOn: '2000-12-12', ratifiedOn: '2002-10-29' },
  ]);
  expect((await loadRecords(dataSource, 'law', [{
    reference: 'ITA-DOC-PC', country: 'ITA', title: 'Codice penale (synthetic excerpt)', crimeTypes: ['trafficking-in-persons'],
    provisions: [{ number: 'Art. 601', heading: 'Tratta di persone', text: 'Whoever recruits a person by deception for exploitation commits trafficking in persons. The offence is punishable by imprisonment of eight to twenty years.' }],
  }])).rejected).toBe(0);
  expect((await loadRecords(dataSource, 'case', [{
    reference: 'ITA-DOC-2023-001', title: 'Procura v. Ferri (synthetic)', country: 'ITA', court: 'Tribunale di Palermo', decisionDate: '2023-04-18',
    crimeTypes: ['trafficking-in-persons'], laws: ['ITA-DOC-PC'], summary: 'Synthetic case: women recruited in Lagos with false promises of work were exploited in Palermo.',
    defendants: [{ name: 'Paolo Ferri', nationality: 'ITA', age: 45, charges: [{ law: 'ITA-DOC-PC', verdict: 'pending' }] }],
  }])).rejected).toBe(0);
  secretariat = await account(api, Role.SECRETARIAT);
  researcher = await account(api, Role.RESEARCHER);
  await clearAuthorities(dataSource, ['ITA', 'BEL']);
  const authority = async (country: string, name: string) => (await api.query(AUTHORITY, { input: {
    country, name, kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'], designations: ['UNTOC_ART_16', 'UNTOC_ART_18'], languages: ['en', 'fr'],
    contact: { address: `Central authority, 13 place Vendôme, Paris (synthetic ${country})`, email: `ca@${country.toLowerCase()}.example` },
    channels: ['direct transmission between central authorities'],
  } }, { token: secretariat.token })).data.createAuthority.id as string;
  italy = await account(api, Role.AUTHORITY, { authorityId: await authority('ITA', `Ministero della Giustizia (synthetic) ${process.pid}`) });
  france = await account(api, Role.AUTHORITY, { authorityId: await authority('BEL', `Ministère de la Justice (synthetic) ${process.pid}`) });
  const created = await api.query(CREATE, { input: {
    kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'BEL', fromCase: 'ITA-DOC-2023-001',
    reference: 'PA-2024/117', measures: [
      { form: 'DOCUMENTS_AND_RECORDS', description: 'Certified copies of the records of account FR76 3000 4000 0500 0012 3456 789 from 1 January 2021 to 31 December 2022.', relevance: 'The proceeds of the exploitation were paid into this account.', procedure: 'Certified by the bank as true copies, for use at trial.' },
      { form: 'VIDEOCONFERENCE', description: 'Hearing of the witness M. D. by videoconference.', procedure: 'Conducted by the Tribunale di Palermo in the presence of a French judge (art. 18(18)).' },
    ],
    purpose: 'Evidence of the money trail for the trial.', legalBasis: 'CONVENTION', confidential: true, confidentialityReason: 'The suspects do not know of the investigation.',
    urgent: true, urgencyReason: 'The trial opens on 3 June.', priorContact: 'Call between prosecutors on 12 January.', otherChannels: 'None', officialsPresence: 'Not requested',
  } }, { token: italy.token });
  expect(created.errors).toBeUndefined();
  mla = created.data.createRequest.id;
  expect(created.data.createRequest.completeness.complete).toBe(true);
  const ext = await api.query(CREATE, { input: { kind: 'EXTRADITION', direction: 'OUTGOING', requestingState: 'ITA', requestedState: 'BEL', fromCase: 'ITA-DOC-2023-001' } }, { token: italy.token });
  extradition = ext.data.createRequest.id;
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

const EXPECTED = [
  'Request for mutual legal assistance in criminal matters',
  'From Italy to Belgium — reference PA-2024/117',
  'URGENT — The trial opens on 3 June.',
  'CONFIDENTIAL — The suspects do not know of the investigation.',
  'Addressee', 'Ministère de la Justice (synthetic)', '13 place Vendôme',
  'Requesting authority', 'Ministero della Giustizia (synthetic)',
  'article 18 of the United Nations Convention against Transnational Organized Crime',
  'Summary of the relevant facts', 'women recruited in Lagos',
  'Offences and applicable law', 'Trafficking in persons', 'Art. 601 (Tratta di persone): Whoever recruits', 'imprisonment of eight to twenty years',
  'Assistance sought', 'Documents and records, including bank, financial, corporate or business records (art. 18(3)(f))', 'FR76 3000 4000',
  'Hearing by videoconference (art. 18(18))', 'Purpose', 'Evidence of the money trail',
  'Paolo Ferri', 'Contact', 'ca@ita.example', 'Signature and seal of the requesting authority',
];

describe('the generated request', () => {
  it('is a Word document laid out as a formal request', async () => {
    const res = await get(`/requests/${mla}/document.docx`, italy.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="request-mla-ITA-BEL-[0-9a-f]{8}\.docx"$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await docxText(await res.arrayBuffer());
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).not.toContain('DRAFT — essential items missing');
    // The order of a formal request: addressee, requesting authority, legal basis, facts, offences, assistance, contact.
    const order = ['Addressee', 'Requesting authority', 'Legal basis', 'Summary of the relevant facts', 'Offences and applicable law', 'Assistance sought', 'Contact'];
    const positions = order.map((s) => text.search(new RegExp(`^\\d+\\. ${s}$`, 'm')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('is a PDF with the same content', async () => {
    const res = await get(`/requests/${mla}/document.pdf`, secretariat.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(await res.arrayBuffer())).replace(/\s+/g, ' ');
    for (const expected of ['Request for mutual legal assistance in criminal matters', 'URGENT', 'CONFIDENTIAL', 'Ministère de la Justice (synthetic)', 'women recruited in Lagos', 'imprisonment of eight to twenty years', 'Hearing by videoconference (art. 18(18))', 'Signature and seal']) {
      expect(text).toContain(expected);
    }
  });

  it('marks an incomplete draft as such, naming what is missing', async () => {
    const res = await get(`/requests/${extradition}/document.docx`, italy.token);
    const text = await docxText(await res.arrayBuffer());
    expect(text).toContain('Request for extradition');
    expect(text).toMatch(/DRAFT — essential items missing: .*limitation/);
    expect(text).toContain('Person sought');
    expect(text).toContain('Extradition of a person accused (art. 16)');
  });

  it('is for the requesting State\'s authorities and the secretariat only, and every download is audited', async () => {
    expect((await get(`/requests/${mla}/document.pdf`)).status).toBe(401);
    expect((await get(`/requests/${mla}/document.pdf`, 'not-a-token')).status).toBe(401);
    const forbidden = await get(`/requests/${mla}/document.docx`, france.token);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get(`/requests/${mla}/document.docx`, researcher.token)).status).toBe(403);
    const bad = await get(`/requests/not-an-id/document.docx`, italy.token);
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].message).toMatch(/^id: "not-an-id" is not accepted/);
    expect((await get(`/requests/00000000-0000-4000-8000-000000000000/document.pdf`, secretariat.token)).status).toBe(404);
    const audit: { action: string }[] = await dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'request.document.%'`, [mla]);
    expect(audit.map((a) => a.action).sort()).toEqual(['request.document.docx', 'request.document.pdf']);
  });
});
