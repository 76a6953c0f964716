// 申込の作成: 申込作成 > 申込確認 > 送信完了 — a new application (保証申込 or 契約保証予約申込), a resumed draft, or a
// returned application fixed and resubmitted. The form is saved as a draft before 申込確認, so the confirmation shows
// exactly what the service holds; 送信する then submits it with one Idempotency-Key per attempt.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Field, Notice, NumberInput } from '../../components/ui';
import { dateTime, wareki } from '../../format';
import { ApplicationSummary, LineStatusBadge, SuretyMessages } from './ApplicationSummary';
import { FORMAT_LABELS, PAYMENT_METHODS, PRODUCT_LABELS, WORK_TYPE_LABELS } from './labels';
import {
  anyPaper,
  checkShape,
  clearSection,
  depositBankProblem,
  electronicWarning,
  emptyForm,
  fromView,
  lineKey,
  lineRatio,
  mapFieldErrors,
  withDefaultContact,
  newIdempotencyKey,
  productsOf,
  ratioBase,
  shownKeys,
  toBody,
  todayInTokyo,
  type ApplicationForm,
  type BidForm,
  type Errors,
  type FormKind,
  type InformationForm,
  type LineForm,
  type Section,
  type WorkForm,
} from './model';
import { CheckField, ChoiceField, FocusHeading, Steps, type Step } from './parts';
import type { ApplicationView, Branch, Orderer, ProductType, WorkType } from './types';
import { loadProfile } from '../profile/http';

interface Props {
  kind: FormKind;
  /** The saved draft or returned application being edited. */
  initial?: ApplicationView;
  /** Where a new application starts (e.g. a 契約保証予約 converted into a 契約保証); an empty form otherwise. */
  start?: ApplicationForm;
  notice?: string;
}

const AMOUNT_LABELS: Record<ProductType, string> = {
  ADVANCE_PAYMENT: '前払金保証金額',
  INTERIM_ADVANCE_PAYMENT: '中間前払金保証金額',
  CONTRACT: '契約保証金額',
  BID_BOND: '契約保証予約の保証金額',
};

/** Reference data every form needs: the orderer directory and the surety's branches. */
function useReferenceData() {
  const [orderers, setOrderers] = useState<Orderer[]>([]);
  const [branches, setBranches] = useState<Branch[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    Promise.all([
      api<Orderer[]>('/api/orderers', { signal: ctrl.signal }),
      api<Branch[]>('/api/branches', { signal: ctrl.signal }),
    ])
      .then(([o, b]) => {
        setOrderers(o);
        setBranches(b);
      })
      .catch((e) => {
        if (!ctrl.signal.aborted) setError(e);
      });
    return () => ctrl.abort();
  }, []);
  return { orderers, branches, error };
}

/**
 * A new application (not a draft being resumed, nor a returned one being fixed) takes the contact fields still
 * empty from お客様情報's default contact. Returns whether it did, so the form can say so. Without a saved contact
 * (or when the profile cannot be read) the form simply stays as it is.
 */
function useDefaultContact(isNew: boolean, setForm: (update: (f: ApplicationForm) => ApplicationForm) => void): boolean {
  const [prefilled, setPrefilled] = useState(false);
  useEffect(() => {
    if (!isNew) return;
    const ctrl = new AbortController();
    loadProfile(ctrl.signal)
      .then((profile) => {
        const contact = profile?.defaultContact;
        if (!contact || ctrl.signal.aborted) return;
        setForm((f) => ({ ...f, information: withDefaultContact(f.information, contact) }));
        setPrefilled(true);
      })
      .catch(() => undefined);
    return () => ctrl.abort();
  }, [isNew, setForm]);
  return prefilled;
}

export function ApplicationEditor({ kind, initial, start, notice: initialNotice }: Props) {
  const navigate = useNavigate();
  const { orderers, branches, error: referenceError } = useReferenceData();
  const [form, setForm] = useState<ApplicationForm>(() => (initial ? fromView(initial) : (start ?? emptyForm(kind))));
  const contactPrefilled = useDefaultContact(!initial, setForm);
  const [id, setId] = useState<string | undefined>(initial?.id);
  const [saved, setSaved] = useState<ApplicationView | undefined>(initial);
  const [step, setStep] = useState<Step>('申込作成');
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [shownFields, setShownFields] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | undefined>(initialNotice);
  const [busy, setBusy] = useState(false);
  const [bannerFocus, setBannerFocus] = useState(0);
  const idempotencyKey = useRef<string | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const returned = !!initial && !initial.draft;
  const today = todayInTokyo();

  useEffect(() => {
    if (bannerFocus > 0) bannerRef.current?.focus();
  }, [bannerFocus]);

  const liveErrors = useMemo(() => checkShape(form), [form]);
  const errorOf = (key: string): string | undefined => liveErrors[key] ?? serverErrors[key];
  const keys = useMemo(() => shownKeys(kind), [kind]);

  const forget = (prefix: string, fields: string[]) =>
    setServerErrors((errors) => {
      const next = { ...errors };
      for (const f of fields) delete next[`${prefix}.${f}`];
      return next;
    });
  const setWork = (patch: Partial<WorkForm>) => {
    setForm((f) => ({ ...f, work: { ...f.work, ...patch } }));
    forget('work', Object.keys(patch));
  };
  const setBid = (patch: Partial<BidForm>) => {
    setForm((f) => ({ ...f, bid: { ...f.bid, ...patch } }));
    forget('bid', Object.keys(patch));
  };
  const setLine = (product: ProductType, patch: Partial<LineForm>) => {
    setForm((f) => ({ ...f, lines: { ...f.lines, [product]: { ...f.lines[product], ...patch } } }));
    forget(product, Object.keys(patch));
  };
  const setInfo = (patch: Partial<InformationForm>) => {
    setForm((f) => ({ ...f, information: { ...f.information, ...patch } }));
    forget('information', Object.keys(patch));
  };
  const clear = (section: Section) => {
    setForm((f) => clearSection(f, section));
    setServerErrors((errors) =>
      Object.fromEntries(
        Object.entries(errors).filter(([k]) =>
          section === 'lines' ? !productsOf(kind).some((p) => k.startsWith(`${p}.`)) && k !== 'lines' : !k.startsWith(`${section}.`),
        ),
      ),
    );
  };

  /** Shows a failed call: field errors next to their fields (on the form step), the rest in the banner. */
  const fail = (e: unknown, products: ProductType[], backToForm: boolean) => {
    if (e instanceof ApiError && e.problem.errors?.length) {
      const { byKey, shown } = mapFieldErrors(e.problem.errors, products, keys);
      setServerErrors(byKey);
      setShownFields(backToForm ? shown : []);
      if (backToForm) setStep('申込作成');
    } else {
      setShownFields([]);
    }
    setProblem(e);
    setBannerFocus((n) => n + 1);
  };

  const shapeOk = (): boolean => {
    if (Object.keys(liveErrors).length === 0) return true;
    setProblem(
      new ApiError({
        status: 400,
        title: '入力内容を確認してください。',
        errors: Object.entries(liveErrors).map(([field, message]) => ({ field, message })),
      }),
    );
    setShownFields(Object.keys(liveErrors));
    setBannerFocus((n) => n + 1);
    return false;
  };

  /** Saves the form (a new draft, or the draft / returned application being edited). */
  const save = async (): Promise<ApplicationView | undefined> => {
    const { body, products } = toBody(form);
    try {
      const view = id
        ? await api<ApplicationView>(`/api/applications/${id}`, { method: 'PUT', body })
        : await api<ApplicationView>('/api/applications/drafts', { method: 'POST', body });
      setId(view.id);
      setSaved(view);
      setServerErrors({});
      setProblem(null);
      return view;
    } catch (e) {
      fail(e, products, true);
      return undefined;
    }
  };

  const onSaveDraft = async () => {
    if (!shapeOk()) return;
    setBusy(true);
    setNotice(undefined);
    const wasNew = !id;
    const view = await save();
    setBusy(false);
    if (!view) return;
    if (wasNew) {
      navigate(`/applications/${view.id}/edit`, { replace: true, state: { notice: '下書きを保存しました。' } });
    } else {
      setNotice(`下書きを保存しました（${dateTime(view.updatedAt)}）。`);
    }
  };

  const onConfirm = async () => {
    setNotice(undefined);
    if (!shapeOk()) return;
    setBusy(true);
    const view = await save();
    setBusy(false);
    if (!view) return;
    idempotencyKey.current = null;
    setStep('申込確認');
  };

  const onSubmit = async () => {
    if (!id) return;
    idempotencyKey.current ??= newIdempotencyKey();
    setBusy(true);
    setProblem(null);
    try {
      const view = await api<ApplicationView>(`/api/applications/${id}/submission`, {
        method: 'POST',
        headers: { 'Idempotency-Key': idempotencyKey.current },
      });
      setSaved(view);
      setStep('送信完了');
    } catch (e) {
      const invalid = e instanceof ApiError && (e.status === 400 || e.status === 422) && !!e.problem.errors?.length;
      if (invalid) idempotencyKey.current = null; // the form changes before the next attempt
      fail(e, toBody(form).products, invalid);
    } finally {
      setBusy(false);
    }
  };

  const onBack = () => {
    setProblem(null);
    setStep('申込作成');
  };

  const title = kind === 'BID_BOND' ? '契約保証予約申込（入札ボンド）' : '申込の作成';
  const banner = (
    <div ref={bannerRef} tabIndex={-1} className="banner-focus">
      <ErrorBanner error={problem} shownFields={shownFields} />
      {referenceError ? <ErrorBanner error={referenceError} /> : null}
    </div>
  );

  if (step === '送信完了' && saved) {
    return <Done view={saved} />;
  }

  if (step === '申込確認' && saved) {
    return (
      <>
        <Steps current="申込確認" />
        <FocusHeading focusKey={step} lead="入力内容をご確認のうえ「送信する」を押してください。修正する場合は「戻る」を押してください。">
          申込確認
        </FocusHeading>
        {banner}
        <ApplicationSummary view={saved} branches={branches} />
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
            戻る
          </button>
          <button type="button" className="button" onClick={onSubmit} disabled={busy}>
            {busy ? '送信中…' : '送信する'}
          </button>
        </div>
      </>
    );
  }

  const w = form.work;
  const selectedOrderer = orderers.find((o) => o.ordererId === w.ordererId);
  const electronicHint = electronicWarning(form, orderers, today);
  const paper = anyPaper(form);
  const allPaper = productsOf(kind).every((p) => !form.lines[p].applied || form.lines[p].format !== 'ELECTRONIC');

  return (
    <>
      <Steps current="申込作成" />
      <FocusHeading
        focusKey={step}
        lead={
          returned
            ? '保証会社から差戻しを受けた申込です。「弊社からお客様へのお知らせ」をご確認のうえ修正し、再度送信してください。'
            : 'ご不明な点は申込先の営業部・支店までお気軽にお問い合わせください。'
        }
      >
        {returned ? `${title}（差戻しの修正）` : title}
      </FocusHeading>
      {notice && <Notice>{notice}</Notice>}
      {banner}
      {returned && initial && (
        <section className="section section--notice" aria-labelledby="returned-messages">
          <h2 id="returned-messages">弊社からお客様へのお知らせ</h2>
          <SuretyMessages view={initial} />
        </section>
      )}

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onConfirm();
        }}
      >
        <section className="section" aria-labelledby="sec-work">
          <div className="section__head">
            <h2 id="sec-work">請負工事の情報</h2>
            <button type="button" className="button button--secondary button--small" onClick={() => clear('work')}>
              請負工事の情報をクリア
            </button>
          </div>
          <div className="form-grid">
            <Field label="工事名" required error={errorOf('work.name')}>
              {(p) => <input {...p} type="text" value={w.name} onChange={(e) => setWork({ name: e.target.value })} />}
            </Field>
            <Field label="工事番号" hint="発注者が付けた工事の番号" error={errorOf('work.ordererWorkNumber')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={w.ordererWorkNumber}
                  onChange={(e) => setWork({ ordererWorkNumber: e.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="orderer">
            <ChoiceField
              legend="発注者の指定方法"
              value={w.ordererMode}
              onChange={(v) => setWork({ ordererMode: v })}
              options={[
                { value: 'directory', label: '発注者一覧から選択' },
                { value: 'free', label: '一覧にない発注者を入力（証書(紙)のみ）', disabled: !allPaper },
              ]}
              hint={!allPaper ? '電子保証を申し込む場合は発注者一覧から選択してください。' : undefined}
            />
            {w.ordererMode === 'directory' ? (
              <Field
                label="発注者"
                required
                error={errorOf('work.ordererId')}
                hint={
                  selectedOrderer
                    ? selectedOrderer.acceptsElectronicSuretyFrom
                      ? `電子保証の受付開始日: ${wareki(selectedOrderer.acceptsElectronicSuretyFrom)}`
                      : 'この発注者は電子保証に対応していません（証書(紙)のみ）。'
                    : undefined
                }
              >
                {(p) => (
                  <select {...p} value={w.ordererId} onChange={(e) => setWork({ ordererId: e.target.value })}>
                    <option value="">選択してください</option>
                    {orderers.map((o) => (
                      <option key={o.ordererId} value={o.ordererId}>
                        {o.name}
                        {o.acceptsElectronicSuretyFrom ? '（電子保証対応）' : ''}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : (
              <Field
                label="発注者名"
                required
                hint="発注者一覧にない発注者の名称（例: 〇〇村長）。証書(紙)のみの申込に限ります。"
                error={errorOf('work.ordererName') ?? errorOf('work.ordererId')}
              >
                {(p) => (
                  <input {...p} type="text" value={w.ordererName} onChange={(e) => setWork({ ordererName: e.target.value })} />
                )}
              </Field>
            )}
            <p className="hint">
              <Link to="/orderers" target="_blank" rel="noopener">
                電子保証対応の発注者はこちら（別ウィンドウ）
              </Link>
            </p>
          </div>
          <div className="form-grid">
            <Field label="工事場所" error={errorOf('work.location')}>
              {(p) => <input {...p} type="text" value={w.location} onChange={(e) => setWork({ location: e.target.value })} />}
            </Field>
          </div>
          <ChoiceField<WorkType>
            legend="工種"
            required
            value={w.workType}
            onChange={(v) => setWork({ workType: v })}
            options={(Object.keys(WORK_TYPE_LABELS) as WorkType[]).map((v) => ({ value: v, label: WORK_TYPE_LABELS[v] }))}
            error={errorOf('work.workType')}
          />
          <div className="form-grid">
            <Field
              label="請負金額（円）"
              required={kind === 'NEW'}
              hint={kind === 'BID_BOND' ? '省略すると入札予定金額で判定します。' : undefined}
              error={errorOf('work.contractAmount')}
            >
              {(p) => (
                <NumberInput {...p} value={w.contractAmount} onValueChange={(v) => setWork({ contractAmount: v })} />
              )}
            </Field>
            <Field label="今年度対象額（円）" hint="複数年度の工事の場合（出来高予定額または支払限度額）" error={errorOf('work.currentYearAmount')}>
              {(p) => (
                <NumberInput {...p} value={w.currentYearAmount} onValueChange={(v) => setWork({ currentYearAmount: v })} />
              )}
            </Field>
            <Field label="工期(自)" required error={errorOf('work.periodFrom')}>
              {(p) => <input {...p} type="date" value={w.periodFrom} onChange={(e) => setWork({ periodFrom: e.target.value })} />}
            </Field>
            <Field label="工期(至)" required error={errorOf('work.periodTo')}>
              {(p) => <input {...p} type="date" value={w.periodTo} onChange={(e) => setWork({ periodTo: e.target.value })} />}
            </Field>
            <Field
              label="請負契約日"
              required={kind === 'NEW'}
              hint={kind === 'BID_BOND' ? '省略すると入札日とします。' : undefined}
              error={errorOf('work.contractDate')}
            >
              {(p) => (
                <input {...p} type="date" value={w.contractDate} onChange={(e) => setWork({ contractDate: e.target.value })} />
              )}
            </Field>
            <Field label="JV名" hint="共同企業体で受注した場合" error={errorOf('work.jointVentureName')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={w.jointVentureName}
                  onChange={(e) => setWork({ jointVentureName: e.target.value })}
                />
              )}
            </Field>
          </div>
          <div className="checks">
            {w.jointVentureName.trim() !== '' && (
              <CheckField
                label="当社はJVの代表者です"
                checked={w.jointVentureRepresentative}
                onChange={(v) => setWork({ jointVentureRepresentative: v })}
                error={errorOf('work.jointVentureRepresentative')}
              />
            )}
            <CheckField
              label="発注者が電子保証の利用を認めた工事・業務委託です"
              hint="電子保証を申し込む場合は確認してください。"
              checked={w.electronicPermitted}
              onChange={(v) => setWork({ electronicPermitted: v })}
              error={errorOf('work.electronicPermitted')}
            />
            <CheckField
              label="低入札価格調査の対象です"
              hint="契約保証金額は請負金額の30%以上になります。"
              checked={w.lowBid}
              onChange={(v) => setWork({ lowBid: v })}
              error={errorOf('work.lowBid')}
            />
            <CheckField
              label="前払金の予定があります"
              hint="契約保証・契約保証予約を前払金保証と別に申し込む場合に選択してください。"
              checked={w.advancePaymentPlanned}
              onChange={(v) => setWork({ advancePaymentPlanned: v })}
              error={errorOf('work.advancePaymentPlanned')}
            />
          </div>
          {errorOf('work') && (
            <p className="field-error" role="alert">
              {errorOf('work')}
            </p>
          )}
        </section>

        {kind === 'BID_BOND' && (
          <section className="section" aria-labelledby="sec-bid">
            <div className="section__head">
              <h2 id="sec-bid">入札の情報</h2>
              <button type="button" className="button button--secondary button--small" onClick={() => clear('bid')}>
                入札の情報をクリア
              </button>
            </div>
            <div className="form-grid">
              <Field label="公告番号" required error={errorOf('bid.announcementNumber')}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={form.bid.announcementNumber}
                    onChange={(e) => setBid({ announcementNumber: e.target.value })}
                  />
                )}
              </Field>
              <Field label="入札日" required error={errorOf('bid.bidDate')}>
                {(p) => <input {...p} type="date" value={form.bid.bidDate} onChange={(e) => setBid({ bidDate: e.target.value })} />}
              </Field>
              <Field label="入札予定金額（円）" required error={errorOf('bid.plannedBidAmount')}>
                {(p) => (
                  <NumberInput {...p} value={form.bid.plannedBidAmount} onValueChange={(v) => setBid({ plannedBidAmount: v })} />
                )}
              </Field>
            </div>
          </section>
        )}

        <section className="section" aria-labelledby="sec-lines">
          <div className="section__head">
            <h2 id="sec-lines">保証の申込内容</h2>
            <button type="button" className="button button--secondary button--small" onClick={() => clear('lines')}>
              保証の申込内容をクリア
            </button>
          </div>
          {errorOf('lines') && (
            <p className="field-error" role="alert">
              {errorOf('lines')}
            </p>
          )}
          {productsOf(kind).map((product) => (
            <LineSection
              key={product}
              product={product}
              kind={kind}
              form={form}
              line={form.lines[product]}
              saved={initial?.lines.find((l) => l.productType === product)}
              freeOrderer={w.ordererMode === 'free'}
              electronicHint={form.lines[product].format === 'ELECTRONIC' ? electronicHint : undefined}
              errorOf={errorOf}
              onChange={(patch) => setLine(product, patch)}
              onClear={() => clear(product)}
            />
          ))}
        </section>

        <section className="section" aria-labelledby="sec-info">
          <div className="section__head">
            <h2 id="sec-info">インフォメーション</h2>
            <button type="button" className="button button--secondary button--small" onClick={() => clear('information')}>
              インフォメーションをクリア
            </button>
          </div>
          {errorOf('information') && (
            <p className="field-error" role="alert">
              {errorOf('information')}
            </p>
          )}
          <h3>申込送信先、保証証書受取</h3>
          <div className="form-grid">
            <Field label="申込送信先" required error={errorOf('information.branchCode')}>
              {(p) => (
                <select {...p} value={form.information.branchCode} onChange={(e) => setInfo({ branchCode: e.target.value })}>
                  <option value="">選択してください</option>
                  {branches.map((b) => (
                    <option key={b.branchCode} value={b.branchCode}>
                      {b.name}
                      {b.companyName ? `（${b.companyName}）` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <ChoiceField
            legend="保証証書受取"
            required={paper}
            value={form.information.certificateReceipt}
            onChange={(v) => setInfo({ certificateReceipt: v })}
            options={[
              { value: 'WINDOW', label: '窓口' },
              { value: 'POST', label: '郵送' },
            ]}
            hint="証書(紙)の受取方法です。電子保証のみの場合は選択不要です。"
            error={errorOf('information.certificateReceipt')}
          />
          <ChoiceField
            legend="電子保証発行完了のお知らせ"
            value={form.information.completionMailWanted}
            onChange={(v) => setInfo({ completionMailWanted: v })}
            options={[
              { value: 'true', label: '希望する' },
              { value: 'false', label: '希望しない' },
            ]}
            hint="※「希望する」場合、弊社手続き完了後にメールを送信します。"
            error={errorOf('information.completionMailWanted')}
          />
          <div className="form-grid">
            <Field
              label="メールアドレス"
              required={form.information.completionMailWanted === 'true'}
              hint="お知らせを希望する場合は必須です。"
              error={errorOf('information.completionMailAddress')}
            >
              {(p) => (
                <input
                  {...p}
                  type="email"
                  autoComplete="email"
                  value={form.information.completionMailAddress}
                  onChange={(e) => setInfo({ completionMailAddress: e.target.value })}
                />
              )}
            </Field>
          </div>
          <h3>連絡先</h3>
          {contactPrefilled && (
            <p className="hint">お客様情報の既定の連絡先を入力しました。この申込だけ変更することもできます。</p>
          )}
          <div className="form-grid">
            <Field label="担当部署" error={errorOf('information.contactDepartment')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={form.information.contactDepartment}
                  onChange={(e) => setInfo({ contactDepartment: e.target.value })}
                />
              )}
            </Field>
            <Field label="役職" error={errorOf('information.contactTitle')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  value={form.information.contactTitle}
                  onChange={(e) => setInfo({ contactTitle: e.target.value })}
                />
              )}
            </Field>
            <Field label="担当者名" error={errorOf('information.contactName')}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  autoComplete="name"
                  value={form.information.contactName}
                  onChange={(e) => setInfo({ contactName: e.target.value })}
                />
              )}
            </Field>
            <Field label="連絡先電話番号" error={errorOf('information.contactPhone')}>
              {(p) => (
                <input
                  {...p}
                  type="tel"
                  autoComplete="tel"
                  value={form.information.contactPhone}
                  onChange={(e) => setInfo({ contactPhone: e.target.value })}
                />
              )}
            </Field>
          </div>
          <Field label="お客様から弊社への連絡事項" error={errorOf('information.messageToSurety')}>
            {(p) => (
              <textarea
                {...p}
                rows={4}
                value={form.information.messageToSurety}
                onChange={(e) => setInfo({ messageToSurety: e.target.value })}
              />
            )}
          </Field>
          {!returned && (
            <>
              <h3>弊社からお客様へのお知らせ</h3>
              {initial ? <SuretyMessages view={initial} /> : <p className="muted">お知らせはありません。</p>}
            </>
          )}
        </section>

        <div className="actions">
          {(!initial || initial.draft) && (
            <button type="button" className="button button--secondary" onClick={onSaveDraft} disabled={busy}>
              下書き保存
            </button>
          )}
          <button type="submit" className="button" disabled={busy}>
            申込確認
          </button>
        </div>
      </form>
    </>
  );
}

interface LineSectionProps {
  product: ProductType;
  kind: FormKind;
  form: ApplicationForm;
  line: LineForm;
  saved?: ApplicationView['lines'][number];
  freeOrderer: boolean;
  electronicHint?: string;
  errorOf: (key: string) => string | undefined;
  onChange: (patch: Partial<LineForm>) => void;
  onClear: () => void;
}

/** One product (前払金保証, 中間前払金保証, 契約保証 or 契約保証予約) with 「…を申し込む」 and 「…をクリア」. */
function LineSection({ product, kind, form, line, saved, freeOrderer, electronicHint, errorOf, onChange, onClear }: LineSectionProps) {
  const label = PRODUCT_LABELS[product];
  const advance = product === 'ADVANCE_PAYMENT' || product === 'INTERIM_ADVANCE_PAYMENT';
  const e = (field: string) => errorOf(lineKey(product, field));
  const base = ratioBase(form, product);
  const headingId = `sec-${product}`;
  const formatHint: ReactNode = (
    <>
      ※電子保証を希望される場合は、発注者が電子保証に対応していることを確認してください。
      電子保証対応の発注者は
      <Link to="/orderers" target="_blank" rel="noopener">
        こちら（別ウィンドウ）
      </Link>
      です。
      {freeOrderer && <span className="warning">発注者一覧から発注者を選択した場合のみ電子保証を選択できます。</span>}
      {electronicHint && <span className="warning">{electronicHint}</span>}
    </>
  );
  return (
    <section className="product" aria-labelledby={headingId}>
      <div className="section__head">
        <h3 id={headingId}>{label}</h3>
        {saved && (
          <p className="product__status">
            手続状況 <LineStatusBadge line={saved} />
            {saved.contractNumber && <> 保証契約番号 {saved.contractNumber}</>}
          </p>
        )}
        <button type="button" className="button button--secondary button--small" onClick={onClear}>
          {label}をクリア
        </button>
      </div>
      {kind === 'NEW' ? (
        <CheckField label={`${label}を申し込む`} checked={line.applied} onChange={(v) => onChange({ applied: v })} error={e('productType')} />
      ) : (
        e('productType') && (
          <p className="field-error" role="alert">
            {e('productType')}
          </p>
        )
      )}
      {line.applied && (
        <div className="product__fields">
          <ChoiceField
            legend="保証証書の形式"
            required
            value={line.format}
            onChange={(v) => onChange({ format: v })}
            options={[
              { value: 'PAPER', label: FORMAT_LABELS.PAPER },
              { value: 'ELECTRONIC', label: FORMAT_LABELS.ELECTRONIC, disabled: freeOrderer },
            ]}
            hint={formatHint}
            error={e('format')}
          />
          <div className="form-grid">
            {advance && (
              <Field label="今年度対象額（円）" hint="出来高予定額または支払限度額" error={e('currentYearAmount')}>
                {(p) => (
                  <NumberInput {...p} value={line.currentYearAmount} onValueChange={(v) => onChange({ currentYearAmount: v })} />
                )}
              </Field>
            )}
            <Field
              label={`${AMOUNT_LABELS[product]}（円）`}
              required
              hint={`右の割合は${advance ? '請負金額もしくは今年度対象額' : '請負金額'}に対する${AMOUNT_LABELS[product]}の割合です（現在: ${base.label}）。`}
              error={e('guaranteeAmount')}
            >
              {(p) => (
                <div className="amount">
                  <NumberInput {...p} value={line.guaranteeAmount} onValueChange={(v) => onChange({ guaranteeAmount: v })} />
                  <output className="ratio" aria-live="polite" aria-label="割合">
                    {lineRatio(form, product)}
                  </output>
                </div>
              )}
            </Field>
            {advance && (
              <Field
                label="預託金融機関(全角)"
                required
                hint="全角で入力してください（例: 〇〇銀行　xx支店）。半角の英数字・記号・カナは使えません。"
                error={e('depositBank') ?? depositBankProblem(line.depositBank)}
              >
                {(p) => (
                  <input {...p} type="text" value={line.depositBank} onChange={(ev) => onChange({ depositBank: ev.target.value })} />
                )}
              </Field>
            )}
          </div>
          {advance && (
            <ChoiceField
              legend="再預託利用区分"
              required
              value={line.redeposit}
              onChange={(v) => onChange({ redeposit: v })}
              options={[
                { value: 'false', label: '再預託を利用しない' },
                { value: 'true', label: '再預託を利用する' },
              ]}
              error={e('redeposit')}
            />
          )}
          {product === 'INTERIM_ADVANCE_PAYMENT' && (
            <div className="form-grid">
              <Field
                label="認定番号"
                required
                hint="工期の2分の1経過・工程の2分の1進捗・出来高が請負金額の2分の1以上であることの発注者の認定"
                error={e('interimCertificationNumber')}
              >
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={line.interimCertificationNumber}
                    onChange={(ev) => onChange({ interimCertificationNumber: ev.target.value })}
                  />
                )}
              </Field>
              <Field label="認定日" required error={e('interimCertificationDate')}>
                {(p) => (
                  <input
                    {...p}
                    type="date"
                    value={line.interimCertificationDate}
                    onChange={(ev) => onChange({ interimCertificationDate: ev.target.value })}
                  />
                )}
              </Field>
            </div>
          )}
          {product !== 'BID_BOND' && (
            <>
              <div className="form-grid">
                <Field label={`${label.replace('保証', '')}保証料支払方法`} required error={e('premiumPaymentMethod')}>
                  {(p) => (
                    <select
                      {...p}
                      value={line.premiumPaymentMethod}
                      onChange={(ev) => onChange({ premiumPaymentMethod: ev.target.value })}
                    >
                      <option value="">選択してください</option>
                      {PAYMENT_METHODS.map((m) => (
                        <option key={m.value} value={m.value}>
                          {m.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={`${label.replace('保証', '')}保証料請求先`} required error={e('premiumPayer')}>
                  {(p) => (
                    <input
                      {...p}
                      type="text"
                      value={line.premiumPayer}
                      onChange={(ev) => onChange({ premiumPayer: ev.target.value })}
                    />
                  )}
                </Field>
              </div>
              <ChoiceField
                legend="保証料計算書(紙)について"
                required
                value={line.paperStatementWanted}
                onChange={(v) => onChange({ paperStatementWanted: v })}
                options={[
                  { value: 'true', label: '希望する' },
                  { value: 'false', label: '希望しない' },
                ]}
                hint="※保証料計算書は弊社手続き完了後、保証料計算書一覧メニューからご確認いただけます。"
                error={e('paperStatementWanted')}
              />
            </>
          )}
          {product === 'CONTRACT' && (
            <div className="form-grid">
              <Field
                label="契約保証予約の保証契約番号（切替の場合）"
                hint="同じ入札で承認済みの契約保証予約から切り替える場合に入力してください（例: 10101-000042）。"
                error={e('bidBondContractNumber')}
              >
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={line.bidBondContractNumber}
                    onChange={(ev) => onChange({ bidBondContractNumber: ev.target.value })}
                  />
                )}
              </Field>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** 送信完了: the application's number, what happens next, and the way to 状況. */
function Done({ view }: { view: ApplicationView }) {
  const electronic = view.lines.some((l) => l.format === 'ELECTRONIC');
  return (
    <>
      <Steps current="送信完了" />
      <FocusHeading focusKey="done" lead="申込を保証会社へ送信しました。">
        送信完了
      </FocusHeading>
      <Notice>申込を送信しました。審査の状況は「状況」でご確認いただけます。</Notice>
      <section className="section" aria-labelledby="done-number">
        <h2 id="done-number">申込番号</h2>
        <p className="application-number">{view.id}</p>
        <dl className="summary">
          <dt>工事名</dt>
          <dd>{view.workName}</dd>
          <dt>送信日時</dt>
          <dd>{dateTime(view.submittedAt)}</dd>
        </dl>
        <div className="table-wrap">
          <table className="table">
            <caption>保証の申込内容</caption>
            <thead>
              <tr>
                <th scope="col">保証の種類</th>
                <th scope="col">保証証書の形式</th>
                <th scope="col">手続状況</th>
                <th scope="col">保証契約番号</th>
              </tr>
            </thead>
            <tbody>
              {view.lines.map((l) => (
                <tr key={l.id}>
                  <td>{l.productLabel ?? PRODUCT_LABELS[l.productType]}</td>
                  <td>{l.format ? FORMAT_LABELS[l.format] : ''}</td>
                  <td>
                    <LineStatusBadge line={l} />
                  </td>
                  <td>{l.contractNumber ?? '（発行後に表示されます）'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="section" aria-labelledby="done-next">
        <h2 id="done-next">この後の流れ</h2>
        <ol>
          <li>保証会社が申込内容を審査します。内容に不備がある場合は差戻しとなり、「状況」から修正して再送信できます。</li>
          <li>承認されると保証の種類ごとに保証契約番号が付番され、保証料の入金確認後に保証証書を発行します。</li>
          {electronic && (
            <li>
              電子保証は「保証確認サービス（D-Sure）」に掲載され、ご希望の場合は「電子保証（認証キー）発行完了のお知らせ」をメールでお送りします。
              「保証契約一覧」の「電子保証（認証キー）」から「認証キー」のお知らせ（PDF）をダウンロードし、発注者へご提出ください。
            </li>
          )}
        </ol>
      </section>
      <div className="actions">
        <Link className="button" to="/applications">
          状況を確認する
        </Link>
        <Link className="button button--secondary" to={`/applications/${view.id}`}>
          申込内容を表示する
        </Link>
        <Link className="button button--secondary" to="/">
          トップへ戻る
        </Link>
      </div>
    </>
  );
}
