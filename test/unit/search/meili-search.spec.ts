import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
} from 'meilisearch';
import { createMeiliSearchIndex, toSearchError } from '../../../src/search/meili-search';
import { MeiliTaskError } from '../../../src/search/meili/tasks';
import { SearchUnavailableError } from '../../../src/search/search-index';
import { searchDocument, searchQuery } from './meili-fixtures';

/**
 * The adapter through the real client. Meilisearch cannot run here, so these tests use a closed port, a server
 * that never answers, and a small HTTP stub speaking the few routes the adapter uses: they check availability
 * handling and the task rule, not Meilisearch's behaviour.
 */

interface Recorded {
  method: string;
  url: string;
  body: unknown;
}
type Route = (request: Recorded) => { status: number; body?: unknown } | null;

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A port nothing listens on: bound, then released. */
async function closedPortUrl(): Promise<string> {
  const { server, url } = await listen(() => undefined);
  await close(server);
  return url;
}

async function stub(route: Route): Promise<{ server: Server; url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const { server, url } = await listen((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', body: raw ? JSON.parse(raw) : undefined };
      requests.push(recorded);
      const answer = route(recorded) ?? { status: 404, body: { message: `no route ${recorded.url}`, code: 'x' } };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  return { server, url, requests };
}

const enqueued = (taskUid: number, type: string) => ({
  status: 202,
  body: { taskUid, indexUid: 'records', status: 'enqueued', type, enqueuedAt: '2025-01-01T00:00:00Z' },
});
const task = (uid: number, type: string, status: string, error: unknown = null) => ({
  status: 200,
  body: {
    uid,
    indexUid: 'records',
    status,
    type,
    error,
    batchUid: 1,
    canceledBy: null,
    duration: null,
    startedAt: null,
    finishedAt: null,
    enqueuedAt: '2025-01-01T00:00:00Z',
  },
});

describe('MeiliSearchIndex availability', () => {
  it('rejects search at once with SearchUnavailableError when nothing listens, and is not available', async () => {
    const index = createMeiliSearchIndex({ url: await closedPortUrl(), apiKey: 'key', timeoutMs: 60_000 });
    const failure = await index.search(searchQuery()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SearchUnavailableError);
    expect((failure as SearchUnavailableError).engine).toBe('meilisearch');
    // A refused connection, not the 60 s timeout: the rejection did not wait.
    const cause = (failure as Error).cause;
    expect(cause).toBeInstanceOf(MeilisearchRequestError);
    expect((cause as Error).cause).not.toBeInstanceOf(MeilisearchRequestTimeOutError);
    await expect(index.isAvailable()).resolves.toBe(false);
    await expect(index.upsert([searchDocument()])).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(index.prepare()).rejects.toBeInstanceOf(SearchUnavailableError);
  }, 10_000);

  it('times out against an engine that never answers', async () => {
    const { server, url } = await listen(() => undefined);
    try {
      const index = createMeiliSearchIndex({ url, timeoutMs: 200, healthTimeoutMs: 200 });
      const failure = await index.search(searchQuery()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SearchUnavailableError);
      expect(((failure as Error).cause as Error).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
      await expect(index.isAvailable()).resolves.toBe(false);
    } finally {
      await close(server);
    }
  }, 10_000);

  it('treats 5xx as unavailable and passes a rejected request through', async () => {
    let answer = { status: 503, body: { message: 'overloaded', code: 'internal', type: 'internal', link: '' } };
    const { server, url } = await stub(() => answer);
    try {
      const index = createMeiliSearchIndex({ url });
      await expect(index.search(searchQuery())).rejects.toBeInstanceOf(SearchUnavailableError);
      answer = {
        status: 400,
        body: { message: 'bad', code: 'invalid_search_filter', type: 'invalid_request', link: '' },
      };
      const failure = await index.search(searchQuery()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MeilisearchApiError);
      expect((failure as MeilisearchApiError).cause?.code).toBe('invalid_search_filter');
    } finally {
      await close(server);
    }
  });

  it('is available when the health route answers', async () => {
    const { server, url } = await stub((request) =>
      request.url === '/health' ? { status: 200, body: { status: 'available' } } : null,
    );
    try {
      await expect(createMeiliSearchIndex({ url }).isAvailable()).resolves.toBe(true);
    } finally {
      await close(server);
    }
  });
});

describe('MeiliSearchIndex writes', () => {
  it('prepare() creates the index keyed on `key`, applies the settings and waits for both tasks', async () => {
    const { server, url, requests } = await stub((request) => {
      if (request.method === 'GET' && request.url === '/indexes/records')
        return {
          status: 404,
          body: { message: 'Index `records` not found.', code: 'index_not_found', type: 'invalid_request', link: '' },
        };
      if (request.method === 'POST' && request.url === '/indexes') return enqueued(1, 'indexCreation');
      if (request.method === 'PATCH' && request.url === '/indexes/records/settings')
        return enqueued(2, 'settingsUpdate');
      if (request.url === '/tasks/1') return task(1, 'indexCreation', 'succeeded');
      if (request.url === '/tasks/2') return task(2, 'settingsUpdate', 'succeeded');
      return null;
    });
    try {
      await createMeiliSearchIndex({ url, apiKey: 'secret' }).prepare();
      expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        'GET /indexes/records',
        'POST /indexes',
        'GET /tasks/1',
        'PATCH /indexes/records/settings',
        'GET /tasks/2',
      ]);
      expect(requests[1].body).toEqual({ uid: 'records', primaryKey: 'key' });
      expect(requests[3].body).toMatchObject({ filterableAttributes: expect.arrayContaining(['countryCode']) });
    } finally {
      await close(server);
    }
  });

  it('throws a failed settings task, naming the task type and Meilisearch’s message', async () => {
    const { server, url } = await stub((request) => {
      if (request.url === '/indexes/records') return { status: 200, body: { uid: 'records', primaryKey: 'key' } };
      if (request.url === '/indexes/records/settings') return enqueued(5, 'settingsUpdate');
      if (request.url === '/tasks/5')
        return task(5, 'settingsUpdate', 'failed', {
          message: 'Unknown field `disableOnNumbers`',
          code: 'bad_request',
          type: 'invalid_request',
          link: '',
        });
      return null;
    });
    try {
      const failure = await createMeiliSearchIndex({ url })
        .prepare()
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MeiliTaskError);
      expect((failure as Error).message).toBe(
        'Meilisearch task 5 (settingsUpdate on index "records") failed: Unknown field `disableOnNumbers` (bad_request)',
      );
    } finally {
      await close(server);
    }
  });

  it('refuses an existing index keyed on another attribute', async () => {
    const { server, url } = await stub((request) =>
      request.url === '/indexes/records' ? { status: 200, body: { uid: 'records', primaryKey: 'id' } } : null,
    );
    try {
      await expect(createMeiliSearchIndex({ url }).prepare()).rejects.toThrow(
        'Meilisearch index "records" has primary key "id"; search documents need "key"',
      );
    } finally {
      await close(server);
    }
  });

  it('upserts Meilisearch documents with their primary key, then removes and clears, waiting each time', async () => {
    let uid = 10;
    const { server, url, requests } = await stub((request) => {
      if (request.url.startsWith('/tasks/'))
        return task(Number(request.url.slice(7)), 'documentAdditionOrUpdate', 'succeeded');
      return enqueued(++uid, 'documentAdditionOrUpdate');
    });
    try {
      const index = createMeiliSearchIndex({ url, indexName: 'test-records' });
      await index.upsert([searchDocument({ title: 'Éva v. State' })]);
      await index.remove(['case-1', 'law-2']);
      await index.clear();
      await index.upsert([]);
      await index.remove([]);
      expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
        'POST /indexes/test-records/documents?primaryKey=key',
        'GET /tasks/11',
        'POST /indexes/test-records/documents/delete-batch',
        'GET /tasks/12',
        'DELETE /indexes/test-records/documents',
        'GET /tasks/13',
      ]);
      expect(requests[0].body).toEqual([
        expect.objectContaining({ key: searchDocument().key, titleSort: 'eva v. state' }),
      ]);
      expect(requests[2].body).toEqual(['case-1', 'law-2']);
    } finally {
      await close(server);
    }
  });

  it('throws when a document task fails', async () => {
    const { server, url } = await stub((request) =>
      request.url.startsWith('/tasks/')
        ? task(3, 'documentAdditionOrUpdate', 'failed', {
            message: 'Document identifier `a b` is invalid.',
            code: 'invalid_document_id',
            type: 'invalid_request',
            link: '',
          })
        : enqueued(3, 'documentAdditionOrUpdate'),
    );
    try {
      await expect(createMeiliSearchIndex({ url }).upsert([searchDocument()])).rejects.toThrow(
        /documentAdditionOrUpdate.*failed: Document identifier `a b` is invalid/,
      );
    } finally {
      await close(server);
    }
  });
});

describe('toSearchError', () => {
  const apiError = (status: number) =>
    new MeilisearchApiError(new Response(null, { status }), { message: 'm', code: 'c', type: 't', link: '' });

  it('maps what waiting may cure to SearchUnavailableError, keeping the cause', () => {
    for (const error of [
      new MeilisearchRequestError('http://x/multi-search', new TypeError('fetch failed')),
      new MeilisearchTaskTimeOutError(4, 1000),
      apiError(500),
      apiError(503),
      new SyntaxError('Unexpected token < in JSON'),
    ]) {
      const mapped = toSearchError(error);
      expect(mapped).toBeInstanceOf(SearchUnavailableError);
      expect((mapped as Error).cause).toBe(error);
    }
  });

  it('returns faults unchanged', () => {
    for (const error of [
      apiError(400),
      apiError(403),
      apiError(404),
      new Error('bug'),
      new MeiliTaskError({ uid: 1, type: 'settingsUpdate', status: 'failed', indexUid: 'records', error: null }),
    ]) {
      expect(toSearchError(error)).toBe(error);
    }
  });
});
