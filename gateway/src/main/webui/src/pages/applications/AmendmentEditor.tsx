// 変更申込: 増額 / 減額 / 保証期限変更 of one of the contractor's guarantee contracts. The change keeps the contract's
// format (rule 3: a change of an electronic contract is electronic), so the screen shows the format and never asks.
// Also the fix of a returned 変更申込 (/applications/:id/edit of kind AMENDMENT).
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, Loading, Notice, NumberInput } from '../../components/ui';
import { contractNumber as formatContractNumber, dateTime, ratio, wareki, yen } from '../../format';
import { CHANGE_TYPE_LABELS, FORMAT_LABELS } from './labels';
import { amountProblem, newIdempotencyKey, parseYen, type YesNo } from './model';
import { ChoiceField, FocusHeading, type Step } from './parts';
import { SuretyMessages } from './ApplicationSummary';
import type { AmendmentBody, ApplicationView, ChangeType, ContractSummary } from './types';

/** The request fields this screen shows an error at; any other field error stays in the banner. */
const SHOWN_FIELDS = [
  'contractNumber',
  'changeType',
  'format',
  'newGuaranteeAmount',
  'newGuaranteeEnd',
  'newContractAmount',
  'newPeriodTo',
  'reason',
  'completionMailWanted',
  'completionMailAddress',
];

export interface AmendmentForm {
  contractNumber: string;
  changeType: '' | ChangeType;
  newGuaranteeAmount: string;
  newGuaranteeEnd: string;
  newContractAmount: string;
  newPeriodTo: string;
  reason: string;
  completionMailWanted: YesNo;
  completionMailAddress: string;
}

export function emptyAmendment(contractNumber = ''): AmendmentForm {
  return {
    contractNumber,
    changeType: '',
    newGuaranteeAmount: '',
    newGuaranteeEnd: '',
    newContractAmount: '',
    newPeriodTo: '',
    reason: '',
    completionMailWanted: '',
    completionMailAddress: '',
  };
}

/** The body of a 変更申込: only the fields its kind of change uses; the format is left out (the contract's is kept). */
export function amendmentBody(form: AmendmentForm): AmendmentBody {
  const amount = form.changeType === 'INCREASE' || form.changeType === 'DECREASE';
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    contractNumber: formatContractNumber(form.contractNumber.trim()),
    changeType: form.changeType === '' ? null : form.changeType,
    newGuaranteeAmount: amount ? parseYen(form.newGuaranteeAmount) : null,
    newGuaranteeEnd: form.changeType === 'TERM_CHANGE' ? text(form.newGuaranteeEnd) : null,
    newContractAmount: parseYen(form.newContractAmount),
    newPeriodTo: text(form.newPeriodTo),
    reason: text(form.reason),
    completionMailWanted: form.completionMailWanted === 'true',
    completionMailAddress: text(form.completionMailAddress),
  };
}

export function amendmentFromView(view: ApplicationView): AmendmentForm {
  const a = view.amendment;
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    contractNumber: s(a?.contractNumber),
    changeType: a?.changeType ?? '',
    newGuaranteeAmount: s(a?.newGuaranteeAmount),
    newGuaranteeEnd: s(a?.newGuaranteeEnd),
    newContractAmount: s(a?.newContractAmount),
    newPeriodTo: s(a?.newPeriodTo),
    reason: s(a?.reason),
    completionMailWanted: view.information?.completionMailWanted ? 'true' : 'false',
    completionMailAddress: s(view.information?.completionMailAddress),
  };
}

/** /applications/amend?contract=NNNNN-NNNNNN */
export function NewAmendmentPage() {
  const [params] = useSearchParams();
  const number = params.get('contract') ?? '';
  return <AmendmentEditor key={number} contractNumber={number} />;
}

export function AmendmentEditor({ contractNumber, initial }: { contractNumber: string; initial?: ApplicationView }) {
  const [form, setForm] = useState<AmendmentForm>(() =>
    initial ? amendmentFromView(initial) : emptyAmendment(contractNumber ? formatContractNumber(contractNumber) : ''),
  );
  const [contract, setContract] = useState<ContractSummary | null>(null);
  const [contractState, setContractState] = useState<'idle' | 'loading' | 'missing'>('idle');
  const [step, setStep] = useState<Step>('申込作成');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ApplicationView | null>(null);
  const [bannerFocus, setBannerFocus] = useState(0);
  const bannerRef = useRef<HTMLDivElement>(null);
  const idempotencyKey = useRef<string | null>(null);
  const number = form.contractNumber;

  useEffect(() => {
    if (bannerFocus > 0) bannerRef.current?.focus();
  }, [bannerFocus]);

  // The contract being changed: its format, amounts and 保証期限 (issuance's 保証契約一覧 data).
  useEffect(() => {
    const digits = number.replace(/[^0-9]/g, '');
    if (digits.length !== 11) {
      setContract(null);
      setContractState('idle');
      return;
    }
    const ctrl = new AbortController();
    setContractState('loading');
    api<ContractSummary>(`/api/contracts/${encodeURIComponent(formatContractNumber(digits))}`, { signal: ctrl.signal })
      .then((c) => {
        setContract(c);
        setContractState('idle');
      })
      .catch(() => {
        if (ctrl.signal.aborted) return;
        setContract(null);
        setContractState('missing');
      });
    return () => ctrl.abort();
  }, [number]);

  const set = (patch: Partial<AmendmentForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[k];
      return next;
    });
  };

  const live: Record<string, string> = {};
  const amountError = amountProblem(form.newGuaranteeAmount, '変更後の保証金額');
  if (amountError) live.newGuaranteeAmount = amountError;
  const contractAmountError = amountProblem(form.newContractAmount, '変更後の請負金額');
  if (contractAmountError) live.newContractAmount = contractAmountError;
  const errorOf = (k: string) => live[k] ?? errors[k];

  const fail = (e: unknown) => {
    if (e instanceof ApiError) setErrors(e.fieldErrors());
    setProblem(e);
    setBannerFocus((n) => n + 1);
  };

  const toConfirm = () => {
    setProblem(null);
    const missing: Record<string, string> = {};
    if (!form.contractNumber.trim()) missing.contractNumber = '保証契約番号を入力してください。';
    if (!form.changeType) missing.changeType = '変更の種類を選択してください。';
    if ((form.changeType === 'INCREASE' || form.changeType === 'DECREASE') && !form.newGuaranteeAmount.trim()) {
      missing.newGuaranteeAmount = '変更後の保証金額を入力してください。';
    }
    if (form.changeType === 'TERM_CHANGE' && !form.newGuaranteeEnd) missing.newGuaranteeEnd = '変更後の保証期限を入力してください。';
    if (form.completionMailWanted === 'true' && !form.completionMailAddress.trim()) {
      missing.completionMailAddress = '電子保証発行完了のお知らせを希望する場合はメールアドレスを入力してください。';
    }
    const all = { ...missing, ...live };
    if (Object.keys(all).length > 0) {
      setErrors(all);
      setProblem(new ApiError({ status: 400, title: '入力内容を確認してください。' }));
      setBannerFocus((n) => n + 1);
      return;
    }
    idempotencyKey.current = null;
    setStep('申込確認');
  };

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    const body = amendmentBody(form);
    try {
      let view: ApplicationView;
      if (initial) {
        await api<ApplicationView>(`/api/applications/${initial.id}/amendment`, { method: 'PUT', body });
        idempotencyKey.current ??= newIdempotencyKey();
        view = await api<ApplicationView>(`/api/applications/${initial.id}/submission`, {
          method: 'POST',
          headers: { 'Idempotency-Key': idempotencyKey.current },
        });
      } else {
        idempotencyKey.current ??= newIdempotencyKey();
        view = await api<ApplicationView>('/api/applications/amendments', {
          method: 'POST',
          body,
          headers: { 'Idempotency-Key': idempotencyKey.current },
        });
      }
      setResult(view);
      setStep('送信完了');
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors?.length) {
        idempotencyKey.current = null;
        setStep('申込作成');
      }
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const banner = (
    <div ref={bannerRef} tabIndex={-1} className="banner-focus">
      <ErrorBanner error={problem} shownFields={SHOWN_FIELDS.filter((f) => errors[f])} />
    </div>
  );
  const amountChange = form.changeType === 'INCREASE' || form.changeType === 'DECREASE';
  const base = parseYen(form.newContractAmount) ?? contract?.contractAmount ?? null;

  if (step === '送信完了' && result) {
    return (
      <>
        <FocusHeading focusKey="done">変更申込の送信完了</FocusHeading>
        <Notice>変更申込を送信しました。保証会社の審査後、変更後の保証証書を発行します。</Notice>
        <dl className="summary">
          <dt>申込番号</dt>
          <dd className="application-number">{result.id}</dd>
          <dt>保証契約番号</dt>
          <dd>{result.amendment?.contractNumber ?? form.contractNumber}</dd>
          <dt>送信日時</dt>
          <dd>{dateTime(result.submittedAt)}</dd>
        </dl>
        <p>
          電子保証の変更は電子保証で発行され、「保証契約一覧」の電子保証履歴一覧に「変更」として表示されます。
        </p>
        <div className="actions">
          <Link className="button" to="/applications">
            状況を確認する
          </Link>
          <Link className="button button--secondary" to={`/applications/${result.id}`}>
            申込内容を表示する
          </Link>
        </div>
      </>
    );
  }

  const contractFacts = contract && (
    <section className="section" aria-labelledby="amend-contract">
      <h2 id="amend-contract">変更する保証契約</h2>
      <dl className="summary">
        <dt>保証契約番号</dt>
        <dd>{contract.contractNumber}</dd>
        <dt>商品名</dt>
        <dd>{contract.productName}</dd>
        <dt>工事名</dt>
        <dd>{contract.workName}</dd>
        <dt>発注者名</dt>
        <dd>{contract.obligeeName}</dd>
        <dt>請負金額</dt>
        <dd>{yen(contract.contractAmount)}</dd>
        <dt>保証金額</dt>
        <dd>{yen(contract.guaranteeAmount)}</dd>
        <dt>保証期限</dt>
        <dd>{wareki(contract.guaranteeEnd)}</dd>
        <dt>保証証書の形式</dt>
        <dd>
          {FORMAT_LABELS[contract.format] ?? contract.format}
          <span className="muted">（変更後も同じ形式です）</span>
        </dd>
      </dl>
    </section>
  );

  if (step === '申込確認') {
    const b = amendmentBody(form);
    return (
      <>
        <FocusHeading focusKey="confirm" lead="入力内容をご確認のうえ「送信する」を押してください。">
          変更申込の確認
        </FocusHeading>
        {banner}
        {contractFacts}
        <section className="section" aria-labelledby="amend-confirm">
          <h2 id="amend-confirm">変更の内容</h2>
          <dl className="summary">
            <dt>保証契約番号</dt>
            <dd>{b.contractNumber}</dd>
            <dt>変更の種類</dt>
            <dd>{b.changeType ? CHANGE_TYPE_LABELS[b.changeType] : ''}</dd>
            {b.newGuaranteeAmount != null && (
              <>
                <dt>変更後の保証金額</dt>
                <dd>
                  {yen(b.newGuaranteeAmount)} <span className="ratio">{ratio(b.newGuaranteeAmount, base)}</span>
                </dd>
              </>
            )}
            {b.newGuaranteeEnd && (
              <>
                <dt>変更後の保証期限</dt>
                <dd>{wareki(b.newGuaranteeEnd)}</dd>
              </>
            )}
            {b.newContractAmount != null && (
              <>
                <dt>変更後の請負金額</dt>
                <dd>{yen(b.newContractAmount)}</dd>
              </>
            )}
            {b.newPeriodTo && (
              <>
                <dt>変更後の工期(至)</dt>
                <dd>{wareki(b.newPeriodTo)}</dd>
              </>
            )}
            <dt>変更理由</dt>
            <dd>{b.reason}</dd>
            <dt>電子保証発行完了のお知らせ</dt>
            <dd>{b.completionMailWanted ? `希望する（${b.completionMailAddress}）` : '希望しない'}</dd>
          </dl>
        </section>
        <div className="actions">
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => setStep('申込作成')}>
            戻る
          </button>
          <button type="button" className="button" disabled={busy} onClick={submit}>
            {busy ? '送信中…' : '送信する'}
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <FocusHeading
        focusKey="form"
        lead="増額・減額・保証期限変更を申し込みます。変更後の保証証書は元の保証契約と同じ形式（電子保証の変更は電子保証）で発行します。"
      >
        {initial ? '変更申込（差戻しの修正）' : '変更申込'}
      </FocusHeading>
      {banner}
      {initial && initial.messagesFromSurety.length > 0 && (
        <section className="section section--notice" aria-labelledby="amend-messages">
          <h2 id="amend-messages">弊社からお客様へのお知らせ</h2>
          <SuretyMessages view={initial} />
        </section>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          toConfirm();
        }}
      >
        <section className="section" aria-labelledby="amend-target">
          <h2 id="amend-target">保証契約</h2>
          <div className="form-grid">
            <Field
              label="保証契約番号"
              required
              hint="例: 10101-000001（ハイフンなしでも入力できます）"
              error={errorOf('contractNumber')}
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={form.contractNumber}
                  readOnly={!!initial}
                  onChange={(e) => set({ contractNumber: e.target.value })}
                />
              )}
            </Field>
          </div>
          {contractState === 'loading' && <Loading label="保証契約を確認しています…" />}
          {contractState === 'missing' && (
            <p className="hint">保証契約の内容を表示できませんでした。保証契約番号をご確認ください。</p>
          )}
        </section>
        {contractFacts}
        <section className="section" aria-labelledby="amend-change">
          <h2 id="amend-change">変更の内容</h2>
          <ChoiceField<ChangeType>
            legend="変更の種類"
            required
            value={form.changeType}
            onChange={(v) => set({ changeType: v })}
            options={(Object.keys(CHANGE_TYPE_LABELS) as ChangeType[]).map((v) => ({ value: v, label: CHANGE_TYPE_LABELS[v] }))}
            error={errorOf('changeType') ?? errorOf('format')}
          />
          <div className="form-grid">
            {amountChange && (
              <Field label="変更後の保証金額（円）" required error={errorOf('newGuaranteeAmount')}>
                {(p) => (
                  <div className="amount">
                    <NumberInput {...p} value={form.newGuaranteeAmount} onValueChange={(v) => set({ newGuaranteeAmount: v })} />
                    <output className="ratio" aria-live="polite" aria-label="割合">
                      {ratio(parseYen(form.newGuaranteeAmount), base)}
                    </output>
                  </div>
                )}
              </Field>
            )}
            {form.changeType === 'TERM_CHANGE' && (
              <Field label="変更後の保証期限" required error={errorOf('newGuaranteeEnd')}>
                {(p) => (
                  <input {...p} type="date" value={form.newGuaranteeEnd} onChange={(e) => set({ newGuaranteeEnd: e.target.value })} />
                )}
              </Field>
            )}
            <Field label="変更後の請負金額（円）" hint="請負金額が変わる場合" error={errorOf('newContractAmount')}>
              {(p) => (
                <NumberInput {...p} value={form.newContractAmount} onValueChange={(v) => set({ newContractAmount: v })} />
              )}
            </Field>
            <Field label="変更後の工期(至)" hint="工期が変わる場合" error={errorOf('newPeriodTo')}>
              {(p) => <input {...p} type="date" value={form.newPeriodTo} onChange={(e) => set({ newPeriodTo: e.target.value })} />}
            </Field>
          </div>
          <Field label="変更理由" error={errorOf('reason')}>
            {(p) => <textarea {...p} rows={3} value={form.reason} onChange={(e) => set({ reason: e.target.value })} />}
          </Field>
          <ChoiceField
            legend="電子保証発行完了のお知らせ"
            value={form.completionMailWanted}
            onChange={(v) => set({ completionMailWanted: v })}
            options={[
              { value: 'true', label: '希望する' },
              { value: 'false', label: '希望しない' },
            ]}
            hint="※「希望する」場合、弊社手続き完了後にメールを送信します。"
            error={errorOf('completionMailWanted')}
          />
          <div className="form-grid">
            <Field
              label="メールアドレス"
              required={form.completionMailWanted === 'true'}
              error={errorOf('completionMailAddress')}
            >
              {(p) => (
                <input
                  {...p}
                  type="email"
                  value={form.completionMailAddress}
                  onChange={(e) => set({ completionMailAddress: e.target.value })}
                />
              )}
            </Field>
          </div>
        </section>
        <div className="actions">
          <button type="submit" className="button">
            申込確認
          </button>
        </div>
      </form>
    </>
  );
}
