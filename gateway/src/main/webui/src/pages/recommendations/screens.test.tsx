import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { ApplicationView, LineView } from '../applications/types';
import { recommend } from './logic';
import { Recommendations } from './Recommendations';

function line(overrides: Partial<LineView>): LineView {
  return { id: 'l', productType: 'ADVANCE_PAYMENT', status: 'SUBMITTED', statusLabel: '申込済', ...overrides };
}

function app(overrides: Partial<ApplicationView>): ApplicationView {
  return {
    id: 'a',
    kind: 'NEW',
    draft: false,
    editable: false,
    workName: '工事',
    ordererName: '小美玉市長',
    lines: [],
    messagesFromSurety: [],
    ...overrides,
  };
}

const bidBond = (id: string, number: string, status: LineView['status'] = 'APPROVED') =>
  app({
    id,
    kind: 'BID_BOND',
    workName: `入札の工事 ${id}`,
    bid: { bidDate: '2026-12-10' },
    lines: [line({ id: `${id}-l`, productType: 'BID_BOND', status, statusLabel: '承認', contractNumber: number, guaranteeAmount: 8000000 })],
  });

const conversion = (id: string, number: string, status: LineView['status'], draft = false) =>
  app({
    id,
    draft,
    editable: draft,
    lines: [line({ id: `${id}-c`, productType: 'CONTRACT', status, bidBondContractNumber: number })],
  });

describe('保証申込のお勧め: what is suggested', () => {
  it('suggests an approved bid bond only while no application converts it', () => {
    const result = recommend({
      bidBonds: [
        bidBond('b1', '10101-000042'),
        bidBond('b2', '10101-000043'),
        bidBond('b3', '10101-000044', 'UNDER_REVIEW'),
        bidBond('b4', '10101-000045'),
      ],
      contracts: [conversion('c1', '10101000043', 'UNDER_REVIEW'), conversion('c2', '10101-000045', 'WITHDRAWN')],
      drafts: [],
      returned: [],
    });
    expect(result.map((r) => r.key)).toEqual(['bid-10101-000042', 'bid-10101-000045']);
    expect(result[0].to).toBe('/applications/new?bidBond=10101-000042&from=b1');
    expect(result[0].action).toBe('契約保証を申し込む');
  });

  it('a draft converting the bid bond is suggested as a draft to send, not the bid bond again', () => {
    const draft = conversion('d1', '10101-000042', 'DRAFT', true);
    const result = recommend({ bidBonds: [bidBond('b1', '10101-000042')], contracts: [draft], drafts: [draft], returned: [] });
    expect(result.map((r) => [r.kind, r.to])).toEqual([['SEND_DRAFT', '/applications/d1/edit']]);
  });

  it('suggests returned applications to fix, and ignores what the search returned that is neither', () => {
    const returned = app({ id: 'r1', editable: true, lines: [line({ status: 'RETURNED' })] });
    const sent = app({ id: 's1', lines: [line({ status: 'RETURNED' }), line({ status: 'APPROVED' })] });
    const result = recommend({ bidBonds: [], contracts: [], drafts: [], returned: [returned, sent] });
    expect(result.map((r) => [r.kind, r.to, r.action])).toEqual([['FIX_RETURNED', '/applications/r1/edit', '修正して再申込']]);
  });
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', 'X-Total-Count': '0' },
  });
}

function serve(answers: Record<string, ApplicationView[]>) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      calls.push(url);
      const params = new URL(url, 'http://localhost').searchParams;
      const key = params.get('productType') ?? params.get('status') ?? '';
      return json(answers[key] ?? []);
    }),
  );
  return calls;
}

function renderPage() {
  return render(
    <MemoryRouter>
      <Recommendations />
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('保証申込のお勧め: the screen', () => {
  it('groups the suggestions, each with the button that starts it', async () => {
    const calls = serve({
      BID_BOND: [bidBond('b1', '10101-000042')],
      CONTRACT: [],
      DRAFT: [app({ id: 'd1', draft: true, editable: true, workName: '作成中の工事', updatedAt: '2026-11-30T01:00:00Z' })],
      RETURNED: [
        app({
          id: 'r1',
          editable: true,
          workName: '差戻しの工事',
          lines: [line({ status: 'RETURNED' })],
          messagesFromSurety: [{ lineId: 'l', productType: 'ADVANCE_PAYMENT', status: 'RETURNED', message: '工期を確認してください。' }],
        }),
      ],
    });
    renderPage();

    const convert = await screen.findByRole('region', { name: /契約保証のお申込み/ });
    expect(within(convert).getByText('10101-000042')).toBeInTheDocument();
    expect(within(convert).getByRole('link', { name: '入札の工事 b1: 契約保証を申し込む' })).toHaveAttribute(
      'href',
      '/applications/new?bidBond=10101-000042&from=b1',
    );
    const drafts = screen.getByRole('region', { name: /送信していない下書き/ });
    expect(within(drafts).getByRole('link', { name: '作成中の工事: 下書きを送信する' })).toHaveAttribute('href', '/applications/d1/edit');
    const returned = screen.getByRole('region', { name: /差戻しの申込/ });
    expect(within(returned).getByText('工期を確認してください。', { exact: false })).toBeInTheDocument();
    expect(within(returned).getByRole('link', { name: '差戻しの工事: 修正して再申込' })).toHaveAttribute('href', '/applications/r1/edit');

    expect(calls).toEqual(
      expect.arrayContaining([
        '/api/applications?productType=BID_BOND&sort=createdAt%2Cdesc&page=0&size=100',
        '/api/applications?productType=CONTRACT&sort=createdAt%2Cdesc&page=0&size=100',
        '/api/applications?status=DRAFT&sort=updatedAt%2Cdesc&page=0&size=100',
        '/api/applications?status=RETURNED&sort=updatedAt%2Cdesc&page=0&size=100',
      ]),
    );
  });

  it('says there is nothing to suggest', async () => {
    serve({});
    renderPage();
    expect(await screen.findByText('現在お勧めする手続きはありません。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '保証申込（前払・中間・契約）' })).toHaveAttribute('href', '/applications/new');
  });
});
