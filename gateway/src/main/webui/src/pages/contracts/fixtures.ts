// Test data shaped like the real JSON of issuance-service and notification-service (see their API tests).
import type { CertificateView, ContractRow, ContractSummary, Page, PremiumQuote, Submission } from './types';

export function row(over: Partial<ContractRow> = {}): ContractRow {
  return {
    no: 1,
    productType: 'ADVANCE_PAYMENT',
    productName: '前払金保証',
    contractNumber: '10101-000002',
    obligeeName: '小美玉市長',
    workName: '小美玉市道1-2345号線道路改良工事',
    contractAmount: 50_000_000,
    guaranteeAmount: 20_000_000,
    guaranteeFrom: '2026-12-01',
    guaranteeEnd: '2027-03-19',
    format: 'ELECTRONIC',
    status: 'ACTIVE',
    statusLabel: '有効',
    suretyCompany: '東日本建設業保証株式会社',
    ...over,
  };
}

export function page<T>(items: T[], total = items.length, pageNo = 1, size = 20): Page<T> {
  const pageCount = Math.max(1, Math.ceil(total / size));
  return { items, total, page: pageNo, size, pageCount, summary: `全${pageCount}ページ(${total}件)中の${pageNo}ページ目を表示しています` };
}

export function summary(over: Partial<ContractSummary> = {}): ContractSummary {
  return {
    contractNumber: '10101-000002',
    productType: 'ADVANCE_PAYMENT',
    productName: '前払金保証',
    contractorName: '株式会社 小美玉建設',
    jointVentureName: null,
    workName: '小美玉市道1-2345号線道路改良工事',
    obligeeName: '小美玉市長',
    contractAmount: 50_000_000,
    guaranteeAmount: 20_000_000,
    guaranteeEnd: '2027-03-19',
    depositBank: '〇〇銀行　小美玉支店',
    format: 'ELECTRONIC',
    status: 'ACTIVE',
    statusLabel: '有効',
    premium: 48_000,
    authenticationKey: 'Z28YUE4J3Bux',
    paperDispatchMethod: null,
    paperDispatchedAt: null,
    history: [
      {
        no: 1,
        version: 1,
        registeredAt: '2026-11-23T01:02:04Z',
        registeredAtJst: '2026/11/23 10:02',
        versionKind: 'NEW',
        versionLabel: '新規',
        sequence: null,
        firstViewedAt: '2026-11-24T00:30:00Z',
        lastViewedAt: '2026-11-25T00:30:00Z',
      },
      {
        no: 2,
        version: 3,
        registeredAt: null,
        registeredAtJst: null,
        versionKind: 'AMENDMENT',
        versionLabel: '変更',
        sequence: 1,
        firstViewedAt: null,
        lastViewedAt: null,
      },
    ],
    ...over,
  };
}

export function certificate(over: Partial<CertificateView> = {}): CertificateView {
  return {
    contractNumber: '10101-000002',
    version: 1,
    versionKind: 'NEW',
    issuedAt: '2026-11-23T01:00:00Z',
    registeredAt: '2026-11-23T01:02:04Z',
    credential: {
      issuer: { id: 'https://surety.esurety.example.jp/issuers/higashi-nihon', name: '東日本建設業保証株式会社' },
      credentialSubject: {
        contractNumber: '10101-000002',
        productType: 'ADVANCE_PAYMENT',
        productName: '前払金保証',
        version: 1,
        versionKind: 'NEW',
        title: '保証証書',
        issuedOn: '2026-11-23',
        issuedOnWareki: '令和8年11月23日',
        format: 'ELECTRONIC',
        principal: { contractorId: 'C0001', name: '株式会社 小美玉建設' },
        obligee: { ordererId: 'ORD-082368', name: '小美玉市長' },
        guaranteeAmount: 20_000_000,
        guaranteeEnd: '2027-03-19',
        work: {
          name: '小美玉市道1-2345号線道路改良工事',
          contractAmount: 50_000_000,
          periodFrom: '2026-12-01',
          periodTo: '2027-03-19',
          contractDate: '2026-11-20',
        },
        depositBank: '〇〇銀行　小美玉支店',
        statement: '当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。',
        surety: { name: '東日本建設業保証株式会社', address: '東京都中央区八丁堀2丁目27番10号', representative: '取締役社長 栗田 卓也' },
        handlingBranch: { code: '10101', name: '茨城支店', tel: '029-221-3800', fax: '029-221-3801' },
      },
      proof: { verificationMethod: 'https://surety.esurety.example.jp/issuers/higashi-nihon#key-1', created: '2026-11-23T01:00:00Z' },
    },
    ...over,
  };
}

export function submission(over: Partial<Submission> = {}): Submission {
  return {
    submissionId: '6a1f7a3e-0000-4000-8000-000000000001',
    contractNumber: '10101-000002',
    ordererName: '小美玉市長',
    recipient: 'keiyaku@city.omitama.example.jp',
    subject: '【電子保証】令和8年度 第123号 小美玉市道1-2345号線道路改良工事',
    requestedAt: '2026-11-26T00:00:00Z',
    status: 'SENT',
    sentAt: '2026-11-26T00:00:05Z',
    ...over,
  };
}

export function quote(over: Partial<PremiumQuote> = {}): PremiumQuote {
  return {
    productType: 'ADVANCE_PAYMENT',
    guaranteeAmount: 20_000_000,
    days: 109,
    ratePercent: 0.24,
    premium: 48_000,
    consumptionTax: 0,
    total: 48_000,
    minimumApplied: false,
    lines: [
      { label: '保証金額', amount: 20_000_000 },
      { label: '保証期間 (日)', amount: 109 },
      { label: '保証料', amount: 48_000 },
    ],
    ...over,
  };
}

/** A fetch that answers JSON by path (first match of a prefix wins) and records what was asked. */
export function fakeFetch(routes: [string, number, unknown][]) {
  const calls: { url: string; method: string }[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = (init?.method ?? 'GET').toUpperCase();
    calls.push({ url, method });
    const found = routes.find(([p]) => {
      const [m, path] = p.includes(' ') ? p.split(' ') : ['GET', p];
      return m === method && url.startsWith(path);
    });
    if (!found) return new Response(JSON.stringify({ status: 404, title: 'not found' }), { status: 404, headers: { 'content-type': 'application/problem+json' } });
    const [, status, body] = found;
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fn, calls };
}
