// One application in full: every field as saved, each line's 手続状況 and 保証契約番号, and the messages both ways.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorBanner, Loading, Notice } from '../../components/ui';
import { dateTime } from '../../format';
import { hasRole, useSession } from '../../session';
import { loadApplication } from './ApplicationList';
import { ApplicationSummary } from './ApplicationSummary';
import { KIND_LABELS } from './labels';
import { FocusHeading } from './parts';
import { WithdrawDialog, canWithdraw } from './WithdrawDialog';
import type { ApplicationView, Branch } from './types';

export function ApplicationDetail() {
  const { id = '' } = useParams();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const { session } = useSession();
  const contractor = hasRole(session, 'contractor');

  useEffect(() => {
    const ctrl = new AbortController();
    setView(null);
    setError(null);
    loadApplication(id, ctrl.signal)
      .then(setView)
      .catch((e) => !ctrl.signal.aborted && setError(e));
    api<Branch[]>('/api/branches', { signal: ctrl.signal })
      .then(setBranches)
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [id]);

  if (error) {
    return (
      <>
        <FocusHeading>申込の詳細</FocusHeading>
        <ErrorBanner error={error} />
        <p>
          <Link to="/applications">状況へ戻る</Link>
        </p>
      </>
    );
  }
  if (!view) return <Loading />;

  const returned = !view.draft && view.editable;
  return (
    <>
      <FocusHeading lead={view.workName ?? undefined}>申込の詳細</FocusHeading>
      {notice && <Notice>{notice}</Notice>}
      <section className="section" aria-labelledby="detail-state">
        <h2 id="detail-state">申込の状況</h2>
        <dl className="summary">
          <dt>申込番号</dt>
          <dd className="application-number">{view.id}</dd>
          <dt>申込の種類</dt>
          <dd>{KIND_LABELS[view.kind] ?? view.kind}</dd>
          <dt>請負契約者</dt>
          <dd>{view.contractorName}</dd>
          <dt>作成日時</dt>
          <dd>{dateTime(view.createdAt)}</dd>
          <dt>送信日時</dt>
          <dd>{view.submittedAt ? dateTime(view.submittedAt) : '未送信（作成中）'}</dd>
          {view.withdrawnAt && (
            <>
              <dt>取下げ日時</dt>
              <dd>
                {dateTime(view.withdrawnAt)}
                {view.withdrawalReason && `（${view.withdrawalReason}）`}
              </dd>
            </>
          )}
        </dl>
        <div className="actions">
          {contractor && view.draft && (
            <Link className="button" to={`/applications/${view.id}/edit`}>
              続きから編集
            </Link>
          )}
          {contractor && returned && (
            <Link className="button" to={`/applications/${view.id}/edit`}>
              修正して再送信
            </Link>
          )}
          {contractor && (
            <Link className="button button--secondary" to={`/applications/${encodeURIComponent(view.id)}/documents`}>
              書類送信
            </Link>
          )}
          {contractor && canWithdraw(view) && (
            <button type="button" className="button button--danger" onClick={() => setWithdrawing(true)}>
              取下げ
            </button>
          )}
          {contractor && (
            <Link className="button button--secondary" to="/applications">
              状況へ戻る
            </Link>
          )}
        </div>
      </section>
      <ApplicationSummary view={view} branches={branches} showStatus />
      {!view.information && (
        <section className="section" aria-labelledby="detail-messages">
          <h2 id="detail-messages">弊社からお客様へのお知らせ</h2>
          {view.messagesFromSurety.length === 0 ? (
            <p className="muted">お知らせはありません。</p>
          ) : (
            <ul className="messages">
              {view.messagesFromSurety.map((m) => (
                <li key={m.lineId + (m.at ?? '')}>{m.message}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {withdrawing && (
        <WithdrawDialog
          application={view}
          onCancel={() => setWithdrawing(false)}
          onDone={(v) => {
            setView(v);
            setWithdrawing(false);
            setNotice('申込を取下げました。');
          }}
        />
      )}
    </>
  );
}
