import { ApiError } from '../api/client';
import { sessionToken } from '../api/session';

/**
 * Downloads a generated request (`/requests/ID/document.docx` or `.pdf`): the route wants the bearer token, which a
 * plain link cannot send, so the file is fetched and handed to the browser as a download.
 */
export async function downloadDocument(id: string, format: 'docx' | 'pdf'): Promise<void> {
  const token = sessionToken();
  const response = await fetch(`/requests/${encodeURIComponent(id)}/document.${format}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    throw new ApiError(first?.message ?? `The server answered ${response.status}`, first?.extensions?.code);
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `request.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
