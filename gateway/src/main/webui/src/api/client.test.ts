import { api, ApiError } from './client';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe('api()', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends a FormData body as multipart: the CSRF header, no JSON content type, the form itself', async () => {
    const fetchMock = vi.fn(async () => json({ documentId: 'd1' }, 201));
    vi.stubGlobal('fetch', fetchMock);
    const body = new FormData();
    body.append('file', new File(['%PDF-1.7'], '見積書.pdf', { type: 'application/pdf' }));

    await expect(api('/api/applications/a1/documents', { method: 'POST', body })).resolves.toEqual({ documentId: 'd1' });

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['X-XSRF-TOKEN']).toBe('token-1');
    expect(headers['Content-Type']).toBeUndefined();
    expect(init.body).toBe(body);
  });

  it('still sends other bodies as JSON with the CSRF header', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);

    await api('/api/profile/default-contact', { method: 'PUT', body: { name: '山田 太郎' } });

    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-XSRF-TOKEN']).toBe('token-1');
    expect(init.body).toBe('{"name":"山田 太郎"}');
  });

  it('turns a refused upload into an ApiError with its field error', async () => {
    vi.stubGlobal('fetch', async () =>
      json({ status: 415, title: '送信できないファイルです。', errors: [{ field: 'file', message: 'PDF・JPEG・PNGのみ送信できます。' }] }, 415),
    );
    const error = await api('/x', { method: 'POST', body: new FormData() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors()).toEqual({ file: 'PDF・JPEG・PNGのみ送信できます。' });
  });
});
