import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { PlanVersions } from './FundsHome';
import { ClaimPdfButton, WithdrawalPdfButton } from './documents';
import { WITHDRAWAL_STATUS } from './logic';
import { ScheduleTable, StatusBadge } from './parts';
import { ZenginDownload } from './StaffFunds';
import type { ContractFunds, Plan, Withdrawal } from './types';

const staffApi = (number: string) => `/api/funds/staff/contracts/${encodeURIComponent(number)}`;

/** 前払金審査（契約）: the plan awaiting decision (受理 / 差戻し), the requests (承認 / 否認), the balance and the Zengin file. */
export function StaffFundsContract() {
  const { number = '' } = useParams();
  const [funds, setFunds] = useState<ContractFunds | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const title = useRef<HTMLDivElement>(null);

  const load = useCallback(
    () => api<ContractFunds>(staffApi(number)).then((f) => {
      setFunds(f);
      setError(null);
    }),
    [number],
  );

  useEffect(() => {
    setFunds(null);
    load().catch(setError);
  }, [load]);

  const decided = useCallback(
    async (message: string) => {
      setNotice(message);
      await load().catch(setError);
      requestAnimationFrame(() => title.current?.focus());
    },
    [load],
  );

  if (error && !funds) {
    return (
      <>
        <PageTitle>前払金審査</PageTitle>
        <ErrorBanner error={error} />
        <p>
          <Link to="/staff/funds">前払金審査へ戻る</Link>
        </p>
      </>
    );
  }
  if (!funds) return <Loading />;
  const submitted = funds.plans.filter((p) => p.status === 'SUBMITTED');
  const requested = funds.withdrawals.filter((w) => w.status === 'REQUESTED');
  const others = funds.withdrawals.filter((w) => w.status !== 'REQUESTED');
  return (
    <>
      <nav className="funds-crumbs" aria-label="パンくずリスト">
        <Link to="/staff/funds">前払金審査</Link> ＞ <span aria-current="page">{funds.contractNumber}</span>
      </nav>
      <PageTitle lead={`${funds.workName}（${funds.ordererName}）`}>前払金審査 {funds.contractNumber}</PageTitle>
      <div ref={title} tabIndex={-1} className="banner-focus">
        {notice && <Notice>{notice}</Notice>}
      </div>
      <section className="section" aria-labelledby="staff-balance-title">
        <h2 id="staff-balance-title">払出可能残額</h2>
        <dl className="summary funds-summary">
          <dt>前払金額</dt>
          <dd>{yen(funds.advanceAmount)}</dd>
          <dt>払出済額</dt>
          <dd>{yen(funds.schedule.balance.withdrawn)}</dd>
          <dt>払出可能残額</dt>
          <dd data-testid="staff-remaining">{yen(funds.schedule.balance.remaining)}</dd>
          <dt>前払金専用口座</dt>
          <dd>
            {funds.claim
              ? `${funds.claim.depositAccount.bankName} ${funds.claim.depositAccount.branchName} ${funds.claim.depositAccount.accountTypeLabel} ${funds.claim.depositAccount.accountNumber}`
              : '前払金請求書は未作成です'}
            {funds.claim && <ClaimPdfButton contractNumber={funds.contractNumber} staff />}
          </dd>
        </dl>
        <ScheduleTable schedule={funds.schedule} />
      </section>

      <section className="section" aria-labelledby="staff-plan-title">
        <h2 id="staff-plan-title">前払金使途内訳明細書</h2>
        {submitted.length === 0 && <Empty>審査待ちの使途内訳明細書はありません。</Empty>}
        {submitted.map((p) => (
          <PlanDecision key={p.planId} plan={p} advance={funds.advanceAmount} onDecided={decided} />
        ))}
        <h3>これまでの版</h3>
        <PlanVersions plans={funds.plans} />
      </section>

      <section className="section" aria-labelledby="staff-withdrawal-title">
        <h2 id="staff-withdrawal-title">払出依頼</h2>
        {requested.length === 0 && <Empty>承認待ちの払出依頼はありません。</Empty>}
        {requested.map((w) => (
          <WithdrawalDecision key={w.withdrawalId} withdrawal={w} remaining={funds.schedule.balance.categories.find((r) => r.category === w.category)?.remaining ?? 0} onDecided={decided} />
        ))}
        {others.length > 0 && (
          <>
            <h3>審査済みの払出依頼</h3>
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">使途</th>
                    <th scope="col">払出金額</th>
                    <th scope="col">払出先</th>
                    <th scope="col">状態</th>
                    <th scope="col">審査日時</th>
                    <th scope="col">書類</th>
                  </tr>
                </thead>
                <tbody>
                  {others.map((w) => (
                    <tr key={w.withdrawalId}>
                      <td>{w.label}</td>
                      <td className="num">{yen(w.amount)}</td>
                      <td>{w.payee.name}</td>
                      <td>
                        <StatusBadge tone={w.status === 'APPROVED' ? 'approved' : 'rejected'}>{WITHDRAWAL_STATUS[w.status]}</StatusBadge>
                        {w.reason && <span className="funds-sub">理由：{w.reason}</span>}
                      </td>
                      <td>{dateTime(w.decidedAt)}</td>
                      <td>{w.status === 'APPROVED' && <WithdrawalPdfButton withdrawalId={w.withdrawalId} staff />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <ZenginDownload
        title="振込データ（この契約）"
        path={`${staffApi(funds.contractNumber)}/zengin`}
        fallback={(date) => `zengin-${funds.contractNumber}-${date.replace(/-/g, '')}.txt`}
        lead="指定日に承認したこの契約の払出依頼を、全銀協 総合振込形式でダウンロードします。"
      />
    </>
  );
}

function PlanDecision({ plan, advance, onDecided }: { plan: Plan; advance: number; onDecided: (message: string) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const base = `${staffApi(plan.contractNumber)}/plans/${plan.version}`;
  const errors = error instanceof ApiError ? error.fieldErrors() : {};

  async function decide(kind: 'accept' | 'return') {
    setBusy(true);
    setError(null);
    try {
      if (kind === 'accept') {
        await api(`${base}/accept`, { method: 'POST', body: note.trim() ? { note: note.trim() } : {} });
        await onDecided(`使途内訳明細書（第${plan.version}版）を受理しました。`);
      } else {
        await api(`${base}/return`, { method: 'POST', body: { message } });
        await onDecided(`使途内訳明細書（第${plan.version}版）を差し戻しました。`);
      }
    } catch (ex) {
      setError(ex);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="funds-decision" aria-label={`使途内訳明細書 第${plan.version}版`}>
      <h3>第{plan.version}版（{dateTime(plan.submittedAt)} 提出）</h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">使途</th>
              <th scope="col">金額</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {plan.lines.map((l) => (
              <tr key={l.category}>
                <th scope="row">{l.label}</th>
                <td className="num">{yen(l.amount)}</td>
                <td>{l.note}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合計</th>
              <td className="num">{yen(plan.total)}</td>
              <td>{plan.total === advance ? '前払金額と一致' : `前払金額 ${yen(advance)} と不一致`}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ErrorBanner error={error} shownFields={['note', 'message']} />
      <div className="form-grid">
        <Field label="受理のコメント" hint="任意（社内記録）" error={errors.note}>
          {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <Field label="差戻しのお知らせ" hint="差し戻すときは、お客様への連絡事項を入力してください。" error={errors.message}>
          {(p) => <textarea {...p} rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />}
        </Field>
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => decide('accept')}>
          受理する
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => decide('return')}>
          差し戻す
        </button>
      </div>
    </article>
  );
}

function WithdrawalDecision({ withdrawal: w, remaining, onDecided }: { withdrawal: Withdrawal; remaining: number; onDecided: (message: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const base = `/api/funds/staff/withdrawals/${encodeURIComponent(w.withdrawalId)}`;
  const errors = error instanceof ApiError ? error.fieldErrors() : {};
  const over = w.amount > remaining;

  async function approve() {
    setBusy(true);
    setError(null);
    try {
      await api(`${base}/approve`, { method: 'POST' });
      await onDecided(`払出依頼（${w.label} ${yen(w.amount)}）を承認しました。`);
    } catch (ex) {
      setError(ex);
    } finally {
      setBusy(false);
    }
  }

  async function reject(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`${base}/reject`, { method: 'POST', body: { reason } });
      await onDecided(`払出依頼（${w.label} ${yen(w.amount)}）を否認しました。`);
    } catch (ex) {
      setError(ex);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="funds-decision" aria-label={`払出依頼 ${w.label} ${yen(w.amount)}`}>
      <h3>
        {w.label} {yen(w.amount)}（{dateTime(w.requestedAt)} 依頼）
      </h3>
      <dl className="summary funds-summary">
        <dt>使途の払出可能残額</dt>
        <dd>
          {yen(remaining)}
          {over && <span className="warning">払出金額が残額を超えています。承認できません。</span>}
        </dd>
        <dt>払出先</dt>
        <dd>
          {w.payee.name}
          <span className="funds-sub">
            金融機関 {w.payee.bankCode}
            {w.payee.bankNameKana ? ` ${w.payee.bankNameKana}` : ''} 支店 {w.payee.branchCode}
            {w.payee.branchNameKana ? ` ${w.payee.branchNameKana}` : ''} {w.payee.accountTypeLabel} {w.payee.accountNumber} {w.payee.holderKana}
          </span>
        </dd>
      </dl>
      <ErrorBanner error={error} shownFields={['reason']} />
      <form onSubmit={reject} noValidate>
        <Field label="否認理由" hint="否認するときに入力してください。" error={errors.reason}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={approve}>
            承認する
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            否認する
          </button>
        </div>
      </form>
    </article>
  );
}
