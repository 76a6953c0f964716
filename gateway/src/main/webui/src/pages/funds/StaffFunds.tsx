import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { download } from '../contracts/download';
import { todayInJapan } from './logic';
import type { Plan, Withdrawal } from './types';

export const staffContractPath = (number: string) => `/staff/funds/contracts/${encodeURIComponent(number)}`;

/** 前払金審査: the branch's plans and withdrawal requests awaiting a decision, and the day's Zengin file. */
export function StaffFunds() {
  const [plans, setPlans] = useState<Plan[] | null>(null);
  const [withdrawals, setWithdrawals] = useState<Withdrawal[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([
      api<Plan[]>('/api/funds/staff/plans?status=SUBMITTED'),
      api<Withdrawal[]>('/api/funds/staff/withdrawals?status=REQUESTED'),
    ])
      .then(([p, w]) => {
        setPlans(p);
        setWithdrawals(w);
      })
      .catch(setError);
  }, []);

  return (
    <>
      <PageTitle lead="支店の前払金使途内訳明細書と払出依頼のうち、審査待ちのものを表示しています。">前払金審査</PageTitle>
      <ErrorBanner error={error} />
      <section className="section" aria-labelledby="staff-plans-title">
        <h2 id="staff-plans-title">審査待ちの前払金使途内訳明細書</h2>
        {!plans && !error && <Loading />}
        {plans && plans.length === 0 && <Empty>審査待ちの使途内訳明細書はありません。</Empty>}
        {plans && plans.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">審査待ちの使途内訳明細書</caption>
              <thead>
                <tr>
                  <th scope="col">保証契約番号</th>
                  <th scope="col">版</th>
                  <th scope="col">合計</th>
                  <th scope="col">提出日時</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((p) => (
                  <tr key={p.planId}>
                    <td>{p.contractNumber}</td>
                    <td>第{p.version}版{p.version > 1 && <span className="muted">（使途変更・再提出）</span>}</td>
                    <td className="num">{yen(p.total)}</td>
                    <td>{dateTime(p.submittedAt)}</td>
                    <td>
                      <Link to={staffContractPath(p.contractNumber)} aria-label={`審査する ${p.contractNumber} 第${p.version}版`}>
                        審査する
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="staff-withdrawals-title">
        <h2 id="staff-withdrawals-title">承認待ちの払出依頼</h2>
        {!withdrawals && !error && <Loading />}
        {withdrawals && withdrawals.length === 0 && <Empty>承認待ちの払出依頼はありません。</Empty>}
        {withdrawals && withdrawals.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">承認待ちの払出依頼</caption>
              <thead>
                <tr>
                  <th scope="col">保証契約番号</th>
                  <th scope="col">使途</th>
                  <th scope="col">払出金額</th>
                  <th scope="col">払出先</th>
                  <th scope="col">依頼日時</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {withdrawals.map((w) => (
                  <tr key={w.withdrawalId}>
                    <td>{w.contractNumber}</td>
                    <td>{w.label}</td>
                    <td className="num">{yen(w.amount)}</td>
                    <td>{w.payee.name}</td>
                    <td>{dateTime(w.requestedAt)}</td>
                    <td>
                      <Link to={staffContractPath(w.contractNumber)} aria-label={`審査する ${w.contractNumber} ${w.label} ${yen(w.amount)}`}>
                        審査する
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ZenginDownload
        title="振込データ（支店分）"
        path="/api/funds/staff/zengin"
        fallback={(date) => `zengin-${date.replace(/-/g, '')}.txt`}
        lead="指定日に承認した支店のすべての払出依頼を、全銀協 総合振込形式（固定長120バイト、Shift_JIS）でダウンロードします。"
      />
    </>
  );
}

interface ZenginProps {
  title: string;
  path: string;
  lead: string;
  fallback: (date: string) => string;
}

/** 全銀協 総合振込 file of the withdrawals approved on a day (Asia/Tokyo); 404 when there are none. */
export function ZenginDownload({ title, path, lead, fallback }: ZenginProps) {
  const [date, setDate] = useState(todayInJapan);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const banner = useRef<HTMLDivElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await download(`${path}?date=${encodeURIComponent(date)}`, fallback(date)));
    } catch (ex) {
      setError(ex);
      requestAnimationFrame(() => banner.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-label={title}>
      <h2>{title}</h2>
      <p>{lead}</p>
      <form onSubmit={submit} className="funds-zengin" aria-label={`${title}のダウンロード`}>
        <Field label="承認日" required>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={busy || !date}>
          {busy ? '作成中…' : '振込データをダウンロード'}
        </button>
      </form>
      {saved && <Notice>{saved} をダウンロードしました。</Notice>}
      <div ref={banner} tabIndex={-1} className="banner-focus">
        <ErrorBanner error={error} />
      </div>
    </section>
  );
}
