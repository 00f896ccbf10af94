import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type Request, type RequestHandler, type Response } from 'express';
import { statementScope } from '../db/statement-counter';
import { logger } from '../logger';
import { type Context } from '../schema/context';

/** Largest request body the GraphQL endpoint reads (the JSON parser of the app has the same limit). */
export const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/** A JSON body the fast path reads itself: no charset or a UTF-8 one, nothing to inflate. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

export interface GraphqlPostOptions {
  /** A refusal (status and message) of the request's query text before it is parsed, or null. */
  refuse(query: unknown): { status: number; body: unknown } | null;
  context(req: Request): Promise<Context>;
}

/**
 * POST /graphql with a JSON body, served without the routes after it, the JSON body parser or the Apollo Express
 * integration: the API's hot path, where their work per request (matching each route in turn, parsing the content
 * type, buffering the body through raw-body, copying the headers and parsing the URL twice) cost as much as
 * executing a small query. Installed right after the security headers, it applies what the app applies to these
 * requests, by the same functions: the size limit (413), the refusal of oversized or deeply nested query texts, the
 * context (viewer, request id, client address by the app's `trust proxy` rule), the request log's statement count.
 * Bodies it does not read itself (another content type, a compressed body) go on to the app's own /graphql route;
 * errors go to the app's error handler, so a malformed body gets the same 400 as before.
 */
export function graphqlPostFastPath(apollo: ApolloServer<Context>, options: GraphqlPostOptions): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return next();
    const encoding = req.headers['content-encoding'];
    if (!PLAIN_JSON.test(req.headers['content-type'] ?? '') || (encoding !== undefined && encoding !== 'identity')) return next();
    if (Number(req.headers['content-length'] ?? 0) > GRAPHQL_BODY_LIMIT) return next(tooLarge());
    readBody(req, (error, text) => {
      if (error) return next(error);
      let body: unknown;
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch (parseError) {
        return next(Object.assign(parseError as Error, { status: 400 }));
      }
      serve(apollo, options, req, res, body).catch(next);
    });
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
function readBody(req: Request, done: (error: Error | null, text: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (error: Error | null) => {
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
  req.once('error', (error) => finish(Object.assign(error, { status: 400 })));
}

/** As the JSON body parser reports it, for the app's error handler. */
const tooLarge = () => Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
