import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { createBrowserRouter, Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { CooperationPage } from './cooperation/CooperationPage';
import { ArticlePage } from './pages/ArticlePage';
import { CasePage } from './pages/CasePage';
import { InstrumentPage } from './pages/InstrumentPage';
import { InstrumentsPage } from './pages/InstrumentsPage';
import { JurisdictionPage } from './pages/JurisdictionPage';
import { LawPage } from './pages/LawPage';
import { LegalBasisPage } from './pages/LegalBasisPage';
import { NotFound } from './pages/NotFound';
import { PublicationPage } from './pages/PublicationPage';
import { TreatyPage } from './pages/TreatyPage';
import { RequestPage } from './requests/RequestPage';
import { RequestsPage } from './requests/RequestsPage';
import { RequestWizardPage } from './requests/RequestWizardPage';
import { SearchPage } from './search/SearchPage';
import { AccountLinks, AccountStatus } from './auth/AccountNav';
import { ReauthDialog } from './auth/ReauthDialog';

// The signed-in pages are loaded when first visited: the public pages never download the editors.
const SignInPage = lazy(() => import('./auth/SignInPage'));
const AccountPage = lazy(() => import('./account/AccountPage'));
const WorkspacePage = lazy(() => import('./workspace/WorkspacePage'));
const CaseEditorPage = lazy(() => import('./workspace/CaseEditorPage'));
const LawEditorPage = lazy(() => import('./workspace/LawEditorPage'));
const ReviewQueuePage = lazy(() => import('./review/ReviewQueuePage'));
const ReviewPage = lazy(() => import('./review/ReviewPage'));
const IngestRunsPage = lazy(() => import('./admin/IngestRunsPage'));
const IngestRunPage = lazy(() => import('./admin/IngestRunPage'));
const AuditLogPage = lazy(() => import('./admin/AuditLogPage'));
const DirectoryPage = lazy(() => import('./directory/DirectoryPage'));
const AuthorityPage = lazy(() => import('./directory/AuthorityPage'));

const later = (page: ReactNode) => <Suspense fallback={<p className="hint">Loading…</p>}>{page}</Suspense>;

/** Page frame: skip link, header, main, footer; the back button restores the scroll position too. */
function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // Moving to another page puts keyboard and screen-reader focus at its start, as a full page load would.
  // (A change of search parameters on the same page does not: the user is typing or filtering there.)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          Organized crime law portal
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link to="/">Search</Link>
            </li>
            <li>
              <Link to="/instruments">Convention and Protocols</Link>
            </li>
            <li>
              <Link to="/legal-basis">Legal basis</Link>
            </li>
            <li>
              <Link to="/cooperation">Cooperation cases</Link>
            </li>
            <AccountLinks />
          </ul>
        </nav>
        <AccountStatus />
      </header>
      <ReauthDialog />
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Data served by the portal's GraphQL API at <a href="/graphql">/graphql</a>.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/cases/:reference', element: <CasePage /> },
      { path: '/laws/:reference', element: <LawPage /> },
      { path: '/articles/:id', element: <ArticlePage /> },
      { path: '/jurisdictions/:code', element: <JurisdictionPage /> },
      { path: '/instruments', element: <InstrumentsPage /> },
      { path: '/instruments/:code', element: <InstrumentPage /> },
      { path: '/treaties/:reference', element: <TreatyPage /> },
      { path: '/publications/:reference', element: <PublicationPage /> },
      { path: '/legal-basis', element: <LegalBasisPage /> },
      { path: '/cooperation', element: <CooperationPage /> },
      { path: '/sign-in', element: later(<SignInPage />) },
      { path: '/account', element: later(<AccountPage />) },
      { path: '/workspace', element: later(<WorkspacePage />) },
      { path: '/workspace/cases/new', element: later(<CaseEditorPage />) },
      { path: '/workspace/cases/:reference', element: later(<CaseEditorPage />) },
      { path: '/workspace/laws/new', element: later(<LawEditorPage />) },
      { path: '/workspace/laws/:reference', element: later(<LawEditorPage />) },
      { path: '/review', element: later(<ReviewQueuePage />) },
      { path: '/review/:kind/:reference', element: later(<ReviewPage />) },
      { path: '/ingest-runs', element: later(<IngestRunsPage />) },
      { path: '/ingest-runs/:id', element: later(<IngestRunPage />) },
      { path: '/audit', element: later(<AuditLogPage />) },
      { path: '/directory', element: later(<DirectoryPage />) },
      { path: '/directory/:id', element: later(<AuthorityPage />) },
      { path: '/requests', element: <RequestsPage /> },
      { path: '/requests/new', element: <RequestWizardPage /> },
      { path: '/requests/:id', element: <RequestPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
