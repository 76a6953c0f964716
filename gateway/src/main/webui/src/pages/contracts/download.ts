// File downloads through the BFF (key-notice PDF, statements, CSV): fetched with the session cookie so a refusal
// (404, 401, 422) shows as an ErrorBanner on the screen instead of a raw error page, then saved under the server's
// file name.
import { ApiError, toProblem } from '../../api/client';

/** The file name of a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      /* fall back to the plain name */
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = plain ? (plain[1] ?? plain[2]).trim() : '';
  return name || fallback;
}

/** Downloads `path` and saves it; returns the saved file name. Throws ApiError when the server refuses. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin', headers: { Accept: '*/*' } });
  if (!res.ok) throw new ApiError(await toProblem(res));
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
