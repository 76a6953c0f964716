import type { JSX } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ContractDownload } from './ContractDownload';
import { fakeFetch, page, quote, row } from './fixtures';
import { PremiumQuote } from './PremiumQuote';
import { PremiumStatements } from './PremiumStatements';

const inRouter = (element: JSX.Element) => render(<MemoryRouter>{element}</MemoryRouter>);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('保証契約情報ダウンロード', () => {
  it('downloads the CSV that issuance builds, for the chosen tab and filters', async () => {
    const fake = fakeFetch([
      ['/api/contracts/download', 200, 'csv'],
      ['/api/contracts', 200, page([row()], 3)],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    URL.createObjectURL = vi.fn(() => 'blob:csv');
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    inRouter(<ContractDownload />);

    fireEvent.change(screen.getByLabelText('対象'), { target: { value: 'ELECTRONIC' } });
    fireEvent.change(screen.getByLabelText('工事名'), { target: { value: '道路' } });
    fireEvent.click(screen.getByRole('button', { name: 'CSVファイルをダウンロード' }));
    expect(await screen.findByText('contracts.csv（3件）をダウンロードしました。')).toBeTruthy();
    expect(saved).toEqual(['contracts.csv']);
    expect(fake.calls.map((c) => c.url)).toContain(`/api/contracts/download?tab=ELECTRONIC&workName=${encodeURIComponent('道路')}`);
  });
});

describe('保証料計算', () => {
  it('shows the breakdown of the quote', async () => {
    const fake = fakeFetch([['POST /api/premiums/quote', 200, quote()]]);
    vi.stubGlobal('fetch', fake.fn);
    inRouter(<PremiumQuote />);
    fireEvent.change(screen.getByLabelText(/保証金額（円）/), { target: { value: '20,000,000' } });
    fireEvent.change(screen.getByLabelText(/保証期間の開始日/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/保証期限/), { target: { value: '2027-03-19' } });
    fireEvent.click(screen.getByRole('button', { name: '計算する' }));
    expect(await screen.findByRole('heading', { name: '計算結果（前払金保証）' })).toBeTruthy();
    expect(screen.getAllByText('48,000 円')).toHaveLength(2);
    expect(screen.getByText('保証料は非課税です（消費税はかかりません）。')).toBeTruthy();
  });

  it('shows the server’s field errors next to their fields', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      ['POST /api/premiums/quote', 422, {
        status: 422, title: '業務ルールに違反しています (Business rule violated)', detail: 'この保証種類の保証料率表がありません。',
        errors: [{ field: 'productType', message: 'この保証種類の保証料率表がありません。' }],
      }],
    ]).fn);
    inRouter(<PremiumQuote />);
    fireEvent.change(screen.getByLabelText(/保証金額（円）/), { target: { value: '1000000' } });
    fireEvent.change(screen.getByLabelText(/保証期間の開始日/), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText(/保証期限/), { target: { value: '2027-03-19' } });
    fireEvent.click(screen.getByRole('button', { name: '計算する' }));
    await waitFor(() => expect(screen.getByLabelText(/保証種類/).getAttribute('aria-invalid')).toBe('true'));
  });
});

describe('保証料計算書一覧', () => {
  it('lists the statements with their PDF download', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      ['/api/premiums/statements', 200, page([{
        statementId: 'st-1', kind: 'PREMIUM', contractNumber: '10101-000002', productType: 'ADVANCE_PAYMENT',
        lines: quote().lines, premium: 48000, consumptionTax: 0, total: 48000, paymentMethod: 'BULK', issuedAt: '2026-11-23T01:00:00Z',
      }])],
    ]).fn);
    inRouter(<PremiumStatements />);
    expect(await screen.findByText('保証料計算書')).toBeTruthy();
    expect(screen.getByText('一括納付')).toBeTruthy();
    expect(screen.getByText('保証期間 (日)：109 日')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ダウンロード 保証料計算書 10101-000002' })).toBeTruthy();
  });
});
