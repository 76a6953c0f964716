// JSON of issuance-service's funds API (FundsViews; camelCase), see FundsFlowTest for real examples.

export type AccountType = 'ORDINARY' | 'CURRENT';
export type PlanStatus = 'SUBMITTED' | 'ACCEPTED' | 'RETURNED' | 'SUPERSEDED';
export type WithdrawalStatus = 'REQUESTED' | 'APPROVED' | 'REJECTED';

export interface Account {
  bankCode: string;
  bankName: string;
  bankNameKana: string | null;
  branchCode: string;
  branchName: string;
  branchNameKana: string | null;
  accountType: AccountType;
  accountTypeLabel: string;
  accountNumber: string;
  holderKana: string;
}

/** 前払金請求書. */
export interface Claim {
  claimId: string;
  contractNumber: string;
  workName: string;
  ordererName: string;
  claimAmount: number;
  depositAccount: Account;
  requesterCode: string;
  issuedAt: string;
}

export interface PlanLine {
  category: string;
  label: string;
  amount: number;
  note: string | null;
}

/** One version of the 前払金使途内訳明細書. */
export interface Plan {
  planId: string;
  contractNumber: string;
  version: number;
  status: PlanStatus;
  lines: PlanLine[];
  total: number;
  submittedAt: string;
  decidedAt: string | null;
  message: string | null;
}

export interface Payee {
  name: string;
  bankCode: string;
  bankNameKana: string | null;
  branchCode: string;
  branchNameKana: string | null;
  accountType: AccountType;
  accountTypeLabel: string;
  accountNumber: string;
  holderKana: string;
}

/** 前払金払出依頼書. */
export interface Withdrawal {
  withdrawalId: string;
  contractNumber: string;
  category: string;
  label: string;
  amount: number;
  payee: Payee;
  status: WithdrawalStatus;
  requestedAt: string;
  decidedAt: string | null;
  reason: string | null;
  approvedOn: string | null;
}

export interface BalanceRow {
  category: string;
  label: string;
  planned: number;
  withdrawn: number;
  remaining: number;
}

export interface Balance {
  categories: BalanceRow[];
  planned: number;
  withdrawn: number;
  remaining: number;
}

/** 前払金払出予定. */
export interface Schedule {
  contractNumber: string;
  advanceAmount: number;
  acceptedVersion: number | null;
  planned: PlanLine[];
  done: Withdrawal[];
  balance: Balance;
}

export interface ContractFunds {
  contractNumber: string;
  productType: string;
  workName: string;
  ordererName: string;
  advanceAmount: number;
  status: string;
  claim: Claim | null;
  plans: Plan[];
  withdrawals: Withdrawal[];
  schedule: Schedule;
}
