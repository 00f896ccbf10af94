/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The signed-in half of the web portal in headless Chromium, against the built server in embedded mode: a
 * contributor writes and submits a case, the secretariat reviews and publishes it, an authority proposes a change
 * to its directory record that the secretariat approves, and a researcher reaches none of it. The accounts and the
 * authority are created through the services on the portal's data directory while the portal is stopped (the
 * embedded database belongs to one process at a time). Screenshots go to test-artifacts/e2e/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Signed-in portal end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
const describeInBrowser = hasChromium ? describe : describe.skip;

const PASSWORD = 'correct horse battery staple 42';
const NEW_PASSWORD = 'a changed and long enough passphrase 7';
const accounts = {
  contributor: 'focal.point@e2e.example',
  secretariat: 'officer@e2e.example',
  authority: 'central.authority@e2e.example',
  researcher: 'researcher@e2e.example',
};
let authorityId = '';

let dataDir: string;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const heading = (p: Page, title: string | RegExp) => p.getByRole('heading', { level: 1, name: title }).waitFor();

/**
 * The accounts and the directory record, written through the built services on the stopped portal's database, in a
 * child process (PGlite needs Node's own module loader, which jest replaces).
 */
function createAccounts() {
  const dist = path.join(__dirname, '../../dist/src');
  const script = `
    const { readConfig } = require(${JSON.stringify(`${dist}/config`)});
    const { openDatabase } = require(${JSON.stringify(`${dist}/db/database`)});
    const { createServices } = require(${JSON.stringify(`${dist}/services`)});
    const { commandLineActor } = require(${JSON.stringify(`${dist}/services/audit.service`)});
    (async () => {
      const [accounts, password] = JSON.parse(process.argv[1]);
      const database = await openDatabase(readConfig(process.env));
      try {
        const services = createServices(database.dataSource);
        const actor = commandLineActor('e2e');
        await services.users.create({ email: accounts.secretariat, password, role: 'SECRETARIAT' }, actor);
        await services.users.create({ email: accounts.contributor, password, role: 'CONTRIBUTOR', jurisdictions: ['ITA'] }, actor);
        await services.users.create({ email: accounts.researcher, password, role: 'RESEARCHER' }, actor);
        const { token } = await services.auth.signIn(accounts.secretariat, password, 'e2e-setup');
        const secretariat = await services.auth.viewerFromAuthorization('Bearer ' + token);
        const authority = await services.directory.create(secretariat, actor, {
          country: 'ITA',
          name: 'Ministry of Justice, Department for Justice Affairs (synthetic test record)',
          kinds: ['EXTRADITION', 'MUTUAL_LEGAL_ASSISTANCE'],
          designations: ['UNTOC_ART_16', 'UNTOC_ART_18'],
          contact: { email: 'cooperation@justice.example', phone: '+39 06 0000 0001', address: 'Via Arenula 70, Rome (synthetic)' },
        });
        await services.users.create({ email: accounts.authority, password, role: 'AUTHORITY', authorityId: authority.id }, actor);
        process.stdout.write(JSON.stringify({ authorityId: authority.id }));
      } finally {
        await database.close();
      }
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const out = execFileSync(process.execPath, ['-e', script, JSON.stringify([accounts, PASSWORD])], { env, encoding: 'utf8' });
  authorityId = (JSON.parse(out) as { authorityId: string }).authorityId;
}

async function signIn(p: Page, email: string, password = PASSWORD) {
  await p.goto('/sign-in');
  await heading(p, 'Sign in');
  await p.getByLabel('Email').fill(email);
  await p.getByLabel('Password').fill(password);
  await p.getByRole('button', { name: 'Sign in' }).click();
  await p.locator('.account-status').getByText('Signed in as').waitFor();
}

/** A GraphQL request from outside the browser (another device of the same person). */
async function api(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

describeInBrowser('signed-in web portal in Chromium', () => {
  let reference = '';
  const caseTitle = 'Prosecutor v. Okafor and others (synthetic e2e case)';

  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-signed-in-'));
    const first = await servePortal({ dataDir }); // migrates and loads the reference data and the demo catalogue
    await first.stop();
    createAccounts();
    portal = await servePortal({ dataDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await context.close();
  });

  it('does not load the signed-in pages on the public ones', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto('/?q=trafficking');
    await page.locator('.hit h3 a').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    for (const chunk of ['CaseEditorPage', 'LawEditorPage', 'ReviewPage', 'AccountPage', 'AuditLogPage', 'AuthorityPage']) {
      expect(scripts.filter((s) => s.includes(chunk))).toEqual([]);
    }
    await page.goto('/workspace/cases/new');
    await page.getByText('This page is for signed-in accounts.').waitFor();
    expect(scripts.some((s) => s.includes('CaseEditorPage'))).toBe(true);
  }, 60_000);

  it('says plainly when sign-in fails and when it is throttled', async () => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The summary takes focus and links to the fields.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    await page.getByRole('link', { name: 'Enter your email address' }).waitFor();
    const email = 'nobody@e2e.example';
    await page.getByLabel('Email').fill(email);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Password').fill(`wrong password number ${i}`);
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/graphql')), page.getByRole('button', { name: 'Sign in' }).click()]);
      await page.locator('.error-summary').getByText(/Sign-in refused/).waitFor();
      await page.waitForFunction(() => !(document.querySelector('button.primary') as HTMLButtonElement | null)?.disabled);
    }
    await page.getByLabel('Password').fill('one more wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.error-summary').getByText(/Too many sign-in attempts .* Try again in \d+ minutes? \(at \d\d:\d\d\)/).waitFor();
    await shot(page, 'signed-in-01-throttled');
  }, 60_000);

  it('a contributor creates, completes and submits a case; field errors show at the field; an ended session loses nothing', async () => {
    await signIn(page, accounts.contributor);
    await page.waitForURL(/\/workspace$/);
    await heading(page, 'Workspace');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Workspace' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Review' }).count()).resolves.toBe(0);
    await expect(page.locator('.account-status').innerText()).resolves.toMatch(/Contributor for Italy/);

    await page.getByRole('link', { name: 'New case' }).click();
    await heading(page, 'New case');
    // One jurisdiction: the State is chosen and a reference proposed from it.
    await expect(page.locator('#f-country').inputValue()).resolves.toBe('ITA');
    await page.waitForFunction(() => /^ITA-\d{4}-\d{4}$/.test((document.getElementById('f-reference') as HTMLInputElement).value));
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('link', { name: /Title: give the case a title/ }).waitFor();
    await page.locator('#f-title').fill(caseTitle);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/workspace\/cases\/ITA-/);
    reference = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByText(`Draft ${reference} created`).waitFor();

    // The rest of the record, saved as it is written.
    await page.locator('#f-court').fill('Tribunale di Palermo (synthetic)');
    await page.getByLabel('Court level').selectOption('FIRST_INSTANCE');
    await page.getByLabel('Decision date').fill('2023-05-17');
    await page.getByLabel('Summary of the facts').fill(
      'Synthetic test record. Members of an organized criminal group recruited women in Nigeria with false offers of work and exploited them in Sicily.',
    );
    await page.locator('#f-crimeTypes').getByLabel('Trafficking in persons').check();
    await page.getByLabel('Find an article (number or title)').fill('TIP-5');
    await page.locator('#f-articles').getByLabel(/TIP-5: /).check();
    await page.locator('#f-keywords summary').first().click();
    await page.locator('#f-keywords input[type=checkbox]').first().check();
    await page.getByRole('button', { name: 'Add a proceeding' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-proceedings-0-stage');
    await page.keyboard.type('first-instance');
    await page.getByRole('button', { name: 'Add a defendant' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-defendants-0-name');
    await page.keyboard.type('E. Okafor');
    await page.locator('#f-defendants-0-nationality').fill('Narnia');
    await page.locator('#f-defendants-0-charges-add').click();
    await page.locator('#f-defendants-0-charges-0-verdict').selectOption('guilty');
    await page.locator('#f-defendants-0-charges-0-prisonMonths').fill('96');
    await page.getByRole('button', { name: 'Add a victim group' }).click();
    await page.locator('#f-victims-0-count').fill('7');
    await page.getByRole('button', { name: 'Add a cooperation act' }).click();
    await page.locator('#f-cooperation-0-type').selectOption('mutual-legal-assistance');
    await page.locator('#f-cooperation-0-counterpart').fill('NGA');
    await page.locator('#f-cooperation-0-legalBasis').fill('UNTOC-18');
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.locator('#f-sources-0-label').fill('Judgment (synthetic)');
    await page.locator('#f-sources-0-url').fill('https://example.org/judgment.pdf');

    // The API refuses the unknown nationality: the message is at the field and in the summary.
    const nationalityError = page.locator('#f-defendants-0-nationality-error');
    await nationalityError.waitFor();
    await expect(nationalityError.innerText()).resolves.toContain('Narnia');
    await page.locator('.error-summary a[href="#f-defendants-0-nationality"]').waitFor();
    await expect(page.locator('#f-defendants-0-nationality').getAttribute('aria-invalid')).resolves.toBe('true');
    await shot(page, 'signed-in-02-field-error');
    await page.locator('#f-defendants-0-nationality').fill('Nigeria');
    await page.locator('.save-state').getByText(/Draft saved at/).waitFor();
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);

    // A decision cannot cite itself: said at the "Cited cases" box; an earlier decision is kept.
    await page.getByLabel('Cited cases').fill(`ITA-2019-0042\n${reference}`);
    const citedError = page.locator('#f-citedCases-error');
    await citedError.waitFor();
    await expect(citedError.innerText()).resolves.toContain('cannot cite itself');
    await page.getByLabel('Cited cases').fill('ITA-2019-0042');
    await page.locator('.save-state').getByText(/Draft saved at/).waitFor();
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);

    // The session ends elsewhere (the password changed on another device): what is typed next is kept, the
    // portal asks to sign in again in place, then saves it.
    const other = await api('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', { e: accounts.contributor, p: PASSWORD });
    const changed = await api('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }', { c: PASSWORD, n: NEW_PASSWORD }, other.data.signIn.token);
    expect(changed.errors).toBeUndefined();
    const legalReasoning = 'The court held that the deception of the victims as to the nature of the work satisfied the means element (synthetic).';
    await page.getByLabel('Legal reasoning').fill(legalReasoning);
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await shot(page, 'signed-in-03-session-ended');
    await expect(dialog.getByLabel('Email').inputValue()).resolves.toBe(accounts.contributor);
    await dialog.getByLabel('Password').fill(NEW_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByLabel('Legal reasoning').inputValue()).resolves.toBe(legalReasoning);
    await page.locator('.save-state').getByText(/Draft saved at/).waitFor();

    // Reloaded from the server, the draft holds everything.
    await page.reload();
    await expect(page.getByLabel('Legal reasoning').inputValue()).resolves.toBe(legalReasoning);
    await expect(page.locator('#f-defendants-0-nationality').inputValue()).resolves.toBe('NGA');
    await expect(page.locator('#f-defendants-0-charges-0-prisonMonths').inputValue()).resolves.toBe('96');
    await expect(page.locator('#f-cooperation-0-legalBasis').inputValue()).resolves.toBe('UNTOC-18');
    await shot(page, 'signed-in-04-case-editor');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/workspace$/);
    await page.getByText(`Case ${reference} was submitted for review.`).waitFor();
    const row = page.locator('.workspace-row', { hasText: caseTitle });
    await row.getByText('Submitted for review').waitFor();
    await shot(page, 'signed-in-05-workspace-submitted');
  }, 180_000);

  it('the secretariat compares the submission with the published version and publishes it', async () => {
    expect(reference).not.toBe('');
    await signIn(page, accounts.secretariat);
    await page.waitForURL(/\/review$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const link of ['Workspace', 'Review', 'Ingest runs', 'Audit log', 'Directory']) await nav.getByRole('link', { name: link }).waitFor();
    await page.getByRole('link', { name: caseTitle }).click();
    await heading(page, caseTitle);
    await page.getByText('Never published: every field given is new.').waitFor();
    const titleRow = page.locator('tr[data-field="title"]');
    await expect(titleRow.locator('.diff-new').innerText()).resolves.toBe(caseTitle);
    await expect(titleRow.locator('.diff-old').innerText()).resolves.toBe('—');
    await expect(page.locator('tr[data-field="defendants"] .diff-new').innerText()).resolves.toContain('E. Okafor');
    await shot(page, 'signed-in-06-review-diff');

    // A decision that needs a reason says so at the field.
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.locator('#review-reason-error').waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));

    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.waitForURL(/\/review$/);
    await page.getByText(`Case ${reference} was published.`).waitFor();

    // Public now: anyone reads it.
    const anonymous = await browser.newContext({ baseURL: portal.url });
    const reader = await anonymous.newPage();
    await reader.goto(`/cases/${encodeURIComponent(reference)}`);
    await heading(reader, caseTitle);
    await shot(reader, 'signed-in-07-published-case');
    await anonymous.close();

    // The approval is in the audit log, filterable.
    await page.goto(`/audit?action=case.approve&entityId=${encodeURIComponent(reference)}`);
    await page.getByRole('heading', { name: '1 entries' }).waitFor();
    await page.locator('.audit-list').getByText(accounts.secretariat).waitFor();
    await page.goto('/ingest-runs');
    await heading(page, 'Ingest runs');
    await shot(page, 'signed-in-08-ingest-runs');
  }, 120_000);

  it('a contributor drafts a law; the secretariat sends it back with a reason, which the contributor reads', async () => {
    await signIn(page, accounts.contributor, NEW_PASSWORD);
    await page.waitForURL(/\/workspace$/);
    await page.getByRole('link', { name: 'New law' }).click();
    await heading(page, 'New law');
    const lawTitle = 'Law on the protection of victims of trafficking (synthetic e2e law)';
    await page.locator('#f-title').fill(lawTitle);
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/workspace\/laws\/ITA-/);
    const lawReference = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByLabel('Legal status').selectOption('in-force');
    await page.getByRole('button', { name: 'Add a provision' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'f-provisions-0-number');
    await page.keyboard.type('Art. 18');
    await page.locator('#f-provisions-0-text').fill('Victims receive assistance and protection (synthetic text).');
    await page.locator('#f-provisions-0-articles').getByLabel('Find an article (number or title)').fill('TIP-6');
    await page.locator('#f-provisions-0-articles').getByLabel(/TIP-6: /).check();
    await page.locator('.save-state').getByText(/Draft saved at/).waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText(`Law ${lawReference} was submitted for review.`).waitFor();

    const officer = await browser.newContext({ baseURL: portal.url });
    const desk = await officer.newPage();
    await signIn(desk, accounts.secretariat);
    await desk.getByRole('link', { name: lawTitle }).click();
    await heading(desk, lawTitle);
    await expect(desk.locator('tr[data-field="provisions"] .diff-new').innerText()).resolves.toContain('TIP-6');
    const reason = 'Give the official title in Italian and the date of enactment.';
    await desk.getByLabel('Reason').fill(reason);
    await desk.getByRole('button', { name: 'Request changes' }).click();
    await desk.getByText(`Law ${lawReference} was sent back to its editors as a draft.`).waitFor();
    await officer.close();

    await page.reload();
    const row = page.locator('.workspace-row', { hasText: lawTitle });
    await row.getByText('Draft', { exact: true }).waitFor();
    await row.getByText(reason).waitFor();
    await row.getByRole('link', { name: lawTitle }).click();
    await page.locator('.review-note').getByText(reason).waitFor();
    await expect(page.locator('#f-provisions-0-number').inputValue()).resolves.toBe('Art. 18');
    await shot(page, 'signed-in-14-law-sent-back');
  }, 120_000);

  it('an authority proposes a change to its record, which the secretariat approves; the directory exports', async () => {
    await signIn(page, accounts.authority);
    await page.waitForURL(new RegExp(`/directory/${authorityId}$`));
    await heading(page, /Ministry of Justice/);
    await page.locator('.restricted-details').getByText('+39 06 0000 0001').waitFor();
    await page.getByLabel('Phone', { exact: true }).fill('+39 06 6885 2500');
    await page.getByLabel('Office hours').fill('Mon–Fri 09:00–17:00');
    await page.getByRole('button', { name: 'Propose these changes' }).click();
    await page.getByText('Your changes were sent to the secretariat.').waitFor();
    await page.locator('.proposal').getByText('Pending proposal', { exact: false }).waitFor();
    await shot(page, 'signed-in-09-authority-proposal');

    const officer = await browser.newContext({ baseURL: portal.url, acceptDownloads: true });
    const desk = await officer.newPage();
    await signIn(desk, accounts.secretariat);
    await desk.goto('/directory');
    await heading(desk, 'Directory of competent national authorities');
    const proposal = desk.locator('.proposal', { hasText: 'Ministry of Justice' });
    await proposal.getByText('+39 06 6885 2500').waitFor();
    await shot(desk, 'signed-in-10-directory-proposals');
    await proposal.getByRole('button', { name: 'Approve and apply' }).click();
    await desk.getByText('No proposals.').waitFor();
    const download = desk.waitForEvent('download');
    await desk.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('directory.csv');
    expect(fs.readFileSync((await file.path())!, 'utf8')).toContain('+39 06 6885 2500');
    await officer.close();

    await page.reload();
    await page.locator('.restricted-details').getByText('+39 06 6885 2500').waitFor();
    await page.locator('.proposal').getByText(/Approved proposal/).waitFor();
  }, 120_000);

  it('a researcher sees none of the restricted pages, links or details', async () => {
    await signIn(page, accounts.researcher);
    await page.waitForURL(/\/account$/);
    await heading(page, 'Your account');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Directory' }).waitFor();
    for (const link of ['Workspace', 'Review', 'Ingest runs', 'Audit log']) await expect(nav.getByRole('link', { name: link }).count()).resolves.toBe(0);
    for (const url of ['/workspace', '/workspace/cases/new', '/review', '/ingest-runs', '/audit']) {
      await page.goto(url);
      await page.getByText('Your account (Researcher) may not use this page.').waitFor();
    }
    await page.goto(`/directory/${authorityId}`);
    await heading(page, /Ministry of Justice/);
    await page.getByText('Contact details, persons and practical details are for competent authorities and the secretariat.').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('+39');
    expect(text).not.toContain('cooperation@justice.example');
    await expect(page.getByRole('button', { name: 'Propose these changes' }).count()).resolves.toBe(0);
    await page.goto('/directory');
    await page.locator('.directory-state[data-state="ITA"]').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('cooperation@justice.example');
    await shot(page, 'signed-in-11-researcher-directory');
  }, 90_000);

  it('works at phone width and by keyboard; the account page creates and revokes an API token', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, accounts.secretariat);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/workspace/cases/new');
    await heading(page, 'New case');
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await shot(page, 'signed-in-12-phone-editor');

    await page.goto('/account');
    await heading(page, 'Your account');
    await page.getByLabel('What it is for').focus();
    await page.keyboard.type('nightly import');
    await page.keyboard.press('Enter');
    const shown = page.getByLabel(/New token “nightly import”/);
    await shown.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'new-token');
    expect((await shown.inputValue()).length).toBeGreaterThan(20);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await shot(page, 'signed-in-13-phone-api-token');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Revoke nightly import' }).click();
    await page.getByText(/^Revoked /).waitFor();

    // A common password is refused by the API, said at the field.
    await page.locator('#pw-current').fill(PASSWORD);
    await page.locator('#pw-new').fill('password1234');
    await page.locator('#pw-confirm').fill('password1234');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#pw-new-error').waitFor();
  }, 90_000);

  it('has no serious accessibility violations (axe-core) on the signed-in pages', async () => {
    const audit = async (url: string, ready: string) => {
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      return seriousViolations(page, url);
    };
    const found = [...(await audit('/sign-in', 'h1'))];
    await signIn(page, accounts.secretariat);
    for (const [url, ready] of [
      ['/account', '#tokens-heading'],
      ['/workspace', '.record-list, .hint'],
      ['/workspace/cases/new', '#f-title'],
      ['/review', 'h2'],
      ['/directory', '.directory-state'],
      [`/directory/${authorityId}`, '.restricted-details'],
      ['/audit', '.audit-list li'],
      ['/ingest-runs', 'h1'],
    ]) {
      found.push(...(await audit(url, ready)));
    }
    expect(found).toEqual([]);
  }, 120_000);
});
