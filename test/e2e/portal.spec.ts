/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The web portal in a real headless Chromium (Debian's `chromium`), against the built server (`npm test` builds the
 * server and web/dist first) started in embedded mode with the demo catalogue. Screenshots go to
 * test-artifacts/e2e/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);

if (!hasChromium) {
  // Skipped, loudly: CI installs Chromium (.ci/run), so this only happens on a machine without it.
  console.warn(`Web portal end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

const describeInBrowser = hasChromium ? describe : describe.skip;

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Content-Security-Policy violations seen in the current test (page events and console): there must be none. */
let cspViolations: string[];

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
/** Waits until the results on screen answer the search in the URL (earlier results stay visible while loading). */
const settled = () =>
  page.waitForFunction(() => {
    const results = document.querySelector('section.results');
    const canonical = (query: string) => [...new URLSearchParams(query)].map(([k, v]) => `${k}=${v}`).sort().join('&');
    return results?.getAttribute('data-settled') === 'true' && canonical(results.getAttribute('data-query') ?? '') === canonical(location.search);
  });
/** Waits for the page of a record (or any page) whose h1 reads `title`. */
const heading = (title: string | RegExp) => page.getByRole('heading', { level: 1, name: title }).waitFor();
const resultCount = async () => {
  const heading = page.locator('#results-heading');
  await settled();
  await page.waitForFunction(() => /^[\d,]+ results?$/.test(document.querySelector('#results-heading')?.textContent?.trim() ?? ''));
  return Number((await heading.innerText()).replace(/[^\d]/g, ''));
};
/** Waits until the URL's query satisfies a check (the search state lives in the URL). */
const urlMatches = async (check: (params: URLSearchParams) => boolean) => {
  await page.waitForURL((url) => check(url.searchParams));
  await settled();
};

describeInBrowser('web portal in Chromium', () => {
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
    cspViolations = [];
    await context.exposeBinding('reportCspViolation', (_source, text: string) => cspViolations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
          `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
        );
      });
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  afterEach(async () => {
    await context.close();
    // Every flow above runs under the portal's Content-Security-Policy: nothing it does may be refused.
    expect(cspViolations).toEqual([]);
  });

  it('searches as you type, applies and removes a facet, opens a case, follows its links and comes back to the same search', async () => {
    await page.goto('/');
    await expect(page.title()).resolves.toMatch(/Search/);
    await page.getByLabel('Search cases and legislation').fill('trafficking');
    await urlMatches((p) => p.get('q') === 'trafficking');
    const all = await resultCount();
    expect(all).toBeGreaterThan(20);
    // Matched on the stem: the first mark may read "trafficking" or "trafficked" (a case, law or publication).
    await expect(page.locator('.hits mark').first().innerText()).resolves.toMatch(/traffick/i);
    await shot('01-search-as-you-type');

    // Apply a country facet: the result count becomes the facet's count.
    const country = page.locator('fieldset[data-facet="country"] li').first();
    const countryName = (await country.locator('.facet-label').innerText()).trim();
    const countryCount = Number((await country.locator('.count').innerText()).replace(/[^\d]/g, ''));
    await country.getByRole('checkbox').click();
    await urlMatches((p) => p.getAll('country').length === 1);
    await page.waitForFunction((n) => document.querySelector('#results-heading')?.textContent?.trim() === `${n} result${n === 1 ? '' : 's'}`, countryCount);
    for (const fact of await page.locator('.hit-facts').allInnerTexts()) expect(fact).toContain(countryName);
    await shot('02-country-facet-applied');

    // Remove it from the active filters.
    await page.getByRole('button', { name: `Remove filter Country: ${countryName}` }).click();
    await urlMatches((p) => p.getAll('country').length === 0);
    await expect(resultCount()).resolves.toBe(all);

    // Narrow to cases of one crime type, the search we will come back to.
    await page.getByText('Cases', { exact: true }).click();
    await urlMatches((p) => p.get('type') === 'CASE');
    await page.locator('fieldset[data-facet="crimeType"]').getByLabel(/^Trafficking in persons/).click();
    await urlMatches((p) => p.getAll('crime').includes('trafficking-in-persons'));
    const narrowed = await resultCount();
    expect(narrowed).toBeLessThan(all);
    const searchUrl = page.url();
    await page.evaluate(() => window.scrollTo(0, 400));

    // Open the first case.
    // Title and address are read together and the very link is clicked, so a late re-render cannot swap hits.
    await settled();
    const { href, caseTitle } = await page.locator('.hit h3 a').first()
      .evaluate((a) => ({ href: a.getAttribute('href')!, caseTitle: (a.textContent ?? '').trim() }));
    await page.locator(`.hit h3 a[href="${href}"]`).first().click();
    await page.waitForURL(/\/cases\//);
    await heading(caseTitle);
    const reference = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect(page.getByLabel('Citation').inputValue()).resolves.toContain(reference);
    await page.getByRole('heading', { name: 'Cite this case' }).waitFor();
    await shot('03-case');

    // Follow its links: the State, an article, a law; each page shows the record and links back.
    const stateLink = page.locator('.facts dt:text-is("State") + dd a');
    const stateName = (await stateLink.innerText()).trim();
    await stateLink.click();
    await page.waitForURL(/\/jurisdictions\//);
    await heading(stateName);
    await page.getByRole('heading', { name: 'Convention and Protocols' }).waitFor();
    await page.locator('#list-cases ~ ul a').first().waitFor();
    await shot('04-jurisdiction');
    await page.goBack();
    await page.waitForURL(/\/cases\//);

    const articleLink = page.locator('#articles ~ ul a').first();
    const articleText = (await articleLink.innerText()).trim(); // "TIP-5: Criminalization"
    await articleLink.click();
    await page.waitForURL(/\/articles\//);
    await heading(new RegExp(`: ${articleText.split(': ')[1]}$`));
    await page.locator('#list-cases-applying-this-article ~ ul a').first().waitFor();
    await shot('05-article');
    await page.goBack();
    await page.waitForURL(/\/cases\//);

    const lawLink = page.locator('#laws ~ ul a').first();
    const lawTitle = (await lawLink.innerText()).trim();
    await lawLink.click();
    await page.waitForURL(/\/laws\//);
    await heading(lawTitle);
    await page.getByRole('heading', { name: 'Provisions' }).waitFor();
    await shot('06-law');
    await page.goBack();
    await page.waitForURL(/\/cases\//);

    // Back to the same search: text, filters, type and results restored.
    await page.goBack();
    await page.waitForURL(searchUrl);
    await expect(page.getByLabel('Search cases and legislation').inputValue()).resolves.toBe('trafficking');
    await expect(page.locator('fieldset[data-facet="crimeType"]').getByLabel(/^Trafficking in persons/).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Cases', exact: true }).isChecked()).resolves.toBe(true);
    await expect(resultCount()).resolves.toBe(narrowed);
    await expect(page.locator('.hit h3 a').first().innerText()).resolves.toBe(caseTitle);
    await shot('07-back-to-the-search');
  }, 120_000);

  it('keeps the whole search in the URL: pages, sort and filters survive a reload and a shared link', async () => {
    await page.goto('/?q=smuggling&sort=DATE_DESC&type=CASE');
    const total = await resultCount();
    expect(total).toBeGreaterThan(20);
    await expect(page.getByLabel('Sort by').inputValue()).resolves.toBe('DATE_DESC');
    const firstOfPageOne = await page.locator('.hit h3 a').first().innerText();

    await page.getByRole('link', { name: 'Next →' }).click();
    await urlMatches((p) => p.getAll('after').length === 1);
    await page.getByText(/^Page 2 of \d+$/).waitFor();
    const firstOfPageTwo = await page.locator('.hit h3 a').first().innerText();
    expect(firstOfPageTwo).not.toBe(firstOfPageOne);

    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await other.locator('.hit h3 a').first().waitFor();
    await expect(other.locator('.hit h3 a').first().innerText()).resolves.toBe(firstOfPageTwo);
    await expect(other.getByLabel('Search cases and legislation').inputValue()).resolves.toBe('smuggling');
    await other.close();

    await page.getByRole('link', { name: '← Previous' }).click();
    await urlMatches((p) => p.getAll('after').length === 0);
    await expect(page.locator('.hit h3 a').first().innerText()).resolves.toBe(firstOfPageOne);
  }, 60_000);

  it('offers "did you mean", says when not every word matched, and shows similar cases on a case page', async () => {
    await page.goto('/?q=mony+laundring&type=CASE');
    expect(await resultCount()).toBeGreaterThan(0);
    await page.locator('.partial-match').waitFor();
    const suggestion = page.locator('.suggestion a');
    await expect(suggestion.innerText()).resolves.toBe('money laundering');
    await suggestion.click();
    await urlMatches((p) => p.get('q') === 'money laundering' && p.get('type') === 'CASE');
    await expect(page.locator('.suggestion').count()).resolves.toBe(0);
    await expect(page.locator('.partial-match').count()).resolves.toBe(0);
    await shot('did-you-mean');

    await page.locator('.hit h3 a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Similar cases' }).waitFor();
    const similar = page.locator('.similar-cases li a');
    await expect(similar.count()).resolves.toBe(5);
    const title = await similar.first().innerText();
    await similar.first().click();
    await heading(title);
  }, 60_000);

  it('sorts by most cited and shows what a case cites and what cites it, linked both ways', async () => {
    await page.goto('/?type=CASE');
    await resultCount();
    await page.getByLabel('Sort by').selectOption({ label: 'Most cited' });
    await urlMatches((p) => p.get('sort') === 'MOST_CITED');
    const top = page.locator('.hit h3 a').first();
    const title = await top.innerText();
    await top.click();
    await heading(title);
    const citedByHeading = page.getByRole('heading', { level: 2, name: /^Cited by \(\d+\)$/ });
    await citedByHeading.waitFor();
    const count = Number(/\d+/.exec(await citedByHeading.innerText())![0]);
    expect(count).toBeGreaterThan(1);
    const citing = page.locator('section[aria-labelledby="cited-by"] li a');
    await expect(citing.count()).resolves.toBe(Math.min(count, 100));
    expect(await seriousViolations(page, page.url())).toEqual([]);
    await shot('case-cited-by');

    // A citing decision lists this case among those it cites.
    const citingTitle = await citing.first().innerText();
    await citing.first().click();
    await heading(citingTitle);
    const cites = page.locator('section[aria-labelledby="cites"] li a');
    await cites.first().waitFor();
    await expect(cites.allInnerTexts()).resolves.toContain(title);
    expect(await seriousViolations(page, page.url())).toEqual([]);
    await shot('case-cites');
  }, 120_000);

  it('filters by country from the world map and by year from the chart', async () => {
    await page.goto('/?type=LAW');
    await resultCount();
    const australia = page.locator('path[data-code="AUS"]');
    await australia.waitFor();
    await australia.click();
    await urlMatches((p) => p.getAll('country').includes('AUS'));
    for (const fact of await page.locator('.hit-facts').allInnerTexts()) expect(fact).toContain('Australia');
    await expect(page.locator('path[data-code="AUS"].selected').count()).resolves.toBe(1);
    await shot('08-map-filter');

    const bar = page.locator('.year-chart .bar').filter({ has: page.locator('title') }).last();
    const year = ((await bar.locator('title').textContent()) ?? '').slice(0, 4);
    await bar.click();
    await urlMatches((p) => p.get('from') === year && p.get('to') === year);
    await page.getByRole('button', { name: `Remove filter Years: ${year}–${year}` }).waitFor();
  }, 60_000);

  it('works at phone width: one column, no sideways scrolling, filters behind a button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?q=firearms');
    await resultCount();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(page.locator('aside.filters').isVisible()).resolves.toBe(false);
    await filters.click();
    await page.locator('aside.filters').waitFor();
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('true');
    await shot('09-phone-search');

    await page.locator('.hit h3 a').first().click();
    await page.waitForURL(/\/(cases|laws|publications)\//);
    await page.locator('#record-title').waitFor();
    await expect(overflow()).resolves.toBeLessThanOrEqual(0);
    await shot('10-phone-record');
  }, 60_000);

  it('is usable with the keyboard alone', async () => {
    await page.goto('/');
    await resultCount();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.getByLabel('Search cases and legislation').focus();
    await page.keyboard.type('migrants');
    await page.keyboard.press('Enter');
    await urlMatches((p) => p.get('q') === 'migrants');
    await resultCount();
    // Tab to the first facet checkbox and tick it with the space bar.
    const firstBox = page.locator('fieldset[data-facet="crimeType"] input[type=checkbox]').first();
    for (let i = 0; i < 40 && !(await firstBox.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await urlMatches((p) => p.getAll('crime').length === 1);
    // Enter on a hit's link opens the record, and focus moves to the new page.
    const link = page.locator('.hit h3 a').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(cases|laws|publications)\//);
    await page.waitForFunction(() => document.activeElement?.id === 'main');
  }, 60_000);

  it('serves the app at / and at every deep link, revalidating the page and caching hashed assets for good', async () => {
    const home = await fetch(`${portal.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const html = await home.text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    expect((await fetch(`${portal.url}${asset}`)).headers.get('cache-control')).toContain('immutable');
    const deep = await fetch(`${portal.url}/laws/${encodeURIComponent('USA:18 U.S.C. 1589/a')}`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    await page.goto('/no/such/page');
    await heading('Page not found');
  });

  it('has no serious accessibility violations (axe-core) on the search and record pages', async () => {
    const audit = async (url: string) => {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      return seriousViolations(page, url);
    };
    await page.goto('/?q=trafficking&type=CASE');
    await page.locator('.hit h3 a').first().waitFor();
    const caseUrl = new URL((await page.locator('.hit h3 a').first().getAttribute('href'))!, portal.url).pathname;
    const pages = ['/?q=trafficking', caseUrl, '/jurisdictions/ITA', '/articles/UNTOC-18', '/instruments/UNTOC'];
    const found = [];
    for (const url of pages) found.push(...(await audit(url)));
    expect(found).toEqual([]);
  }, 90_000);
});
