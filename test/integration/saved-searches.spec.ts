import { createHmac, timingSafeEqual } from 'node:crypto';
import http, { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import Parser from 'rss-parser';
import { type DataSource } from 'typeorm';
import { AlertMatcher } from '../../src/services/saved-searches/alert-matcher';
import { PollingLoop } from '../../src/services/saved-searches/polling-loop';
import { MAX_SAVED_SEARCHES } from '../../src/services/saved-searches/saved-search.service';
import { WebhookDispatcher } from '../../src/services/saved-searches/webhook-dispatcher';
import { account, Role, type TestAccount } from '../helpers/accounts';
import { createTestApi, type TestApi } from '../helpers/api';
import { loadRecords } from '../helpers/catalogue';
import { openTestDataSource, resetCatalogue } from '../helpers/db';

/** A local webhook receiver: records every POST with its headers and raw body; answers what `answer` says. */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Status codes to answer, per path, in turn (the last one repeats); 200 when none. */
const answers = new Map<string, number[]>();

let dataSource: DataSource;
let api: TestApi;
let portal: Server;
let portalUrl: string;
let loops: PollingLoop[];
let owner: TestAccount;
let stranger: TestAccount;

const CASE = (reference: string, title: string, country: string, summary: string) => ({
  reference, title, country, decisionDate: '2024-02-14', crimeTypes: ['crimes-affecting-the-environment'], summary,
});

const SAVE = `mutation ($input: SaveSearchInput!) {
  saveSearch(input: $input) { id name feedUrl feedUrlHint searchPath search { text filters { countries } } webhooks { url } }
}`;
const ADD_WEBHOOK = `mutation ($id: ID!, $url: String!) { addSavedSearchWebhook(id: $id, url: $url) { signingKey webhook { id url } } }`;
const LIST = `{ savedSearches { id name feedUrl lastMatchedAt webhooks { id url deliveries { status attempts recordCount
  attemptLog { attempt statusCode error } } } } }`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const verify = (secret: string, r: Received): boolean => {
  const expected = 'sha256=' + createHmac('sha256', secret).update(`${r.headers['x-portal-timestamp']}.${r.body}`).digest('hex');
  const given = String(r.headers['x-portal-signature']);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
};

async function saveWithWebhook(token: string, name: string, search: object, path: string) {
  const saved = await api.query(SAVE, { input: { name, search } }, { token });
  expect(saved.errors).toBeUndefined();
  const id = saved.data.saveSearch.id as string;
  const hook = await api.query(ADD_WEBHOOK, { id, url: `${receiverUrl}${path}` }, { token });
  expect(hook.errors).toBeUndefined();
  return { id, feedUrl: saved.data.saveSearch.feedUrl as string, secret: hook.data.addSavedSearchWebhook.signingKey as string };
}

const feedPath = (feedUrl: string) => new URL(feedUrl).pathname;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  await resetCatalogue(dataSource);
  await dataSource.query(`DELETE FROM saved_searches`);
  api = await createTestApi(dataSource, { alerts: { allowLocalWebhooks: true } });
  portal = api.portal.listen(0);
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() });
      const queue = answers.get(req.url!) ?? [];
      res.writeHead(queue.length > 1 ? queue.shift()! : queue[0] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // The server's two loops, polling fast; retries after 1 second, giving up after the third attempt.
  const matcher = new AlertMatcher(dataSource, api.services.search, api.services.searchDocuments, () => 'https://portal.example');
  const dispatcher = new WebhookDispatcher(dataSource, { allowLocalWebhooks: true, retryDelaysSeconds: [1, 1], webhookTimeoutMs: 5000 });
  loops = [
    new PollingLoop('matcher', 100, async () => (await matcher.drain()) > 0),
    new PollingLoop('dispatcher', 100, async () => (await dispatcher.sendDue()) > 0),
  ];
  owner = await account(api, Role.RESEARCHER);
  stranger = await account(api, Role.RESEARCHER);
});

afterAll(async () => {
  for (const loop of loops) await loop.stop();
  await new Promise((resolve) => portal.close(resolve));
  await new Promise((resolve) => receiver.close(resolve));
  await api.stop();
  await dataSource.destroy();
});

describe('access', () => {
  it('refuses anonymous callers and never shows, changes or deletes another account\'s saved search', async () => {
    const anonymous = await api.query(LIST);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const anonymousSave = await api.query(SAVE, { input: { name: 'x', search: { text: 'x' } } });
    expect(anonymousSave.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const mine = await saveWithWebhook(owner.token, 'Private search', { text: 'ivory' }, '/private');
    const theirs = (await api.query(LIST, {}, { token: stranger.token })).data.savedSearches;
    expect(theirs.map((s: { id: string }) => s.id)).not.toContain(mine.id);
    const webhookId = (await api.query(LIST, {}, { token: owner.token })).data.savedSearches.find((s: { id: string }) => s.id === mine.id).webhooks[0].id;

    for (const [mutation, variables] of [
      [`mutation ($id: ID!) { deleteSavedSearch(id: $id) { id } }`, { id: mine.id }],
      [`mutation ($id: ID!) { rotateSavedSearchFeed(id: $id) { feedUrl } }`, { id: mine.id }],
      [ADD_WEBHOOK, { id: mine.id, url: `${receiverUrl}/intruder` }],
      [`mutation ($id: ID!) { removeSavedSearchWebhook(id: $id) { id } }`, { id: webhookId }],
      [`mutation ($id: ID!) { deleteSavedSearch(id: $id) { id } }`, { id: 'not-a-uuid' }],
    ] as const) {
      const result = await api.query(mutation, variables, { token: stranger.token });
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    // Still the owner's, unchanged: the feed answers and the webhook is there.
    const list = (await api.query(LIST, {}, { token: owner.token })).data.savedSearches;
    expect(list.find((s: { id: string }) => s.id === mine.id).webhooks).toHaveLength(1);
    expect((await fetch(portalUrl + feedPath(mine.feedUrl))).status).toBe(200);
    // The feed URL is shown once: the list does not hold it (only its hash is kept).
    expect(list.every((s: { feedUrl: string | null }) => s.feedUrl === null)).toBe(true);
    const [stored] = await dataSource.query(`SELECT feed_token_hash FROM saved_searches WHERE id = $1`, [mine.id]);
    expect(mine.feedUrl).not.toContain(stored.feed_token_hash);
  });

  it('answers 404 for unknown, malformed and rotated feed tokens, and for the feed of a deleted search', async () => {
    const saved = await api.query(SAVE, { input: { name: 'Rotated', search: { text: 'rhino' } } }, { token: owner.token });
    const first = feedPath(saved.data.saveSearch.feedUrl);
    expect((await fetch(portalUrl + first)).status).toBe(200);
    expect((await fetch(`${portalUrl}/feeds/feed_${'A'.repeat(43)}.atom`)).status).toBe(404);
    expect((await fetch(`${portalUrl}/feeds/'%20OR%201=1.atom`)).status).toBe(404);
    const rotated = await api.query(`mutation ($id: ID!) { rotateSavedSearchFeed(id: $id) { feedUrl } }`, { id: saved.data.saveSearch.id }, { token: owner.token });
    const second = feedPath(rotated.data.rotateSavedSearchFeed.feedUrl);
    expect((await fetch(portalUrl + first)).status).toBe(404);
    expect((await fetch(portalUrl + second)).status).toBe(200);
    await api.query(`mutation ($id: ID!) { deleteSavedSearch(id: $id) { id } }`, { id: saved.data.saveSearch.id }, { token: owner.token });
    expect((await fetch(portalUrl + second)).status).toBe(404);
  });
});

describe('bad input', () => {
  it('names the field, the value and what is accepted', async () => {
    const country = await api.query(SAVE, { input: { name: 'Atlantis', search: { filters: { countries: ['ATL'] } } } }, { token: owner.token });
    expect(country.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(country.errors![0].message).toMatch(/input\.search\.filters\.countries.*ATL/);
    // Control characters are cleaned as search cleans them (NUL is refused by the API for every argument); filter values are kept in their canonical form.
    const cleaned = await api.query(SAVE, { input: { name: 'Cleaned\u0007', search: { text: 'ivory\u0007 tusks', filters: { countries: ['ken'] } } } }, { token: owner.token });
    expect(cleaned.errors).toBeUndefined();
    expect(cleaned.data.saveSearch).toMatchObject({ name: 'Cleaned', search: { text: 'ivory tusks', filters: { countries: ['KEN'] } } });
    const name = await api.query(SAVE, { input: { name: '   ', search: { text: 'x' } } }, { token: owner.token });
    expect(name.errors![0].message).toMatch(/input\.name/);
    const saved = await api.query(SAVE, { input: { name: 'Hooks', search: { text: 'x' } } }, { token: owner.token });
    for (const url of ['http://hooks.example.org/in', 'https://10.1.2.3/in', 'https://[fd00::1]:8443/', 'https://metadata.internal/', 'https://169.254.169.254/latest', 'ftp://hooks.example.org/', 'https://user:pw@hooks.example.org/', 'not a url']) {
      const refused = await api.query(ADD_WEBHOOK, { id: saved.data.saveSearch.id, url }, { token: owner.token });
      expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].message).toMatch(/^url: .* https:\/\//);
    }
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES} saved searches per account, with a clear error`, async () => {
    const busy = await account(api, Role.RESEARCHER);
    await dataSource.query(
      `INSERT INTO saved_searches (user_id, name, search, feed_token_hash, feed_token_display)
       SELECT $1, 'Search ' || n, '{}'::jsonb, md5(random()::text) || md5(random()::text), 'feed_x' FROM generate_series(1, $2) n`,
      [busy.id, MAX_SAVED_SEARCHES - 1],
    );
    expect((await api.query(SAVE, { input: { name: 'Last one', search: {} } }, { token: busy.token })).errors).toBeUndefined();
    const refused = await api.query(SAVE, { input: { name: 'One too many', search: {} } }, { token: busy.token });
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(new RegExp(`at most ${MAX_SAVED_SEARCHES} saved searches; delete one first`));
  });
});

describe('alerts', () => {
  beforeAll(() => {
    for (const loop of loops) loop.start();
  });

  it('POSTs a new matching record to the webhook, signed, and lists it in the Atom feed; non-matching and unpublished records stay out', async () => {
    await loadRecords(dataSource, 'case', [CASE('KEN-2023-0007', 'Republic v. Mwangi', 'KEN', 'Pangolin scales hidden in a cashew consignment at Mombasa.')]);
    const hook = await saveWithWebhook(owner.token, 'Pangolins in Kenya', { text: 'pangolin', filters: { countries: ['KEN'] } }, '/pangolin');
    // The record that matched before saving opens the feed but is not announced.
    await loadRecords(dataSource, 'case', [
      CASE('KEN-2024-0031', 'Republic v. Chebet', 'KEN', 'Pangolin scales and ivory seized at Jomo Kenyatta airport.'),
      CASE('UGA-2024-0012', 'Uganda v. Okello', 'UGA', 'Pangolin scales trafficked across the border at Busia.'),
      CASE('KEN-2024-0040', 'Republic v. Kiptoo', 'KEN', 'Charcoal smuggled out of a national forest.'),
    ]);
    await loadRecords(dataSource, 'case', [CASE('KEN-2024-0099', 'Republic v. Draft', 'KEN', 'Pangolin scales in a draft that is not published.')], { publish: false });

    const delivery = await waitFor('the webhook delivery', () => received.find((r) => r.path === '/pangolin'));
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(verify(hook.secret, delivery)).toBe(true);
    expect(verify('whsec_wrong', delivery)).toBe(false);
    expect(Math.abs(Number(delivery.headers['x-portal-timestamp']) - Date.now() / 1000)).toBeLessThan(300);
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({ event: 'saved-search.matched', savedSearch: { id: hook.id, name: 'Pangolins in Kenya' } });
    expect(body.delivery).toBe(delivery.headers['x-portal-delivery']);
    expect(body.records).toEqual([
      expect.objectContaining({ type: 'CASE', reference: 'KEN-2024-0031', title: 'Republic v. Chebet', change: 'new', url: 'https://portal.example/cases/KEN-2024-0031' }),
    ]);

    // Everything queued has been handled: no second delivery, and none for Uganda, charcoal or the draft.
    await waitFor('the outbox to drain', async () => (await dataSource.query(`SELECT count(*)::int AS n FROM alert_outbox`))[0].n === 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((r) => r.path === '/pangolin')).toHaveLength(1);

    const feed = await new Parser().parseString(await (await fetch(portalUrl + feedPath(hook.feedUrl))).text());
    expect(feed.title).toBe('Pangolins in Kenya — saved search');
    expect(feed.items.map((i) => i.title)).toEqual(['Republic v. Chebet', 'Republic v. Mwangi']);
    const entry = feed.items[0];
    expect(entry.link).toBe(`http://127.0.0.1:${(portal.address() as AddressInfo).port}/cases/KEN-2024-0031`);
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.summary ?? entry.contentSnippet).toContain('Jomo Kenyatta airport');
    expect(new Date(entry.isoDate!).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Changing the record announces it again as updated; writing it again unchanged does not.
    await loadRecords(dataSource, 'case', [CASE('KEN-2024-0031', 'Republic v. Chebet', 'KEN', 'Pangolin scales and ivory seized at Jomo Kenyatta airport; sentenced.')]);
    const update = await waitFor('the update delivery', () => received.filter((r) => r.path === '/pangolin')[1]);
    expect(JSON.parse(update.body).records).toEqual([expect.objectContaining({ reference: 'KEN-2024-0031', change: 'updated' })]);
    await loadRecords(dataSource, 'case', [CASE('KEN-2024-0031', 'Republic v. Chebet', 'KEN', 'Pangolin scales and ivory seized at Jomo Kenyatta airport; sentenced.')]);
    await waitFor('the outbox to drain', async () => (await dataSource.query(`SELECT count(*)::int AS n FROM alert_outbox`))[0].n === 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.filter((r) => r.path === '/pangolin')).toHaveLength(2);
  });

  it('opens a feed with records holding every word only, not with those search would offer as holding the most', async () => {
    const both = await api.query(SAVE, { input: { name: 'Pangolins and okapis', search: { text: 'pangolin okapi' } } }, { token: owner.token });
    const feed = await new Parser().parseString(await (await fetch(portalUrl + feedPath(both.data.saveSearch.feedUrl))).text());
    expect(feed.items).toEqual([]);
    const one = await api.query(SAVE, { input: { name: 'Pangolins', search: { text: 'pangolin' } } }, { token: owner.token });
    const full = await new Parser().parseString(await (await fetch(portalUrl + feedPath(one.data.saveSearch.feedUrl))).text());
    expect(full.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Republic v. Chebet', 'Uganda v. Okello', 'Republic v. Mwangi']));
  });

  it('retries a receiver that fails, logs every attempt, and gives up after the last retry', async () => {
    answers.set('/flaky', [500, 200]);
    answers.set('/down', [503]);
    const flaky = await saveWithWebhook(owner.token, 'Timber (flaky receiver)', { text: 'rosewood' }, '/flaky');
    const down = await saveWithWebhook(owner.token, 'Timber (receiver down)', { text: 'rosewood' }, '/down');
    await loadRecords(dataSource, 'case', [CASE('MDG-2024-0003', 'Ministère public c. Rakoto', 'MDG', 'Rosewood logs exported from Masoala without a permit.')]);

    const log = async (id: string) =>
      (await api.query(LIST, {}, { token: owner.token })).data.savedSearches.find((s: { id: string }) => s.id === id).webhooks[0].deliveries;
    const delivered = await waitFor('the retried delivery', async () => {
      const [d] = await log(flaky.id);
      return d?.status === 'DELIVERED' && d;
    });
    expect(delivered.attemptLog).toEqual([
      { attempt: 1, statusCode: 500, error: 'the receiver answered HTTP 500' },
      { attempt: 2, statusCode: 200, error: null },
    ]);
    const flakyPosts = received.filter((r) => r.path === '/flaky');
    expect(flakyPosts).toHaveLength(2);
    // The same delivery, signed again with a fresh timestamp.
    expect(flakyPosts[0].headers['x-portal-delivery']).toBe(flakyPosts[1].headers['x-portal-delivery']);
    expect(flakyPosts.every((r) => verify(flaky.secret, r))).toBe(true);

    const failed = await waitFor('the delivery to give up', async () => {
      const [d] = await log(down.id);
      return d?.status === 'FAILED' && d;
    });
    expect(failed.attempts).toBe(3);
    expect(failed.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 503, 503]);
    // Nothing else is owed: the dispatcher does not try a failed delivery again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received.filter((r) => r.path === '/down')).toHaveLength(3);
    // The owner only: another account cannot reach the log.
    expect((await api.query(LIST, {}, { token: stranger.token })).data.savedSearches.some((s: { id: string }) => s.id === down.id)).toBe(false);
  });

  it('survives a matcher that dies mid-batch: the changes stay in the outbox and are matched later', async () => {
    await saveWithWebhook(owner.token, 'Sharks', { text: 'shark fins' }, '/sharks');
    for (const loop of loops) await loop.stop();
    await loadRecords(dataSource, 'case', [CASE('ECU-2024-0100', 'Fiscalía v. Zambrano', 'ECU', 'Shark fins declared as dried fish at Manta.')]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM alert_outbox`);
    expect(n).toBeGreaterThan(0);
    // A matcher whose transaction fails after claiming the batch: it rolls back, nothing is lost.
    const broken = new AlertMatcher(dataSource, api.services.search, {
      matchRecords: async () => { throw new Error('process killed'); },
    } as never, () => 'https://portal.example');
    await expect(broken.drain()).rejects.toThrow('process killed');
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM alert_outbox`))[0].n).toBe(n);
    for (const loop of loops) loop.start();
    const delivery = await waitFor('the delivery after the crash', () => received.find((r) => r.path === '/sharks'));
    expect(JSON.parse(delivery.body).records[0].reference).toBe('ECU-2024-0100');
  });
});
