// The 前払金 PDFs that notification-service renders from issuance's events: the 前払金請求書 of a contract and the
// 前払金払出依頼書 of each approved withdrawal; the contractor's own, or (staff URLs) those of the staff's branch.
// A PDF appears shortly after the claim or approval (events); until then the server answers 404, shown inline.
import { useState } from 'react';
import { ErrorBanner } from '../../components/ui';
import { download } from '../contracts/download';

const base = (staff: boolean) => (staff ? '/api/documents-pdf/staff' : '/api/documents-pdf');

export const claimPdfPath = (contractNumber: string, staff = false) =>
  `${base(staff)}/advance-claims/${encodeURIComponent(contractNumber)}`;

export const withdrawalPdfPath = (withdrawalId: string, staff = false) =>
  `${base(staff)}/withdrawals/${encodeURIComponent(withdrawalId)}`;

interface PdfButtonProps {
  label: string;
  path: string;
  fallbackName: string;
}

/** A button that downloads one PDF and says what was saved, or why not. */
export function PdfButton({ label, path, fallbackName }: PdfButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await download(path, fallbackName));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span>
      <button type="button" className="button button--secondary" onClick={save} disabled={busy}>
        {busy ? '作成中…' : label}
      </button>
      <span aria-live="polite">{saved && <span className="funds-sub">{saved} をダウンロードしました。</span>}</span>
      <ErrorBanner error={error} />
    </span>
  );
}

/** 前払金請求書（PDF） of a contract. */
export function ClaimPdfButton({ contractNumber, staff = false }: { contractNumber: string; staff?: boolean }) {
  return <PdfButton label="前払金請求書（PDF）" path={claimPdfPath(contractNumber, staff)} fallbackName={`advance-claim-${contractNumber}.pdf`} />;
}

/** 払出依頼書（PDF） of an approved withdrawal. */
export function WithdrawalPdfButton({ withdrawalId, staff = false }: { withdrawalId: string; staff?: boolean }) {
  return <PdfButton label="払出依頼書（PDF）" path={withdrawalPdfPath(withdrawalId, staff)} fallbackName={`withdrawal-${withdrawalId}.pdf`} />;
}
