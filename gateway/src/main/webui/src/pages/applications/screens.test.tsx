import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ApplicationList } from './ApplicationList';
import { EditApplicationPage, NewApplicationPage } from './pages';
import type { ApplicationView } from './types';

const ORDERERS = [
  { ordererId: 'ORD-082368', name: '小美玉市長', acceptsElectronicSuretyFrom: '2024-08-01', acceptsElectronicSurety: true },
];
const BRANCHES = [{ branchCode: '10101', name: '茨城支店', companyName: '東日本建設業保証株式会社' }];

function draft(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: 'a1',
    kind: 'NEW',
    draft: true,
    editable: true,
    workName: '小美玉市道1-2345号線道路改良工事',
    ordererName: '小美玉市長',
    contractAmount: 50000000,
    work: {
      name: '小美玉市道1-2345号線道路改良工事',
      ordererId: 'ORD-082368',
      workType: 'CIVIL_BUILDING',
      contractAmount: 50000000,
      periodFrom: '2026-12-01',
      periodTo: '2027-03-19',
      contractDate: '2026-11-20',
      electronicPermitted: true,
    },
    information: { branchCode: '10101', completionMailWanted: false, certificateReceipt: 'WINDOW' },
    lines: [
      {
        id: 'l1',
        productType: 'ADVANCE_PAYMENT',
        format: 'ELECTRONIC',
        guaranteeAmount: 20000000,
        ratio: '40.0%',
        ratioBase: '請負金額',
        depositBank: '〇〇銀行 小美玉支店',
        redeposit: false,
        premiumPaymentMethod: 'BULK',
        premiumPayer: '株式会社 小美玉建設',
        paperStatementWanted: false,
        status: 'DRAFT',
        statusLabel: '作成中',
      },
      {
        id: 'l2',
        productType: 'CONTRACT',
        format: 'PAPER',
        guaranteeAmount: 4000000,
        ratio: '8.0%',
        ratioBase: '請負金額',
        premiumPaymentMethod: 'BULK',
        premiumPayer: '株式会社 小美玉建設',
        paperStatementWanted: true,
        status: 'DRAFT',
        statusLabel: '作成中',
      },
    ],
    messagesFromSurety: [],
    ...overrides,
  };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function serve(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === '/api/orderers') return json(ORDERERS);
    if (url === '/api/branches') return json(BRANCHES);
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/applications" element={<ApplicationList />} />
        <Route path="/applications/new" element={<NewApplicationPage />} />
        <Route path="/applications/:id/edit" element={<EditApplicationPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

// Typing into a large form is slow on a shared CI machine.
vi.setConfig({ testTimeout: 30000 });

afterEach(() => vi.unstubAllGlobals());

describe('申込の作成', () => {
  it('shows the ratio next to the amount as it is typed, and clears a section', async () => {
    serve(() => json({}, 404));
    const user = userEvent.setup();
    renderAt('/applications/new');
    await user.click(screen.getByLabelText(/^請負金額/));
    await user.paste('50000000');
    const advance = screen.getByRole('region', { name: '前払金保証' });
    await user.click(within(advance).getByLabelText(/^前払金保証金額（円）/));
    await user.paste('20,000,000');
    expect(within(advance).getByRole('status', { name: '割合' })).toHaveTextContent('40.0%');

    await user.click(screen.getByRole('button', { name: '請負工事の情報をクリア' }));
    expect(screen.getByLabelText(/^請負金額/)).toHaveValue('');
    expect(within(advance).getByLabelText(/^前払金保証金額（円）/)).toHaveValue('20,000,000');
    expect(within(advance).getByRole('status', { name: '割合' })).toHaveTextContent('0.0%');
  });

  it('checks 預託金融機関 for full-width text while it is typed', async () => {
    serve(() => json({}, 404));
    const user = userEvent.setup();
    renderAt('/applications/new');
    const advance = screen.getByRole('region', { name: '前払金保証' });
    const bank = within(advance).getByLabelText(/^預託金融機関/);
    await user.type(bank, 'ABC銀行');
    expect(bank).toHaveAttribute('aria-invalid', 'true');
    expect(bank).toHaveAccessibleDescription(/預託金融機関は全角で入力してください。/);
  });

  it('confirms, keeps the Idempotency-Key across a retry, and shows a refused amount next to its field', async () => {
    let submissions = 0;
    const calls = serve((url, init) => {
      if (url === '/api/applications/a1' && (init.method ?? 'GET') === 'GET') return json(draft());
      if (url === '/api/applications/a1' && init.method === 'PUT') return json(draft());
      if (url === '/api/applications/a1/submission') {
        submissions += 1;
        if (submissions === 1) throw new TypeError('network down');
        if (submissions === 2) {
          return json(
            {
              title: '入力内容に誤りがあります',
              status: 400,
              errors: [{ field: 'lines[1].guaranteeAmount', message: '契約保証金額は請負金額の10%以上にしてください。' }],
            },
            400,
          );
        }
        return json(
          draft({
            draft: false,
            editable: false,
            submittedAt: '2026-11-30T01:00:00Z',
            lines: draft().lines.map((l) => ({ ...l, status: 'SUBMITTED', statusLabel: '申込済' })),
          }),
        );
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderAt('/applications/a1/edit');

    await user.click(await screen.findByRole('button', { name: '申込確認' }));
    expect(await screen.findByRole('heading', { level: 1, name: '申込確認' })).toHaveFocus();
    const put = calls.find((c) => c.init.method === 'PUT');
    expect(JSON.parse(String(put?.init.body)).lines.map((l: { productType: string }) => l.productType)).toEqual([
      'ADVANCE_PAYMENT',
      'CONTRACT',
    ]);

    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(await screen.findByText(/通信に失敗しました/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '送信する' }));

    const contract = await screen.findByRole('region', { name: '契約保証' });
    const amount = within(contract).getByLabelText(/^契約保証金額（円）/);
    expect(amount).toHaveAccessibleDescription(/契約保証金額は請負金額の10%以上にしてください。/);
    const keys = calls
      .filter((c) => c.url.endsWith('/submission'))
      .map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);

    await user.clear(amount);
    await user.type(amount, '5000000');
    await user.click(screen.getByRole('button', { name: '申込確認' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '送信完了' })).toBeInTheDocument();
    expect(screen.getByText('a1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '状況を確認する' })).toHaveAttribute('href', '/applications');
    const third = calls.filter((c) => c.url.endsWith('/submission'))[2];
    expect((third.init.headers as Record<string, string>)['Idempotency-Key']).not.toBe(keys[0]);
  });

  it('shows the surety’s message on a returned application and offers no draft save', async () => {
    serve((url) =>
      url === '/api/applications/a1'
        ? json(
            draft({
              draft: false,
              editable: true,
              lines: draft().lines.map((l) => ({ ...l, status: 'RETURNED', statusLabel: '差戻し' })),
              messagesFromSurety: [
                { lineId: 'l2', productType: 'CONTRACT', status: 'RETURNED', message: '契約保証金額をご確認ください。' },
              ],
            }),
          )
        : json({}, 404),
    );
    renderAt('/applications/a1/edit');
    expect(await screen.findByRole('heading', { level: 1, name: /差戻しの修正/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '弊社からお客様へのお知らせ' })).toHaveTextContent('契約保証金額をご確認ください。');
    expect(screen.queryByRole('button', { name: '下書き保存' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '契約保証' })).getByText('差戻し')).toBeInTheDocument();
  });
});

describe('状況', () => {
  it('lists applications with their line states and withdraws one after confirming', async () => {
    const submitted = draft({
      draft: false,
      editable: false,
      submittedAt: '2026-11-30T01:00:00Z',
      lines: draft().lines.map((l) => ({ ...l, status: 'SUBMITTED', statusLabel: '申込済' })),
    });
    let withdrawn = false;
    const calls = serve((url, init) => {
      if (url.startsWith('/api/applications?')) {
        const item = withdrawn
          ? { ...submitted, lines: submitted.lines.map((l) => ({ ...l, status: 'WITHDRAWN', statusLabel: '取下げ' })) }
          : submitted;
        return json([item], 200, { 'X-Total-Count': '1' });
      }
      if (url === '/api/applications/a1/withdrawal' && init.method === 'POST') {
        withdrawn = true;
        return json(submitted);
      }
      return json({}, 404);
    });
    const user = userEvent.setup();
    renderAt('/applications?productType=ADVANCE_PAYMENT');
    expect(await screen.findByText('全1ページ(1件)中の1ページ目を表示しています')).toBeInTheDocument();
    expect(calls.some((c) => c.url.startsWith('/api/applications?productType=ADVANCE_PAYMENT&page=0&size=20'))).toBe(true);
    expect(within(screen.getByRole('table')).getAllByText('申込済')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: /取下げ$/ }));
    const dialog = screen.getByRole('dialog', { name: '申込の取下げ' });
    await user.type(within(dialog).getByLabelText(/取下げ理由/), '契約が延期になったため');
    await user.click(within(dialog).getByRole('button', { name: '取下げる' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = calls.find((c) => c.url.endsWith('/withdrawal'));
    expect(JSON.parse(String(post?.init.body))).toEqual({ reason: '契約が延期になったため' });
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByText('取下げ')).toHaveLength(2));
  });
});
