import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import { explorerContentSecurityPolicy } from './security-headers';

/**
 * A browser opening /graphql: a GET without an operation (Apollo answers GETs that carry `query`) whose Accept
 * header prefers HTML to JSON. Scripts and `curl` (Accept: *\/*) still reach Apollo.
 */
export function wantsExplorer(req: Request): boolean {
  if (req.query.query !== undefined) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * The GraphQL explorer (GraphiQL, built with the web portal into `webRoot/explorer.html`) at GET /graphql for
 * browsers, under its own Content-Security-Policy. Everything it needs is served by the portal: it works with no
 * internet. Mount before the GraphQL endpoint.
 */
export function explorer(webRoot: string): Router {
  const page = path.join(webRoot, 'explorer.html');
  const router = express.Router();
  router.get('/graphql', (req, res, next) => {
    if (!wantsExplorer(req)) {
      next();
      return;
    }
    if (!fs.existsSync(page)) {
      res.status(404).type('html').send(`<!doctype html><meta charset="utf-8"><title>GraphQL explorer</title>
<p>The GraphQL explorer is built with the web portal: run <code>npm run build</code>. The API answers POST requests here.</p>`);
      return;
    }
    explorerContentSecurityPolicy(req, res, () => {
      // Like index.html: revalidated, so a new build's assets are picked up at once.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(page);
    });
  });
  // The built page's own address would serve it under the portal's stricter policy: send browsers to /graphql.
  router.get('/explorer.html', (_req, res) => res.redirect(301, '/graphql'));
  return router;
}
