import type { JSX } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { claimPdfPath, withdrawalPdfPath } from './documents';
import { fakeFetch, funds, fundsWithAcceptedPlan, withdrawal } from './fixtures';
import { FundsHome } from './FundsHome';
import { StaffFundsContract } from './StaffFundsContract';
import type { ContractFunds } from './types';

function at(path: string, element: JSX.Element, pattern: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={pattern} element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The funds API from fixtures, and PDFs (with notification's Content-Disposition) for the given paths. */
function serve(api: string, data: ContractFunds, pdfs: Record<string, string>) {
  const json = fakeFetch([[api, 200, data]]);
  const calls: string[] = [];
  const fn = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push(url);
    if (!url.startsWith('/api/documents-pdf')) return json.fn(url, init);
    const name = pdfs[url];
    if (!name) {
      return new Response(JSON.stringify({ status: 404, title: '見つかりません (Not Found)', detail: '前払金払出依頼書が見つかりません。' }), {
        status: 404, headers: { 'content-type': 'application/problem+json' },
      });
    }
    return new Response('%PDF-1.7', {
      status: 200,
      headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="x.pdf"; filename*=UTF-8''${encodeURIComponent(name)}` },
    });
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}

let saved: string[];

beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn(() => 'blob:pdf');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const API = '/api/funds/contracts/10101-000001';
const STAFF_API = '/api/funds/staff/contracts/10101-000001';

/** The accepted-plan contract with one approved and one pending withdrawal. */
function withTwoWithdrawals(): ContractFunds {
  const data = fundsWithAcceptedPlan();
  data.withdrawals.push(withdrawal({ withdrawalId: 'w-2', amount: 1_000_000 }));
  return data;
}

describe('前払金 PDFs (contractor)', () => {
  it('downloads the 前払金請求書 once the claim exists, under the server’s Japanese file name', async () => {
    const calls = serve(API, fundsWithAcceptedPlan(), { [claimPdfPath('10101-000001')]: '前払金請求書_10101-000001.pdf' });
    at('/funds/contracts/10101-000001', <FundsHome />, '/funds/contracts/:number');
    fireEvent.click(await screen.findByRole('button', { name: '前払金請求書（PDF）' }));
    expect(await screen.findByText('前払金請求書_10101-000001.pdf をダウンロードしました。')).toBeInTheDocument();
    expect(saved).toEqual(['前払金請求書_10101-000001.pdf']);
    expect(calls).toContain('/api/documents-pdf/advance-claims/10101-000001');
  });

  it('offers no claim PDF before the claim is issued', async () => {
    serve(API, funds(), {});
    at('/funds/contracts/10101-000001', <FundsHome />, '/funds/contracts/:number');
    expect(await screen.findByRole('button', { name: '前払金請求書を作成する' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '前払金請求書（PDF）' })).not.toBeInTheDocument();
  });

  it('offers the 払出依頼書 only on approved withdrawals and downloads it', async () => {
    const calls = serve(API, withTwoWithdrawals(), { [withdrawalPdfPath('w-1')]: '前払金払出依頼書_10101-000001_20261201.pdf' });
    at('/funds/contracts/10101-000001', <FundsHome />, '/funds/contracts/:number');
    const table = await screen.findByRole('table', { name: '払出依頼の一覧' });
    const [approved, pending] = within(table).getAllByRole('row').slice(1);
    expect(within(pending).queryByRole('button', { name: '払出依頼書（PDF）' })).not.toBeInTheDocument();
    fireEvent.click(within(approved).getByRole('button', { name: '払出依頼書（PDF）' }));
    expect(await within(approved).findByText('前払金払出依頼書_10101-000001_20261201.pdf をダウンロードしました。')).toBeInTheDocument();
    expect(calls).toContain('/api/documents-pdf/withdrawals/w-1');
  });
});

describe('前払金 PDFs (staff)', () => {
  it('uses the staff URLs and shows why a PDF is not there yet', async () => {
    const calls = serve(STAFF_API, withTwoWithdrawals(), { [claimPdfPath('10101-000001', true)]: '前払金請求書_10101-000001.pdf' });
    at('/staff/funds/contracts/10101-000001', <StaffFundsContract />, '/staff/funds/contracts/:number');
    fireEvent.click(await screen.findByRole('button', { name: '前払金請求書（PDF）' }));
    expect(await screen.findByText('前払金請求書_10101-000001.pdf をダウンロードしました。')).toBeInTheDocument();
    expect(calls).toContain('/api/documents-pdf/staff/advance-claims/10101-000001');

    const decided = screen.getByRole('heading', { name: '審査済みの払出依頼' }).nextElementSibling as HTMLElement;
    const buttons = within(decided).getAllByRole('button', { name: '払出依頼書（PDF）' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(await within(decided).findByRole('alert')).toHaveTextContent('前払金払出依頼書が見つかりません。');
    expect(calls).toContain('/api/documents-pdf/staff/withdrawals/w-1');
  });
});
