import { downloadWithSession } from '../api/download';

/** Downloads a generated request (`/requests/ID/document.docx` or `.pdf`), which the route gives with the session. */
export function downloadDocument(id: string, format: 'docx' | 'pdf'): Promise<void> {
  return downloadWithSession(`/requests/${encodeURIComponent(id)}/document.${format}`, `request.${format}`);
}
