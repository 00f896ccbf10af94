/** Where each kind of record lives in the portal. References may hold any character: they are encoded. */
export const caseHref = (reference: string) => `/cases/${encodeURIComponent(reference)}`;
export const lawHref = (reference: string) => `/laws/${encodeURIComponent(reference)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const jurisdictionHref = (code: string) => `/jurisdictions/${encodeURIComponent(code)}`;
export const instrumentHref = (code: string) => `/instruments/${encodeURIComponent(code)}`;
