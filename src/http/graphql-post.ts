import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Express, type Request, type Response } from 'express';
import { statementScope } from '../db/statement-counter';
import { logger } from '../logger';
import { type Context } from '../schema/context';
import { type RequestError, sendRequestError } from './request-errors';

/** Largest request body the GraphQL endpoint reads (the JSON parser of the app has the same limit). */
export const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/** A JSON body the fast path reads itself: no charset or a UTF-8 one, nothing to inflate. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

export interface GraphqlPostOptions {
  /** A refusal (status and message) of the request's query text before it is parsed, or null. */
  refuse(query: unknown): { status: number; body: unknown } | null;
  context(req: Request): Promise<Context>;
  /** Sets the security headers every response of the app carries. */
  securityHeaders(req: Request, res: Response): void;
}

/**
 * POST /graphql with a JSON body, answered before Express's router: the API's hot path, where the router's work
 * per request (matching each route in turn), the JSON body parser's (parsing the content type, buffering through
 * raw-body) and the Apollo Express integration's (copying the headers, parsing the URL) cost as much as executing
 * a small query. It applies what the app applies to these requests, by the same functions: Express's request and
 * response (so `req.ip` and `req.secure` follow the app's `trust proxy` setting), the security headers, the size
 * limit (413), the refusal of oversized or deeply nested query texts, the context (viewer, request id, client
 * address), the request log's statement count, and the app's answer to a body it cannot read.
 * Returns false for every other request (another path or method, another content type, a compressed body), which
 * the app then handles as before.
 */
export function graphqlPostFastPath(
  app: Express,
  apollo: ApolloServer<Context>,
  options: GraphqlPostOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (incoming, outgoing) => {
    if (incoming.method !== 'POST' || incoming.url !== '/graphql') return false;
    const encoding = incoming.headers['content-encoding'];
    if (!PLAIN_JSON.test(incoming.headers['content-type'] ?? '') || (encoding !== undefined && encoding !== 'identity')) return false;
    // What Express does with a request before its router: the two know each other and get the app's methods.
    const req = Object.setPrototypeOf(incoming, app.request) as Request;
    const res = Object.setPrototypeOf(outgoing, app.response) as Response;
    req.res = res;
    res.req = req;
    res.locals ??= Object.create(null);
    options.securityHeaders(req, res);
    // An error after the answer began (a streamed result) can only end the connection.
    const fail = (error: RequestError) => (res.headersSent ? res.destroy() : sendRequestError(res, error));
    if (Number(req.headers['content-length'] ?? 0) > GRAPHQL_BODY_LIMIT) {
      fail(tooLarge());
      req.resume();
      return true;
    }
    readBody(req, (error, text) => {
      if (error) return fail(error);
      let body: unknown;
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch (parseError) {
        return fail({ status: 400, message: (parseError as Error).message });
      }
      serve(apollo, options, req, res, body).catch(fail);
    });
    return true;
  };
}

async function serve(apollo: ApolloServer<Context>, options: GraphqlPostOptions, req: Request, res: Response, body: unknown) {
  const refusal = options.refuse((body as { query?: unknown } | null)?.query);
  if (refusal) {
    res.status(refusal.status).json(refusal.body);
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    // `Accept: */*` (what fetch and curl send) means what no Accept header means: any type. Dropping it spares
    // Apollo two content negotiations per request; the answer is JSON either way.
    if (value === undefined || (name === 'accept' && value === '*/*')) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const execute = () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => options.context(req),
    });
  // Statements are counted for the request log line; without it (a level above info) nothing is counted, which
  // spares every promise of the request the async-context bookkeeping counting needs.
  const response = logger.isLevelEnabled('info') ? await statementScope.run({ statements: 0 }, execute) : await execute();
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The body as UTF-8 text, refused past the limit (a body larger than its Content-Length said, too). */
function readBody(req: Request, done: (error: RequestError | null, text: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (error: RequestError | null) => {
    if (finished) return;
    finished = true;
    req.off('data', onData);
    if (error) {
      req.resume(); // drained, not read: the answer can still be sent on this connection
      return done(error, '');
    }
    done(null, chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > GRAPHQL_BODY_LIMIT) finish(tooLarge());
    else chunks.push(chunk);
  };
  req.on('data', onData);
  req.once('end', () => finish(null));
  req.once('error', (error) => finish({ status: 400, message: error.message }));
}

/** As the JSON body parser reports it. */
const tooLarge = (): RequestError => ({ status: 413, type: 'entity.too.large', message: 'request entity too large' });
