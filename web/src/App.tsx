import { useEffect, useRef } from 'react';
import { createBrowserRouter, Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
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
          </ul>
        </nav>
      </header>
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
      { path: '/requests', element: <RequestsPage /> },
      { path: '/requests/new', element: <RequestWizardPage /> },
      { path: '/requests/:id', element: <RequestPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
