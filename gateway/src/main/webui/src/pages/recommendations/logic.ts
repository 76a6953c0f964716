// 保証申込のお勧め: what the contractor can do next, worked out from its own applications — an approved 契約保証予約
// not converted yet (apply for the 契約保証), a draft never sent (send it), a returned application (fix and resend).
import type { ApplicationView, LineStatus, LineView } from '../applications/types';

export type RecommendationKind = 'CONVERT_BID_BOND' | 'SEND_DRAFT' | 'FIX_RETURNED';

export interface Recommendation {
  kind: RecommendationKind;
  key: string;
  application: ApplicationView;
  /** The bid bond line (CONVERT_BID_BOND). */
  line?: LineView;
  /** Where the action starts. */
  to: string;
  action: string;
}

const APPROVED_OR_LATER: LineStatus[] = ['APPROVED', 'ISSUED', 'REGISTERED'];
/** A conversion that no longer holds the bid bond (as the service counts it). */
const GONE: LineStatus[] = ['WITHDRAWN', 'REJECTED'];

const digits = (s: string | null | undefined) => (s ?? '').replace(/[^0-9]/g, '');

/** The bid bond numbers some application (a draft too) already converts into a 契約保証. */
export function convertedBidBonds(applications: ApplicationView[]): Set<string> {
  const numbers = new Set<string>();
  for (const a of applications) {
    for (const l of a.lines) {
      if (l.productType === 'CONTRACT' && l.bidBondContractNumber && !GONE.includes(l.status)) {
        numbers.add(digits(l.bidBondContractNumber));
      }
    }
  }
  return numbers;
}

export interface Sources {
  bidBonds: ApplicationView[];
  contracts: ApplicationView[];
  drafts: ApplicationView[];
  returned: ApplicationView[];
}

export function recommend({ bidBonds, contracts, drafts, returned }: Sources): Recommendation[] {
  const result: Recommendation[] = [];
  const seen = new Set<string>();
  const converted = convertedBidBonds([...contracts, ...drafts, ...returned]);
  for (const a of bidBonds) {
    if (a.kind !== 'BID_BOND') continue;
    for (const l of a.lines) {
      if (l.productType !== 'BID_BOND' || !APPROVED_OR_LATER.includes(l.status) || !l.contractNumber) continue;
      if (converted.has(digits(l.contractNumber))) continue;
      const key = `bid-${l.contractNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({
        kind: 'CONVERT_BID_BOND',
        key,
        application: a,
        line: l,
        to: `/applications/new?bidBond=${encodeURIComponent(l.contractNumber)}&from=${encodeURIComponent(a.id)}`,
        action: '契約保証を申し込む',
      });
    }
  }
  for (const a of drafts) {
    if (!a.draft || seen.has(`app-${a.id}`)) continue;
    seen.add(`app-${a.id}`);
    result.push({ kind: 'SEND_DRAFT', key: `draft-${a.id}`, application: a, to: `/applications/${encodeURIComponent(a.id)}/edit`, action: '下書きを送信する' });
  }
  for (const a of returned) {
    if (a.draft || !a.editable || seen.has(`app-${a.id}`)) continue;
    seen.add(`app-${a.id}`);
    result.push({ kind: 'FIX_RETURNED', key: `returned-${a.id}`, application: a, to: `/applications/${encodeURIComponent(a.id)}/edit`, action: '修正して再申込' });
  }
  return result;
}
