import { ApiError } from './client';
import { sessionToken } from './session';

/**
 * Downloads a file that the server answers according to who asks (`Authorization: Bearer`), which a plain link
 * cannot send: the file is fetched with the session token and handed to the browser as a download.
 */
export async function downloadWithSession(url: string, fallbackName: string): Promise<void> {
  const token = sessionToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const first = body?.errors?.[0];
    throw new ApiError(first?.message ?? `The server answered ${response.status}`, first?.extensions?.code);
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
