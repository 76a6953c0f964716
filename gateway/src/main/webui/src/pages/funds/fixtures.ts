// Test data shaped like the real JSON of issuance-service's funds API (see FundsFlowTest).
import type { ContractFunds, Plan, Withdrawal } from './types';

export function plan(over: Partial<Plan> = {}): Plan {
  return {
    planId: 'p-1',
    contractNumber: '10101-000001',
    version: 1,
    status: 'ACCEPTED',
    lines: [
      { category: 'MATERIALS', label: '材料費', amount: 12_000_000, note: '生コンクリート・鉄筋' },
      { category: 'LABOUR', label: '労務費', amount: 6_000_000, note: null },
      { category: 'UNDECIDED', label: '未定', amount: 2_000_000, note: null },
    ],
    total: 20_000_000,
    submittedAt: '2026-12-01T00:00:00Z',
    decidedAt: '2026-12-01T01:00:00Z',
    message: null,
    ...over,
  };
}

export function withdrawal(over: Partial<Withdrawal> = {}): Withdrawal {
  return {
    withdrawalId: 'w-1',
    contractNumber: '10101-000001',
    category: 'MATERIALS',
    label: '材料費',
    amount: 8_000_000,
    payee: {
      name: '株式会社 水戸資材', bankCode: '0131', bankNameKana: null, branchCode: '001', branchNameKana: null,
      accountType: 'CURRENT', accountTypeLabel: '当座', accountNumber: '7654321', holderKana: '(ｶ)ﾐﾄｼｻﾞｲ',
    },
    status: 'REQUESTED',
    requestedAt: '2026-12-01T02:00:00Z',
    decidedAt: null,
    reason: null,
    approvedOn: null,
    ...over,
  };
}

export function funds(over: Partial<ContractFunds> = {}): ContractFunds {
  return {
    contractNumber: '10101-000001',
    productType: 'ADVANCE_PAYMENT',
    workName: '小美玉市道1-2345号線道路改良工事',
    ordererName: '小美玉市長',
    advanceAmount: 20_000_000,
    status: 'ACTIVE',
    claim: null,
    plans: [],
    withdrawals: [],
    schedule: {
      contractNumber: '10101-000001', advanceAmount: 20_000_000, acceptedVersion: null, planned: [], done: [],
      balance: { categories: [], planned: 0, withdrawn: 0, remaining: 0 },
    },
    ...over,
  };
}

/** A contract with a claim and plan version 1 accepted, 8,000,000 of 材料費 already approved. */
export function fundsWithAcceptedPlan(): ContractFunds {
  return funds({
    claim: {
      claimId: 'c-1', contractNumber: '10101-000001', workName: '小美玉市道1-2345号線道路改良工事', ordererName: '小美玉市長',
      claimAmount: 20_000_000, requesterCode: '0000000000', issuedAt: '2026-12-01T00:00:00Z',
      depositAccount: {
        bankCode: '0131', bankName: '常陽銀行', bankNameKana: 'ｼﾞﾖｳﾖｳ', branchCode: '201', branchName: '小美玉支店',
        branchNameKana: 'ｵﾐﾀﾏ', accountType: 'ORDINARY', accountTypeLabel: '普通', accountNumber: '1234567', holderKana: '(ｶ)ｵﾐﾀﾏｹﾝｾﾂ',
      },
    },
    plans: [plan()],
    withdrawals: [withdrawal({ status: 'APPROVED', approvedOn: '2026-12-01' })],
    schedule: {
      contractNumber: '10101-000001', advanceAmount: 20_000_000, acceptedVersion: 1, planned: plan().lines,
      done: [withdrawal({ status: 'APPROVED' })],
      balance: {
        categories: [
          { category: 'MATERIALS', label: '材料費', planned: 12_000_000, withdrawn: 8_000_000, remaining: 4_000_000 },
          { category: 'LABOUR', label: '労務費', planned: 6_000_000, withdrawn: 0, remaining: 6_000_000 },
          { category: 'UNDECIDED', label: '未定', planned: 2_000_000, withdrawn: 0, remaining: 2_000_000 },
        ],
        planned: 20_000_000, withdrawn: 8_000_000, remaining: 12_000_000,
      },
    },
  });
}

type Answer = [string, number, unknown] | [string, number, unknown, string];

/** fetch stub: the first answer whose `METHOD path` (or path) prefix matches; records every call with its body. */
export function fakeFetch(answers: Answer[]) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fn = vi.fn(async (url: string, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const hit = answers.find(([key]) => {
      const [m, p] = key.includes(' ') ? key.split(' ') : [undefined, key];
      return (!m || m === method) && url.split('?')[0] === p;
    });
    if (!hit) return new Response(JSON.stringify({ status: 404, title: 'not found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    const [, status, body, type] = hit;
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type ?? (status >= 400 ? 'application/problem+json' : 'application/json') } });
  });
  return { fn, calls };
}
