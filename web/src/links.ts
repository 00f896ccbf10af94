/** Where each kind of record lives in the portal. References may hold any character: they are encoded. */
export const caseHref = (reference: string) => `/cases/${encodeURIComponent(reference)}`;
export const lawHref = (reference: string) => `/laws/${encodeURIComponent(reference)}`;
export const articleHref = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const jurisdictionHref = (code: string) => `/jurisdictions/${encodeURIComponent(code)}`;
export const instrumentHref = (code: string) => `/instruments/${encodeURIComponent(code)}`;
export const treatyHref = (reference: string) => `/treaties/${encodeURIComponent(reference)}`;
export const publicationHref = (reference: string) => `/publications/${encodeURIComponent(reference)}`;
export const crimeTypeHref = (code: string) => `/crime-types/${encodeURIComponent(code)}`;
export const coverageHref = '/coverage';
/** The legal-basis page for two States and a kind of cooperation. */
export const legalBasisHref = (requesting?: string, requested?: string, kind?: string) => {
  const params = new URLSearchParams();
  if (requesting) params.set('from', requesting);
  if (requested) params.set('to', requested);
  if (kind) params.set('kind', kind);
  const query = params.toString();
  return `/legal-basis${query ? `?${query}` : ''}`;
};
