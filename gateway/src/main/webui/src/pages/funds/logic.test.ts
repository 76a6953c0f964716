import {
  claimBody,
  differenceLabel,
  emptyAccount,
  emptyPlanRows,
  emptyWithdrawal,
  kanaProblem,
  parseAmount,
  planBody,
  planErrorsByCategory,
  planRowsFrom,
  planTotals,
  todayInJapan,
  toZenginKana,
  withdrawableCategories,
  withdrawalBody,
  withdrawalProblems,
} from './logic';
import type { BalanceRow, Plan } from './types';

const rowsWith = (amounts: Record<string, string>) =>
  emptyPlanRows().map((r) => (amounts[r.category] !== undefined ? { ...r, amount: amounts[r.category] } : r));

describe('plan total and difference (plan-total-equals-advance)', () => {
  it('adds the typed amounts, with separators and full-width digits', () => {
    expect(parseAmount('12,000,000')).toBe(12_000_000);
    expect(parseAmount('６００００００')).toBe(6_000_000);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1.5')).toBeNaN();
    const t = planTotals(rowsWith({ MATERIALS: '12,000,000', LABOUR: '6000000' }), 20_000_000);
    expect(t).toMatchObject({ total: 18_000_000, difference: 2_000_000, lines: 2, ready: false });
    expect(differenceLabel(t.difference)).toBe('あと 2,000,000 円を配分してください。');
  });

  it('is ready only when the total equals the advance', () => {
    const equal = planTotals(rowsWith({ MATERIALS: '12000000', LABOUR: '6000000', UNDECIDED: '2000000' }), 20_000_000);
    expect(equal).toMatchObject({ total: 20_000_000, difference: 0, ready: true });
    expect(differenceLabel(0)).toBe('前払金額と一致しています。');
    const over = planTotals(rowsWith({ MATERIALS: '21000000' }), 20_000_000);
    expect(over).toMatchObject({ difference: -1_000_000, ready: false });
    expect(differenceLabel(over.difference)).toBe('前払金額を 1,000,000 円超えています。');
    expect(planTotals(emptyPlanRows(), 0).ready).toBe(false);
  });

  it('refuses amounts below 1 yen or not numbers (plan-amount-positive)', () => {
    const t = planTotals(rowsWith({ MATERIALS: '20000000', LABOUR: '0', POWER: 'abc' }), 20_000_000);
    expect(t.invalid).toEqual(['LABOUR', 'POWER']);
    expect(t.ready).toBe(false);
  });
});

describe('plan form → request body', () => {
  it('sends only rows with an amount, in category order, with the note when given', () => {
    const rows = rowsWith({ UNDECIDED: '2000000', MATERIALS: '12,000,000', LABOUR: '6000000' });
    rows[0].note = ' 生コンクリート・鉄筋 ';
    expect(planBody(rows)).toEqual({
      lines: [
        { category: 'MATERIALS', amount: 12_000_000, note: '生コンクリート・鉄筋' },
        { category: 'LABOUR', amount: 6_000_000 },
        { category: 'UNDECIDED', amount: 2_000_000 },
      ],
    });
  });

  it('maps lines[i] field errors back to the category of the submitted line', () => {
    const body = planBody(rowsWith({ MATERIALS: '1', TEMPORARY_WORKS: '2' }));
    expect(planErrorsByCategory(body, { 'lines[1].amount': '金額は1円以上で入力してください。', lines: '合計が違います' })).toEqual({
      TEMPORARY_WORKS: { amount: '金額は1円以上で入力してください。' },
    });
  });

  it('starts a 使途変更 from the plan in force', () => {
    const plan = { lines: [{ category: 'MATERIALS', label: '材料費', amount: 12_000_000, note: '鉄筋' }] } as Plan;
    const rows = planRowsFrom(plan);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({ category: 'MATERIALS', amount: '12000000', note: '鉄筋' });
    expect(rows[9]).toEqual({ category: 'UNDECIDED', amount: '', note: '' });
  });
});

describe('kana check (Zengin character set)', () => {
  it('accepts half-width katakana, upper-case letters, digits and ( ) - . /', () => {
    expect(kanaProblem('(ｶ)ｵﾐﾀﾏｹﾝｾﾂ', 40, '口座名義（カナ）')).toBeNull();
    expect(kanaProblem('ﾐﾂﾋﾞｼUFJ', 15, '金融機関名（カナ）')).toBeNull();
    expect(kanaProblem('', 40, '口座名義（カナ）')).toBeNull();
  });

  it('names the characters that are not allowed: full-width, small kana, ｰ, lower case', () => {
    expect(kanaProblem('カ）オミタマ', 40, '口座名義（カナ）')).toBe('口座名義（カナ）に使えない文字があります: カ）オミタマ（半角カナ・半角英数字（英字は大文字）のみ）。');
    expect(kanaProblem('ｷｬﾉﾝ', 40, 'X')).toContain('ｬ');
    expect(kanaProblem('ｺｰﾎﾟ', 40, 'X')).toContain('ｰ');
    expect(kanaProblem('abc', 40, 'X')).toContain('abc');
  });

  it('limits the length', () => {
    expect(kanaProblem('ｱ'.repeat(31), 30, '口座名義（カナ）')).toBe('口座名義（カナ）は30文字以内で入力してください（現在31文字）。');
  });

  it('converts full-width katakana and hiragana to the Zengin form', () => {
    expect(toZenginKana('（カ）オミタマケンセツ')).toBe('(ｶ)ｵﾐﾀﾏｹﾝｾﾂ');
    expect(toZenginKana('じょうよう')).toBe('ｼﾞﾖｳﾖｳ');
    expect(toZenginKana('パワーｼｮﾍﾞﾙ ufj')).toBe('ﾊﾟﾜ-ｼﾖﾍﾞﾙ UFJ');
    expect(kanaProblem(toZenginKana('（カ）ミトシザイ'), 30, 'X')).toBeNull();
  });
});

describe('claim and withdrawal forms → request bodies', () => {
  it('claim: depositAccount with the optional fields left out when blank', () => {
    const f = { ...emptyAccount(), bankCode: '0131', bankName: '常陽銀行', branchCode: '201', branchName: '小美玉支店', accountNumber: '1234567', holderKana: '(ｶ)ｵﾐﾀﾏｹﾝｾﾂ' };
    expect(claimBody(f)).toEqual({
      depositAccount: {
        bankCode: '0131', bankName: '常陽銀行', bankNameKana: undefined, branchCode: '201', branchName: '小美玉支店',
        branchNameKana: undefined, accountType: 'ORDINARY', accountNumber: '1234567', holderKana: '(ｶ)ｵﾐﾀﾏｹﾝｾﾂ', requesterCode: undefined,
      },
    });
    expect(JSON.parse(JSON.stringify(claimBody({ ...f, requesterCode: '1234567890' }))).depositAccount.requesterCode).toBe('1234567890');
  });

  it('withdrawal: category, amount in yen and the payee', () => {
    const f = { ...emptyWithdrawal(), category: 'MATERIALS', amount: '3,000,000', name: '株式会社 水戸資材', bankCode: '0131', branchCode: '001', accountType: 'CURRENT' as const, accountNumber: '7654321', holderKana: '(ｶ)ﾐﾄｼｻﾞｲ' };
    expect(JSON.parse(JSON.stringify(withdrawalBody(f)))).toEqual({
      category: 'MATERIALS',
      amount: 3_000_000,
      payee: { name: '株式会社 水戸資材', bankCode: '0131', branchCode: '001', accountType: 'CURRENT', accountNumber: '7654321', holderKana: '(ｶ)ﾐﾄｼｻﾞｲ' },
    });
  });

  const balance: BalanceRow[] = [
    { category: 'MATERIALS', label: '材料費', planned: 12_000_000, withdrawn: 8_000_000, remaining: 4_000_000 },
    { category: 'LABOUR', label: '労務費', planned: 6_000_000, withdrawn: 6_000_000, remaining: 0 },
    { category: 'UNDECIDED', label: '未定', planned: 2_000_000, withdrawn: 0, remaining: 2_000_000 },
  ];

  it('offers only decided categories with a remaining balance (withdrawal-category-decided)', () => {
    expect(withdrawableCategories(balance).map((r) => r.category)).toEqual(['MATERIALS']);
  });

  it('refuses an amount above the remaining of the category (withdrawal-within-accepted-plan)', () => {
    const f = { ...emptyWithdrawal(), category: 'MATERIALS', amount: '4000001', holderKana: 'ｶﾅ' };
    expect(withdrawalProblems(f, balance)).toEqual({ amount: '払出金額が使途「材料費」の払出可能残額（4,000,000円）を超えています。' });
    expect(withdrawalProblems({ ...f, amount: '4000000' }, balance)).toEqual({});
    expect(withdrawalProblems({ ...emptyWithdrawal(), holderKana: 'ｶﾅ' }, balance)).toEqual({ category: '使途を選択してください。', amount: '払出金額を入力してください。' });
  });
});

it('todayInJapan uses the Tokyo calendar day', () => {
  expect(todayInJapan(new Date('2026-11-30T15:30:00Z'))).toBe('2026-12-01');
});
