// Form logic of the 前払金 screens, kept out of the components so it can be unit-tested: the use categories, the
// plan total against the advance, the Zengin (全銀協) half-width katakana check, and form → request body mapping.
import type { AccountType, BalanceRow, Plan, PlanStatus, WithdrawalStatus } from './types';

/** 使途 in the order of the 前払金使途内訳明細書 (FundsCategory of issuance-service). */
export const CATEGORIES: { code: string; label: string }[] = [
  { code: 'MATERIALS', label: '材料費' },
  { code: 'LABOUR', label: '労務費' },
  { code: 'EQUIPMENT_RENTAL', label: '機械器具賃借料' },
  { code: 'POWER', label: '動力費' },
  { code: 'FREIGHT', label: '支払運賃' },
  { code: 'REPAIRS', label: '修繕費' },
  { code: 'TEMPORARY_WORKS', label: '仮設費' },
  { code: 'WORKERS_COMPENSATION_INSURANCE', label: '労災保険料' },
  { code: 'GUARANTEE_PREMIUM', label: '保証料' },
  { code: 'UNDECIDED', label: '未定' },
];

export const UNDECIDED = 'UNDECIDED';

export const ACCOUNT_TYPES: { code: AccountType; label: string }[] = [
  { code: 'ORDINARY', label: '普通' },
  { code: 'CURRENT', label: '当座' },
];

export const PLAN_STATUS: Record<PlanStatus, string> = {
  SUBMITTED: '審査中',
  ACCEPTED: '受理',
  RETURNED: '差戻し',
  SUPERSEDED: '変更済み',
};

export const WITHDRAWAL_STATUS: Record<WithdrawalStatus, string> = {
  REQUESTED: '承認待ち',
  APPROVED: '承認',
  REJECTED: '否認',
};

// ── amounts ──

/** An amount as typed (full-width digits and separators allowed): a whole number of yen, null when blank, NaN when not a number. */
export function parseAmount(text: string): number | null {
  const s = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s円]/g, '');
  if (s === '') return null;
  return /^[0-9]+$/.test(s) ? Number(s) : Number.NaN;
}

export interface PlanRow {
  category: string;
  amount: string;
  note: string;
}

export function emptyPlanRows(): PlanRow[] {
  return CATEGORIES.map((c) => ({ category: c.code, amount: '', note: '' }));
}

/** The rows of a previous version (使途変更 starts from the plan in force, a returned plan from itself). */
export function planRowsFrom(plan: Plan | undefined): PlanRow[] {
  const rows = emptyPlanRows();
  for (const line of plan?.lines ?? []) {
    const row = rows.find((r) => r.category === line.category);
    if (row) {
      row.amount = String(line.amount);
      row.note = line.note ?? '';
    }
  }
  return rows;
}

export interface PlanTotals {
  total: number;
  /** advance − total: positive = still to allocate, negative = over the advance. */
  difference: number;
  /** Categories whose amount is not a whole number of yen ≥ 1. */
  invalid: string[];
  /** Lines that carry an amount. */
  lines: number;
  ready: boolean;
}

/** The live total of the plan against the advance; the plan can be submitted only when they are equal. */
export function planTotals(rows: PlanRow[], advance: number): PlanTotals {
  let total = 0;
  let lines = 0;
  const invalid: string[] = [];
  for (const row of rows) {
    const amount = parseAmount(row.amount);
    if (amount === null) continue;
    if (Number.isNaN(amount) || amount < 1) {
      invalid.push(row.category);
      continue;
    }
    total += amount;
    lines += 1;
  }
  const difference = advance - total;
  return { total, difference, invalid, lines, ready: lines > 0 && invalid.length === 0 && difference === 0 };
}

/** 「差額」 as shown under the total. */
export function differenceLabel(difference: number): string {
  if (difference === 0) return '前払金額と一致しています。';
  const abs = new Intl.NumberFormat('ja-JP').format(Math.abs(difference));
  return difference > 0 ? `あと ${abs} 円を配分してください。` : `前払金額を ${abs} 円超えています。`;
}

export interface PlanBody {
  lines: { category: string; amount: number; note?: string }[];
}

/** The request body of POST …/plans: only rows with an amount, in category order. */
export function planBody(rows: PlanRow[]): PlanBody {
  const lines: PlanBody['lines'] = [];
  for (const row of rows) {
    const amount = parseAmount(row.amount);
    if (amount === null || Number.isNaN(amount)) continue;
    const note = row.note.trim();
    lines.push(note ? { category: row.category, amount, note } : { category: row.category, amount });
  }
  return { lines };
}

/** Field errors of `lines[i].amount` / `lines[i].note` mapped back to the category of the submitted line. */
export function planErrorsByCategory(body: PlanBody, errors: Record<string, string>): Record<string, { amount?: string; note?: string; category?: string }> {
  const byCategory: Record<string, { amount?: string; note?: string; category?: string }> = {};
  for (const [field, message] of Object.entries(errors)) {
    const m = /^lines\[(\d+)]\.(amount|note|category)$/.exec(field);
    if (!m) continue;
    const line = body.lines[Number(m[1])];
    if (!line) continue;
    const entry = (byCategory[line.category] ??= {});
    entry[m[2] as 'amount' | 'note' | 'category'] = message;
  }
  return byCategory;
}

// ── Zengin names ──

// The 全銀協 character set: digits, upper-case Latin letters, ｦ ｱ–ﾝ ﾞ ﾟ, space and ( ) - . / , \ ｢ ｣ (ZenginText).
const ZENGIN = /^[0-9A-Z\uFF66\uFF71-\uFF9F ()\-./,\\\uFF62\uFF63]*$/;

export const KANA_HINT = '半角カナ・半角英数字（英字は大文字）で入力してください。小さい「ｯ」「ｬ」や長音「ｰ」は使えません（例: (ｶ)ｵﾐﾀﾏｹﾝｾﾂ）。';

/** The live check of a kana name for the Zengin file; null when fine (blank is the caller's business). */
export function kanaProblem(text: string, max: number, what: string): string | null {
  if (text === '') return null;
  if (text.length > max) return `${what}は${max}文字以内で入力してください（現在${text.length}文字）。`;
  if (!ZENGIN.test(text)) {
    const bad = [...new Set([...text].filter((c) => !ZENGIN.test(c)))].join('');
    return `${what}に使えない文字があります: ${bad}（半角カナ・半角英数字（英字は大文字）のみ）。`;
  }
  return null;
}

const FULL_TO_HALF_KANA: Record<string, string> = (() => {
  const full = 'ヲアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
  const half = 'ｦｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
  const map: Record<string, string> = {};
  [...full].forEach((c, i) => (map[c] = half[i]));
  const voiced = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ';
  const voicedBase = 'ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ';
  [...voiced].forEach((c, i) => (map[c] = `${voicedBase[i]}ﾞ`));
  'パピプペポ'.split('').forEach((c, i) => (map[c] = `${'ﾊﾋﾌﾍﾎ'[i]}ﾟ`));
  map['ヴ'] = 'ｳﾞ';
  // small kana are written large in bank names
  'ァィゥェォッャュョ'.split('').forEach((c, i) => (map[c] = 'ｱｲｳｴｵﾂﾔﾕﾖ'[i]));
  'ｧｨｩｪｫｯｬｭｮ'.split('').forEach((c, i) => (map[c] = 'ｱｲｳｴｵﾂﾔﾕﾖ'[i]));
  map['ー'] = '-';
  map['ｰ'] = '-';
  map['（'] = '(';
  map['）'] = ')';
  map['　'] = ' ';
  map['．'] = '.';
  map['－'] = '-';
  map['／'] = '/';
  map['，'] = ',';
  map['「'] = '｢';
  map['」'] = '｣';
  return map;
})();

/** Full-width katakana, hiragana, letters and digits turned into the Zengin half-width form (ｵﾐﾀﾏｹﾝｾﾂ). */
export function toZenginKana(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch;
    const code = c.charCodeAt(0);
    if (code >= 0x3041 && code <= 0x3096) c = String.fromCharCode(code + 0x60); // hiragana → katakana
    const cc = c.charCodeAt(0);
    if (cc >= 0xff01 && cc <= 0xff5e && !FULL_TO_HALF_KANA[c]) c = String.fromCharCode(cc - 0xfee0); // full-width ASCII
    c = FULL_TO_HALF_KANA[c] ?? c;
    out += c;
  }
  return out.toUpperCase();
}

// ── accounts ──

export interface AccountForm {
  bankCode: string;
  bankName: string;
  bankNameKana: string;
  branchCode: string;
  branchName: string;
  branchNameKana: string;
  accountType: AccountType | '';
  accountNumber: string;
  holderKana: string;
  requesterCode: string;
}

export function emptyAccount(): AccountForm {
  return {
    bankCode: '', bankName: '', bankNameKana: '', branchCode: '', branchName: '', branchNameKana: '',
    accountType: 'ORDINARY', accountNumber: '', holderKana: '', requesterCode: '',
  };
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** POST …/advance-claim: `{depositAccount}`; optional kana names and 振込依頼人コード left out when blank. */
export function claimBody(f: AccountForm) {
  return {
    depositAccount: {
      bankCode: f.bankCode.trim(),
      bankName: f.bankName.trim(),
      bankNameKana: blankToUndefined(f.bankNameKana),
      branchCode: f.branchCode.trim(),
      branchName: f.branchName.trim(),
      branchNameKana: blankToUndefined(f.branchNameKana),
      accountType: f.accountType || undefined,
      accountNumber: f.accountNumber.trim(),
      holderKana: f.holderKana,
      requesterCode: blankToUndefined(f.requesterCode),
    },
  };
}

export interface WithdrawalForm {
  category: string;
  amount: string;
  name: string;
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  accountType: AccountType | '';
  accountNumber: string;
  holderKana: string;
}

export function emptyWithdrawal(): WithdrawalForm {
  return {
    category: '', amount: '', name: '', bankCode: '', bankNameKana: '', branchCode: '', branchNameKana: '',
    accountType: 'ORDINARY', accountNumber: '', holderKana: '',
  };
}

/** POST …/withdrawals: `{category, amount, payee}`; an amount that is not a number goes as null (the server names it). */
export function withdrawalBody(f: WithdrawalForm) {
  const amount = parseAmount(f.amount);
  return {
    category: f.category || undefined,
    amount: amount === null || Number.isNaN(amount) ? undefined : amount,
    payee: {
      name: f.name.trim(),
      bankCode: f.bankCode.trim(),
      bankNameKana: blankToUndefined(f.bankNameKana),
      branchCode: f.branchCode.trim(),
      branchNameKana: blankToUndefined(f.branchNameKana),
      accountType: f.accountType || undefined,
      accountNumber: f.accountNumber.trim(),
      holderKana: f.holderKana,
    },
  };
}

/** Categories a withdrawal can be requested against: decided (not 未定) with a remaining balance. */
export function withdrawableCategories(rows: BalanceRow[]): BalanceRow[] {
  return rows.filter((r) => r.category !== UNDECIDED && r.remaining > 0);
}

/** Client checks before sending a withdrawal (the server checks everything again). */
export function withdrawalProblems(f: WithdrawalForm, rows: BalanceRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const row = rows.find((r) => r.category === f.category);
  if (!f.category) errors.category = '使途を選択してください。';
  const amount = parseAmount(f.amount);
  if (amount === null) errors.amount = '払出金額を入力してください。';
  else if (Number.isNaN(amount) || amount < 1) errors.amount = '払出金額は1円以上の整数で入力してください。';
  else if (row && amount > row.remaining) {
    errors.amount = `払出金額が使途「${row.label}」の払出可能残額（${new Intl.NumberFormat('ja-JP').format(row.remaining)}円）を超えています。`;
  }
  const holder = kanaProblem(f.holderKana, 30, '口座名義（カナ）');
  if (holder) errors['payee.holderKana'] = holder;
  return errors;
}

/** Today in Japan (YYYY-MM-DD), the default day of a Zengin file. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
