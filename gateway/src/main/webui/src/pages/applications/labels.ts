// Japanese labels of the API's codes, in the Net Desk vocabulary (DOMAIN.md, seed 000).
import type {
  ApplicationKind,
  CertificateFormat,
  CertificateReceipt,
  ChangeType,
  LineStatus,
  ProductType,
  WorkType,
} from './types';

export const PRODUCT_LABELS: Record<ProductType, string> = {
  ADVANCE_PAYMENT: '前払金保証',
  INTERIM_ADVANCE_PAYMENT: '中間前払金保証',
  CONTRACT: '契約保証',
  BID_BOND: '契約保証予約',
};

/** The short names of the 保証種類 filter (seed: すべての保証 | 前払 | 中間前払 | 契約). */
export const PRODUCT_FILTER_LABELS: Record<ProductType, string> = {
  ADVANCE_PAYMENT: '前払',
  INTERIM_ADVANCE_PAYMENT: '中間前払',
  CONTRACT: '契約',
  BID_BOND: '契約保証予約（入札ボンド）',
};

export const FORMAT_LABELS: Record<CertificateFormat, string> = {
  PAPER: '証書(紙)',
  ELECTRONIC: '電子保証(認証キーを含む)',
};

export const WORK_TYPE_LABELS: Record<WorkType, string> = {
  CIVIL_BUILDING: '土木建築',
  DESIGN_SURVEY: '設計・調査・測量',
  OTHER: 'その他',
};

export const KIND_LABELS: Record<ApplicationKind, string> = {
  NEW: '保証申込',
  BID_BOND: '契約保証予約申込',
  AMENDMENT: '変更申込',
};

export const CHANGE_TYPE_LABELS: Record<ChangeType, string> = {
  INCREASE: '増額',
  DECREASE: '減額',
  TERM_CHANGE: '保証期限変更',
};

export const RECEIPT_LABELS: Record<CertificateReceipt, string> = {
  WINDOW: '窓口',
  POST: '郵送',
};

export const STATUS_LABELS: Record<LineStatus, string> = {
  DRAFT: '作成中',
  SUBMITTED: '申込済',
  UNDER_REVIEW: '審査中',
  RETURNED: '差戻し',
  REJECTED: '否決',
  APPROVED: '承認済',
  ISSUED: '発行済',
  REGISTERED: '電子保証発行済',
  WITHDRAWN: '取下げ',
};

/** 保証料支払方法: 一括納付 is the registered customers' monthly lump sum; the others are paid before issuance. */
export const PAYMENT_METHODS: { value: string; label: string }[] = [
  { value: 'BULK', label: '一括納付' },
  { value: 'TRANSFER', label: '振込' },
  { value: 'CASH', label: '現金' },
];

export function paymentMethodLabel(value: string | null | undefined): string {
  if (!value) return '';
  return PAYMENT_METHODS.find((m) => m.value === value)?.label ?? value;
}

export function yesNo(value: boolean | null | undefined, yes = '希望する', no = '希望しない'): string {
  return value === true ? yes : value === false ? no : '';
}
