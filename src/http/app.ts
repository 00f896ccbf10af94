import fs from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type Config } from '../config';
import { statementScope } from '../db/statement-counter';
import { createLoaders } from '../loaders';
import { logger } from '../logger';
import { type Context } from '../schema/context';
import { formatError } from '../schema/errors';
import { bracketNesting, operationLimitsRule } from '../schema/limits';
import { type IndexerStatus } from '../search/indexer';
import { type Services } from '../services';
import { DomainError, DomainErrorCode } from '../services/errors';
import { ANONYMOUS, type Viewer } from '../services/viewer';
import { explorer } from './explorer';
import { exportRoutes } from './exports';
import { httpStatusPlugin, newRequestId, queryCostPlugin, requestLogPlugin } from './graphql-plugins';
import { requestDocumentRoutes } from './request-documents';
import { securityHeaders, securityHeaderSetter } from './security-headers';
import { type RequestError, sendRequestError } from './request-errors';
import { webDistDir } from './web-dist';
import { registerStatisticsCsv } from './statistics-csv';
import { feedRoutes } from './feeds';
import { GRAPHQL_BODY_LIMIT, graphqlPostFastPath } from './graphql-post';
import { originOf } from './origin';

/** Deepest bracket nesting a query text may have: far beyond any depth limit, far below the parser's stack. */
const MAX_BRACKET_NESTING = 100;

export interface PortalApp {
  /** The Express application: every route but the hot path, which `handler` answers before it. */
  app: Express;
  apollo: ApolloServer<Context>;
  /** The portal's request handler, for an HTTP(S) server: the GraphQL fast path, then the app. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** An HTTP server running `handler`, listening as `net.Server.listen` is told. */
  listen(port: number, host?: string): Server;
}

/** Context for one request: a request id, the viewer and fresh loaders. */
export function createContext(
  services: Services,
  requestId: string,
  viewer: Viewer = ANONYMOUS,
  clientAddress = 'local',
  origin = 'http://localhost',
): Context {
  return { requestId, viewer, clientAddress, origin, services, loaders: createLoaders(services, viewer) };
}

/**
 * The viewer of an HTTP request, from its `Authorization: Bearer …` header. A header that is present but not
 * valid (malformed, forged, expired, revoked) fails the whole request with UNAUTHENTICATED (HTTP 401), even for
 * public data: a client that believes it is signed in must learn that it is not.
 */
async function viewerOf(services: Services, authorization: string | undefined): Promise<Viewer> {
  try {
    return await services.auth.viewerFromAuthorization(authorization);
  } catch (error) {
    if (error instanceof DomainError && error.code === DomainErrorCode.UNAUTHENTICATED) {
      throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
    throw error;
  }
}

/** The HTTP application: GraphQL at /graphql, GET /health, the web portal at /. */
export async function createApp(
  schema: GraphQLSchema,
  services: Services,
  config: Config,
  status: { search?: () => Promise<IndexerStatus> } = {},
): Promise<PortalApp> {
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Introspection is governed by GRAPHQL_INTROSPECTION through the limits rule, with a message of our own.
    introspection: true,
    validationRules: [operationLimitsRule(config.limits)],
    plugins: [
      requestLogPlugin(logger),
      queryCostPlugin(config.limits),
      httpStatusPlugin(),
      // Browsers get the portal's own explorer (./explorer), not Apollo's CDN-loaded landing page.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used: without this, Apollo wraps every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag on computed answers (GraphQL, health, statistics): each would hash its body for a 304 that no client
  // asks for. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  // The query text is refused before parsing when it is oversized, or nests brackets deeper than the parser can go
  // (graphql's parser recurses once per level).
  const refuse = (query: unknown): { status: number; body: unknown } | null => {
    if (typeof query !== 'string') return null;
    if (query.length > config.limits.maxQueryChars) {
      return { status: 400, body: { errors: [{ message: `Query text is longer than ${config.limits.maxQueryChars} characters`, extensions: { code: 'QUERY_TOO_COMPLEX' } }] } };
    }
    if (bracketNesting(query, MAX_BRACKET_NESTING) > MAX_BRACKET_NESTING) {
      return { status: 400, body: { errors: [{ message: `Query nests brackets more than ${MAX_BRACKET_NESTING} levels deep`, extensions: { code: 'QUERY_TOO_COMPLEX' } }] } };
    }
    return null;
  };
  const context = async (req: express.Request) =>
    createContext(
      services,
      newRequestId(req.headers['x-request-id']),
      await viewerOf(services, req.headers.authorization),
      req.ip ?? req.socket.remoteAddress ?? 'unknown',
      originOf(req, config),
    );
  const webRoot = webDistDir();
  app.get('/health', async (_req, res) => {
    try {
      await services.dataSource.query('SELECT 1');
      // The search engine's state is reported, not fatal: records stay reachable while it catches up.
      res.json({ status: 'ok', search: status.search ? await status.search() : undefined });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use(explorer(webRoot));
  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    (req, res, next) => {
      const refusal = refuse((req.body as { query?: unknown } | undefined)?.query ?? req.query.query);
      if (refusal) {
        res.status(refusal.status).json(refusal.body);
        return;
      }
      // `Accept: */*` (what fetch and curl send) means what no Accept header means: any type. Dropping it spares
      // Apollo two content negotiations per request; the answer is JSON either way.
      if (req.headers.accept === '*/*') delete req.headers.accept;
      // Statements are counted for the request log line (see ./graphql-post).
      if (logger.isLevelEnabled('info')) statementScope.run({ statements: 0 }, next);
      else next();
    },
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );
  // The generated requests (bearer token), before the web portal's fallback takes every other path.
  app.use(requestDocumentRoutes(services));
  registerStatisticsCsv(app, services);
  app.use(feedRoutes(services, config));
  app.use(exportRoutes(services));
  if (fs.existsSync(path.join(webRoot, 'index.html'))) {
    // Vite's assets/ names carry a content hash: cached for good. index.html is revalidated, so a new build is
    // picked up at once instead of pointing at assets that no longer exist.
    const hashedAssets = path.join(webRoot, 'assets') + path.sep;
    app.use(
      express.static(webRoot, {
        index: 'index.html',
        setHeaders: (res, file) =>
          res.setHeader('Cache-Control', file.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      }),
    );
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(path.join(webRoot, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('html').send(`<!doctype html><meta charset="utf-8"><title>Organized crime law portal</title>
<h1>Organized crime law portal</h1><p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>`);
    });
  }
  // Malformed JSON bodies and other request errors: a clear 400, never a stack trace.
  app.use((error: RequestError, _req: express.Request, res: express.Response, _next: express.NextFunction) => sendRequestError(res, error));
  // POST /graphql with a JSON body: the hot path, answered before the router (./graphql-post).
  const fastPath = graphqlPostFastPath(app, apollo, { refuse, context, securityHeaders: securityHeaderSetter() });
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (!fastPath(req, res)) app(req, res);
  };
  return { app, apollo, handler, listen: (port, host) => createServer(handler).listen(port, host) };
}
