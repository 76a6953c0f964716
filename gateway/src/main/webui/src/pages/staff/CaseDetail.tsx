import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime, wareki, yen } from '../../format';
import { CASE_STATUS_LABELS, FORMAT_LABELS, label, PRODUCT_LABELS } from './labels';
import { paymentMethodLabel } from '../applications/labels';
import { CaseDocuments } from './CaseDocuments';
import type { CaseDetail as Detail } from './types';

type Decision = 'approve' | 'reject' | 'return';

const DECISIONS: Record<Decision, { button: string; field?: 'note' | 'reason' | 'message'; fieldLabel: string; done: string }> = {
  approve: { button: '承認する', field: 'note', fieldLabel: '審査コメント（任意）', done: '承認しました。' },
  reject: { button: '否決する', field: 'reason', fieldLabel: '否決理由', done: '否決しました。' },
  return: { button: '差し戻す', field: 'message', fieldLabel: 'お客様へのお知らせ（差戻し理由）', done: 'お客様へ差し戻しました。' },
};

interface Work {
  name?: string;
  ordererWorkNumber?: string;
  obligee?: { name?: string; ordererId?: string | null };
  location?: string;
  contractAmount?: number;
  currentYearAmount?: number | null;
  periodFrom?: string;
  periodTo?: string;
  contractDate?: string;
  electronicPermitted?: boolean;
}

interface Line {
  lineId: string;
  productType: string;
  format: string;
  guaranteeAmount: number;
  depositBank?: string | null;
  premiumPaymentMethod?: string | null;
}

/** One underwriting case: what was applied for, why it needs a person, its earlier rounds, and the decision. */
export function CaseDetail() {
  const { caseId } = useParams();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [decision, setDecision] = useState<Decision>('approve');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const outcome = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    api<Detail>(`/api/underwriting/cases/${caseId}`).then(setDetail).catch(setError);
  }, [caseId]);
  useEffect(load, [load]);

  async function decide(e: FormEvent) {
    e.preventDefault();
    const spec = DECISIONS[decision];
    setSending(true);
    setSubmitError(null);
    try {
      const result = await api<{ contractNumber?: string } | undefined>(`/api/underwriting/cases/${caseId}/${decision}`, {
        method: 'POST',
        body: spec.field ? { [spec.field]: text.trim() || null } : {},
      });
      setDone(spec.done + (result?.contractNumber ? ` 保証契約番号: ${result.contractNumber}` : ''));
      setText('');
      load();
    } catch (err) {
      setSubmitError(err);
    } finally {
      setSending(false);
      outcome.current?.focus();
    }
  }

  if (error) return <ErrorBanner error={error} />;
  if (!detail) return <Loading />;
  const c = detail.summary;
  const work = (detail.submission.work ?? {}) as Work;
  const lines = (detail.submission.lines ?? []) as Line[];
  const line = lines.find((l) => l.lineId === c.lineId);
  const open = c.status === 'UNDER_REVIEW' || c.status === 'RECEIVED';
  const spec = DECISIONS[decision];
  const fieldError = submitError instanceof ApiError && spec.field ? submitError.fieldErrors()[spec.field] : undefined;

  return (
    <>
      <p>
        <Link to="/staff/underwriting">審査キューへ戻る</Link>
      </p>
      <PageTitle lead={`${c.contractorName} — ${work.obligee?.name ?? c.obligeeName}`}>
        審査案件: {c.workName}（{label(PRODUCT_LABELS, c.productType)}）
      </PageTitle>
      <div ref={outcome} tabIndex={-1}>
        {done && <Notice>{done}</Notice>}
        <ErrorBanner error={submitError} shownFields={spec.field ? [spec.field] : []} />
      </div>
      <section className="section" aria-labelledby="case-summary">
        <h2 id="case-summary">案件の概要</h2>
        <dl className="summary">
          <dt>状態</dt>
          <dd>
            <span className="status">{label(CASE_STATUS_LABELS, c.status)}</span>
            {c.decidedBy && ` （${c.decidedBy} ${dateTime(c.decidedAt)}）`}
          </dd>
          <dt>保証種類</dt>
          <dd>
            {label(PRODUCT_LABELS, c.productType)}（{label(FORMAT_LABELS, c.format)}）
          </dd>
          <dt>保証金額</dt>
          <dd>{yen(c.guaranteeAmount)}</dd>
          <dt>お客様</dt>
          <dd>
            {c.contractorName}（{c.contractorId}）
          </dd>
          <dt>工事名</dt>
          <dd>
            {work.name ?? c.workName}
            {work.ordererWorkNumber && `（工事番号 ${work.ordererWorkNumber}）`}
          </dd>
          <dt>発注者</dt>
          <dd>{work.obligee?.name ?? c.obligeeName}</dd>
          <dt>請負金額</dt>
          <dd>{yen(work.contractAmount)}</dd>
          <dt>工期</dt>
          <dd>
            {wareki(work.periodFrom)} ～ {wareki(work.periodTo)}
          </dd>
          <dt>請負契約日</dt>
          <dd>{wareki(work.contractDate)}</dd>
          {line?.depositBank && (
            <>
              <dt>預託金融機関</dt>
              <dd>{line.depositBank}</dd>
            </>
          )}
          <dt>保証料支払方法</dt>
          <dd>{c.premiumPaymentMethod ? paymentMethodLabel(c.premiumPaymentMethod) : '—'}</dd>
          <dt>受付日時</dt>
          <dd>{dateTime(c.receivedAt)}</dd>
          {c.contractNumber && (
            <>
              <dt>保証契約番号</dt>
              <dd>
                <Link to={`/staff/contracts/${c.contractNumber}`}>{c.contractNumber}</Link>
              </dd>
            </>
          )}
          {c.decisionNote && (
            <>
              <dt>審査コメント・理由</dt>
              <dd>{c.decisionNote}</dd>
            </>
          )}
        </dl>
        {c.reasons.length > 0 && (
          <>
            <h3>自動承認されなかった理由</h3>
            <ul>
              {c.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {c.applicationId && <CaseDocuments applicationId={c.applicationId} />}
      {detail.history.length > 0 && (
        <section className="section" aria-labelledby="case-history">
          <h2 id="case-history">差戻し履歴</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">回</th>
                  <th scope="col">受付日時</th>
                  <th scope="col">保証金額</th>
                  <th scope="col">結果</th>
                  <th scope="col">お知らせ・理由</th>
                </tr>
              </thead>
              <tbody>
                {detail.history.map((r) => (
                  <tr key={r.round}>
                    <td>{r.round}</td>
                    <td>{dateTime(r.receivedAt)}</td>
                    <td className="num">{yen(r.guaranteeAmount)}</td>
                    <td>{label(CASE_STATUS_LABELS, r.status)}</td>
                    <td>{r.decisionNote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {open && (
        <form className="section" onSubmit={decide} aria-labelledby="case-decision">
          <h2 id="case-decision">審査結果</h2>
          <fieldset className="field">
            <legend>判断</legend>
            <div className="choices">
              {(Object.keys(DECISIONS) as Decision[]).map((d) => (
                <label key={d}>
                  <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />
                  {d === 'approve' ? '承認' : d === 'reject' ? '否決' : '差戻し'}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={spec.fieldLabel} required={decision !== 'approve'} error={fieldError}>
            {(p) => <textarea {...p} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className={decision === 'approve' ? 'button' : 'button button--danger'} disabled={sending}>
              {spec.button}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
