// A GET that also reads the paging headers of a search (`X-Total-Count`), which the shared api() does not return.
import { ApiError, toProblem } from '../../api/client';

export interface PageResult<T> {
  items: T[];
  total: number;
}

export async function getPage<T>(path: string, signal?: AbortSignal): Promise<PageResult<T>> {
  const res = await fetch(path, {
    headers: { Accept: 'application/json, application/problem+json' },
    credentials: 'same-origin',
    signal,
  });
  if (!res.ok) throw new ApiError(await toProblem(res));
  const items = (await res.json()) as T[];
  const total = Number(res.headers.get('X-Total-Count') ?? items.length);
  return { items, total: Number.isFinite(total) ? total : items.length };
}
