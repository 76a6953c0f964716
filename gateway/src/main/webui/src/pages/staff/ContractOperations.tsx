import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, Notice, PageTitle } from '../../components/ui';
import { contractNumber as printed, yen } from '../../format';
import { actionBody, CONTRACT_ACTIONS, type ContractAction } from './actions';

interface Refund {
  premium: number;
  totalDays: number;
  unusedDays: number;
  refund: number;
}

function outcomeText(action: ContractAction, result: unknown): string {
  if (action.id === 'cancellation' && result && typeof result === 'object' && 'refund' in result) {
    const r = result as Refund;
    return `解約しました。返還保証料 ${yen(r.refund)}（保証料 ${yen(r.premium)}、未経過 ${r.unusedDays}日 / ${r.totalDays}日）`;
  }
  if (result && typeof result === 'object' && 'version' in result) {
    return `${action.title}を登録しました（第${(result as { version: number }).version}版）。`;
  }
  return `${action.title}を登録しました。`;
}

function ActionForm({ contract, action }: { contract: string; action: ContractAction }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (action.danger && !window.confirm(`${action.title}を実行します。よろしいですか？`)) return;
    setSending(true);
    setError(null);
    setDone(null);
    try {
      const result = await api<unknown>(`/api/underwriting/contracts/${encodeURIComponent(contract)}/${action.path}`, {
        method: 'POST',
        body: actionBody(action, values),
      });
      setDone(outcomeText(action, result));
      setValues({});
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
      status.current?.focus();
    }
  }

  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return (
    <form className="section" onSubmit={submit} aria-labelledby={`action-${action.id}`}>
      <h2 id={`action-${action.id}`}>{action.title}</h2>
      <p className="lead">{action.lead}</p>
      <div ref={status} tabIndex={-1}>
        {done && <Notice>{done}</Notice>}
        <ErrorBanner error={error} shownFields={action.fields.map((f) => f.name)} />
      </div>
      <div className="form-grid">
        {action.fields.map((f) => (
          <Field key={f.name} label={f.label} required={f.required} hint={f.hint} error={fieldErrors[f.name]}>
            {(p) => {
              const value = values[f.name] ?? '';
              const set = (v: string) => setValues({ ...values, [f.name]: v });
              if (f.kind === 'textarea') return <textarea {...p} rows={2} value={value} onChange={(e) => set(e.target.value)} />;
              if (f.kind === 'select') {
                return (
                  <select {...p} value={value} onChange={(e) => set(e.target.value)}>
                    <option value="">選択してください</option>
                    {f.options?.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                );
              }
              return (
                <input
                  {...p}
                  type={f.kind === 'number' ? 'text' : f.kind}
                  inputMode={f.kind === 'number' ? 'numeric' : undefined}
                  value={value}
                  onChange={(e) => set(e.target.value)}
                />
              );
            }}
          </Field>
        ))}
      </div>
      <div className="actions">
        <button type="submit" className={action.danger ? 'button button--danger' : 'button'} disabled={sending}>
          {action.button}
        </button>
      </div>
    </form>
  );
}

/** 保証契約の操作 (underwriter): payment, 訂正, 変更取消, 解約, 認証キー再発行, 紙証書の交付. */
export function ContractOperations() {
  const { contractNumber = '' } = useParams();
  const number = printed(contractNumber);
  return (
    <>
      <p>
        <Link to="/staff/underwriting">審査キューへ戻る</Link>
      </p>
      <PageTitle lead="操作はすべて記録され、変更のあった版は D-Sure とお客様の画面に反映されます。">保証契約 {number} の操作</PageTitle>
      <nav className="section" aria-label="操作の一覧">
        <ul className="inline-links">
          {CONTRACT_ACTIONS.map((a) => (
            <li key={a.id}>
              <a href={`#action-${a.id}`}>{a.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {CONTRACT_ACTIONS.map((a) => (
        <ActionForm key={a.id} contract={number} action={a} />
      ))}
    </>
  );
}

/** Find a contract by number to operate on it. */
export function ContractSearch() {
  const [number, setNumber] = useState('');
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>保証契約の操作</PageTitle>
      <form
        className="section"
        onSubmit={(e) => {
          e.preventDefault();
          if (number.trim()) navigate(`/staff/contracts/${encodeURIComponent(printed(number.trim()))}`);
        }}
      >
        <Field label="保証契約番号" hint="例: 10101-000123（ハイフンなしでも入力できます）">
          {(p) => <input {...p} type="text" value={number} onChange={(e) => setNumber(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button">
            開く
          </button>
        </div>
      </form>
    </>
  );
}
