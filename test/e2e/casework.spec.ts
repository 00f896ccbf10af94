/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type DataSource } from 'typeorm';
import { account, PASSWORD, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { seriousViolations } from '../helpers/axe';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource } from '../helpers/db';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * Casework in a real headless Chromium against the built portal on the test database: a Portuguese central
 * authority registers a request received from Brazil, records its acknowledgement, a request for additional
 * information and its supply, and its execution; the statistics page shows it to that authority exactly and to the
 * public only as the rounded aggregate with small counts withheld. Nobody else reads the request. The register
 * behind the figures (six requests from Spain in 2016) is created through the API; 2016 is a year no other suite
 * records requests in, so the figures are exact whatever ran before.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
const serverDatabase = process.env.TEST_DATABASE_KIND === 'server';
if (!hasChromium) console.warn(`Casework end-to-end tests SKIPPED: no Chromium at ${CHROMIUM}.`);
if (!serverDatabase) console.warn('Casework end-to-end tests SKIPPED: they need a PostgreSQL server (set TEST_DATABASE_URL).');
const describeInBrowser = hasChromium && serverDatabase ? describe : describe.skip;

const YEAR = 2016;
const SUBJECT = `Laundering of proceeds of a cocaine route through Lisbon (synthetic) ${process.pid}`;
const THEIR_REFERENCE = `BRA/PGR/${YEAR}/0417-${process.pid}`;
const CASE_REFERENCE = `PRT-E2E-${YEAR}-${process.pid}`;
const SPAIN_SUBJECT = `Synthetic request from Spain ${process.pid}`;

let dataSource: DataSource;
let api: TestApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let secretariat: TestAccount;
let portugal: TestAccount;
let spain: TestAccount;
let spainRequestId: string;
const portalTokens = new Map<string, string>();

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const heading = (title: string | RegExp) => page.getByRole('heading', { level: 1, name: title }).waitFor();

async function portalQuery(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** A session on the served portal (its own signing secret), kept as the sign-in page keeps it for the tab. */
async function signIn(who: TestAccount) {
  let token = portalTokens.get(who.email);
  if (!token) {
    const answer = await portalQuery('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: who.email, p: PASSWORD });
    token = answer.data.signIn.token as string;
    portalTokens.set(who.email, token);
  }
  await context.addInitScript(
    (value) => window.sessionStorage.setItem('portal.session', JSON.stringify({ token: value, expiresAt: new Date(Date.now() + 3_600_000).toISOString() })),
    token,
  );
  return token;
}

/** The figures of a bar table, by its caption: row label → the figure as written. */
async function tableFigures(caption: string): Promise<Map<string, string>> {
  const table = page.locator('table.bar-table', { has: page.locator('caption', { hasText: caption }) });
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('td.num')?.textContent?.trim() ?? '']),
  );
  return new Map(rows as [string, string][]);
}

describeInBrowser('casework in Chromium: tracking requests and their statistics', () => {
  jest.setTimeout(120_000);
  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataSource = await openTestDataSource();
    api = await createTestApi(dataSource);
    expect((await loadRecords(dataSource, 'case', [{
      reference: CASE_REFERENCE, title: 'Ministério Público v. Duarte (synthetic)', country: 'PRT', court: 'Tribunal Judicial da Comarca de Lisboa',
      decisionDate: `${YEAR}-06-20`, crimeTypes: ['money-laundering'], summary: 'Synthetic case: proceeds of cocaine shipped from Santos to Lisbon were laundered through exchange offices.',
    }])).rejected).toBe(0);
    secretariat = await account(api, Role.SECRETARIAT);
    const authority = async (country: string, name: string) => {
      const r = await api.query(`mutation($input: AuthorityInput!) { createAuthority(input: $input) { id } }`,
        { input: { country, name: `${name} ${process.pid}`, kinds: ['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION'] } }, { token: secretariat.token });
      expect(r.errors).toBeUndefined();
      return account(api, Role.AUTHORITY, { authorityId: r.data.createAuthority.id });
    };
    portugal = await authority('PRT', 'Procuradoria-Geral da República (synthetic)');
    spain = await authority('ESP', 'Ministerio de Justicia (synthetic)');

    // Portugal's register for the year: six requests received from Spain, all executed.
    for (let i = 1; i <= 6; i++) {
      const created = await api.query(`mutation($input: RequestInput!) { createRequest(input: $input) { id } }`, {
        input: { kind: 'MUTUAL_LEGAL_ASSISTANCE', direction: 'INCOMING', requestingState: 'ESP', requestedState: 'PRT', reference: `ESP-AN-${YEAR}-${i}`,
          subject: `${SPAIN_SUBJECT} ${i}`, receivedOn: `${YEAR}-0${i}-10`, measures: [{ form: 'DOCUMENTS_AND_RECORDS' }],
          offences: [{ description: 'Laundering of proceeds of drug trafficking', crimeType: 'money-laundering' }], legalBasis: 'CONVENTION' },
      }, { token: portugal.token });
      expect(created.errors).toBeUndefined();
      const id = created.data.createRequest.id as string;
      if (i === 1) spainRequestId = id;
      const executed = await api.query(`mutation($id: ID!, $event: RequestEventInput!) { recordRequestEvent(id: $id, event: $event) { status } }`,
        { id, event: { type: 'EXECUTED', date: `${YEAR}-0${i}-28` } }, { token: portugal.token });
      expect(executed.errors).toBeUndefined();
    }
    portal = await servePortal({ databaseUrl: process.env.TEST_DATABASE_URL });
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

  it('shows nothing of a request to anyone but its State and the secretariat', async () => {
    // Anonymous: the request page and the list ask to sign in and show none of the request.
    await page.goto(`/requests/${spainRequestId}`);
    await page.getByText('Sign in as an authority to use the request writer.').waitFor();
    expect(await page.content()).not.toContain(SPAIN_SUBJECT);
    await page.goto('/requests');
    await page.getByText('Sign in as an authority to use the request writer.').waitFor();
    expect(await page.content()).not.toContain(SPAIN_SUBJECT);
    expect(await page.getByRole('link', { name: 'Requests', exact: true }).count()).toBe(0);

    // Another State's authority: refused on the page, absent from its lists.
    await signIn(spain);
    await page.goto(`/requests/${spainRequestId}`);
    await page.getByRole('alert').getByText(/Requests are read by the authority accounts of the State they belong to/).waitFor();
    expect(await page.content()).not.toContain(SPAIN_SUBJECT);
    await page.goto('/requests');
    await heading(/Requests of Spain/);
    await page.getByRole('heading', { name: 'What waits on whom' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.content()).not.toContain(SPAIN_SUBJECT);
    // Its statistics are its own State's: the Portuguese register is not there.
    await page.goto(`/statistics?from=${YEAR}&to=${YEAR}`);
    await page.getByText(`The requests of Spain, exact figures, ${YEAR} to ${YEAR}.`).waitFor();
    expect((await tableFigures('Requests by counterpart State')).has('Portugal')).toBe(false);

    // The same through the API the pages use, anonymous and as Spain.
    const one = `query($id: ID!) { request(id: $id) { subject } }`;
    const anonymous = await portalQuery(one, { id: spainRequestId });
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous)).not.toContain(SPAIN_SUBJECT);
    const other = await portalQuery(one, { id: spainRequestId }, portalTokens.get(spain.email));
    expect(other.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(other)).not.toContain(SPAIN_SUBJECT);
  });

  it('registers an incoming request, tracks it to its execution and counts it in the authority statistics', async () => {
    await signIn(portugal);
    await page.goto('/requests');
    await heading(/Requests of Portugal/);
    await page.getByRole('link', { name: 'Register an incoming request' }).click();
    await heading('Register an incoming request');
    const violations = await seriousViolations(page, '/requests/register');
    await page.getByRole('combobox', { name: 'Requesting State (required)' }).selectOption('BRA');
    await page.getByLabel('Their reference').fill(THEIR_REFERENCE);
    await page.getByLabel('Taking evidence or statements from persons').check();
    await page.getByLabel('Documents and records, including bank, financial, corporate or business records').check();
    await page.getByLabel('Subject of the proceedings').fill(SUBJECT);
    await page.getByLabel('Offence 1: description').fill('Laundering of the proceeds of cocaine trafficking through exchange offices in Lisbon');
    await page.getByLabel('Offence 1: crime type').selectOption('money-laundering');
    await page.getByRole('button', { name: 'Add an offence' }).click();
    await page.getByLabel('Offence 2: description').fill('Participation in an organized criminal group');
    await page.getByLabel('Offence 2: crime type').selectOption('organized-criminal-group');
    await page.getByLabel(/Received on/).fill(`${YEAR}-09-12`);
    await page.getByLabel('Due on (time limit for compliance, if any)').fill(`${YEAR}-12-12`);
    await page.getByLabel('Case in the portal it concerns (reference, optional)').fill(CASE_REFERENCE);
    await shot('casework-register');
    await page.getByRole('button', { name: 'Register the request' }).click();

    await heading('Request for mutual legal assistance — Brazil to Portugal');
    const requestUrl = new URL(page.url()).pathname;
    const id = requestUrl.split('/').pop()!;
    const status = page.locator('.status-line');
    await status.getByText('Received', { exact: true }).waitFor();
    await status.getByText('Overdue').waitFor();
    await page.getByRole('link', { name: CASE_REFERENCE }).waitFor();
    await page.getByText('Participation in an organized criminal group').waitFor();
    violations.push(...(await seriousViolations(page, requestUrl)));

    // The register: incoming, received, overdue, waiting on Portugal to execute.
    await page.goto('/requests?direction=INCOMING&status=RECEIVED');
    const waiting = page.locator('table.reminders-table tr', { hasText: THEIR_REFERENCE });
    await waiting.getByText('To execute, or refuse with grounds').waitFor();
    await waiting.getByText('Us (PRT)').waitFor();
    await waiting.getByText('Overdue').waitFor();
    violations.push(...(await seriousViolations(page, '/requests?direction=INCOMING&status=RECEIVED')));
    await shot('casework-requests');
    await page.getByLabel('Direction').selectOption('OUTGOING');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/direction=OUTGOING/);
    await page.getByRole('heading', { name: 'Register' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(THEIR_REFERENCE).count()).toBe(0);

    // Acknowledgement, a request for additional information and its supply, then execution.
    await page.goto(requestUrl);
    const record = async (type: string, date: string, note: string, waitFor: string) => {
      await page.getByLabel('Event').selectOption(type);
      await page.getByLabel('Date').fill(date);
      await page.getByLabel('Note').fill(note);
      await page.getByRole('button', { name: type === 'EXECUTED' ? 'Record and close the request' : 'Record the event' }).click();
      await page.getByRole('status').getByText(`Recorded: ${waitFor}.`).waitFor();
    };
    await record('ACKNOWLEDGED', `${YEAR}-09-14`, 'Receipt acknowledged to the Procuradoria-Geral da República by email.', 'Receipt acknowledged');
    await record('ADDITIONAL_INFORMATION_REQUESTED', `${YEAR}-10-03`, 'Which accounts at which exchange offices? Account numbers needed.', 'Additional information requested');
    await page.goto('/requests');
    const asked = page.locator('table.reminders-table tr', { hasText: THEIR_REFERENCE });
    await asked.getByText('To supply the additional information asked for').waitFor();
    await asked.getByText('BRA', { exact: true }).waitFor();
    await page.goto(requestUrl);
    await record('ADDITIONAL_INFORMATION_PROVIDED', `${YEAR}-10-21`, 'Brazil sent the account numbers.', 'Additional information supplied');
    await record('EXECUTED', `${YEAR}-11-30`, 'Bank records and two witness statements sent to Brasília.', 'Executed');
    await status.getByText('Executed', { exact: true }).waitFor();
    expect(await status.getByText('Overdue').count()).toBe(0);
    // Closed: only a note may still be recorded.
    expect(await page.getByLabel('Event').locator('option:not([disabled])').allTextContents()).toEqual(['Note']);
    const history = page.locator('section', { has: page.getByRole('heading', { name: 'History' }) }).locator('tbody tr');
    expect(await history.count()).toBe(5);
    const rows = await history.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim())));
    expect(rows.map((r) => r[1])).toEqual(['Received', 'Receipt acknowledged', 'Additional information requested', 'Additional information supplied', 'Executed']);
    expect(rows.every((r) => r[2] === portugal.email)).toBe(true);
    expect(rows[3][3]).toBe('Brazil sent the account numbers.');
    expect(rows[4][4]).toBe('Executed');
    await shot('casework-request-executed');
    violations.push(...(await seriousViolations(page, requestUrl)));

    // It has left the reminders and the overdue list.
    const overdue = await portalQuery(`{ overdueRequests(first: 200) { request { id } } }`, {}, portalTokens.get(portugal.email));
    expect(overdue.data.overdueRequests.map((o: { request: { id: string } }) => o.request.id)).not.toContain(id);
    await page.goto('/requests');
    await page.getByRole('link', { name: /Mutual legal assistance — Brazil/ }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('table.reminders-table').getByText(THEIR_REFERENCE).count()).toBe(0);

    // Portugal's own figures for the year, exact: six from Spain and this one from Brazil, all executed.
    await page.goto(`/statistics?from=${YEAR}&to=${YEAR}`);
    await page.getByText(`The requests of Portugal, exact figures, ${YEAR} to ${YEAR}.`).waitFor();
    expect(await page.locator('.stat-totals dd').first().textContent()).toBe('7');
    expect(Object.fromEntries(await tableFigures('Requests by counterpart State'))).toEqual({ Spain: '6', Brazil: '1' });
    expect(Object.fromEntries(await tableFigures('Requests by outcome'))).toEqual({ Executed: '7' });
    expect(Object.fromEntries(await tableFigures('Requests by crime type'))).toEqual({ 'Money laundering': '7', 'Participation in an organized criminal group': '1' });
    expect(await page.locator('.suppression-notice').count()).toBe(0);
    violations.push(...(await seriousViolations(page, '/statistics (authority)')));
    await shot('casework-statistics-authority');
    expect(violations).toEqual([]);
  }, 240_000); // many pages and four axe audits: a loaded machine takes well over jest's default minute

  it('closes a request as refused, with its grounds, and says what is missing when none is given', async () => {
    const created = await api.query(`mutation($input: RequestInput!) { createRequest(input: $input) { id } }`, {
      input: { kind: 'EXTRADITION', direction: 'INCOMING', requestingState: 'MAR', requestedState: 'PRT', reference: `MAR-EXT-2017-${process.pid}`,
        receivedOn: '2017-02-06', measures: [{ form: 'EXTRADITION_OF_ACCUSED' }] },
    }, { token: portugal.token });
    expect(created.errors).toBeUndefined();
    await signIn(portugal);
    await page.goto(`/requests/${created.data.createRequest.id}`);
    await heading('Request for extradition — Morocco to Portugal');
    await page.getByLabel('Event').selectOption('REFUSED');
    await page.getByLabel('Date').fill('2017-04-18');
    await page.getByRole('button', { name: 'Record and close the request' }).click();
    // No ground ticked: refused by the API, naming the field; nothing recorded.
    await page.getByRole('alert').getByText(/event\.refusalGrounds/).waitFor();
    await page.locator('.status-line').getByText('Received', { exact: true }).waitFor();
    await page.getByLabel('Person sought is a national of the requested State (art. 16(10))').check();
    await page.getByLabel('Already tried for the same conduct (ne bis in idem)').check();
    await page.getByLabel('Note').fill('The person sought is a Portuguese national (art. 33(3) of the Constitution).');
    await page.getByRole('button', { name: 'Record and close the request' }).click();
    await page.locator('.status-line').getByText('Refused', { exact: true }).waitFor();
    const last = page.locator('section', { has: page.getByRole('heading', { name: 'History' }) }).locator('tbody tr').last();
    await last.getByText('Person sought is a national of the requested State (art. 16(10))').waitFor();
    await last.getByText('Already tried for the same conduct (ne bis in idem)').waitFor();
    expect(await page.getByLabel('Event').locator('option:not([disabled])').allTextContents()).toEqual(['Note']);
  });

  it('shows the public only the rounded aggregate, with counts under 5 withheld and said so', async () => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statistics' }).click();
    await heading('Statistics on requests');
    await page.getByLabel('From year').fill(String(YEAR));
    await page.getByLabel('To year').fill(String(YEAR));
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/from=2016&to=2016/);
    await page.getByText(`The requests of every State together, as published to everyone, ${YEAR} to ${YEAR}.`).waitFor();
    await page.getByRole('heading', { name: 'How these figures protect small numbers' }).waitFor();
    await page.getByText('Some figures below are withheld under this rule.').waitFor();
    expect(await page.getByLabel('State', { exact: true }).count()).toBe(0);

    const publicAnswer = await portalQuery(`query($f: RequestStatisticsFilter) { requestStatistics(filter: $f) { view total byCountry { value label count suppressed } } }`,
      { f: { yearFrom: YEAR, yearTo: YEAR } });
    expect(publicAnswer.data.requestStatistics.view).toBe('PUBLIC_AGGREGATE');
    const countries = await tableFigures('Requests by counterpart State');
    // Brazil's single request is pooled, unnamed; Spain's six read as 5.
    expect(countries.has('Brazil')).toBe(false);
    expect(countries.get('Spain')).toBe('5');
    expect(countries.get('Others (each with fewer than 5 requests, not named)')).toBe('fewer than 5 each');
    expect(Object.fromEntries(countries)).toEqual(Object.fromEntries(publicAnswer.data.requestStatistics.byCountry.map(
      (c: { label: string | null; value: string; count: number | null; suppressed: boolean }) =>
        c.suppressed ? ['Others (each with fewer than 5 requests, not named)', 'fewer than 5 each'] : [c.label ?? c.value, String(c.count)],
    )));
    // No figure on the page is a count from 1 to 4, and every count is a multiple of 5.
    const figures = await page.locator('table.bar-table td.num, .stat-totals dd').allTextContents();
    for (const text of figures) {
      if (/^\d[\d,]*$/.test(text)) {
        const n = Number(text.replace(/,/g, ''));
        expect(n === 0 || (n >= 5 && n % 5 === 0)).toBe(true);
      } else {
        expect(text).toMatch(/^(fewer than 5( each)?|[\d.,]+ days|not published: fewer than 10 completed requests|no completed request)$/);
      }
    }
    expect(await page.locator('.stat-totals dd').first().textContent()).toBe(String(publicAnswer.data.requestStatistics.total));
    // The map names the States counted and says the others are withheld, not absent.
    await page.locator('.world-map path[data-code="ESP"] title').filter({ hasText: 'Spain: 5 requests' }).waitFor({ state: 'attached' });
    await page.locator('.world-map path[data-code="BRA"] title').filter({ hasText: 'Brazil: none, or fewer than 5 (not shown)' }).waitFor({ state: 'attached' });
    // The CSV for the same filters, without a session.
    const href = await page.getByRole('link', { name: 'Download these figures as CSV' }).getAttribute('href');
    expect(href).toBe(`/statistics.csv?yearFrom=${YEAR}&yearTo=${YEAR}`);
    const csv = await (await fetch(`${portal.url}${href}`)).text();
    expect(csv).toContain('PUBLIC_AGGREGATE,ALL,counterpart_country,SUPPRESSED,,,yes');
    expect(csv).not.toContain('BRA');
    await shot('casework-statistics-public');
    expect(await seriousViolations(page, '/statistics (public)')).toEqual([]);
  });

  it("gives the secretariat any State's exact figures and their CSV through the session", async () => {
    await signIn(secretariat);
    await page.goto(`/statistics?from=${YEAR}&to=${YEAR}`);
    await page.getByText(`The requests of every State together, exact figures, ${YEAR} to ${YEAR}.`).waitFor();
    await page.getByLabel('State', { exact: true }).selectOption('PRT');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText(`The requests of Portugal, exact figures, ${YEAR} to ${YEAR}.`).waitFor();
    expect((await tableFigures('Requests by counterpart State')).get('Brazil')).toBe('1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these figures as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('request-statistics-PRT.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('STATE,PRT,counterpart_country,BRA,Brazil,1,no');
    expect(await seriousViolations(page, '/statistics (secretariat)')).toEqual([]);
  });
});
