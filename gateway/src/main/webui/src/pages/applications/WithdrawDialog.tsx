// 取下げ: confirm, give an optional reason, and withdraw an application the surety has not decided yet.
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorBanner, Field } from '../../components/ui';
import { ConfirmDialog } from './parts';
import type { ApplicationView, LineStatus } from './types';

const UNDECIDED: LineStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'RETURNED'];

/** Withdrawable while every line is 申込済, 審査中 or 差戻し (as the service allows). */
export function canWithdraw(a: ApplicationView): boolean {
  return !a.draft && a.lines.length > 0 && a.lines.every((l) => UNDECIDED.includes(l.status));
}

interface Props {
  application: ApplicationView;
  onCancel: () => void;
  onDone: (view: ApplicationView) => void;
}

export function WithdrawDialog({ application, onCancel, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const withdraw = async () => {
    setBusy(true);
    setError(null);
    try {
      const view = await api<ApplicationView>(`/api/applications/${application.id}/withdrawal`, {
        method: 'POST',
        body: { reason: reason.trim() || null },
      });
      onDone(view);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title="申込の取下げ"
      confirmLabel="取下げる"
      danger
      busy={busy}
      onConfirm={withdraw}
      onCancel={onCancel}
    >
      <p>
        「{application.workName ?? '工事名未入力'}」の申込を取下げます。取下げた申込は元に戻せません。よろしいですか。
      </p>
      <ErrorBanner error={error} />
      <Field label="取下げ理由" hint="任意">
        {(p) => <textarea {...p} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </ConfirmDialog>
  );
}
