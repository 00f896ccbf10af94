/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { seriousViolations } from '../helpers/axe';
import { type RunningPortal, servePortal } from '../helpers/serve';

/**
 * The legal library in a real headless Chromium, against the built portal with the demo catalogue: State pages
 * (ratifications shown truthfully, treaties, implementation, publications), treaty and publication pages, the
 * legal-basis page, publications in search. Screenshots go to test-artifacts/e2e/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/e2e');
const WEB_DIST = path.join(__dirname, '../../web/dist/index.html');
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Legal library end-to-end tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
}
const describeInBrowser = hasChromium ? describe : describe.skip;

let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
const heading = (title: string | RegExp) => page.getByRole('heading', { level: 1, name: title }).waitFor();

/** Asks the portal's API directly, to pick records of the (generated) demo catalogue. */
async function api<T>(query: string): Promise<T> {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describeInBrowser('legal library in Chromium', () => {
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
  });
  afterEach(async () => {
    await context.close();
  });

  it('State pages say "status not loaded" where no ratification is loaded, and list the Convention first', async () => {
    const { jurisdictions } = await api<{ jurisdictions: { code: string; name: string; ratifications: { instrumentCode: string; ratifiedOn: string | null }[] }[] }>(
      `{ jurisdictions { code name ratifications { instrumentCode ratifiedOn } } }`,
    );
    const unknown = jurisdictions.find((j) => j.ratifications.length === 0 && j.code !== 'EUE')!;
    const party = jurisdictions.find((j) => j.ratifications.some((r) => r.instrumentCode === 'UNTOC' && r.ratifiedOn))!;
    await page.goto(`/jurisdictions/${unknown.code}`);
    await heading(unknown.name);
    const table = page.getByRole('region', { name: 'Convention and Protocols' });
    await expect(table.getByText('Status not loaded').count()).resolves.toBe(4);
    await expect(table.getByText(/its status is unknown here, which does not mean that it is not a party/).count()).resolves.toBe(1);
    await expect(page.getByText('No record', { exact: true }).count()).resolves.toBe(0);
    await shot('library-01-status-not-loaded');

    await page.goto(`/jurisdictions/${party.code}`);
    await heading(party.name);
    const rows = page.getByRole('region', { name: 'Convention and Protocols' }).locator('tbody th');
    await expect(rows.allInnerTexts()).resolves.toEqual([
      'Organized Crime Convention', 'Trafficking in Persons Protocol', 'Smuggling of Migrants Protocol', 'Firearms Protocol',
    ]);
    await expect(page.getByText('Synthetic ratification data of the demonstration catalogue, not an official record.').count()).resolves.toBe(1);
  });

  it('from a State to its treaty, then to the legal basis between the parties', async () => {
    const { treaties } = await api<{ treaties: { edges: { node: { reference: string; title: string; inForceOn: string | null; parties: { jurisdiction: { code: string; name: string } }[] } }[] } }>(
      `{ treaties(first: 100, filter: { kinds: [MUTUAL_LEGAL_ASSISTANCE] }) { edges { node { reference title inForceOn scope parties { jurisdiction { code name } } } } } }`,
    );
    const treaty = treaties.edges.map((e) => e.node).find((t) => t.inForceOn && t.parties.length === 2)!;
    const [a, b] = treaty.parties.map((p) => p.jurisdiction);
    await page.goto(`/jurisdictions/${a.code}`);
    await heading(a.name);
    await page.getByRole('region', { name: /^Treaties/ }).getByRole('link', { name: treaty.title }).click();
    await page.waitForURL(/\/treaties\//);
    await heading(treaty.title);
    await expect(page.getByText('A synthetic treaty of the demonstration catalogue, not a real agreement.').count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Parties' }).locator('tbody th').allInnerTexts()).resolves.toEqual([a.name, b.name]);
    await shot('library-02-treaty');

    await page.getByRole('link', { name: `Legal basis between ${a.name} and ${b.name}` }).click();
    await page.waitForURL((url) => url.pathname === '/legal-basis' && url.searchParams.get('from') === a.code && url.searchParams.get('to') === b.code);
    const options = page.locator('ol.options > li');
    await options.first().waitFor();
    await expect(options.first().innerText()).resolves.toContain(treaty.title);
    await expect(options.last().innerText()).resolves.toContain("domestic law");
    await shot('library-03-legal-basis-from-treaty');
  });

  it('the legal-basis page: pick two States and a kind; the choice lives in the URL', async () => {
    const { jurisdictions } = await api<{ jurisdictions: { code: string; name: string; ratifications: { instrumentCode: string; ratifiedOn: string | null; conventionAsExtraditionBasis: boolean | null }[] }[] }>(
      `{ jurisdictions { code name ratifications { instrumentCode ratifiedOn conventionAsExtraditionBasis } } }`,
    );
    const untoc = (j: (typeof jurisdictions)[number]) => j.ratifications.find((r) => r.instrumentCode === 'UNTOC' && r.ratifiedOn);
    const requesting = jurisdictions.find((j) => untoc(j))!;
    const refuses = jurisdictions.find((j) => j.code !== requesting.code && untoc(j)?.conventionAsExtraditionBasis === false)!;
    await page.goto('/legal-basis');
    await heading('Legal basis for cooperation');
    await page.getByLabel('Requesting State').selectOption(requesting.code);
    await page.getByLabel('Requested State').selectOption(refuses.code);
    await page.getByLabel('Kind of cooperation').selectOption('EXTRADITION');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'EXTRADITION' && url.searchParams.get('to') === refuses.code);
    await page.getByRole('heading', { name: 'Considered, but not available' }).waitFor();
    await expect(page.locator('ul.options').innerText()).resolves.toContain('does not take the Convention as the legal basis');
    await expect(page.locator('ol.options > li').first().innerText()).resolves.toMatch(/^(Treaty|Reciprocity)/);
    await shot('library-04-legal-basis-16-5');
    // The same advice from a shared address.
    const shared = page.url();
    await page.goto('/');
    await page.goto(shared);
    await page.getByRole('heading', { name: 'Considered, but not available' }).waitFor();
  });

  it('publications: on the article page, their own page, and in search as a record type; implementation on State pages', async () => {
    await page.goto('/articles/SOM-6');
    await heading(/Article 6/);
    await page.getByRole('region', { name: 'Implementation by State' }).getByText(/States have an implementing provision loaded/).waitFor();
    const list = page.getByRole('region', { name: /^Publications/ });
    const link = list.locator('.record-list a').first();
    await link.waitFor();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/publications\//);
    await heading(title);
    await expect(page.getByText('A synthetic entry of the demonstration catalogue, not a real publication.').count()).resolves.toBe(1);
    await page.getByRole('link', { name: /SOM-6/ }).first().waitFor();
    await shot('library-05-publication');

    const { publications } = await api<{ publications: { totalCount: number } }>(`{ publications { totalCount } }`);
    await page.goto('/?type=PUBLICATION');
    await page.waitForFunction((n) => document.querySelector('#results-heading')?.textContent?.trim() === `${n} results`, publications.totalCount);
    await expect(page.locator('.hit .badge').first().innerText()).resolves.toBe('Publication');
    await shot('library-06-search-publications');

    await page.goto('/jurisdictions/ITA');
    const implementation = page.getByRole('region', { name: 'Implementation in national law' });
    await implementation.getByText(/"No provision found" means that no implementing provision is loaded, not that none exists/).waitFor();
    const firstRows = await implementation.locator('tbody th').allInnerTexts();
    expect(firstRows.slice(0, 4).every((t) => t.includes('criminalization'))).toBe(true);
    await implementation.getByLabel('Instrument').selectOption('TIP');
    await implementation.locator('tbody th').filter({ hasText: 'Art. 5' }).first().waitFor();
    await shot('library-07-implementation');
  });

  it('has no serious accessibility violations (axe-core) on the library pages', async () => {
    const { treaties, publications } = await api<{ treaties: { edges: { node: { reference: string } }[] }; publications: { edges: { node: { reference: string } }[] } }>(
      `{ treaties(first: 1) { edges { node { reference } } } publications(first: 1) { edges { node { reference } } } }`,
    );
    const pages = [
      `/treaties/${encodeURIComponent(treaties.edges[0].node.reference)}`,
      `/publications/${encodeURIComponent(publications.edges[0].node.reference)}`,
      '/legal-basis?from=ITA&to=NGA&kind=MUTUAL_LEGAL_ASSISTANCE',
      '/jurisdictions/ITA',
      '/articles/SOM-6',
    ];
    const found = [];
    for (const url of pages) {
      await page.goto(url);
      await page.locator('h1').first().waitFor();
      found.push(...(await seriousViolations(page, url)));
    }
    expect(found).toEqual([]);
  });
});
