import type { JSX } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { CertificateView } from './CertificateView';
import { ContractDetail } from './ContractDetail';
import { ContractList } from './ContractList';
import { certificate, fakeFetch, page, row, submission, summary } from './fixtures';

function at(path: string, element: JSX.Element, pattern: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={pattern} element={element} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('保証契約一覧', () => {
  it('lists the contracts with the seed columns and paging, and switches tabs', async () => {
    const fake = fakeFetch([['/api/contracts', 200, page([row()], 8)]]);
    vi.stubGlobal('fetch', fake.fn);
    at('/contracts', <ContractList />, '/contracts');

    expect(await screen.findByText('10101-000002')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'No.', '保証種類', '保証契約番号', '発注者名工事名', '請負金額', '操作',
    ]);
    expect(within(table).getByText('前払')).toBeTruthy();
    expect(within(table).getByText('50,000,000 円')).toBeTruthy();
    expect(screen.getByText('全1ページ(8件)中の1ページ目を表示しています')).toBeTruthy();
    expect(screen.getByRole('link', { name: '詳細 10101-000002' }).getAttribute('href')).toBe('/contracts/10101-000002');
    expect(fake.calls[0].url).toBe('/api/contracts?tab=ALL&page=1&size=20');

    const electronic = screen.getByRole('tab', { name: '電子保証（認証キー）' });
    fireEvent.click(electronic);
    await waitFor(() => expect(fake.calls.at(-1)?.url).toBe('/api/contracts?tab=ELECTRONIC&page=1&size=20'));
    expect(electronic.getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(electronic, { key: 'ArrowRight' });
    await waitFor(() => expect(fake.calls.at(-1)?.url).toBe('/api/contracts?tab=BID_BOND&page=1&size=20'));
    expect((screen.getByLabelText('保証種類') as HTMLSelectElement).disabled).toBe(true);
  });

  it('searches with the filters and says when nothing matches', async () => {
    const fake = fakeFetch([['/api/contracts', 200, page([], 0)]]);
    vi.stubGlobal('fetch', fake.fn);
    at('/contracts', <ContractList />, '/contracts');
    expect(await screen.findByText('該当する保証契約はありません。')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('工事名'), { target: { value: '道路改良' } });
    fireEvent.change(screen.getByLabelText('保証種類'), { target: { value: 'CONTRACT' } });
    fireEvent.click(screen.getByRole('button', { name: '検索する' }));
    await waitFor(() =>
      expect(fake.calls.at(-1)?.url).toBe(`/api/contracts?tab=ALL&productType=CONTRACT&workName=${encodeURIComponent('道路改良')}&page=1&size=20`),
    );

    fireEvent.change(screen.getByLabelText('期間（開始日）'), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByLabelText('期間（終了日）'), { target: { value: '2026-01-01' } });
    const before = fake.calls.length;
    fireEvent.click(screen.getByRole('button', { name: '検索する' }));
    expect(await screen.findByText('期間の終了日は開始日以降の日付を入力してください。')).toBeTruthy();
    expect(fake.calls.length).toBe(before);
  });
});

describe('電子保証概要', () => {
  it('shows the summary, the key, the history and the link to each certificate', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      ['/api/contracts/10101-000002', 200, summary()],
      ['/api/key-notices/10101-000002/submissions', 200, [submission()]],
    ]).fn);
    at('/contracts/10101-000002', <ContractDetail />, '/contracts/:number');

    expect(await screen.findByRole('heading', { level: 1, name: '電子保証概要（前払金保証）' })).toBeTruthy();
    expect(screen.getByTestId('authentication-key').textContent).toBe('Z28YUE4J3Bux');
    expect(screen.getByRole('button', { name: '印刷（PDFダウンロード）' })).toBeTruthy();
    expect(screen.getByText('株式会社 小美玉建設 様')).toBeTruthy();

    const history = within(screen.getByRole('region', { name: '電子保証情報（履歴情報）' }));
    expect(history.getByText('2026/11/23 10:02')).toBeTruthy();
    expect(history.getByText('新規')).toBeTruthy();
    expect(history.getByText('変更（第1回）')).toBeTruthy();
    expect(history.getByText('2026/11/24 09:30（最終 2026/11/25 09:30）')).toBeTruthy();
    const select = history.getAllByRole('link', { name: /^選択/ });
    expect(select[1].getAttribute('href')).toBe('/contracts/10101-000002/versions/3/certificate');
    expect(select[1].getAttribute('target')).toBe('_blank');

    expect(await screen.findByText('keiyaku@city.omitama.example.jp', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: '変更申込' }).getAttribute('href')).toBe('/applications/amend?contract=10101-000002');
  });

  it('sends the key notice to the orderer and says when and to whom', async () => {
    const fake = fakeFetch([
      ['/api/contracts/10101-000002', 200, summary()],
      ['POST /api/key-notices/10101-000002/submissions', 201, submission()],
      ['/api/key-notices/10101-000002/submissions', 200, []],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    at('/contracts/10101-000002', <ContractDetail />, '/contracts/:number');
    fireEvent.click(await screen.findByRole('button', { name: '発注者へ提出' }));
    expect(
      await screen.findByText('2026/11/26 09:00 に 小美玉市長（keiyaku@city.omitama.example.jp）へ送信しました。'),
    ).toBeTruthy();
    expect(fake.calls.some((c) => c.method === 'POST')).toBe(true);
  });

  it('explains the refusal when the orderer takes no submission by mail', async () => {
    const refusal =
      '発注者（柏市長）は電子メールでの提出を受け付けていません。「認証キー」のお知らせ (PDF) をダウンロードし、発注者の電子契約システムにアップロードしてください。';
    vi.stubGlobal('fetch', fakeFetch([
      ['/api/contracts/10101-000002', 200, summary()],
      ['POST /api/key-notices/10101-000002/submissions', 422, { status: 422, title: '業務ルールに違反しています (Business rule violated)', detail: refusal }],
      ['/api/key-notices/10101-000002/submissions', 200, []],
    ]).fn);
    at('/contracts/10101-000002', <ContractDetail />, '/contracts/:number');
    fireEvent.click(await screen.findByRole('button', { name: '発注者へ提出' }));
    expect(await screen.findByText(refusal)).toBeTruthy();
    expect(screen.getByText('発注者へ提出できません')).toBeTruthy();
  });

  it('shows no key and no submission for a paper contract', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      ['/api/contracts/10101-000003', 200, summary({ contractNumber: '10101-000003', format: 'PAPER', authenticationKey: null, productName: '契約保証' })],
    ]).fn);
    at('/contracts/10101-000003', <ContractDetail />, '/contracts/:number');
    expect(await screen.findByRole('heading', { level: 1, name: '保証契約概要（契約保証）' })).toBeTruthy();
    expect(screen.queryByTestId('authentication-key')).toBeNull();
    expect(screen.queryByRole('button', { name: '発注者へ提出' })).toBeNull();
  });

  it('says so when the contract is not the company’s own', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      ['/api/contracts/', 404, { status: 404, title: '対象が見つかりません。', detail: '保証契約が見つかりません。' }],
    ]).fn);
    at('/contracts/10101-999999', <ContractDetail />, '/contracts/:number');
    expect(await screen.findByText('保証契約が見つかりません。')).toBeTruthy();
  });
});

describe('保証契約内容の確認画面', () => {
  it('shows the certificate as the orderer sees it, with 印刷 and 閉じる', async () => {
    vi.stubGlobal('fetch', fakeFetch([['/api/contracts/10101-000002/versions/1', 200, certificate()]]).fn);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    at('/contracts/10101-000002/versions/1/certificate', <CertificateView />, '/contracts/:number/versions/:seq/certificate');

    expect(await screen.findByRole('heading', { level: 1, name: '保証証書（前払金保証）' })).toBeTruthy();
    const table = within(screen.getByRole('table'));
    expect(table.getByRole('rowheader', { name: '保証金額（総額）' }).nextElementSibling?.textContent).toBe('20,000,000 円');
    expect(table.getByRole('rowheader', { name: '工期' }).nextElementSibling?.textContent).toBe('令和8年12月1日 ～ 令和9年3月19日');
    expect(screen.getByText('令和8年11月23日')).toBeTruthy();
    expect(screen.getByText('取扱箇所 茨城支店')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '印刷' }));
    expect(print).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '閉じる' })).toBeTruthy();
  });
});
