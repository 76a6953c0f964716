// One way to call the BFF: same-origin cookies, the CSRF double-submit header on state-changing calls, and
// RFC 9457 problem+json turned into an ApiError whose field errors the forms show next to their fields.

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field errors keyed by the request-body path (e.g. `lines[0].depositBank`). */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      byField[e.field] = byField[e.field] ? `${byField[e.field]} ${e.message}` : e.message;
    }
    return byField;
  }
}

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The problem+json of a failed response, or a generic Japanese problem for its status. */
export async function toProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await res.json();
      return { status: res.status, ...body };
    } catch {
      /* fall through to a generic problem */
    }
  }
  return { status: res.status, title: genericTitle(res.status) };
}

export function genericTitle(status: number): string {
  if (status === 401) return 'ログインが必要です。';
  if (status === 403) return 'この操作を行う権限がありません。';
  if (status === 404) return '対象が見つかりません。';
  if (status === 409) return '他の操作と競合しました。画面を再表示してください。';
  if (status === 413) return '送信データが大きすぎます。';
  if (status === 429) return 'アクセスが集中しています。しばらくしてから再度お試しください。';
  if (status >= 500) return 'システムで問題が発生しました。しばらくしてから再度お試しください。';
  return '入力内容を確認してください。';
}

export interface RequestOptions {
  method?: string;
  /** A JSON value, or a FormData (multipart/form-data: the browser sets the content type with its boundary). */
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the BFF and returns the parsed JSON (or undefined for 204). Throws ApiError for any non-2xx answer. A FormData
 * body is sent as it is (multipart, with the CSRF header but no JSON content type); any other body as JSON.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = (options.method ?? (options.body === undefined ? 'GET' : 'POST')).toUpperCase();
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  const form = typeof FormData !== 'undefined' && options.body instanceof FormData;
  if (options.body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers[CSRF_HEADER] = token;
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : form ? (options.body as FormData) : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!res.ok) throw new ApiError(await toProblem(res));
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

/** Query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
