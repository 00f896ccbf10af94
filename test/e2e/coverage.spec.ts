/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The coverage page and the sentencing figures in a real headless Chromium, against the built portal with the
 * demo catalogue: what the pages show is checked against the API's answers. Screenshots go to test-artifacts/e2e/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Coverage end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}
const describeInBrowser = hasChromium ? describe : describe.skip;

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The coverage table has a row per State: a full-page picture of it takes a while on a busy machine.
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, timeout: 60_000 });
const heading = (title: string | RegExp) => page.getByRole('heading', { level: 1, name: title }).waitFor();

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface CountryCoverage { code: string; name: string; caseCount: number; completeness: { sentence: number | null } }

describeInBrowser('coverage and sentencing in Chromium', () => {
  beforeAll(async () => {
    if (!fs.existsSync(WEB_DIST)) throw new Error(`${WEB_DIST} is missing: run \`npm run build\` first (npm test does)`);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    portal = await servePortal();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterEach(async () => {
    await context.close();
  });

  it('shows coverage per State from the footer link, sorts the table and downloads it as CSV', async () => {
    const { coverage } = await api<{ coverage: { caseCount: number; byCountry: CountryCoverage[] } }>(
      `{ coverage { caseCount byCountry { code name caseCount completeness { sentence } } } }`,
    );
    expect(coverage.caseCount).toBeGreaterThan(0);
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: /What the catalogue covers/ }).click();
    await heading('Coverage of the catalogue');
    await page.getByText(`${coverage.caseCount.toLocaleString('en')} published cases`).waitFor();
    // The map shades the States with cases.
    const withCases = coverage.byCountry.filter((c) => c.caseCount > 0);
    const top = [...withCases].sort((a, b) => b.caseCount - a.caseCount || a.name.localeCompare(b.name, 'en'))[0];
    await expect(page.locator(`.map-svg path[data-code="${top.code}"]`).getAttribute('fill')).resolves.not.toBe('#e8eaed');

    const table = page.getByRole('region', { name: 'By State' });
    const firstRow = table.locator('tbody tr').first();
    await expect(table.locator('tbody tr').count()).resolves.toBe(coverage.byCountry.length);
    await expect(firstRow.locator('th').innerText()).resolves.toBe(top.name);
    await expect(firstRow.locator('td').first().innerText()).resolves.toBe(top.caseCount.toLocaleString('en'));
    await shot('coverage-01-page');

    // Least complete sentences first: a second click on the column turns the order around.
    const sentence = table.getByRole('button', { name: /With sentence/ });
    await sentence.click();
    await sentence.click();
    await expect(table.locator('th[aria-sort="ascending"]').innerText()).resolves.toMatch(/With sentence/);
    const lowest = Math.min(...withCases.map((c) => c.completeness.sentence ?? 1));
    await expect(firstRow.locator('td').nth(8).innerText()).resolves.toBe(`${Math.round(lowest * 100)}%`);

    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('coverage.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toMatch(/^code,state,region,cases,laws,/);
    expect(csv).toHaveLength(coverage.byCountry.length + 1);

    // A State's row leads to its page, which shows its sentencing figures.
    await table.getByRole('link', { name: top.name }).click();
    await heading(top.name);
    // The figures' list (a table column and a hint say "counted apart" too when the State has rows to break down).
    await page.getByRole('region', { name: 'Sentencing' }).getByRole('term').filter({ hasText: 'Counted apart' }).waitFor();
  }, 180_000);

  it('leads from a case to its crime type, whose page gives the sentencing figures of the API', async () => {
    const { cases } = await api<{ cases: { edges: { node: { reference: string; crimeTypes: { code: string; label: string }[] } }[] } }>(
      `{ cases(filter: { crimeTypes: ["trafficking-in-persons"] }, first: 1) { edges { node { reference crimeTypes { code label } } } } }`,
    );
    const record = cases.edges[0].node;
    const { sentencing } = await api<{ sentencing: { count: number; medianMonths: number; acquittals: number; byCountry: { code: string }[] } }>(
      `query ($c: String) { sentencing(filter: { crimeType: $c }) { count medianMonths acquittals byCountry { code } } }`,
      { c: 'trafficking-in-persons' },
    );
    expect(sentencing.count).toBeGreaterThan(0);

    await page.goto(`/cases/${encodeURIComponent(record.reference)}`);
    await page.getByRole('link', { name: 'Trafficking in persons', exact: true }).first().click();
    await heading('Trafficking in persons');
    expect(new URL(page.url()).pathname).toBe('/crime-types/trafficking-in-persons');
    const figures = page.getByRole('region', { name: 'Sentencing' });
    await figures.getByText(/counted apart and left out of the median/).waitFor();
    const median = Math.round(sentencing.medianMonths * 10) / 10;
    await expect(figures.locator('dt:text-is("Median") + dd').innerText()).resolves.toMatch(new RegExp(`^${median} months`));
    await expect(figures.locator('dt:text-is("Custodial terms") + dd').innerText()).resolves.toBe(`${sentencing.count} defendants`);
    await expect(figures.locator('dt:text-is("Counted apart") + dd').innerText()).resolves.toMatch(new RegExp(`^${sentencing.acquittals} acquittal`));
    await expect(figures.locator('table tbody tr').count()).resolves.toBe(sentencing.byCountry.length);
    await page.getByRole('heading', { level: 2, name: /Cases/ }).waitFor();
    await shot('coverage-02-crime-type');
  }, 180_000);

  it('has no serious accessibility violations (axe-core) on the coverage, crime-type and figures pages', async () => {
    const found = [];
    for (const url of ['/coverage', '/crime-types/smuggling-of-migrants', '/articles/TIP-5', '/jurisdictions/ITA']) {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      await page.getByRole('region', { name: /Sentencing|By State/ }).first().waitFor();
      found.push(...(await seriousViolations(page, url)));
    }
    expect(found).toEqual([]);
  }, 300_000);
});
