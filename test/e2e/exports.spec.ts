/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { generateCases, generateLaws } from '../../ingest/generate';
import { generatorVocabulary } from '../../ingest/generate-vocabulary';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The search page's Export control in headless Chromium, against the built portal serving a generated catalogue
 * in the test database (a PostgreSQL server): the file downloaded holds the search on screen, in its order.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
const serverDatabase = process.env.TEST_DATABASE_KIND === 'server';
if (!hasChromium) {
  console.warn(`Export end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
} else if (!serverDatabase) {
  console.warn('Export end-to-end tests SKIPPED: they need a PostgreSQL server (set TEST_DATABASE_URL).');
}
const describeInBrowser = hasChromium && serverDatabase ? describe : describe.skip;

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let cspViolations: string[];

/** Waits until the results on screen answer the search in the URL. */
const settled = () =>
  page.waitForFunction(() => {
    const results = document.querySelector('section.results');
    const canonical = (query: string) => [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).sort().join('&');
    return results?.getAttribute('data-settled') === 'true' && canonical(results.getAttribute('data-query') ?? '') === canonical(location.search);
  });
/** The references of the hits on screen, from their links. */
const referencesOnScreen = () => page.locator('.hits .hit .reference').allInnerTexts();
const total = async () => Number((await page.locator('#results-heading').innerText()).replace(/[^\d]/g, ''));

async function download(name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  return { filename: file.suggestedFilename(), body: fs.readFileSync((await file.path())!, 'utf8') };
}

describeInBrowser('exporting a search in Chromium', () => {
  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // A generated catalogue in the test database, served by the built portal in its own process.
    const dataSource = await openTestDataSource();
    await resetCatalogue(dataSource);
    const vocabulary = await generatorVocabulary(dataSource);
    expect((await loadRecords(dataSource, 'law', [...generateLaws({ count: 60, seed: 5, vocabulary })])).rejected).toBe(0);
    expect((await loadRecords(dataSource, 'case', [...generateCases({ count: 150, seed: 5, vocabulary })])).rejected).toBe(0);
    await dataSource.destroy();
    portal = await servePortal({ databaseUrl: process.env.TEST_DATABASE_URL });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    cspViolations = [];
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  afterEach(async () => {
    await context.close();
    expect(cspViolations).toEqual([]);
  });

  it('downloads the cases of the search on screen as NDJSON and CSV, in the order shown', async () => {
    await page.goto('/?type=CASE&crime=trafficking-in-persons&sort=DATE_DESC');
    await settled();
    const shown = await referencesOnScreen();
    expect(shown.length).toBe(20);
    const count = await total();

    await page.getByText('Export', { exact: true }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'export-menu.png'), fullPage: true });
    expect(await seriousViolations(page, '/?type=CASE (export open)')).toEqual([]);

    const ndjson = await download('NDJSON');
    expect(ndjson.filename).toMatch(/^portal-cases-\d{4}-\d{2}-\d{2}\.ndjson$/);
    const records = ndjson.body.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(count);
    expect(records.slice(0, 20).map((r) => r.reference)).toEqual(shown);
    for (const r of records) expect(r.crimeTypes).toContain('trafficking-in-persons');

    const csv = await download('CSV');
    const rows: { type: string; reference: string }[] = parse(csv.body, { columns: true });
    expect(rows.map((r) => r.reference)).toEqual(records.map((r) => r.reference));
  });

  it('offers catalogues (JSON, NDJSON) once a kind of record is chosen, and every format for all records', async () => {
    await page.goto('/?q=migrants');
    await settled();
    await page.getByText('Export', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'JSON', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText('choose Cases, Laws or Publications first').first().isVisible()).resolves.toBe(true);
    const ris = await download('RIS');
    expect(ris.filename).toMatch(/^portal-records-.*\.ris$/);
    const types = [...ris.body.matchAll(/^TY {2}- (\w+)\r$/gm)].map((m) => m[1]);
    expect(types.length).toBe(await total());
    expect(types).toContain('CASE');
  });
});
