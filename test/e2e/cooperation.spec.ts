/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The catalogue of cooperation cases (/cooperation) in headless Chromium, against the built portal with the demo
 * catalogue: reached from the site navigation, filtered by form, counterpart and article with the choice in the
 * URL, a cited URL opening the same view, each entry citing its case, and an axe-core audit.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Cooperation catalogue end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}
const describeInBrowser = hasChromium ? describe : describe.skip;

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let violations: string[];

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const count = async () => Number((await page.getByRole('heading', { level: 2, name: /^\d[\d,]* cases?$/ }).innerText()).replace(/\D/g, ''));

async function api<T>(query: string): Promise<T> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describeInBrowser('the catalogue of cooperation cases in Chromium', () => {
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
    context = await browser.newContext({ baseURL: portal.url, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    violations = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });
  afterEach(async () => {
    await context.close();
    expect(violations).toEqual([]);
  });

  it('is reached from the navigation and filters by form, counterpart and article, keeping the choice in the URL', async () => {
    page.setDefaultTimeout(30_000);
    const { cooperationCases } = await api<{ cooperationCases: { totalCount: number; facets: { field: string; values: { value: string; label: string; count: number }[] }[] } }>(
      `{ cooperationCases(first: 0) { totalCount facets { field values { value label count } } } }`,
    );
    expect(cooperationCases.totalCount).toBeGreaterThanOrEqual(24); // a few dozen demo cases read as a catalogue
    const forms = cooperationCases.facets.find((f) => f.field === 'form')!.values;
    const mla = forms.find((v) => v.value === 'mutual-legal-assistance')!;

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cooperation cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cooperation cases' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${cooperationCases.totalCount.toLocaleString('en')} cases` }).waitFor();
    await shot('cooperation-01-all');

    await page.getByRole('group', { name: 'Form of cooperation' }).getByRole('checkbox', { name: new RegExp(`^${mla.label}`) }).click();
    await page.waitForURL(/\?form=mutual-legal-assistance$/);
    await page.getByRole('heading', { level: 2, name: `${mla.count.toLocaleString('en')} ${mla.count === 1 ? 'case' : 'cases'}` }).waitFor();

    // Each entry cites its case and the Convention-based cooperation it used.
    const first = page.locator('.cooperation-list > li').first();
    await expect(first.getByText(/Mutual legal assistance with .+ under art\. 18 of the Convention/).count()).resolves.toBeGreaterThan(0);
    expect(await first.getByRole('link').first().getAttribute('href')).toMatch(/^\/cases\/SYN-/);

    // Narrow to one counterpart: the counts follow; the URL holds both choices.
    const counterparts = page.getByRole('group', { name: 'Counterpart State' });
    const firstCounterpart = counterparts.getByRole('checkbox').first();
    const label = await counterparts.locator('li').first().locator('.facet-label').innerText();
    // The facet's count is the number of cases choosing it gives.
    const narrowed = Number((await counterparts.locator('li').first().locator('.count').innerText()).replace(/\D/g, ''));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(mla.count);
    await firstCounterpart.click();
    await page.waitForURL(/form=mutual-legal-assistance&counterpart=[A-Z]{3}$/);
    await page.getByRole('heading', { level: 2, name: `${narrowed} ${narrowed === 1 ? 'case' : 'cases'}` }).waitFor();
    await expect(page.locator('.cooperation-list > li').count()).resolves.toBe(Math.min(narrowed, 20));
    const cited = page.url();
    await shot('cooperation-02-filtered');

    // The cited URL opens the same view in a new tab.
    const other = await context.newPage();
    other.setDefaultTimeout(30_000);
    await other.goto(cited);
    await other.getByRole('heading', { level: 1, name: 'Cooperation cases' }).waitFor();
    await expect(other.getByRole('group', { name: 'Counterpart State' }).getByRole('checkbox', { name: new RegExp(`^${label}`) }).isChecked()).resolves.toBe(true);
    await other.getByRole('heading', { level: 2, name: `${narrowed} ${narrowed === 1 ? 'case' : 'cases'}` }).waitFor();
    await other.close();

    // Following an entry opens the case.
    const caseLink = page.locator('.cooperation-list > li').first().getByRole('link').first();
    const href = await caseLink.getAttribute('href');
    await caseLink.click();
    await page.waitForURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.locator('h1').first().waitFor();
  }, 240_000);

  it('filters by article from the URL, finds words, and passes the accessibility audit', async () => {
    await page.goto('/cooperation?article=UNTOC-16');
    await page.getByRole('heading', { level: 1, name: 'Cooperation cases' }).waitFor();
    await expect(page.getByRole('group', { name: 'Article of the Convention' }).getByRole('checkbox', { name: /^UNTOC-16 / }).isChecked()).resolves.toBe(true);
    const extradition = await count();
    expect(extradition).toBeGreaterThan(0);
    await expect(page.locator('.cooperation-list > li').first().getByText(/under art\. 16 of the Convention/).count()).resolves.toBeGreaterThan(0);
    expect(await seriousViolations(page, '/cooperation?article=UNTOC-16')).toEqual([]);

    await page.getByLabel('Words of the case or of the cooperation').fill('zzzqxv');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/article=UNTOC-16&q=zzzqxv$/);
    await page.getByText('No published case matches this choice.').waitFor();
    await shot('cooperation-03-nothing');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/cooperation');
    await page.getByRole('heading', { level: 2, name: /cases$/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page, '/cooperation (phone)')).toEqual([]);
  }, 240_000);
});
