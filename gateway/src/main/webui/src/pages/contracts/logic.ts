// The logic of the contract, document and premium screens, kept out of the components so Vitest can check it:
// tabs and filters of 保証契約一覧 as API queries, the history labels, the 確認画面 laid out from the signed
// credential (exactly as the orderer's D-Sure page lays it out), submission and statement labels, the simulator's
// input and answer.
import { dateTime, wareki, yen } from '../../format';
import type { CertificateView, ContractRow, HistoryRow, PremiumQuote, PremiumStatement, Submission } from './types';

export type Tab = 'ALL' | 'ELECTRONIC' | 'BID_BOND';

/** The seed's tabs: 保証申込 | 電子保証（認証キー） | 契約保証予約（入札ボンド）. */
export const TABS: { id: Tab; label: string }[] = [
  { id: 'ALL', label: '保証申込' },
  { id: 'ELECTRONIC', label: '電子保証（認証キー）' },
  { id: 'BID_BOND', label: '契約保証予約（入札ボンド）' },
];

/** 保証種類 of the search form, in the seed's words. */
export const PRODUCT_FILTERS: { code: string; label: string }[] = [
  { code: '', label: 'すべての保証' },
  { code: 'ADVANCE_PAYMENT', label: '前払' },
  { code: 'INTERIM_ADVANCE_PAYMENT', label: '中間前払' },
  { code: 'CONTRACT', label: '契約' },
];

export const PRODUCT_NAMES: Record<string, string> = {
  ADVANCE_PAYMENT: '前払金保証',
  INTERIM_ADVANCE_PAYMENT: '中間前払金保証',
  CONTRACT: '契約保証',
  BID_BOND: '契約保証予約',
};

/** The 保証種類 column shows the short names of the seed (前払, 中間前払, 契約) and 予約 for bid bonds. */
const PRODUCT_SHORT: Record<string, string> = {
  ADVANCE_PAYMENT: '前払',
  INTERIM_ADVANCE_PAYMENT: '中間前払',
  CONTRACT: '契約',
  BID_BOND: '予約',
};

export function productShort(row: Pick<ContractRow, 'productType' | 'productName'>): string {
  return PRODUCT_SHORT[row.productType] ?? row.productName;
}

export function productName(code: string | null | undefined): string {
  return code ? (PRODUCT_NAMES[code] ?? code) : '';
}

export const PAYMENT_METHODS: Record<string, string> = { BULK: '一括納付', TRANSFER: '振込', CASH: '現金' };

export function paymentMethod(code: string | null | undefined): string {
  return code ? (PAYMENT_METHODS[code] ?? code) : '';
}

export interface ContractFilter {
  contractorName: string;
  productType: string;
  from: string;
  to: string;
  workName: string;
}

export const EMPTY_FILTER: ContractFilter = { contractorName: '', productType: '', from: '', to: '', workName: '' };

export const PAGE_SIZE = 20;

function isTab(value: string | null): value is Tab {
  return value === 'ALL' || value === 'ELECTRONIC' || value === 'BID_BOND';
}

/**
 * The API's query for a tab, the filter and a 0-based page. The 保証種類 filter does not apply to the
 * 契約保証予約 tab (bid bonds are one product); blank text is not sent.
 */
export function contractQuery(tab: Tab, filter: ContractFilter, page?: number, size: number = PAGE_SIZE) {
  return {
    tab,
    productType: tab === 'BID_BOND' ? undefined : filter.productType || undefined,
    contractorName: filter.contractorName.trim() || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
    workName: filter.workName.trim() || undefined,
    page: page === undefined ? undefined : page + 1,
    size: page === undefined ? undefined : size,
  };
}

/** The list's state as kept in the address (so 戻る, reloads and links such as ?tab=ELECTRONIC work). */
export interface ListState {
  tab: Tab;
  filter: ContractFilter;
  page: number; // 0-based
}

export function readListState(params: URLSearchParams): ListState {
  const tab = params.get('tab');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    tab: isTab(tab) ? tab : 'ALL',
    filter: {
      contractorName: params.get('contractorName') ?? '',
      productType: params.get('productType') ?? '',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
      workName: params.get('workName') ?? '',
    },
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

export function writeListState(state: ListState): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(contractQuery(state.tab, state.filter, state.page))) {
    if (v === undefined || k === 'size' || (k === 'page' && v === 1) || (k === 'tab' && v === 'ALL')) continue;
    out.set(k, String(v));
  }
  return out;
}

/** 期間: the end may not be before the start (checked before asking the server). */
export function validateFilter(filter: ContractFilter): Record<string, string> {
  if (filter.from && filter.to && filter.to < filter.from) {
    return { to: '期間の終了日は開始日以降の日付を入力してください。' };
  }
  return {};
}

/** 対象 of a history row: 新規, or 変更 with its sequence (変更（第1回）). */
export function historyLabel(row: Pick<HistoryRow, 'versionKind' | 'versionLabel' | 'sequence'>): string {
  if (row.versionKind === 'NEW') return '新規';
  if (row.versionKind === 'AMENDMENT') return row.sequence ? `変更（第${row.sequence}回）` : '変更';
  return row.versionLabel;
}

/** 電子保証発行日時 = arrival at D-Sure (rule 8); empty until the registry confirmed it. */
export function registeredLabel(row: Pick<HistoryRow, 'registeredAt' | 'registeredAtJst'>, format: string): string {
  if (format !== 'ELECTRONIC') return '―（証書（紙））';
  if (!row.registeredAt) return 'D-Sure への掲載待ち';
  return row.registeredAtJst ?? dateTime(row.registeredAt);
}

/** 発注者閲覧日時: the first time the orderer opened this version on D-Sure, and the latest when it differs. */
export function viewedLabel(row: Pick<HistoryRow, 'firstViewedAt' | 'lastViewedAt'>, format: string): string {
  if (format !== 'ELECTRONIC') return '―';
  if (!row.firstViewedAt) return '未閲覧';
  const first = dateTime(row.firstViewedAt);
  if (!row.lastViewedAt || row.lastViewedAt === row.firstViewedAt) return first;
  return `${first}（最終 ${dateTime(row.lastViewedAt)}）`;
}

/** The certificate as the 確認画面 shows it: the same rows, words and formats as the orderer's D-Sure page. */
export interface CertificateDocument {
  contractNumber: string;
  title: string;
  amendmentMark: string;
  issuedOn: string;
  rows: { label: string; value: string }[];
  statement: string;
  issuerLines: string[];
  branchLines: string[];
}

export const PREAMBLE = [
  'この画面は保証サービス利用規約に基づき、お客様に代わり、発注者に対して保証証書を発行して表示しています。',
  'ご覧になっているお画面の情報は、発注者に提出した保証証書と同一です。',
];

export const NOTES = [
  '（注）1. 保証契約を変更する場合は、表題の下に変更の表示と変更の回数を付記し、変更後の契約内容を表示します。',
  '2. 請負金額のみの変更の場合は、この保証契約の効力に影響を及ぼさないので、保証契約の変更の手続きを必要としません。',
];

/** 令和8年12月1日 ～ 令和9年3月19日. */
export function period(from: string | null | undefined, to: string | null | undefined): string {
  return `${wareki(from)} ～ ${wareki(to)}`;
}

export function certificateDocument(view: CertificateView): CertificateDocument {
  const s = view.credential.credentialSubject;
  const work = s.work ?? {};
  const product = s.productName ?? (productName(s.productType) || '前払金保証');
  const sequence = s.amendmentSequence ?? null;
  const amended = view.versionKind === 'AMENDMENT' || sequence !== null;
  const principal = (s.principal?.name ?? '') + (s.principal?.jointVentureName ? `（${s.principal.jointVentureName}）` : '');
  const rows = [
    { label: '保証契約番号', value: view.contractNumber },
    { label: '保証契約者', value: principal },
    { label: '保証債権者', value: s.obligee?.name ?? '' },
    { label: '保証金額（総額）', value: yen(s.guaranteeAmount) },
    { label: '保証期限', value: wareki(s.guaranteeEnd) },
    { label: '工事名', value: work.name ?? '' },
    { label: '請負金額（総額）', value: yen(work.contractAmount) },
    { label: '工期', value: period(work.periodFrom, work.periodTo) },
    { label: '請負契約日', value: wareki(work.contractDate) },
  ];
  if (s.depositBank) rows.push({ label: '保証金融機関', value: s.depositBank });
  const issuerName = s.surety?.name ?? view.credential.issuer?.name ?? '';
  const issuerLines = [s.surety?.address, issuerName, s.surety?.representative].filter((l): l is string => !!l);
  const branch = s.handlingBranch;
  const branchLines = branch?.name ? [`取扱箇所 ${branch.name}`, `TEL: ${branch.tel ?? ''}　FAX: ${branch.fax ?? ''}`] : [];
  return {
    contractNumber: view.contractNumber,
    title: `${s.title ?? '保証証書'}（${product}）`,
    amendmentMark: amended ? `変更${sequence ? `（第${sequence}回）` : ''}` : '',
    issuedOn: wareki(s.issuedOn ?? view.registeredAt ?? view.issuedAt),
    rows,
    statement: s.statement ?? `当社は、${product}約款に基づき上記のとおり保証契約を締結し、その責に任じます。`,
    issuerLines,
    branchLines,
  };
}

/** What the contractor reads about a 発注者への提出. */
export function submissionLabel(s: Submission): string {
  if (s.status === 'SENT') return `${dateTime(s.sentAt)} に ${s.ordererName}（${s.recipient}）へ送信しました。`;
  if (s.status === 'DEAD') return `${s.ordererName}（${s.recipient}）への送信に失敗しました。営業部・支店にお問い合わせください。`;
  return `${s.ordererName}（${s.recipient}）への送信を受け付けました（${dateTime(s.requestedAt)}）。送信までしばらくお待ちください。`;
}

export const SUBMISSION_STATUS: Record<string, string> = { PENDING: '送信待ち', SENT: '送信済み', DEAD: '送信失敗' };

export const STATEMENT_KINDS: Record<string, string> = { PREMIUM: '保証料計算書', REFUND: '保証料返還計算書' };

/** Where notification-service serves the PDF of a statement. */
export function statementPdfPath(s: Pick<PremiumStatement, 'kind' | 'statementId' | 'contractNumber'>): string {
  return s.kind === 'REFUND'
    ? `/api/documents-pdf/refund-statements/${encodeURIComponent(s.contractNumber)}`
    : `/api/documents-pdf/premium-statements/${encodeURIComponent(s.statementId)}`;
}

/** Yen typed as people type it: 20,000,000 / ２０００００００ / 20000000円 → 20000000; anything else → null. */
export function parseYen(text: string): number | null {
  const plain = text.normalize('NFKC').replace(/[,\s円]/g, '');
  if (!/^\d+$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isSafeInteger(value) ? value : null;
}

export interface QuoteForm {
  productType: string;
  guaranteeAmount: string;
  from: string;
  to: string;
}

export type QuoteRequest = { productType: string; guaranteeAmount: number; from: string; to: string };

/** The simulator's request, or the field errors (keyed like the API's) that keep it from being sent. */
export function quoteRequest(form: QuoteForm): { request?: QuoteRequest; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!form.productType) errors.productType = '保証種類を選択してください。';
  const amount = parseYen(form.guaranteeAmount);
  if (!form.guaranteeAmount.trim()) errors.guaranteeAmount = '保証金額を入力してください。';
  else if (amount === null || amount <= 0) errors.guaranteeAmount = '保証金額は1円以上の数字で入力してください。';
  if (!form.from) errors.from = '保証期間の開始日を入力してください。';
  if (!form.to) errors.to = '保証期限を入力してください。';
  else if (form.from && form.to < form.from) errors.to = '保証期限は保証期間の開始日以降の日付を入力してください。';
  if (Object.keys(errors).length > 0) return { errors };
  return { request: { productType: form.productType, guaranteeAmount: amount!, from: form.from, to: form.to }, errors };
}

/** The breakdown of a quote; consumption tax only where it applies (the 契約保証予約 fee), premiums are not taxable. */
export function quoteRows(q: PremiumQuote): { label: string; value: string }[] {
  const bidBond = q.productType === 'BID_BOND';
  const rows = [
    { label: '保証金額', value: yen(q.guaranteeAmount) },
    { label: '保証期間', value: `${q.days} 日` },
    { label: '料率', value: `${q.ratePercent}%` },
    { label: bidBond ? '契約保証予約手数料' : '保証料', value: yen(q.premium) + (q.minimumApplied ? '（最低保証料）' : '') },
  ];
  if (bidBond || q.consumptionTax > 0) {
    const taxLine = q.lines.find((l) => l.label.startsWith('消費税'));
    rows.push({ label: taxLine?.label.replace(/\s*\(/, '（').replace(/\)$/, '）') ?? '消費税', value: yen(q.consumptionTax) });
  }
  rows.push({ label: '合計', value: yen(q.total) });
  return rows;
}

/** A statement line: day counts are days, everything else yen. */
export function statementLine(line: { label: string; amount: number }): string {
  return /\(日\)|（日）/.test(line.label) ? `${line.amount} 日` : yen(line.amount);
}
