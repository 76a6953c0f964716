// Staff-facing labels for the codes issuance returns.

export const PRODUCT_LABELS: Record<string, string> = {
  ADVANCE_PAYMENT: '前払金保証',
  INTERIM_ADVANCE_PAYMENT: '中間前払金保証',
  CONTRACT: '契約保証',
  BID_BOND: '契約保証予約',
};

export const CASE_STATUS_LABELS: Record<string, string> = {
  RECEIVED: '受付',
  UNDER_REVIEW: '審査中',
  APPROVED: '承認',
  REJECTED: '否決',
  RETURNED: '差戻し',
  WITHDRAWN: '取下げ',
};

export const FORMAT_LABELS: Record<string, string> = { ELECTRONIC: '電子保証', PAPER: '証書（紙）' };

export function label(table: Record<string, string>, code: string | null | undefined): string {
  return code ? (table[code] ?? code) : '';
}

/** The queue's filter as the API's query parameters (1-based page, 'ALL' for every status). */
export function queueQuery(filter: { status: string; productType: string; workName: string }, page: number) {
  return {
    status: filter.status || 'ALL',
    productType: filter.productType || undefined,
    workName: filter.workName.trim() || undefined,
    page: page + 1,
    size: 20,
  };
}
