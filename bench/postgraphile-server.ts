/**
 * PostGraphile 4 with the connection-filter plugin on the portal's database, for the side-by-side benchmark
 * (bench/graphql-compare.ts starts it as a child process). Production settings: no query log, no schema watch,
 * no GraphiQL. Usage: DATABASE_URL=… PORT=… node dist/bench/postgraphile-server.js
 */
import http from 'node:http';
import Module from 'node:module';
import path from 'node:path';

// PostGraphile 4 needs graphql 15 (installed under postgraphile/), the portal graphql 16 (hoisted). npm hoists
// graphql-parse-resolve-info, which PostGraphile uses, beside the portal's graphql 16: two graphql modules in one
// schema fail ("from another module or realm"). In this process only, its `graphql` resolves to PostGraphile's.
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const moduleInternals = Module as unknown as { _resolveFilename(request: string, parent: { filename?: string } | undefined, ...rest: unknown[]): string };
const resolveFilename = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request, parent, ...rest) {
  if ((request === 'graphql' || request.startsWith('graphql/')) && parent?.filename?.includes(`${path.sep}graphql-parse-resolve-info${path.sep}`)) {
    return require.resolve(request, { paths: [postgraphileDir] });
  }
  return resolveFilename.call(this, request, parent, ...rest);
};

// PostGraphile 4 ships its own graphql 15 and typings that clash with the portal's graphql 16: loaded untyped.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile } = require('postgraphile');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const middleware = postgraphile(process.env.DATABASE_URL, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true, orderByNullsLast: true },
  disableQueryLog: true,
  watchPg: false,
  graphiql: false,
  retryOnInitFail: false,
  ignoreRBAC: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
});
const server = http.createServer(middleware);
server.listen(Number(process.env.PORT ?? 5000), '127.0.0.1', () => console.log('postgraphile listening'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
