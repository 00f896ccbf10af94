import { type Request, type RequestHandler, type Response } from 'express';
import helmet, { contentSecurityPolicy, strictTransportSecurity } from 'helmet';

type Directives = Record<string, string[]>;

/**
 * The Content-Security-Policy of the web portal and every other response: code, styles, fonts, images and API
 * calls come from the portal's own origin only; no inline script, no plugin, no framing by any site.
 * React's `style` props are set through the CSSOM, which CSP does not govern, so styles need no 'unsafe-inline'.
 * `data:` images: the pages' empty favicon (`data:,`).
 */
export const PORTAL_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The explorer's policy (GET /graphql): scripts stay the portal's own, but
 * - its editor, Monaco, writes its theme and decoration rules into `<style>` elements it creates at run time, with
 *   no way to give them a nonce: styles need 'unsafe-inline' (styles cannot run code; scripts stay strict);
 * - GraphiQL's stylesheet embeds its fonts as `data:` URLs.
 * Monaco's language services run in web workers, which Vite emits as files under /assets: 'self' suffices (no
 * `blob:`).
 */
export const EXPLORER_CSP: Directives = {
  ...PORTAL_CSP,
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
};

/** HSTS for a year, over TLS only. Subdomains are not included: the portal cannot vouch for other hosts. */
const hsts = strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60, includeSubDomains: false });

/**
 * Security headers on every response (helmet): the portal's Content-Security-Policy, `X-Content-Type-Options:
 * nosniff`, `Referrer-Policy: no-referrer` (a search's address, with its terms, is not sent to the sites that
 * records link to), `X-Frame-Options: DENY` beside `frame-ancestors 'none'`, and helmet's cross-origin isolation
 * headers. HSTS only when the request came over TLS (`req.secure`, which honours TRUST_PROXY): sent over plain
 * HTTP it would be ignored, and sent on a portal reached through a TLS-terminating proxy that is not trusted,
 * wrongly. No `upgrade-insecure-requests`: a portal served over plain HTTP on a local network must keep working.
 */
export function securityHeaders(): RequestHandler[] {
  const apply = securityHeaderSetter();
  return [
    (req, res, next) => {
      apply(req, res);
      next();
    },
  ];
}

/** Sets the security headers on a response: the middleware's work, for a handler that answers before the router. */
export function securityHeaderSetter(): (req: Request, res: Response) => void {
  const headers = recordedHeaders(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: PORTAL_CSP },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    }),
  );
  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    if (req.secure) hsts(req, res, () => undefined); // sets its one header synchronously
  };
}

/**
 * The headers a middleware sets, recorded once at start-up. Helmet's headers with these options depend on nothing
 * in the request, so every response gets the same ones; setting them from a list spares each request helmet's
 * chain of a dozen middlewares. (Removals, helmet's `X-Powered-By`, are the app's own `x-powered-by` setting.)
 */
function recordedHeaders(middleware: RequestHandler): [string, string][] {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  let done = false;
  void middleware({} as Request, recorder as unknown as Response, () => (done = true));
  // Every middleware of helmet calls next synchronously; one that did not would be waiting for the request.
  if (!done) throw new Error('security headers: the middleware did not finish synchronously');
  return [...headers];
}

/** Replaces the portal's policy with the explorer's on the response that serves the explorer's page. */
export const explorerContentSecurityPolicy: RequestHandler = contentSecurityPolicy({ useDefaults: false, directives: EXPLORER_CSP });
