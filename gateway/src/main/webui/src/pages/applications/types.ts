// The JSON of application-service (/api/applications, /api/orderers, /api/branches) as its api package defines it
// (camelCase field names, dates as yyyy-MM-dd, instants in UTC ISO-8601).

export type ProductType = 'ADVANCE_PAYMENT' | 'INTERIM_ADVANCE_PAYMENT' | 'CONTRACT' | 'BID_BOND';
export type CertificateFormat = 'PAPER' | 'ELECTRONIC';
export type WorkType = 'CIVIL_BUILDING' | 'DESIGN_SURVEY' | 'OTHER';
export type ApplicationKind = 'NEW' | 'BID_BOND' | 'AMENDMENT';
export type ChangeType = 'INCREASE' | 'DECREASE' | 'TERM_CHANGE';
export type CertificateReceipt = 'WINDOW' | 'POST';
export type LineStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'RETURNED'
  | 'REJECTED'
  | 'APPROVED'
  | 'ISSUED'
  | 'REGISTERED'
  | 'WITHDRAWN';

export interface WorkBody {
  name?: string | null;
  ordererWorkNumber?: string | null;
  ordererId?: string | null;
  ordererName?: string | null;
  location?: string | null;
  workType?: WorkType | null;
  contractAmount?: number | null;
  currentYearAmount?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  contractDate?: string | null;
  jointVentureName?: string | null;
  jointVentureRepresentative?: boolean | null;
  electronicPermitted: boolean;
  lowBid?: boolean | null;
  advancePaymentPlanned?: boolean | null;
}

export interface BidBody {
  announcementNumber?: string | null;
  bidDate?: string | null;
  plannedBidAmount?: number | null;
}

export interface LineBody {
  productType: ProductType;
  format?: CertificateFormat | null;
  guaranteeAmount?: number | null;
  currentYearAmount?: number | null;
  depositBank?: string | null;
  redeposit?: boolean | null;
  premiumPaymentMethod?: string | null;
  premiumPayer?: string | null;
  paperStatementWanted?: boolean | null;
  interimCertificationNumber?: string | null;
  interimCertificationDate?: string | null;
  bidBondContractNumber?: string | null;
}

export interface InformationBody {
  branchCode?: string | null;
  certificateReceipt?: CertificateReceipt | null;
  completionMailWanted: boolean;
  completionMailAddress?: string | null;
  contactDepartment?: string | null;
  contactTitle?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  messageToSurety?: string | null;
}

/** SubmitApplicationRequest: the body of POST /api/applications/drafts and PUT /api/applications/{id}. */
export interface ApplicationBody {
  kind: 'NEW' | 'BID_BOND';
  work: WorkBody | null;
  bid: BidBody | null;
  lines: LineBody[] | null;
  information: InformationBody | null;
}

export interface LineView extends LineBody {
  id: string;
  productLabel?: string | null;
  ratio?: string | null;
  ratioBase?: string | null;
  status: LineStatus;
  statusLabel: string;
  contractNumber?: string | null;
  premium?: number | null;
  approvedAt?: string | null;
  issuedAt?: string | null;
  registeredAt?: string | null;
  completionMailSentAt?: string | null;
}

export interface AmendmentView {
  contractNumber: string;
  changeType: ChangeType;
  newGuaranteeAmount?: number | null;
  newGuaranteeEnd?: string | null;
  newContractAmount?: number | null;
  newPeriodTo?: string | null;
  reason?: string | null;
}

export interface SuretyMessage {
  lineId: string;
  productType: ProductType;
  status: LineStatus;
  message: string;
  at?: string | null;
}

/** ApplicationView: what GET /api/applications/{id} and the search answer. */
export interface ApplicationView {
  id: string;
  kind: ApplicationKind;
  draft: boolean;
  editable: boolean;
  workName?: string | null;
  ordererName?: string | null;
  contractAmount?: number | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  branchCode?: string | null;
  contractorName?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  submittedAt?: string | null;
  withdrawnAt?: string | null;
  withdrawalReason?: string | null;
  work?: WorkBody | null;
  bid?: BidBody | null;
  information?: InformationBody | null;
  amendment?: AmendmentView | null;
  lines: LineView[];
  messagesFromSurety: SuretyMessage[];
}

export interface Orderer {
  ordererId: string;
  name: string;
  acceptsElectronicSuretyFrom?: string | null;
  acceptsElectronicSurety: boolean;
  allowedWorksRule?: string | null;
}

export interface Branch {
  branchCode: string;
  name: string;
  companyName?: string | null;
}

/** AmendmentRequest: POST /api/applications/amendments and PUT /api/applications/{id}/amendment. */
export interface AmendmentBody {
  contractNumber: string;
  changeType: ChangeType | null;
  format?: CertificateFormat | null;
  newGuaranteeAmount?: number | null;
  newGuaranteeEnd?: string | null;
  newContractAmount?: number | null;
  newPeriodTo?: string | null;
  reason?: string | null;
  completionMailWanted: boolean;
  completionMailAddress?: string | null;
}

/** issuance-service GET /api/contracts/{contractNumber} (the fields the 変更申込 screen shows). */
export interface ContractSummary {
  contractNumber: string;
  productType: ProductType;
  productName: string;
  contractorName?: string | null;
  workName?: string | null;
  obligeeName?: string | null;
  contractAmount: number;
  guaranteeAmount: number;
  guaranteeEnd?: string | null;
  depositBank?: string | null;
  format: CertificateFormat;
  status?: string | null;
  statusLabel?: string | null;
}
