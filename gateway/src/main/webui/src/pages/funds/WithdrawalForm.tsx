import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { yen } from '../../format';
import { fundsPath } from './FundsHome';
import { ACCOUNT_TYPES, emptyWithdrawal, withdrawableCategories, withdrawalBody, withdrawalProblems, type WithdrawalForm as Form } from './logic';
import { KanaField } from './parts';
import type { ContractFunds } from './types';

const SHOWN = ['category', 'amount', 'payee.name', 'payee.bankCode', 'payee.bankNameKana', 'payee.branchCode', 'payee.branchNameKana', 'payee.accountType', 'payee.accountNumber', 'payee.holderKana'];

/** 前払金払出依頼書: payee, amount and a decided 使途 that still has a balance in the accepted plan. */
export function WithdrawalForm() {
  const { number = '' } = useParams();
  const navigate = useNavigate();
  const [funds, setFunds] = useState<ContractFunds | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<Form>(emptyWithdrawal);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const banner = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLDivElement>(null);
  const base = `/funds/contracts/${encodeURIComponent(number)}`;

  useEffect(() => {
    api<ContractFunds>(fundsPath(number)).then(setFunds).catch(setLoadError);
  }, [number]);

  if (loadError) {
    return (
      <>
        <PageTitle>前払金払出依頼書</PageTitle>
        <ErrorBanner error={loadError} />
        <p>
          <Link to={base}>前払金の管理へ戻る</Link>
        </p>
      </>
    );
  }
  if (!funds) return <Loading />;

  const rows = withdrawableCategories(funds.schedule.balance.categories);
  const server = error instanceof ApiError ? error.fieldErrors() : {};
  const err = (f: string) => local[f] ?? server[f];
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const selected = rows.find((r) => r.category === form.category);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = withdrawalProblems(form, rows);
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => heading.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await api(`${fundsPath(number)}/withdrawals`, { method: 'POST', body: withdrawalBody(form) });
      navigate(base, { state: { notice: '前払金払出依頼書を提出しました。保証会社の承認後に払い出されます。' } });
    } catch (ex) {
      setError(ex);
      requestAnimationFrame(() => banner.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const blocked = !funds.claim
    ? '先に前払金請求書を作成し、前払金専用口座を登録してください。'
    : funds.schedule.acceptedVersion === null
      ? '前払金使途内訳明細書が受理されていないため、払出依頼はできません。'
      : rows.length === 0
        ? '払出可能な残額のある使途がありません（「未定」の金額は使途変更で使途を決めてから払い出せます）。'
        : null;

  return (
    <>
      <nav className="funds-crumbs" aria-label="パンくずリスト">
        <Link to={base}>前払金の管理</Link> ＞ <span aria-current="page">前払金払出依頼書</span>
      </nav>
      <PageTitle lead={`保証契約番号 ${funds.contractNumber}　${funds.workName}`}>前払金払出依頼書</PageTitle>
      {blocked ? (
        <>
          <Notice>{blocked}</Notice>
          <p>
            <Link to={base}>前払金の管理へ戻る</Link>
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate aria-label="払出依頼の内容">
          <div ref={heading} tabIndex={-1} className="banner-focus">
            {Object.keys(local).length > 0 && (
              <div className="banner banner--error" role="alert">
                <p className="banner__title">入力内容を確認してください。</p>
              </div>
            )}
          </div>
          <div ref={banner} tabIndex={-1} className="banner-focus">
            <ErrorBanner error={error} shownFields={SHOWN} />
          </div>
          <h2>払出内容</h2>
          <div className="form-grid">
            <Field label="使途" required hint="受理された使途内訳明細書の使途のうち、残額のあるものを選べます。" error={err('category')}>
              {(p) => (
                <select {...p} value={form.category} onChange={(e) => set({ category: e.target.value })}>
                  <option value="">選択してください</option>
                  {rows.map((r) => (
                    <option key={r.category} value={r.category}>
                      {r.label}（残額 {yen(r.remaining)}）
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="払出金額（円）" required hint={selected ? `払出可能残額 ${yen(selected.remaining)}` : '半角数字（円）'} error={err('amount')}>
              {(p) => <input {...p} inputMode="numeric" value={form.amount} onChange={(e) => set({ amount: e.target.value })} />}
            </Field>
          </div>
          <h2>払出先（支払先）</h2>
          <div className="form-grid">
            <Field label="払出先の名称" required hint="例: 株式会社 水戸資材" error={err('payee.name')}>
              {(p) => <input {...p} maxLength={100} value={form.name} onChange={(e) => set({ name: e.target.value })} />}
            </Field>
            <Field label="金融機関コード" required hint="半角数字4桁" error={err('payee.bankCode')}>
              {(p) => <input {...p} inputMode="numeric" maxLength={4} value={form.bankCode} onChange={(e) => set({ bankCode: e.target.value })} />}
            </Field>
            <KanaField label="金融機関名（カナ）" max={15} value={form.bankNameKana} onChange={(v) => set({ bankNameKana: v })} serverError={err('payee.bankNameKana')} />
            <Field label="支店コード" required hint="半角数字3桁" error={err('payee.branchCode')}>
              {(p) => <input {...p} inputMode="numeric" maxLength={3} value={form.branchCode} onChange={(e) => set({ branchCode: e.target.value })} />}
            </Field>
            <KanaField label="支店名（カナ）" max={15} value={form.branchNameKana} onChange={(v) => set({ branchNameKana: v })} serverError={err('payee.branchNameKana')} />
            <Field label="預金種目" required error={err('payee.accountType')}>
              {(p) => (
                <select {...p} value={form.accountType} onChange={(e) => set({ accountType: e.target.value as Form['accountType'] })}>
                  {ACCOUNT_TYPES.map((t) => (
                    <option key={t.code} value={t.code}>
                      {t.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="口座番号" required hint="半角数字7桁" error={err('payee.accountNumber')}>
              {(p) => <input {...p} inputMode="numeric" maxLength={7} value={form.accountNumber} onChange={(e) => set({ accountNumber: e.target.value })} />}
            </Field>
            <KanaField label="口座名義（カナ）" required max={30} value={form.holderKana} onChange={(v) => set({ holderKana: v })} serverError={local['payee.holderKana'] ? undefined : server['payee.holderKana']} />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? '送信中…' : '払出依頼を提出する'}
            </button>
            <Link className="button button--secondary" to={base}>
              戻る
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
