import { type Server } from 'node:http';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { type AddressInfo } from 'node:net';
import { type DataSource } from 'typeorm';
import { createTestApi, type TestApi } from '../helpers/api';
import { openTestDataSource } from '../helpers/db';

let dataSource: DataSource;
let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  dataSource = await openTestDataSource();
  api = await createTestApi(dataSource);
  server = api.portal.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await api?.stop();
  await dataSource?.destroy();
});

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP', () => {
  it('answers /health when the database answers', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves GraphQL over POST', async () => {
    const res = await post(JSON.stringify({ query: '{ article(id: "TIP-3") { title } }' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { article: { title: 'Use of terms' } } });
  });

  it('serves a landing page at /', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('answers malformed requests with a clear 4xx, never a stack trace', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    const text = await broken.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    const syntax = await post(JSON.stringify({ query: '{ cases( }' }));
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = await post(JSON.stringify({ query: `{ crimeTypes { code } } # ${'x'.repeat(30000)}` }));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const tooBig = await post(JSON.stringify({ query: 'x'.repeat(2_000_000) }));
    expect(tooBig.status).toBe(413);
  });

  it('reads a JSON body however it is sent: with a charset, streamed in chunks, compressed', async () => {
    const query = JSON.stringify({ query: '{ article(id: "TIP-3") { title } }' });
    const expected = { data: { article: { title: 'Use of terms' } } };
    const withCharset = await post(query, { 'content-type': 'application/json; charset=utf-8' });
    expect([withCharset.status, await withCharset.json()]).toEqual([200, expected]);
    // No Content-Length: the body arrives in pieces of a stream.
    const streamed = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Readable.toWeb(Readable.from([query.slice(0, 10), query.slice(10, 30), query.slice(30)])) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect([streamed.status, await streamed.json()]).toEqual([200, expected]);
    const compressed = await post(new Blob([new Uint8Array(gzipSync(query))]), { 'content-encoding': 'gzip' });
    expect([compressed.status, await compressed.json()]).toEqual([200, expected]);
  });

  it('refuses a streamed body past the limit, which no Content-Length announced', async () => {
    const piece = 'x'.repeat(64 * 1024);
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Readable.toWeb(Readable.from(Array.from({ length: 40 }, () => piece))) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    // The connection and the server are still good.
    expect((await post(JSON.stringify({ query: '{ article(id: "TIP-3") { title } }' }))).status).toBe(200);
  });

  it('keeps serving after hostile input', async () => {
    await post(JSON.stringify({ query: `{ case(reference: "'; DROP TABLE cases; --") { reference } }` }));
    const res = await post(JSON.stringify({ query: '{ cases { totalCount } }' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.cases.totalCount).toEqual(expect.any(Number));
  });
});
