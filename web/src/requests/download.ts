import { downloadWithSession } from '../api/download';

/** Downloads a generated request (`/requests/ID/document.docx` or `.pdf`): the route wants the bearer token. */
export function downloadDocument(id: string, format: 'docx' | 'pdf'): Promise<void> {
  return downloadWithSession(`/requests/${encodeURIComponent(id)}/document.${format}`, `request.${format}`);
}
