// The JSON of issuance-service (/api/contracts, /api/premiums) and notification-service (/api/key-notices) as the
// gateway forwards it unchanged: camelCase fields, ISO dates (LocalDate) and instants (UTC, `Z`).

export interface Page<T> {
  items: T[];
  total: number;
  page: number; // 1-based
  size: number;
  pageCount: number;
  summary: string;
}

/** One row of 保証契約一覧. */
export interface ContractRow {
  no: number;
  productType: string;
  productName: string;
  contractNumber: string;
  obligeeName: string;
  workName: string;
  contractAmount: number;
  guaranteeAmount: number;
  guaranteeFrom: string;
  guaranteeEnd: string;
  format: 'ELECTRONIC' | 'PAPER' | string;
  status: string;
  statusLabel: string;
  suretyCompany: string;
}

/** One row of 電子保証履歴一覧 (corrected and cancelled versions are not sent). */
export interface HistoryRow {
  no: number;
  version: number;
  registeredAt: string | null;
  registeredAtJst: string | null;
  versionKind: 'NEW' | 'AMENDMENT' | string;
  versionLabel: string;
  sequence: number | null;
  firstViewedAt: string | null;
  lastViewedAt: string | null;
}

/** 電子保証概要: the latest state of a contract, its 認証キー (electronic only) and its history. */
export interface ContractSummary {
  contractNumber: string;
  productType: string;
  productName: string;
  contractorName: string;
  jointVentureName: string | null;
  workName: string;
  obligeeName: string;
  contractAmount: number;
  guaranteeAmount: number;
  guaranteeEnd: string;
  depositBank: string | null;
  format: string;
  status: string;
  statusLabel: string;
  premium: number | null;
  authenticationKey: string | null;
  paperDispatchMethod: string | null;
  paperDispatchedAt: string | null;
  history: HistoryRow[];
}

/** The signed W3C Verifiable Credential of one version (only the parts the 確認画面 shows are typed). */
export interface Credential {
  issuer?: { id?: string; name?: string };
  validFrom?: string;
  credentialSubject: {
    contractNumber: string;
    productType?: string;
    productName?: string;
    version?: number;
    versionKind?: string;
    title?: string;
    amendmentSequence?: number;
    amendmentLabel?: string;
    issuedOn?: string;
    issuedOnWareki?: string;
    format?: string;
    principal?: { contractorId?: string; name?: string; jointVentureName?: string };
    obligee?: { ordererId?: string; name?: string };
    guaranteeAmount?: number;
    guaranteeEnd?: string;
    work?: { name?: string; contractAmount?: number; periodFrom?: string; periodTo?: string; contractDate?: string };
    depositBank?: string;
    statement?: string;
    surety?: { name?: string; address?: string; representative?: string };
    handlingBranch?: { code?: string; name?: string; address?: string; tel?: string; fax?: string };
  };
  proof?: { verificationMethod?: string; created?: string; proofValue?: string; cryptosuite?: string };
}

export interface CertificateView {
  contractNumber: string;
  version: number;
  versionKind: string;
  issuedAt: string;
  registeredAt: string | null;
  credential: Credential;
}

/** 発注者への提出 (notification-service): `sentAt` stays empty until the mail went out. */
export interface Submission {
  submissionId: string;
  contractNumber: string;
  ordererName: string;
  recipient: string;
  subject: string;
  requestedAt: string;
  status: 'PENDING' | 'SENT' | 'DEAD' | string;
  sentAt: string | null;
}

export interface PremiumLine {
  label: string;
  amount: number;
}

/** 保証料計算 (simulator) answer. */
export interface PremiumQuote {
  productType: string;
  guaranteeAmount: number;
  days: number;
  ratePercent: number;
  premium: number;
  consumptionTax: number;
  total: number;
  minimumApplied: boolean;
  lines: PremiumLine[];
}

/** One entry of 保証料計算書一覧 (kind PREMIUM = 保証料計算書, REFUND = 保証料返還計算書). */
export interface PremiumStatement {
  statementId: string;
  kind: 'PREMIUM' | 'REFUND' | string;
  contractNumber: string;
  productType: string;
  lines: PremiumLine[];
  premium: number;
  consumptionTax: number;
  total: number;
  paymentMethod: string | null;
  issuedAt: string;
}
