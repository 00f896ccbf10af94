/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import Parser from 'rss-parser';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * Saved searches in headless Chromium against the built server (embedded mode, demo catalogue): a researcher saves
 * the search on screen, finds it on /account/searches with its feed URL (which a feed reader can read), adds a
 * webhook and sees its secret once; the page passes the accessibility audit. Screenshots go to test-artifacts/e2e/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const CLI = path.join(__dirname, '../../dist/src/cli.js');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Saved-search end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
const describeInBrowser = hasChromium ? describe : describe.skip;

const EMAIL = 'saved.searches@e2e.example';
const PASSWORD = 'correct horse battery staple 42';

let dataDir: string;
let portal: RunningPortal;
let browser: Browser;
let page: Page;
let receiver: Server;
let receiverUrl: string;

describeInBrowser('saved searches in Chromium', () => {
  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-saved-'));
    const first = await servePortal({ dataDir }); // migrates, loads the reference data and the demo catalogue
    await first.stop();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    execFileSync(process.execPath, [CLI, 'user', 'create', '--email', EMAIL, '--password', PASSWORD, '--role', 'RESEARCHER'], { env });
    // The receiver listens on 127.0.0.1: local webhooks are allowed for this portal only.
    receiver = http.createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    process.env.WEBHOOK_ALLOW_LOCAL = 'true';
    try {
      portal = await servePortal({ dataDir });
    } finally {
      delete process.env.WEBHOOK_ALLOW_LOCAL;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    page = await (await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('offers no save control to anonymous visitors', async () => {
    await page.goto('/?q=trafficking');
    await page.locator('.hit h3 a').first().waitFor();
    expect(await page.getByRole('button', { name: 'Save this search' }).count()).toBe(0);
  }, 60_000);

  it('saves the search on screen, lists it with its feed URL, adds a webhook and shows its secret once', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.account-status').getByText('Signed in as').waitFor();

    await page.goto('/?q=trafficking&type=CASE');
    await page.locator('.results[data-settled="true"] .hit h3 a').first().waitFor();
    await page.getByRole('button', { name: 'Save this search' }).click();
    await page.getByLabel('Name of the saved search').fill('Trafficking cases');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.waitForURL(/\/account\/searches$/);
    await page.getByRole('heading', { level: 1, name: 'Saved searches' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Trafficking cases' }).waitFor();
    const feedUrl = await page.getByLabel('Feed URL: copy it now, it is not shown again').inputValue();
    expect(feedUrl).toMatch(/\/feeds\/feed_[A-Za-z0-9_-]{43}\.atom$/);
    expect(await page.getByRole('link', { name: 'Trafficking cases' }).getAttribute('href')).toBe('/?q=trafficking&type=CASE');

    // A feed reader gets the newest matching cases.
    const feed = await new Parser().parseString(await (await fetch(feedUrl)).text());
    expect(feed.title).toBe('Trafficking cases — saved search');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => new URL(item.link!).pathname.startsWith('/cases/'))).toBe(true);

    await page.getByLabel('Webhook URL').fill('https://10.0.0.7/hook');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.locator('.error-summary').getByText(/private and special networks are refused/).first().waitFor();
    await page.getByLabel('Webhook URL').fill(receiverUrl);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.getByLabel('Signing secret: copy it now, it is not shown again').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.getByText(receiverUrl).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'saved-searches-01-list.png'), fullPage: true });
    expect(await seriousViolations(page, '/account/searches')).toEqual([]);

    // Coming back later: the feed URL and the secret are not shown again, only how the feed URL starts.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Trafficking cases' }).waitFor();
    await page.getByText('The feed URL starts with').waitFor();
    expect(await page.getByLabel('Signing secret: copy it now, it is not shown again').count()).toBe(0);

    // Deleting it stops the feed.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete Trafficking cases' }).click();
    await page.getByText('You have no saved searches yet.').waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);
  }, 120_000);
});
