import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, NumberInput, PageTitle } from '../../components/ui';
import { PRODUCT_NAMES, quoteRequest, quoteRows, type QuoteForm } from './logic';
import type { PremiumQuote as Quote } from './types';

const FIELDS = ['productType', 'guaranteeAmount', 'from', 'to'];

/** 保証料計算: what a guarantee would cost, from the rate table valid today (a simulation, not an application). */
export function PremiumQuote() {
  const [form, setForm] = useState<QuoteForm>({ productType: 'ADVANCE_PAYMENT', guaranteeAmount: '', from: '', to: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [busy, setBusy] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<QuoteForm>) => setForm({ ...form, ...patch });

  async function calculate(e: FormEvent) {
    e.preventDefault();
    const { request, errors: found } = quoteRequest(form);
    setErrors(found);
    setError(null);
    setQuote(null);
    if (!request) {
      setTimeout(() => errorRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      setQuote(await api<Quote>('/api/premiums/quote', { body: request }));
      setTimeout(() => resultHeading.current?.focus());
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fieldErrors());
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageTitle lead="保証種類・保証金額・保証期間を入力すると、現在の保証料率による保証料の目安を計算します。実際の保証料は保証料計算書でご確認ください。">
        保証料計算
      </PageTitle>
      <form className="section" onSubmit={calculate} noValidate aria-label="保証料計算の条件">
        <div ref={errorRef}>
          <ErrorBanner error={error} shownFields={FIELDS} />
          <div className="form-grid">
            <Field label="保証種類" required error={errors.productType}>
              {(p) => (
                <select {...p} value={form.productType} onChange={(e) => set({ productType: e.target.value })}>
                  {Object.entries(PRODUCT_NAMES).map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="保証金額（円）" required hint="例：20,000,000" error={errors.guaranteeAmount}>
              {(p) => (
                <NumberInput {...p} value={form.guaranteeAmount} onValueChange={(v) => set({ guaranteeAmount: v })} />
              )}
            </Field>
            <Field label="保証期間の開始日" required hint="通常は工期の開始日です。" error={errors.from}>
              {(p) => <input {...p} type="date" value={form.from} onChange={(e) => set({ from: e.target.value })} />}
            </Field>
            <Field label="保証期限" required hint="通常は工期の終了日です。" error={errors.to}>
              {(p) => <input {...p} type="date" value={form.to} onChange={(e) => set({ to: e.target.value })} />}
            </Field>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            計算する
          </button>
        </div>
      </form>
      {quote && (
        <section className="section" aria-labelledby="quote-result">
          <h2 id="quote-result" className="contracts-focus" ref={resultHeading} tabIndex={-1}>
            計算結果（{PRODUCT_NAMES[quote.productType] ?? quote.productType}）
          </h2>
          <dl className="summary">
            {quoteRows(quote).map((row) => (
              <div key={row.label} className="contracts-summary__row">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          {quote.minimumApplied && <p className="hint">計算した額が最低保証料に満たないため、最低保証料を表示しています。</p>}
          <p className="hint">
            {quote.productType === 'BID_BOND'
              ? '契約保証予約手数料には消費税がかかります。'
              : '保証料は非課税です（消費税はかかりません）。'}
          </p>
        </section>
      )}
    </>
  );
}
