import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { SessionProvider } from '../../session';
import { ApplicationDetail } from '../applications/ApplicationDetail';
import { ApplicationDocuments } from './ApplicationDocuments';
import { DocumentPicker } from './DocumentPicker';
import type { ApplicationView } from '../applications/types';
import type { ApplicationDocument } from './types';

function application(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'a1',
    kind: 'NEW',
    draft: false,
    editable: false,
    workName: '小美玉市道1-2345号線道路改良工事',
    ordererName: '小美玉市長',
    createdAt: '2026-11-30T00:00:00Z',
    submittedAt: '2026-11-30T01:00:00Z',
    lines: [{ id: 'l1', productType: 'ADVANCE_PAYMENT', status: 'UNDER_REVIEW', statusLabel: '審査中' }],
    messagesFromSurety: [],
    ...overrides,
  };
}

const SENT: ApplicationDocument = {
  documentId: 'd1',
  applicationId: 'a1',
  fileName: '見積書.pdf',
  contentType: 'application/pdf',
  size: 123456,
  sha256: 'ab',
  description: '工事費の見積書',
  uploadedAt: '2026-12-01T01:00:00Z',
  uploadedBy: 'contractor1',
};

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function serve(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      calls.push({ url, init });
      return handler(url, init);
    }),
  );
  return calls;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/documents" element={<DocumentPicker />} />
        <Route path="/applications/:id/documents" element={<ApplicationDocuments />} />
      </Routes>
    </MemoryRouter>,
  );
}

const pdf = (content: BlobPart[] = ['%PDF-1.7 test'], name = '工事請負契約書.pdf', type = 'application/pdf') =>
  new File(content, name, { type });

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-123; path=/';
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('書類送信: choosing the application', () => {
  it('lists the contractor’s applications newest first with 受付番号, 工事名 and 状況', async () => {
    const calls = serve(() =>
      json([application({ id: 'a2', workName: '新しい工事', draft: true, submittedAt: null }), application()], 200, {
        'X-Total-Count': '2',
      }),
    );
    renderAt('/documents');
    const table = await screen.findByRole('table', { name: '申込の一覧（新しい順）' });
    expect(calls[0].url).toBe('/api/applications?page=0&size=20&sort=createdAt%2Cdesc');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('a2');
    expect(rows[0]).toHaveTextContent('新しい工事');
    expect(rows[1]).toHaveTextContent('審査中');
    expect(within(rows[1]).getByRole('link', { name: '小美玉市道1-2345号線道路改良工事の書類を送信する' })).toHaveAttribute(
      'href',
      '/applications/a1/documents',
    );
  });

  it('says when there is no application yet', async () => {
    serve(() => json([], 200, { 'X-Total-Count': '0' }));
    renderAt('/documents');
    expect(await screen.findByText(/申込がありません。/)).toBeInTheDocument();
  });
});

describe('書類送信: one application', () => {
  function serveApplication(extra: Handler = () => json({}, 404), documents: ApplicationDocument[] = []) {
    return serve((url, init) => {
      const method = init.method ?? 'GET';
      if (url === '/api/applications/a1' && method === 'GET') return json(application());
      if (url === '/api/applications/a1/documents' && method === 'GET') return json({ items: documents });
      return extra(url, init);
    });
  }

  it('checks the file before sending: none chosen, another type, empty, above 10 MB', async () => {
    const calls = serveApplication();
    const user = userEvent.setup({ applyAccept: false });
    renderAt('/applications/a1/documents');
    expect(await screen.findByText('この申込に送信した書類はまだありません。')).toBeInTheDocument();
    const input = screen.getByLabelText(/^ファイル/);

    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/送信するファイルを選択してください。/);

    await user.upload(input, pdf(['a,b'], '見積書.csv', 'text/csv'));
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(input).toHaveAccessibleDescription(/送信できるファイルはPDF・JPEG・PNG/);

    await user.upload(input, pdf([], '空.pdf'));
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(input).toHaveAccessibleDescription(/ファイルが空です。/);

    await user.upload(input, pdf([new Uint8Array(10 * 1024 * 1024 + 1)], '大きな図面.png', 'image/png'));
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(input).toHaveAccessibleDescription(/10MB以下のファイルを選択してください。/);

    expect(calls.filter((c) => c.init.method === 'POST')).toHaveLength(0);
  });

  it('uploads as multipart with the CSRF header and lists the sent document with its download link', async () => {
    const calls = serveApplication((url, init) => {
      if (url === '/api/applications/a1/documents' && init.method === 'POST') {
        return json({ ...SENT, documentId: 'd9', fileName: '工事請負契約書.pdf', size: 13, description: '契約書の写し' }, 201, {
          Location: '/api/applications/a1/documents/d9',
        });
      }
      return json({}, 404);
    }, [SENT]);
    const user = userEvent.setup();
    renderAt('/applications/a1/documents');
    await screen.findByRole('table', { name: /送信済みの書類/ });

    await user.upload(screen.getByLabelText(/^ファイル/), pdf());
    await user.type(screen.getByLabelText(/^説明/), '契約書の写し');
    await user.click(screen.getByRole('button', { name: '送信する' }));

    expect(await screen.findByText('「工事請負契約書.pdf」を保証会社へ送信しました。')).toBeInTheDocument();
    const post = calls.find((c) => c.init.method === 'POST');
    expect(post?.url).toBe('/api/applications/a1/documents');
    const headers = post?.init.headers as Record<string, string>;
    expect(headers['X-XSRF-TOKEN']).toBe('csrf-123');
    expect(headers['Content-Type']).toBeUndefined();
    const body = post?.init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    const part = body.get('file') as File;
    expect(part.name).toBe('工事請負契約書.pdf');
    expect(part.type).toBe('application/pdf');
    expect(part.size).toBe(13);
    expect(body.get('description')).toBe('契約書の写し');

    const table = screen.getByRole('table', { name: /送信済みの書類（2件/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: '工事請負契約書.pdfをダウンロード' })).toHaveAttribute(
      'href',
      '/api/applications/a1/documents/d9',
    );
    expect(rows[1]).toHaveTextContent('120.6 KB');
    expect(screen.getByLabelText(/^説明/)).toHaveValue('');
  });

  it('shows the service’s refusal of the content next to the file field', async () => {
    serveApplication((url, init) =>
      url === '/api/applications/a1/documents' && init.method === 'POST'
        ? json(
            {
              status: 422,
              title: 'ファイルの内容を確認してください。',
              errors: [{ field: 'file', message: 'ファイルの内容がPDFではありません。' }],
            },
            422,
          )
        : json({}, 404),
    );
    const user = userEvent.setup();
    renderAt('/applications/a1/documents');
    await screen.findByText('この申込に送信した書類はまだありません。');
    const input = screen.getByLabelText(/^ファイル/);
    await user.upload(input, pdf());
    await user.click(screen.getByRole('button', { name: '送信する' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/ファイルの内容がPDFではありません。/));
    expect(screen.getByText('ファイルの内容を確認してください。')).toBeInTheDocument();
  });

  it('deletes a document after confirmation and shows the 409 message once the surety decided', async () => {
    let deletes = 0;
    const calls = serveApplication((url, init) => {
      if (url === '/api/applications/a1/documents/d1' && init.method === 'DELETE') {
        deletes += 1;
        return deletes === 1
          ? json({ status: 409, title: '書類を削除できません。', detail: '審査が終わった申込の書類は削除できません。' }, 409)
          : new Response(null, { status: 204 });
      }
      return json({}, 404);
    }, [SENT]);
    const user = userEvent.setup();
    renderAt('/applications/a1/documents');

    await user.click(await screen.findByRole('button', { name: '見積書.pdfを削除' }));
    const dialog = screen.getByRole('dialog', { name: '書類の削除' });
    await user.click(within(dialog).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('審査が終わった申込の書類は削除できません。')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '見積書.pdfをダウンロード' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '見積書.pdfを削除' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('「見積書.pdf」を削除しました。')).toBeInTheDocument();
    expect(screen.getByText('この申込に送信した書類はまだありません。')).toBeInTheDocument();
    const del = calls.filter((c) => c.init.method === 'DELETE');
    expect(del).toHaveLength(2);
    expect((del[0].init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('csrf-123');
  });

  it('cancelling the confirmation deletes nothing', async () => {
    const calls = serveApplication(undefined, [SENT]);
    const user = userEvent.setup();
    renderAt('/applications/a1/documents');
    await user.click(await screen.findByRole('button', { name: '見積書.pdfを削除' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.init.method === 'DELETE')).toHaveLength(0);
  });
});

describe('書類送信 from the application detail', () => {
  it('links the contractor from the application to its documents', async () => {
    serve((url) => {
      if (url === '/session') return json({ username: 'contractor1', contractorId: 'C0001', roles: ['contractor'] });
      if (url === '/api/applications/a1') return json(application());
      if (url === '/api/branches') return json([]);
      return json({}, 404);
    });
    render(
      <SessionProvider>
        <MemoryRouter initialEntries={['/applications/a1']}>
          <Routes>
            <Route path="/applications/:id" element={<ApplicationDetail />} />
          </Routes>
        </MemoryRouter>
      </SessionProvider>,
    );
    expect(await screen.findByRole('link', { name: '書類送信' })).toHaveAttribute('href', '/applications/a1/documents');
  });
});
