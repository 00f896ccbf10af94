import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import https from 'node:https';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { readConfig } from '../../src/config';
import { createApp, type PortalApp } from '../../src/http/app';
import { webDistDir } from '../../src/http/web-dist';
import { buildPortalSchema } from '../../src/schema/build-schema';
import { createServices } from '../../src/services';
import { openTestDataSource } from '../helpers/db';

/**
 * Security headers on every kind of response of the real HTTP app (web portal, explorer, GraphQL, health, hashed
 * assets, errors), HSTS only over TLS, and the GraphQL explorer at GET /graphql for browsers only. Needs the built
 * web portal (`npm run build`; `npm test` builds it first).
 */
const WEB_DIST = webDistDir();

let dataSource: DataSource;
const apps: PortalApp[] = [];
const servers: Server[] = [];

async function serve(env: Record<string, string> = {}, tls?: { key: Buffer; cert: Buffer }): Promise<string> {
  const config = readConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const portal = await createApp(await buildPortalSchema(), createServices(dataSource), config);
  apps.push(portal);
  const server = tls ? https.createServer(tls, portal.handler) : http.createServer(portal.handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request with node's http(s) client (accepts the test's self-signed certificate). */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method: options.method ?? 'GET', headers: options.headers, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `Content-Security-Policy` as directive → sources. */
function csp(answer: Answer): Record<string, string[]> {
  const header = answer.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  return Object.fromEntries(
    (header as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const postQuery = (base: string, query: string) =>
  request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const browserGet = (url: string) =>
  request(url, { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8' } });

let base: string;
let responses: Record<string, Answer>;

beforeAll(async () => {
  if (!fs.existsSync(path.join(WEB_DIST, 'explorer.html'))) {
    throw new Error(`${WEB_DIST}/explorer.html is missing: run \`npm run build\` first (npm test does)`);
  }
  dataSource = await openTestDataSource();
  base = await serve();
  const index = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)![1]!;
  responses = {
    'the web portal (/)': await browserGet(`${base}/`),
    'a deep link of the web portal': await browserGet(`${base}/cases/SYN-ITA-2016-001`),
    'the explorer (GET /graphql from a browser)': await browserGet(`${base}/graphql`),
    'a GraphQL answer (POST /graphql)': await postQuery(base, '{ article(id: "TIP-3") { title } }'),
    'a GraphQL error (POST /graphql)': await postQuery(base, '{ nope }'),
    'a malformed request': await request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
    '/health': await request(`${base}/health`),
    'a hashed asset': await request(`${base}${asset}`),
  };
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await Promise.all(apps.map((app) => app.apollo.stop()));
  await dataSource?.destroy();
});

describe('security headers', () => {
  it('answers every kind of request (the answers the checks below read)', () => {
    expect(responses['the web portal (/)']!.status).toBe(200);
    expect(responses['the explorer (GET /graphql from a browser)']!.status).toBe(200);
    expect(responses['a GraphQL answer (POST /graphql)']!.status).toBe(200);
    expect(responses['a GraphQL error (POST /graphql)']!.status).toBe(400);
    expect(responses['a malformed request']!.status).toBe(400);
    expect(responses['/health']!.status).toBe(200);
    expect(responses['a hashed asset']!.status).toBe(200);
  });

  it.each(['the web portal (/)', 'a deep link of the web portal', 'the explorer (GET /graphql from a browser)', 'a GraphQL answer (POST /graphql)', 'a GraphQL error (POST /graphql)', 'a malformed request', '/health', 'a hashed asset'])(
    'sends nosniff, no-referrer, frame denial and a Content-Security-Policy on %s',
    (name) => {
      const answer = responses[name]!;
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['x-powered-by']).toBeUndefined();
      const policy = csp(answer);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['default-src']).toEqual(["'self'"]);
      // Scripts from the portal itself only: no inline script, no eval, no other host.
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['script-src-attr']).toEqual(["'none'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['base-uri']).toEqual(["'self'"]);
      expect(policy['worker-src']).toEqual(["'self'"]);
      // Plain HTTP, no trusted proxy: no HSTS.
      expect(answer.headers['strict-transport-security']).toBeUndefined();
    },
  );

  it('keeps styles strict on the web portal; only the explorer allows inline styles (its editor writes <style> elements) and data: fonts', () => {
    for (const name of ['the web portal (/)', 'a deep link of the web portal', 'a GraphQL answer (POST /graphql)', 'a hashed asset']) {
      expect(csp(responses[name]!)['style-src']).toEqual(["'self'"]);
      expect(csp(responses[name]!)['font-src']).toEqual(["'self'"]);
    }
    const explorer = csp(responses['the explorer (GET /graphql from a browser)']!);
    expect(explorer['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(explorer['font-src']).toEqual(["'self'", 'data:']);
  });
});

describe('HSTS', () => {
  it('is not sent over plain HTTP, nor when an untrusted sender claims TLS in X-Forwarded-Proto', async () => {
    const claimed = await request(`${base}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.status).toBe(200);
    expect(claimed.headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent behind a trusted TLS-terminating proxy (TRUST_PROXY), and only for requests that came over TLS', async () => {
    const proxied = await serve({ TRUST_PROXY: 'loopback' });
    const overTls = await request(`${proxied}/health`, { headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' } });
    expect(overTls.headers['strict-transport-security']).toBe('max-age=31536000');
    const overHttp = await request(`${proxied}/health`, { headers: { 'x-forwarded-proto': 'http' } });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    // A proxy that is not the one trusted is not believed.
    const elsewhere = await serve({ TRUST_PROXY: '10.0.0.0/8' });
    const untrusted = await request(`${elsewhere}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    // GraphQL answers (POST /graphql, answered before the router) follow the same rule.
    const graphql = (origin: string) =>
      request(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    expect((await graphql(proxied)).headers['strict-transport-security']).toBe('max-age=31536000');
    expect((await graphql(elsewhere)).headers['strict-transport-security']).toBeUndefined();
  });

  it('is sent when the portal itself serves TLS', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
        '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
      const tls = await serve({}, { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) });
      const answer = await request(`${tls}/`);
      expect(answer.status).toBe(200);
      expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('GraphQL explorer', () => {
  it('serves GraphiQL, bundled with the portal, to a browser opening /graphql: no script or style from another host', () => {
    const page = responses['the explorer (GET /graphql from a browser)']!;
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body).toContain('<div id="explorer">');
    expect(page.body).toMatch(/<script type="module" crossorigin src="\/assets\/explorer-[\w-]+\.js">/);
    // Every URL the page names is the portal's own (Apollo's landing page loaded its code from a CDN).
    const urls = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^(\/assets\/|data:)/);
    expect(page.body).not.toMatch(/apollographql\.com|cdn\./);
  });

  it('leaves scripts and GET operations to the GraphQL endpoint', async () => {
    // Accept */* (curl, scripts): GraphQL's answer to a GET without a query, not the page.
    const bare = await request(`${base}/graphql`, { headers: { accept: '*/*' } });
    expect(bare.headers['content-type']).toContain('application/json');
    expect(bare.status).toBe(400);
    // A browser GET that carries an operation is executed.
    const get = await request(`${base}/graphql?query=${encodeURIComponent('{ article(id: "TIP-3") { title } }')}`, {
      headers: { accept: 'text/html,*/*;q=0.8', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers['content-type']).toContain('json');
    expect(JSON.parse(get.body)).toEqual({ data: { article: { title: 'Use of terms' } } });
    // POST from the explorer's page (or anyone) is GraphQL as before.
    expect(JSON.parse(responses['a GraphQL answer (POST /graphql)']!.body)).toEqual({ data: { article: { title: 'Use of terms' } } });
  });

  it("sends the built page's own address to /graphql, where its policy applies", async () => {
    const direct = await browserGet(`${base}/explorer.html`);
    expect(direct.status).toBe(301);
    expect(direct.headers.location).toBe('/graphql');
  });

  it("keeps GraphiQL out of the public pages' bundle", () => {
    const index = responses['the web portal (/)']!.body;
    const files = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((file) => file.startsWith('explorer-'))).toBe(false);
    for (const file of files) {
      const code = fs.readFileSync(path.join(WEB_DIST, 'assets', file), 'utf8');
      expect(code).not.toMatch(/graphiql|monaco/i);
    }
  });
});
