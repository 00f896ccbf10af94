/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type DataSource } from 'typeorm';
import { Role } from '../../src/auth/roles';
import { commandLineActor } from '../../src/services/audit.service';
import { PASSWORD } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The request writer in a real headless Chromium, against the built portal serving the test database (so the test
 * can load a case and create authority accounts first). A practitioner goes from a case page to a complete,
 * downloaded request. The session is put in sessionStorage (`portal.session`), as the sign-in page keeps it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
const serverDatabase = process.env.TEST_DATABASE_KIND === 'server';
if (!hasChromium) console.warn(`Request writer end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.`);
if (!serverDatabase) {
  // The embedded test database takes one connection at a time: the portal process cannot share it.
  console.warn('Request writer end-to-end tests SKIPPED: they need a PostgreSQL server (set TEST_DATABASE_URL).');
}
const describeInBrowser = hasChromium && serverDatabase ? describe : describe.skip;

let dataSource: DataSource;
let api: TestApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token: string;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const heading = (title: string | RegExp) => page.getByRole('heading', { level: 1, name: title }).waitFor();
const saveAndContinue = async (next: string) => {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await heading(`Draft a request: ${next}`);
};

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

/** pdf.js needs dynamic imports, which jest's sandbox refuses: the text is extracted in a plain Node process. */
function pdfText(file: string): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse'); (async () => { const parser = new PDFParse({ data: require('fs').readFileSync(process.argv[1]) });
    process.stdout.write((await parser.getText()).text); await parser.destroy(); })();`;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['-e', script, file], { cwd: path.join(__dirname, '../..') }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
}

describeInBrowser('the request writer in Chromium', () => {
  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataSource = await openTestDataSource();
    await resetCatalogue(dataSource);
    api = await createTestApi(dataSource);
    await loadRecords(dataSource, 'ratification', [
      { country: 'ITA', instrument: 'UNTOC', signedOn: '2000-12-12', ratifiedOn: '2006-08-02' },
      { country: 'GHA', instrument: 'UNTOC', signedOn: '2000-12-13', ratifiedOn: '2001-06-28' },
    ]);
    expect((await loadRecords(dataSource, 'law', [{
      reference: 'ITA-E2E-PC', country: 'ITA', title: 'Codice penale (synthetic excerpt)', crimeTypes: ['trafficking-in-persons'],
      provisions: [{ number: 'Art. 601', heading: 'Tratta di persone', text: 'Whoever recruits a person by deception for exploitation commits trafficking in persons. The offence is punishable by imprisonment of eight to twenty years.' }],
    }])).rejected).toBe(0);
    expect((await loadRecords(dataSource, 'case', [{
      reference: 'ITA-E2E-2023-001', title: 'Procura v. Ferri (synthetic)', country: 'ITA', court: 'Tribunale di Palermo', decisionDate: '2023-04-18',
      crimeTypes: ['trafficking-in-persons'], laws: ['ITA-E2E-PC'], summary: 'Synthetic case: women recruited in Lagos with false promises of work were exploited in Palermo.',
      defendants: [{ name: 'Paolo Ferri', nationality: 'ITA', age: 45, charges: [{ law: 'ITA-E2E-PC', verdict: 'guilty', prisonMonths: 120 }] }],
    }])).rejected).toBe(0);
    const secretariat = await api.services.users.create({ email: `sec-e2e-${process.pid}@test.example`, password: PASSWORD, role: Role.SECRETARIAT }, commandLineActor('test'));
    const viewer = { userId: secretariat.id, email: secretariat.email, role: Role.SECRETARIAT, jurisdictions: [], authorityId: null };
    const authority = (country: string, name: string) => api.services.directory.create(viewer, commandLineActor('test'), {
      country, name, kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'], designations: ['UNTOC_ART_16', 'UNTOC_ART_18'], languages: ['en'],
      contact: { address: `Central authority of ${country} (synthetic address)` }, channels: ['direct transmission between central authorities'],
    });
    const italy = await authority('ITA', `Ministero della Giustizia (synthetic) ${process.pid}`);
    await authority('GHA', `Federal Ministry of Justice (synthetic) ${process.pid}`);
    await authority('BEL', `Ministère de la Justice (synthetic) ${process.pid}`);
    const email = `authority-e2e-${process.pid}@test.example`;
    await api.services.users.create({ email, password: PASSWORD, role: Role.AUTHORITY, authorityId: italy.id }, commandLineActor('test'));
    portal = await servePortal({ databaseUrl: process.env.TEST_DATABASE_URL });
    const signIn = await fetch(`${portal.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } }),
    });
    token = (await signIn.json()).data.signIn.token;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await api?.stop();
    await dataSource?.destroy();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await context.close();
  });

  // The session as the sign-in page keeps it for the tab.
  const signIn = () =>
    context.addInitScript(
      (value) => window.sessionStorage.setItem('portal.session', JSON.stringify({ token: value, expiresAt: new Date(Date.now() + 3_600_000).toISOString() })),
      token,
    );

  it('asks to sign in as an authority without a session', async () => {
    await page.goto('/requests/new');
    await page.getByText('Sign in as an authority to use the request writer.').waitFor();
    await page.goto('/cases/ITA-E2E-2023-001');
    await heading('Procura v. Ferri (synthetic)');
    expect(await page.getByRole('link', { name: 'Draft a request from this case' }).count()).toBe(0);
  });

  it('drafts a mutual legal assistance request from a case to a complete, downloaded document', async () => {
    await signIn();
    await page.goto('/cases/ITA-E2E-2023-001');
    await page.getByRole('link', { name: 'Draft a request from this case' }).click();
    await heading('Draft a request');
    expect(await page.getByLabel('Case to draft from (reference, optional)').inputValue()).toBe('ITA-E2E-2023-001');
    await page.getByLabel('Requested State').selectOption('GHA');
    await page.getByRole('button', { name: 'Start the draft' }).click();
    await heading('Draft a request: Authorities');
    // Pre-filled from the directory and the case; the missing items are listed beside the step.
    expect(await page.getByLabel('Requesting authority (art. 18(15)(a))').inputValue()).toContain('Ministero della Giustizia');
    await page.getByText('Federal Ministry of Justice (synthetic)').first().waitFor();
    const missing = page.locator('.wizard-missing');
    await missing.getByText('the purpose for which the evidence, information or action is sought is required — art. 18(15)(f)').waitFor();
    await page.getByText(/Step 1 of 8/).waitFor();
    await shot('request-wizard-start');

    await saveAndContinue('Proceedings and facts');
    expect(await page.getByLabel('Summary of the relevant facts (art. 18(15)(c))').inputValue()).toContain('women recruited in Lagos');
    await saveAndContinue('Offences and law');
    expect(await page.getByLabel('Applicable penalty').inputValue()).toContain('imprisonment of eight to twenty years');
    await saveAndContinue('Persons');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Paolo Ferri');
    await saveAndContinue('Assistance sought');

    // Leave the draft and resume it from the list of requests.
    await page.goto('/requests');
    await heading(/Requests of Italy/);
    await page.getByRole('link', { name: 'Continue drafting' }).first().click();
    await heading('Draft a request: Authorities');
    await page.getByRole('link', { name: /5\. Assistance sought/ }).click();
    await heading('Draft a request: Assistance sought');

    await page.getByLabel('Taking evidence or statements from persons').check();
    await page.getByLabel('What is sought: taking evidence or statements from persons').fill('Take the statement of the witness A. O. in Benin City on how the victims were recruited.');
    await page.getByLabel('How it is relevant to the proceedings').fill('The witness recruited the victims for the accused.');
    await page.getByLabel('Purpose for which the evidence, information or action is sought (art. 18(15)(f))').fill('Evidence for the trial before the Tribunale di Palermo.');
    await saveAndContinue('Legal basis and language');
    await page.getByRole('radio', { name: /Organized Crime Convention/ }).check();
    expect(await page.getByLabel(/Language of the request/).inputValue()).toBe('en');
    await saveAndContinue('Urgency, confidentiality, execution');
    await page.getByLabel('Prior contact between officers of the two States (or none)').fill('None.');
    await page.getByLabel('Other channels through which a copy is sent (or none)').fill('None.');
    await page.getByLabel('Presence of officials of the requesting State at the execution, and why').fill('Not requested.');
    await saveAndContinue('Review');
    await page.locator('.complete-notice').getByText('The request is complete').waitFor();
    await shot('request-wizard-review');
    await page.getByRole('link', { name: 'Review and download the request' }).click();
    await heading(/Request for mutual legal assistance — Italy to Ghana/);
    await page.getByText('Complete: no essential item is missing.').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^request-mla-ITA-GHA-[0-9a-f]{8}\.docx$/);
    const text = await docxText((await download.path())!);
    for (const expected of ['Request for mutual legal assistance in criminal matters', 'Federal Ministry of Justice (synthetic)', 'article 18 of the United Nations Convention',
      'women recruited in Lagos', 'imprisonment of eight to twenty years', 'Take the statement of the witness A. O.', 'Evidence for the trial']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DRAFT — essential items missing');

    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.locator('.status-line').getByText('Sent', { exact: true }).waitFor();
    await shot('request-sent');
  });

  it('drafts an extradition request of a person convicted', async () => {
    await signIn();
    await page.goto('/requests/new');
    await page.getByRole('radio', { name: 'Extradition' }).check();
    await page.getByLabel('Requested State').selectOption('GHA');
    await page.getByLabel('Case to draft from (reference, optional)').fill('ITA-E2E-2023-001');
    await page.getByRole('button', { name: 'Start the draft' }).click();
    await heading('Draft a request: Authorities');
    await page.getByRole('link', { name: /4\. Persons/ }).click();
    await heading('Draft a request: Persons');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Paolo Ferri');
    await page.getByLabel('Description and identity (documents, aliases, physical description)').fill('Male, born in Palermo, Italian passport YA0000000 (synthetic).');
    await page.getByLabel('Where the person is believed to be').fill('Lagos');
    await page.getByLabel('Conviction or detention order, and that the sentence is immediately enforceable').fill('Judgment of the Tribunale di Palermo of 18 April 2023, final and enforceable.');
    await page.getByLabel('How much of the sentence has been carried out').fill('None.');
    await page.getByLabel('Whether the person was summoned, informed or represented, or may have the case retried').fill('Present and represented by counsel throughout.');
    await page.getByLabel('Limitation periods, and why they have not run').fill('The sentence is enforceable for twenty years (art. 172 c.p.).');
    await saveAndContinue('Assistance sought');
    expect(await page.getByRole('radio', { name: 'A person convicted, to enforce a sentence' }).isChecked()).toBe(true);
    await saveAndContinue('Legal basis and language');
    await page.getByRole('radio', { name: /Organized Crime Convention/ }).check();
    await saveAndContinue('Urgency, confidentiality, execution');
    await saveAndContinue('Review');
    await page.locator('.complete-notice').getByText('The request is complete').waitFor();
    await page.getByRole('link', { name: 'Review and download the request' }).click();
    await heading(/Request for extradition — Italy to Ghana/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .pdf' }).click()]);
    const text = (await pdfText((await download.path())!)).replace(/\s+/g, ' ');
    for (const expected of ['Request for extradition', 'Person sought', 'Paolo Ferri', 'Extradition of a person convicted (art. 16)', 'final and enforceable', 'article 16 of the United Nations Convention']) {
      expect(text).toContain(expected);
    }
    await shot('request-extradition');
  });
});
