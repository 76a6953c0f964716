import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Loading, Notice, PageTitle } from '../../components/ui';
import { yen } from '../../format';
import { fundsPath } from './FundsHome';
import { CATEGORIES, differenceLabel, planBody, planErrorsByCategory, planRowsFrom, planTotals, type PlanBody, type PlanRow } from './logic';
import type { ContractFunds } from './types';

/** 前払金使途内訳明細書: one row per 使途, the live total against the advance; again later = 使途変更 (next version). */
export function PlanForm() {
  const { number = '' } = useParams();
  const navigate = useNavigate();
  const [funds, setFunds] = useState<ContractFunds | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [rows, setRows] = useState<PlanRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<PlanBody | null>(null);
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    api<ContractFunds>(fundsPath(number))
      .then((f) => {
        setFunds(f);
        const accepted = f.plans.find((p) => p.status === 'ACCEPTED');
        const latest = f.plans.at(-1);
        setRows(planRowsFrom(latest?.status === 'RETURNED' ? latest : accepted));
      })
      .catch(setLoadError);
  }, [number]);

  const totals = useMemo(() => planTotals(rows, funds?.advanceAmount ?? 0), [rows, funds]);
  const base = `/funds/contracts/${encodeURIComponent(number)}`;

  if (loadError) {
    return (
      <>
        <PageTitle>前払金使途内訳明細書</PageTitle>
        <ErrorBanner error={loadError} />
        <p>
          <Link to={base}>前払金の管理へ戻る</Link>
        </p>
      </>
    );
  }
  if (!funds) return <Loading />;

  const accepted = funds.plans.find((p) => p.status === 'ACCEPTED');
  const pending = funds.plans.find((p) => p.status === 'SUBMITTED');
  const latest = funds.plans.at(-1);
  const nextVersion = (latest?.version ?? 0) + 1;
  const fieldErrors = error instanceof ApiError && sent ? planErrorsByCategory(sent, error.fieldErrors()) : {};
  const linesError = error instanceof ApiError ? error.fieldErrors().lines : undefined;
  const title = accepted ? '前払金使途内訳明細書（使途変更）' : '前払金使途内訳明細書';

  if (pending) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Notice>第{pending.version}版を審査しています。結果が出るまで新しい版は提出できません。</Notice>
        <p>
          <Link to={base}>前払金の管理へ戻る</Link>
        </p>
      </>
    );
  }

  const setRow = (i: number, patch: Partial<PlanRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!totals.ready) return;
    const body = planBody(rows);
    setBusy(true);
    setError(null);
    setSent(body);
    try {
      await api(`${fundsPath(number)}/plans`, { method: 'POST', body });
      navigate(base, { state: { notice: `前払金使途内訳明細書（第${nextVersion}版）を提出しました。` } });
    } catch (ex) {
      setError(ex);
      requestAnimationFrame(() => banner.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const shown = Object.keys(error instanceof ApiError ? error.fieldErrors() : {}).filter((f) => f === 'lines' || /^lines\[\d+]\.(amount|note|category)$/.test(f));
  return (
    <>
      <nav className="funds-crumbs" aria-label="パンくずリスト">
        <Link to={base}>前払金の管理</Link> ＞ <span aria-current="page">{title}</span>
      </nav>
      <PageTitle lead={`保証契約番号 ${funds.contractNumber}　${funds.workName}`}>{title}</PageTitle>
      {accepted && (
        <Notice>
          受理済みの第{accepted.version}版を変更して第{nextVersion}版として提出します。受理されるまでは第{accepted.version}版が有効です。
        </Notice>
      )}
      {latest?.status === 'RETURNED' && latest.message && (
        <p className="row-message">
          差戻しの理由（第{latest.version}版）：{latest.message}
        </p>
      )}
      <div ref={banner} tabIndex={-1} className="banner-focus">
        <ErrorBanner error={error} shownFields={shown} />
      </div>
      <form onSubmit={submit} noValidate aria-label="使途内訳">
        <p>使途ごとに金額を入力してください。合計は前払金額と一致させてください。使途が決まっていない金額は「未定」とし、決まり次第「使途変更」で提出してください。</p>
        <div className="table-wrap">
          <table className="table funds-plan">
            <caption className="visually-hidden">使途内訳</caption>
            <thead>
              <tr>
                <th scope="col">使途</th>
                <th scope="col">金額（円）</th>
                <th scope="col">内容（品目など）</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const label = CATEGORIES.find((c) => c.code === row.category)?.label ?? row.category;
                const errs = fieldErrors[row.category] ?? {};
                const invalid = totals.invalid.includes(row.category);
                const amountError = errs.amount ?? (invalid ? '金額は1円以上の整数で入力してください。' : undefined);
                const amountErrorId = `plan-${row.category}-amount-error`;
                const noteErrorId = `plan-${row.category}-note-error`;
                return (
                  <tr key={row.category}>
                    <th scope="row" id={`plan-${row.category}`}>
                      {label}
                    </th>
                    <td>
                      <input
                        className="funds-amount"
                        inputMode="numeric"
                        aria-label={`${label}の金額`}
                        aria-invalid={amountError ? true : undefined}
                        aria-describedby={amountError ? amountErrorId : undefined}
                        value={row.amount}
                        onChange={(e) => setRow(i, { amount: e.target.value })}
                      />
                      {amountError && (
                        <p className="field-error" id={amountErrorId} role="alert">
                          {amountError}
                        </p>
                      )}
                    </td>
                    <td>
                      <input
                        aria-label={`${label}の内容`}
                        maxLength={200}
                        aria-invalid={errs.note ? true : undefined}
                        aria-describedby={errs.note ? noteErrorId : undefined}
                        value={row.note}
                        onChange={(e) => setRow(i, { note: e.target.value })}
                      />
                      {errs.note && (
                        <p className="field-error" id={noteErrorId} role="alert">
                          {errs.note}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">合計</th>
                <td className="num" data-testid="plan-total">
                  {yen(totals.total)}
                </td>
                <td />
              </tr>
              <tr>
                <th scope="row">前払金額</th>
                <td className="num">{yen(funds.advanceAmount)}</td>
                <td />
              </tr>
              <tr>
                <th scope="row">差額</th>
                <td className={`num${totals.difference === 0 ? '' : ' funds-diff--off'}`} data-testid="plan-difference">
                  {yen(totals.difference)}
                </td>
                <td aria-live="polite">{differenceLabel(totals.difference)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        {linesError && (
          <p className="field-error" role="alert">
            {linesError}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !totals.ready} aria-describedby="plan-submit-hint">
            {busy ? '提出中…' : accepted ? '使途変更を提出する' : '提出する'}
          </button>
          <Link className="button button--secondary" to={base}>
            戻る
          </Link>
        </div>
        <p className="hint" id="plan-submit-hint">
          {totals.ready ? `第${nextVersion}版として提出します。` : '合計が前払金額と一致すると提出できます。'}
        </p>
      </form>
    </>
  );
}
