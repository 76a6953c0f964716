import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { ACCOUNT_TYPES, claimBody, emptyAccount, kanaProblem, PLAN_STATUS, WITHDRAWAL_STATUS, type AccountForm } from './logic';
import { ClaimPdfButton, WithdrawalPdfButton } from './documents';
import { KanaField, ScheduleTable, StatusBadge } from './parts';
import type { Claim, ContractFunds, Plan } from './types';

export const fundsPath = (number: string) => `/api/funds/contracts/${encodeURIComponent(number)}`;

/** 前払金の管理: the advance of one guarantee with its 請求書, 使途内訳明細書, 払出依頼書 and 払出予定. */
export function FundsHome() {
  const { number = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [funds, setFunds] = useState<ContractFunds | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    return api<ContractFunds>(fundsPath(number)).then(setFunds).catch(setError);
  }, [number]);

  useEffect(() => {
    setFunds(null);
    void load();
  }, [load]);

  if (error && !funds) {
    return (
      <>
        <PageTitle>前払金の管理</PageTitle>
        <ErrorBanner error={error} />
        <p>
          <Link to="/contracts">保証契約一覧へ戻る</Link>
        </p>
      </>
    );
  }
  if (!funds) return <Loading />;
  const b = funds.schedule.balance;
  const latest = funds.plans.at(-1);
  const pending = funds.plans.some((p) => p.status === 'SUBMITTED');
  const accepted = funds.plans.find((p) => p.status === 'ACCEPTED');
  const active = funds.status === 'ACTIVE';
  const base = `/funds/contracts/${encodeURIComponent(funds.contractNumber)}`;
  return (
    <>
      <nav className="funds-crumbs" aria-label="パンくずリスト">
        <Link to="/contracts">保証契約一覧</Link> ＞{' '}
        <Link to={`/contracts/${encodeURIComponent(funds.contractNumber)}`}>電子保証概要</Link> ＞{' '}
        <span aria-current="page">前払金の管理</span>
      </nav>
      <PageTitle lead="前払金専用口座からの払出は、受理された前払金使途内訳明細書の範囲内で行えます。">前払金の管理</PageTitle>
      {notice && <Notice>{notice}</Notice>}
      {!active && <Notice>この保証契約は有効ではないため、新たな手続きはできません。</Notice>}
      <section className="section" aria-labelledby="funds-summary-title">
        <h2 id="funds-summary-title">概要</h2>
        <dl className="summary funds-summary">
          <dt>保証契約番号</dt>
          <dd>{funds.contractNumber}</dd>
          <dt>工事名</dt>
          <dd>{funds.workName}</dd>
          <dt>発注者名</dt>
          <dd>{funds.ordererName}</dd>
          <dt>前払金額</dt>
          <dd>{yen(funds.advanceAmount)}</dd>
          <dt>払出済額</dt>
          <dd>{yen(b.withdrawn)}</dd>
          <dt>払出可能残額</dt>
          <dd>{yen(b.remaining)}</dd>
        </dl>
      </section>

      <ClaimSection funds={funds} onIssued={load} />

      <section className="section" aria-labelledby="funds-plan-title">
        <div className="section__head">
          <h2 id="funds-plan-title">前払金使途内訳明細書</h2>
          {active && !pending && (
            <Link className="button button--secondary" to={`${base}/plan`}>
              {accepted ? '使途変更' : latest?.status === 'RETURNED' ? '使途内訳明細書を再提出する' : '使途内訳明細書を作成する'}
            </Link>
          )}
        </div>
        {pending && <p>提出した使途内訳明細書を審査しています。結果をお待ちください。</p>}
        {latest?.status === 'RETURNED' && latest.message && (
          <p className="row-message">
            差戻しの理由（第{latest.version}版）：{latest.message}
          </p>
        )}
        <PlanVersions plans={funds.plans} />
      </section>

      <section className="section" aria-labelledby="funds-withdrawals-title">
        <div className="section__head">
          <h2 id="funds-withdrawals-title">前払金払出依頼書</h2>
          {active && funds.claim && funds.schedule.acceptedVersion !== null && (
            <Link className="button button--secondary" to={`${base}/withdrawals/new`}>
              払出依頼書を作成する
            </Link>
          )}
        </div>
        {!funds.claim && <p className="muted">払出依頼の前に前払金請求書を作成してください。</p>}
        {funds.claim && funds.schedule.acceptedVersion === null && (
          <p className="muted">払出依頼は前払金使途内訳明細書の受理後にできます。</p>
        )}
        {funds.withdrawals.length === 0 ? (
          <Empty>払出依頼はありません。</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">払出依頼の一覧</caption>
              <thead>
                <tr>
                  <th scope="col">依頼日時</th>
                  <th scope="col">使途</th>
                  <th scope="col">払出金額</th>
                  <th scope="col">払出先</th>
                  <th scope="col">状態</th>
                  <th scope="col">書類</th>
                </tr>
              </thead>
              <tbody>
                {funds.withdrawals.map((w) => (
                  <tr key={w.withdrawalId}>
                    <td>{dateTime(w.requestedAt)}</td>
                    <td>{w.label}</td>
                    <td className="num">{yen(w.amount)}</td>
                    <td>
                      {w.payee.name}
                      <span className="funds-sub">
                        {w.payee.bankCode}-{w.payee.branchCode} {w.payee.accountTypeLabel} {w.payee.accountNumber} {w.payee.holderKana}
                      </span>
                    </td>
                    <td>
                      <StatusBadge tone={w.status === 'APPROVED' ? 'approved' : w.status === 'REJECTED' ? 'rejected' : undefined}>
                        {WITHDRAWAL_STATUS[w.status]}
                      </StatusBadge>
                      {w.reason && <span className="funds-sub">理由：{w.reason}</span>}
                    </td>
                    <td>{w.status === 'APPROVED' && <WithdrawalPdfButton withdrawalId={w.withdrawalId} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="funds-schedule-title">
        <h2 id="funds-schedule-title">前払金払出予定</h2>
        <ScheduleTable schedule={funds.schedule} />
      </section>
    </>
  );
}

export function PlanVersions({ plans }: { plans: Plan[] }) {
  if (plans.length === 0) return <Empty>前払金使途内訳明細書はまだ提出されていません。</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">使途内訳明細書の版</caption>
        <thead>
          <tr>
            <th scope="col">版</th>
            <th scope="col">状態</th>
            <th scope="col">使途内訳</th>
            <th scope="col">合計</th>
            <th scope="col">提出日時</th>
            <th scope="col">審査日時</th>
          </tr>
        </thead>
        <tbody>
          {[...plans].reverse().map((p) => (
            <tr key={p.planId}>
              <td>第{p.version}版</td>
              <td>
                <StatusBadge tone={p.status === 'ACCEPTED' ? 'approved' : p.status === 'RETURNED' ? 'returned' : p.status === 'SUPERSEDED' ? 'withdrawn' : undefined}>
                  {PLAN_STATUS[p.status]}
                </StatusBadge>
              </td>
              <td>
                <ul className="plain">
                  {p.lines.map((l) => (
                    <li key={l.category}>
                      {l.label} {yen(l.amount)}
                      {l.note && <span className="muted">（{l.note}）</span>}
                    </li>
                  ))}
                </ul>
                {p.message && <span className="funds-sub">お知らせ：{p.message}</span>}
              </td>
              <td className="num">{yen(p.total)}</td>
              <td>{dateTime(p.submittedAt)}</td>
              <td>{dateTime(p.decidedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimSection({ funds, onIssued }: { funds: ContractFunds; onIssued: () => Promise<unknown> }) {
  return (
    <section className="section" aria-labelledby="funds-claim-title">
      <h2 id="funds-claim-title">前払金請求書</h2>
      {funds.claim ? (
        <>
          <ClaimView claim={funds.claim} />
          <ClaimPdfButton contractNumber={funds.contractNumber} />
        </>
      ) : funds.status === 'ACTIVE' ? (
        <ClaimForm funds={funds} onIssued={onIssued} />
      ) : (
        <Empty>前払金請求書は作成されていません。</Empty>
      )}
    </section>
  );
}

function ClaimView({ claim }: { claim: Claim }) {
  const a = claim.depositAccount;
  return (
    <dl className="summary funds-summary">
      <dt>請求先（発注者）</dt>
      <dd>{claim.ordererName}</dd>
      <dt>請求金額</dt>
      <dd>{yen(claim.claimAmount)}</dd>
      <dt>前払金専用口座</dt>
      <dd>
        {a.bankName}（{a.bankCode}） {a.branchName}（{a.branchCode}） {a.accountTypeLabel} {a.accountNumber}
        <span className="funds-sub">口座名義：{a.holderKana}</span>
      </dd>
      <dt>振込依頼人コード</dt>
      <dd>{claim.requesterCode}</dd>
      <dt>作成日時</dt>
      <dd>{dateTime(claim.issuedAt)}</dd>
    </dl>
  );
}

const CLAIM_FIELDS = ['bankCode', 'bankName', 'bankNameKana', 'branchCode', 'branchName', 'branchNameKana', 'accountType', 'accountNumber', 'holderKana', 'requesterCode'].map(
  (f) => `depositAccount.${f}`,
);

function ClaimForm({ funds, onIssued }: { funds: ContractFunds; onIssued: () => Promise<unknown> }) {
  const [form, setForm] = useState<AccountForm>(emptyAccount);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const banner = useRef<HTMLDivElement>(null);
  const errors = error instanceof ApiError ? error.fieldErrors() : {};
  const err = (f: string) => errors[`depositAccount.${f}`];
  const set = (patch: Partial<AccountForm>) => setForm((f) => ({ ...f, ...patch }));
  const kanaOk = !kanaProblem(form.holderKana, 40, '') && !kanaProblem(form.bankNameKana, 15, '') && !kanaProblem(form.branchNameKana, 15, '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(`${fundsPath(funds.contractNumber)}/advance-claim`, { method: 'POST', body: claimBody(form) });
      await onIssued();
    } catch (ex) {
      setError(ex);
      requestAnimationFrame(() => banner.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="前払金請求書の作成">
      <p>
        請求金額は前払金額（{yen(funds.advanceAmount)}）、請求先は発注者（{funds.ordererName}）です。発注者が前払金を振り込む前払金専用口座を入力してください。
      </p>
      <div ref={banner} tabIndex={-1} className="banner-focus">
        <ErrorBanner error={error} shownFields={CLAIM_FIELDS} />
      </div>
      <div className="form-grid">
        <Field label="金融機関コード" required hint="半角数字4桁（例: 0131）" error={err('bankCode')}>
          {(p) => <input {...p} inputMode="numeric" maxLength={4} value={form.bankCode} onChange={(e) => set({ bankCode: e.target.value })} />}
        </Field>
        <Field label="金融機関名" required error={err('bankName')}>
          {(p) => <input {...p} value={form.bankName} onChange={(e) => set({ bankName: e.target.value })} />}
        </Field>
        <KanaField label="金融機関名（カナ）" max={15} value={form.bankNameKana} onChange={(v) => set({ bankNameKana: v })} serverError={err('bankNameKana')} />
        <Field label="支店コード" required hint="半角数字3桁（例: 201）" error={err('branchCode')}>
          {(p) => <input {...p} inputMode="numeric" maxLength={3} value={form.branchCode} onChange={(e) => set({ branchCode: e.target.value })} />}
        </Field>
        <Field label="支店名" required error={err('branchName')}>
          {(p) => <input {...p} value={form.branchName} onChange={(e) => set({ branchName: e.target.value })} />}
        </Field>
        <KanaField label="支店名（カナ）" max={15} value={form.branchNameKana} onChange={(v) => set({ branchNameKana: v })} serverError={err('branchNameKana')} />
        <Field label="預金種目" required error={err('accountType')}>
          {(p) => (
            <select {...p} value={form.accountType} onChange={(e) => set({ accountType: e.target.value as AccountForm['accountType'] })}>
              {ACCOUNT_TYPES.map((t) => (
                <option key={t.code} value={t.code}>
                  {t.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="口座番号" required hint="半角数字7桁" error={err('accountNumber')}>
          {(p) => <input {...p} inputMode="numeric" maxLength={7} value={form.accountNumber} onChange={(e) => set({ accountNumber: e.target.value })} />}
        </Field>
        <KanaField label="口座名義（カナ）" required max={40} value={form.holderKana} onChange={(v) => set({ holderKana: v })} serverError={err('holderKana')} />
        <Field label="振込依頼人コード" hint="半角数字10桁（任意。お取引の金融機関から指定がある場合）" error={err('requesterCode')}>
          {(p) => <input {...p} inputMode="numeric" maxLength={10} value={form.requesterCode} onChange={(e) => set({ requesterCode: e.target.value })} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !kanaOk}>
          {busy ? '作成中…' : '前払金請求書を作成する'}
        </button>
      </div>
    </form>
  );
}
