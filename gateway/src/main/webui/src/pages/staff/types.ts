export interface Page<T> {
  items: T[];
  total: number;
  page: number; // 1-based
  size: number;
  pageCount: number;
  summary: string;
}

export interface CaseSummary {
  caseId: string;
  applicationId: string;
  lineId: string;
  status: string;
  contractorId: string;
  contractorName: string;
  productType: string;
  format: string;
  guaranteeAmount: number;
  workName: string;
  obligeeName: string;
  premiumPaymentMethod: string | null;
  reasons: string[];
  receivedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  contractNumber: string | null;
}

export interface CaseRound {
  round: number;
  receivedAt: string;
  guaranteeAmount: number;
  reasons: string[];
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface CaseDetail {
  summary: CaseSummary;
  submission: Record<string, unknown>;
  history: CaseRound[];
}
