import type { JSX } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { fakeFetch, funds, fundsWithAcceptedPlan, plan, withdrawal } from './fixtures';
import { FundsHome } from './FundsHome';
import { FundsStart } from './FundsStart';
import { PlanForm } from './PlanForm';
import { StaffFunds } from './StaffFunds';
import { StaffFundsContract } from './StaffFundsContract';
import { WithdrawalForm } from './WithdrawalForm';

function at(path: string, element: JSX.Element, pattern: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={pattern} element={element} />
        <Route path="/funds/contracts/:number" element={<p>前払金の管理へ戻りました</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

const API = '/api/funds/contracts/10101-000001';

describe('前払金の管理', () => {
  it('shows the advance, the claim form, the plan versions and the schedule', async () => {
    vi.stubGlobal('fetch', fakeFetch([[API, 200, fundsWithAcceptedPlan()]]).fn);
    at('/funds/contracts/10101-000001', <FundsHome />, '/funds/contracts/:number');
    expect(await screen.findByRole('heading', { level: 1, name: '前払金の管理' })).toBeInTheDocument();
    expect(screen.getByText('(ｶ)ｵﾐﾀﾏｹﾝｾﾂ', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '使途変更' })).toHaveAttribute('href', '/funds/contracts/10101-000001/plan');
    expect(screen.getByRole('link', { name: '払出依頼書を作成する' })).toHaveAttribute('href', '/funds/contracts/10101-000001/withdrawals/new');
    const schedule = screen.getByRole('table', { name: /前払金払出予定/ });
    const materials = within(schedule).getByRole('row', { name: /材料費/ });
    expect(materials).toHaveTextContent('12,000,000 円8,000,000 円4,000,000 円');
    expect(screen.getByTestId('remaining-total')).toHaveTextContent('12,000,000 円');
  });

  it('issues the claim and shows a server field error next to its field', async () => {
    const fake = fakeFetch([
      [`POST ${API}/advance-claim`, 400, {
        status: 400, title: '入力内容に誤りがあります。',
        errors: [{ field: 'depositAccount.accountNumber', message: '口座番号は半角数字7桁で入力してください。' }],
      }],
      [API, 200, funds()],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    at('/funds/contracts/10101-000001', <FundsHome />, '/funds/contracts/:number');
    await screen.findByRole('heading', { name: '前払金請求書' });

    fireEvent.change(screen.getByLabelText(/^金融機関コード/), { target: { value: '0131' } });
    fireEvent.change(screen.getByLabelText(/^金融機関名必須/), { target: { value: '常陽銀行' } });
    fireEvent.change(screen.getByLabelText(/^支店コード/), { target: { value: '201' } });
    fireEvent.change(screen.getByLabelText(/^支店名必須/), { target: { value: '小美玉支店' } });
    fireEvent.change(screen.getByLabelText(/^口座番号/), { target: { value: '12345' } });
    const holder = screen.getByLabelText(/^口座名義（カナ）/);
    fireEvent.change(holder, { target: { value: 'カ）オミタマ' } });
    expect(screen.getByText(/口座名義（カナ）に使えない文字があります/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '前払金請求書を作成する' })).toBeDisabled();
    fireEvent.blur(holder);
    expect(holder).toHaveValue('ｶ)ｵﾐﾀﾏ');
    expect(screen.queryByText(/使えない文字があります/)).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '前払金請求書を作成する' }));
    const account = screen.getByLabelText(/^口座番号/);
    await waitFor(() => expect(account).toHaveAttribute('aria-invalid', 'true'));
    const describedBy = account.getAttribute('aria-describedby') ?? '';
    const message = screen.getByText('口座番号は半角数字7桁で入力してください。');
    expect(describedBy.split(' ')).toContain(message.id);
    const post = fake.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      depositAccount: {
        bankCode: '0131', bankName: '常陽銀行', branchCode: '201', branchName: '小美玉支店', accountType: 'ORDINARY',
        accountNumber: '12345', holderKana: 'ｶ)ｵﾐﾀﾏ',
      },
    });
  });
});

describe('前払金使途内訳明細書', () => {
  it('shows the live total and difference and submits only when they match', async () => {
    const fake = fakeFetch([
      [`POST ${API}/plans`, 201, plan({ status: 'SUBMITTED' })],
      [API, 200, funds()],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    at('/funds/contracts/10101-000001/plan', <PlanForm />, '/funds/contracts/:number/plan');
    await screen.findByRole('heading', { level: 1, name: '前払金使途内訳明細書' });
    const submit = screen.getByRole('button', { name: '提出する' });
    expect(submit).toBeDisabled();

    fireEvent.change(screen.getByLabelText('材料費の金額'), { target: { value: '12,000,000' } });
    fireEvent.change(screen.getByLabelText('材料費の内容'), { target: { value: '鉄筋' } });
    fireEvent.change(screen.getByLabelText('労務費の金額'), { target: { value: '6000000' } });
    expect(screen.getByTestId('plan-total')).toHaveTextContent('18,000,000 円');
    expect(screen.getByTestId('plan-difference')).toHaveTextContent('2,000,000 円');
    expect(screen.getByText('あと 2,000,000 円を配分してください。')).toBeInTheDocument();
    expect(submit).toBeDisabled();

    fireEvent.change(screen.getByLabelText('未定の金額'), { target: { value: '2000000' } });
    expect(screen.getByText('前払金額と一致しています。')).toBeInTheDocument();
    expect(submit).toBeEnabled();
    fireEvent.click(submit);
    expect(await screen.findByText('前払金の管理へ戻りました')).toBeInTheDocument();
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      lines: [
        { category: 'MATERIALS', amount: 12_000_000, note: '鉄筋' },
        { category: 'LABOUR', amount: 6_000_000 },
        { category: 'UNDECIDED', amount: 2_000_000 },
      ],
    });
  });

  it('starts a 使途変更 from the accepted plan and shows a rule error of a line next to it', async () => {
    vi.stubGlobal('fetch', fakeFetch([
      [`POST ${API}/plans`, 422, {
        status: 422, type: 'urn:esurety:problem:rule:plan-covers-approved-withdrawals', title: '業務ルールに反しています。',
        detail: '使途「材料費」は承認済みの払出額（8,000,000円）を下回れません。',
        errors: [{ field: 'lines[0].amount', message: '承認済みの払出額（8,000,000円）以上にしてください。' }],
      }],
      [API, 200, fundsWithAcceptedPlan()],
    ]).fn);
    at('/funds/contracts/10101-000001/plan', <PlanForm />, '/funds/contracts/:number/plan');
    await screen.findByRole('heading', { level: 1, name: '前払金使途内訳明細書（使途変更）' });
    expect(screen.getByLabelText('材料費の金額')).toHaveValue('12000000');
    fireEvent.change(screen.getByLabelText('材料費の金額'), { target: { value: '4000000' } });
    fireEvent.change(screen.getByLabelText('労務費の金額'), { target: { value: '14000000' } });
    fireEvent.click(screen.getByRole('button', { name: '使途変更を提出する' }));
    const message = await screen.findByText('承認済みの払出額（8,000,000円）以上にしてください。');
    expect(screen.getByLabelText('材料費の金額')).toHaveAttribute('aria-describedby', message.id);
    expect(screen.getByText('使途「材料費」は承認済みの払出額（8,000,000円）を下回れません。')).toBeInTheDocument();
  });
});

describe('前払金払出依頼書', () => {
  it('offers decided categories with their remaining amount and shows the limit error at the amount', async () => {
    const fake = fakeFetch([
      [`POST ${API}/withdrawals`, 422, {
        status: 422, type: 'urn:esurety:problem:rule:withdrawal-within-accepted-plan', title: '業務ルールに反しています。',
        detail: '払出額（4,000,000円）が使途「材料費」の払出可能残額（3,000,000円）を超えています。',
        errors: [{ field: 'amount', message: '払出額（4,000,000円）が使途「材料費」の払出可能残額（3,000,000円）を超えています。' }],
      }],
      [API, 200, fundsWithAcceptedPlan()],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    at('/funds/contracts/10101-000001/withdrawals/new', <WithdrawalForm />, '/funds/contracts/:number/withdrawals/new');
    await screen.findByRole('heading', { level: 1, name: '前払金払出依頼書' });
    const category = screen.getByLabelText(/^使途/) as HTMLSelectElement;
    expect([...category.options].map((o) => o.textContent)).toEqual(['選択してください', '材料費（残額 4,000,000 円）', '労務費（残額 6,000,000 円）']);

    fireEvent.change(category, { target: { value: 'MATERIALS' } });
    fireEvent.change(screen.getByLabelText(/^払出金額/), { target: { value: '4000000' } });
    fireEvent.change(screen.getByLabelText(/^払出先の名称/), { target: { value: '株式会社 水戸資材' } });
    fireEvent.change(screen.getByLabelText(/^金融機関コード/), { target: { value: '0131' } });
    fireEvent.change(screen.getByLabelText(/^支店コード/), { target: { value: '001' } });
    fireEvent.change(screen.getByLabelText(/^預金種目/), { target: { value: 'CURRENT' } });
    fireEvent.change(screen.getByLabelText(/^口座番号/), { target: { value: '7654321' } });
    fireEvent.change(screen.getByLabelText(/^口座名義（カナ）/), { target: { value: '(ｶ)ﾐﾄｼｻﾞｲ' } });
    fireEvent.click(screen.getByRole('button', { name: '払出依頼を提出する' }));

    const amount = screen.getByLabelText(/^払出金額/);
    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    expect(within(amount.closest('.field') as HTMLElement).getByRole('alert')).toHaveTextContent('払出可能残額（3,000,000円）を超えています');
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({
      category: 'MATERIALS', amount: 4_000_000,
      payee: { name: '株式会社 水戸資材', bankCode: '0131', branchCode: '001', accountType: 'CURRENT', accountNumber: '7654321', holderKana: '(ｶ)ﾐﾄｼｻﾞｲ' },
    });
  });

  it('explains when no request is possible yet', async () => {
    vi.stubGlobal('fetch', fakeFetch([[API, 200, funds()]]).fn);
    at('/funds/contracts/10101-000001/withdrawals/new', <WithdrawalForm />, '/funds/contracts/:number/withdrawals/new');
    expect(await screen.findByText('先に前払金請求書を作成し、前払金専用口座を登録してください。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '払出依頼を提出する' })).not.toBeInTheDocument();
  });
});

describe('前払金審査 (staff)', () => {
  it('lists the plans and withdrawal requests awaiting a decision', async () => {
    const fake = fakeFetch([
      ['/api/funds/staff/plans', 200, [plan({ status: 'SUBMITTED', version: 2 })]],
      ['/api/funds/staff/withdrawals', 200, []],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    render(<MemoryRouter><StaffFunds /></MemoryRouter>);
    expect(await screen.findByRole('link', { name: '審査する 10101-000001 第2版' })).toHaveAttribute('href', '/staff/funds/contracts/10101-000001');
    expect(screen.getByText('承認待ちの払出依頼はありません。')).toBeInTheDocument();
    expect(fake.calls.map((c) => c.url)).toEqual(['/api/funds/staff/plans?status=SUBMITTED', '/api/funds/staff/withdrawals?status=REQUESTED']);
    expect(screen.getByRole('button', { name: '振込データをダウンロード' })).toBeInTheDocument();
  });

  it('approves a request and shows a refusal of the limit in the banner; a return needs its message', async () => {
    const data = fundsWithAcceptedPlan();
    data.plans.push(plan({ planId: 'p-2', version: 2, status: 'SUBMITTED' }));
    data.withdrawals.push(withdrawal({ withdrawalId: 'w-2', amount: 5_000_000 }));
    const fake = fakeFetch([
      ['POST /api/funds/staff/withdrawals/w-2/approve', 422, {
        status: 422, title: '業務ルールに反しています。', detail: '払出額（5,000,000円）が使途「材料費」の払出可能残額（4,000,000円）を超えています。',
      }],
      ['POST /api/funds/staff/contracts/10101-000001/plans/2/return', 400, {
        status: 400, title: '入力内容に誤りがあります。', errors: [{ field: 'message', message: 'お客様へのお知らせを入力してください。' }],
      }],
      ['/api/funds/staff/contracts/10101-000001', 200, data],
    ]);
    vi.stubGlobal('fetch', fake.fn);
    at('/staff/funds/contracts/10101-000001', <StaffFundsContract />, '/staff/funds/contracts/:number');
    const request = await screen.findByRole('article', { name: '払出依頼 材料費 5,000,000 円' });
    expect(within(request).getByText('払出金額が残額を超えています。承認できません。')).toBeInTheDocument();
    fireEvent.click(within(request).getByRole('button', { name: '承認する' }));
    expect(await within(request).findByText('払出額（5,000,000円）が使途「材料費」の払出可能残額（4,000,000円）を超えています。')).toBeInTheDocument();

    const planBox = screen.getByRole('article', { name: '使途内訳明細書 第2版' });
    fireEvent.click(within(planBox).getByRole('button', { name: '差し戻す' }));
    const field = within(planBox).getByLabelText(/^差戻しのお知らせ/);
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(within(planBox).getByText('お客様へのお知らせを入力してください。')).toBeInTheDocument();
    expect(screen.getByTestId('staff-remaining')).toHaveTextContent('12,000,000 円');
  });
});

describe('前払金の管理 (contract choice)', () => {
  it('lists the advance-payment contracts and opens one by number', async () => {
    const row = { contractNumber: '10101-000001', productName: '前払金保証', workName: '道路改良工事', obligeeName: '小美玉市長', guaranteeAmount: 20_000_000, statusLabel: '有効' };
    const fake = fakeFetch([['/api/contracts', 200, { items: [row] }]]);
    vi.stubGlobal('fetch', fake.fn);
    render(
      <MemoryRouter initialEntries={['/funds']}>
        <Routes>
          <Route path="/funds" element={<FundsStart />} />
          <Route path="/funds/contracts/:number" element={<p>開きました</p>} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByRole('link', { name: '前払金の管理 10101-000001' })).toHaveAttribute('href', '/funds/contracts/10101-000001');
    expect(fake.calls.map((c) => c.url)).toEqual([
      '/api/contracts?tab=ALL&productType=ADVANCE_PAYMENT&page=1&size=100',
      '/api/contracts?tab=ALL&productType=INTERIM_ADVANCE_PAYMENT&page=1&size=100',
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: '保証契約番号' }), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: '開く' }));
    expect(screen.getByText('保証契約番号は「00000-000000」の形式で入力してください。')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: '保証契約番号' }), { target: { value: '10101000001' } });
    fireEvent.click(screen.getByRole('button', { name: '開く' }));
    expect(await screen.findByText('開きました')).toBeInTheDocument();
  });
});
