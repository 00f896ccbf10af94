// The GraphQL explorer served at GET /graphql: GraphiQL bundled with the portal (no CDN), a separate entry so the
// public pages' bundle stays without it. Monaco, GraphiQL's editor, runs its language services in web workers
// that Vite bundles as files of their own (setup-workers/vite), loaded from the portal's origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { portalFetcher } from './fetcher';
import './explorer.css';

const DEFAULT_QUERY = `# GraphQL explorer of the organized crime law portal.
#
# Ctrl+Space completes, Ctrl+Enter runs the query; the book icon
# on the left opens the documentation of every type and field.
#
# Public records need no account. To act as an account, run
#   mutation { signIn(email: "…", password: "…") { token } }
# and put the token in the Headers tab below:
#   { "Authorization": "Bearer <token>" }

{
  article(id: "UNTOC-18") {
    id
    title
    instrument { code title }
    caseCount
  }
}
`;

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={portalFetcher} defaultQuery={DEFAULT_QUERY} isHeadersEditorEnabled shouldPersistHeaders={false} />
  </StrictMode>,
);
