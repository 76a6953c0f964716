import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { wareki, yen } from '../../format';
import { label, PRODUCT_LABELS } from './labels';
import { rateTableBody, type RateTableForm } from './rateTable';

interface Rule {
  branchCode: string;
  productType: string;
  enabled: boolean;
  maxGuaranteeAmount: number;
  knownContractorRequired: boolean;
  electronicPermissionRequired: boolean;
}
interface Tier {
  amountUpTo: number | null;
  daysUpTo: number | null;
  ratePercent: number;
}
interface RateTable {
  productType: string;
  validFrom: string;
  validTo: string | null;
  roundingUnit: number;
  rounding: string;
  minimumPremium: number;
  taxRatePercent: number;
  tiers: Tier[];
}
/** As the API lists it: the table with its id. */
interface RateTableView {
  tableId: string;
  table: RateTable;
}
interface Branch {
  branchCode: string;
  name: string;
  companyName: string;
  address: string | null;
  tel: string | null;
  fax: string | null;
}
interface Contractor {
  contractorId: string;
  name: string;
  address: string | null;
  representative: string | null;
  bulkPaymentEligible: boolean;
}

const TABS = [
  { id: 'rules', label: '自動承認ルール' },
  { id: 'rates', label: '保証料率表' },
  { id: 'branches', label: '支店' },
  { id: 'contractors', label: 'お客様（契約者）' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function useList<T>(path: string) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    api<T[]>(path).then(setItems).catch(setError);
  }, [path]);
  useEffect(reload, [reload]);
  return { items, error, reload };
}

/** A save form with its outcome and field errors, shared by the master-data tabs. */
function SaveForm({ title, onSave, children, fields }: {
  title: string;
  onSave: () => Promise<unknown>;
  children: (errors: Record<string, string>) => ReactNode;
  fields: string[];
}) {
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      await onSave();
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      status.current?.focus();
    }
  }
  const errors = error instanceof ApiError ? error.fieldErrors() : {};
  return (
    <form className="section" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <div ref={status} tabIndex={-1}>
        {done && <Notice>保存しました。</Notice>}
        <ErrorBanner error={error} shownFields={fields} />
      </div>
      {children(errors)}
      <div className="actions">
        <button type="submit" className="button">
          保存する
        </button>
      </div>
    </form>
  );
}

function RulesTab() {
  const { items, error, reload } = useList<Rule>('/api/admin/auto-approval-rules');
  const [form, setForm] = useState({ branchCode: '', productType: 'ADVANCE_PAYMENT', enabled: true, maxGuaranteeAmount: '',
    knownContractorRequired: true, electronicPermissionRequired: true });
  return (
    <>
      <ErrorBanner error={error} />
      {!items && !error && <Loading />}
      {items && items.length === 0 && <Empty>自動承認ルールはまだありません。</Empty>}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>支店・保証種類ごとの自動承認ルール</caption>
            <thead>
              <tr>
                <th scope="col">支店</th>
                <th scope="col">保証種類</th>
                <th scope="col">自動承認</th>
                <th scope="col">上限保証金額</th>
                <th scope="col">登録済みのお客様のみ</th>
                <th scope="col">発注者の電子保証承認が必要</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.branchCode + r.productType}>
                  <td>{r.branchCode}</td>
                  <td>{label(PRODUCT_LABELS, r.productType)}</td>
                  <td>{r.enabled ? '有効' : '停止中'}</td>
                  <td className="num">{yen(r.maxGuaranteeAmount)}</td>
                  <td>{r.knownContractorRequired ? 'はい' : 'いいえ'}</td>
                  <td>{r.electronicPermissionRequired ? 'はい' : 'いいえ'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SaveForm
        title="自動承認ルールの設定"
        fields={['maxGuaranteeAmount']}
        onSave={async () => {
          await api(`/api/admin/auto-approval-rules/${encodeURIComponent(form.branchCode)}/${form.productType}`, {
            method: 'PUT',
            body: { ...form, maxGuaranteeAmount: Number(form.maxGuaranteeAmount.replace(/[,，]/g, '')) },
          });
          reload();
        }}
      >
        {(errors) => (
          <div className="form-grid">
            <Field label="支店コード" required hint="5桁の数字">
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.branchCode} onChange={(e) => setForm({ ...form, branchCode: e.target.value })} />}
            </Field>
            <Field label="保証種類" required>
              {(p) => (
                <select {...p} value={form.productType} onChange={(e) => setForm({ ...form, productType: e.target.value })}>
                  {Object.entries(PRODUCT_LABELS).map(([code, text]) => (
                    <option key={code} value={code}>
                      {text}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="上限保証金額（円）" required error={errors.maxGuaranteeAmount}>
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.maxGuaranteeAmount} onChange={(e) => setForm({ ...form, maxGuaranteeAmount: e.target.value })} />}
            </Field>
            <fieldset className="field">
              <legend>条件</legend>
              <div className="choices">
                <label>
                  <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} />
                  自動承認を有効にする
                </label>
                <label>
                  <input type="checkbox" checked={form.knownContractorRequired} onChange={(e) => setForm({ ...form, knownContractorRequired: e.target.checked })} />
                  登録済みのお客様のみ
                </label>
                <label>
                  <input type="checkbox" checked={form.electronicPermissionRequired} onChange={(e) => setForm({ ...form, electronicPermissionRequired: e.target.checked })} />
                  発注者の電子保証承認が必要
                </label>
              </div>
            </fieldset>
          </div>
        )}
      </SaveForm>
    </>
  );
}

const EMPTY_RATE: RateTableForm = { productType: 'ADVANCE_PAYMENT', validFrom: '', validTo: '', roundingUnit: '10', rounding: 'DOWN',
  minimumPremium: '0', taxRatePercent: '0', tiers: '' };

function RatesTab() {
  const { items: views, error, reload } = useList<RateTableView>('/api/premiums/rate-tables');
  const items = views?.map((v) => v.table) ?? null;
  const [form, setForm] = useState<RateTableForm>(EMPTY_RATE);
  const set = (k: keyof RateTableForm) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <>
      <ErrorBanner error={error} />
      {!items && !error && <Loading />}
      {items && items.length === 0 && <Empty>保証料率表はまだありません。</Empty>}
      {items?.map((t) => (
        <section className="section" key={t.productType + t.validFrom} aria-label={`${label(PRODUCT_LABELS, t.productType)} ${t.validFrom}`}>
          <h3>
            {label(PRODUCT_LABELS, t.productType)}（{wareki(t.validFrom)}から{t.validTo ? `${wareki(t.validTo)}まで` : ''}）
          </h3>
          <p>
            端数処理: {t.roundingUnit}円単位（{t.rounding}）／最低保証料: {yen(t.minimumPremium)}／消費税率: {t.taxRatePercent}%
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">保証金額（以下）</th>
                <th scope="col">保証期間（日以下）</th>
                <th scope="col">料率（年%）</th>
              </tr>
            </thead>
            <tbody>
              {t.tiers.map((tier, i) => (
                <tr key={i}>
                  <td className="num">{tier.amountUpTo === null ? '上限なし' : yen(tier.amountUpTo)}</td>
                  <td className="num">{tier.daysUpTo === null ? '上限なし' : `${tier.daysUpTo}日`}</td>
                  <td className="num">{tier.ratePercent}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <SaveForm
        title="保証料率表の登録"
        fields={['productType', 'validFrom', 'validTo', 'roundingUnit', 'rounding', 'minimumPremium', 'taxRatePercent', 'tiers']}
        onSave={async () => {
          await api('/api/premiums/rate-tables', { method: 'POST', body: rateTableBody(form) });
          reload();
        }}
      >
        {(errors) => (
          <div className="form-grid">
            <Field label="保証種類" required error={errors.productType}>
              {(p) => (
                <select {...p} value={form.productType} onChange={set('productType')}>
                  {Object.entries(PRODUCT_LABELS).map(([code, text]) => (
                    <option key={code} value={code}>
                      {text}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="適用開始日" required error={errors.validFrom}>
              {(p) => <input {...p} type="date" value={form.validFrom} onChange={set('validFrom')} />}
            </Field>
            <Field label="適用終了日" error={errors.validTo}>
              {(p) => <input {...p} type="date" value={form.validTo} onChange={set('validTo')} />}
            </Field>
            <Field label="端数処理の単位（円）" required error={errors.roundingUnit}>
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.roundingUnit} onChange={set('roundingUnit')} />}
            </Field>
            <Field label="端数処理" required error={errors.rounding}>
              {(p) => (
                <select {...p} value={form.rounding} onChange={set('rounding')}>
                  <option value="DOWN">切り捨て</option>
                  <option value="UP">切り上げ</option>
                  <option value="HALF_UP">四捨五入</option>
                </select>
              )}
            </Field>
            <Field label="最低保証料（円）" required error={errors.minimumPremium}>
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.minimumPremium} onChange={set('minimumPremium')} />}
            </Field>
            <Field label="消費税率（%）" required hint="契約保証予約の手数料のみ課税、保証料は非課税です。" error={errors.taxRatePercent}>
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.taxRatePercent} onChange={set('taxRatePercent')} />}
            </Field>
            <Field
              label="料率の区分"
              required
              hint="1行に1区分: 保証金額の上限, 保証期間の上限（日）, 年料率(%)。上限なしは空欄。例: 10000000,,0.5"
              error={errors.tiers}
            >
              {(p) => <textarea {...p} rows={4} value={form.tiers} onChange={set('tiers')} />}
            </Field>
          </div>
        )}
      </SaveForm>
    </>
  );
}

function BranchesTab() {
  const { items, error, reload } = useList<Branch>('/api/admin/branches');
  const [form, setForm] = useState({ branchCode: '', name: '', companyName: '', address: '', tel: '', fax: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <>
      <ErrorBanner error={error} />
      {!items && !error && <Loading />}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>支店（取扱箇所）</caption>
            <thead>
              <tr>
                <th scope="col">支店コード</th>
                <th scope="col">支店名</th>
                <th scope="col">保証会社</th>
                <th scope="col">所在地</th>
                <th scope="col">TEL / FAX</th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.branchCode}>
                  <td>{b.branchCode}</td>
                  <td>{b.name}</td>
                  <td>{b.companyName}</td>
                  <td>{b.address}</td>
                  <td>
                    {b.tel} / {b.fax}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SaveForm
        title="支店の登録・変更"
        fields={['name', 'companyName', 'address', 'tel', 'fax', 'branchCode']}
        onSave={async () => {
          const { branchCode, ...body } = form;
          await api(`/api/admin/branches/${encodeURIComponent(branchCode)}`, { method: 'PUT', body });
          reload();
        }}
      >
        {(errors) => (
          <div className="form-grid">
            <Field label="支店コード" required hint="5桁の数字" error={errors.branchCode}>
              {(p) => <input {...p} type="text" inputMode="numeric" value={form.branchCode} onChange={set('branchCode')} />}
            </Field>
            <Field label="支店名" required error={errors.name}>
              {(p) => <input {...p} type="text" value={form.name} onChange={set('name')} />}
            </Field>
            <Field label="保証会社名" required error={errors.companyName}>
              {(p) => <input {...p} type="text" value={form.companyName} onChange={set('companyName')} />}
            </Field>
            <Field label="所在地" error={errors.address}>
              {(p) => <input {...p} type="text" value={form.address} onChange={set('address')} />}
            </Field>
            <Field label="TEL" error={errors.tel}>
              {(p) => <input {...p} type="tel" value={form.tel} onChange={set('tel')} />}
            </Field>
            <Field label="FAX" error={errors.fax}>
              {(p) => <input {...p} type="tel" value={form.fax} onChange={set('fax')} />}
            </Field>
          </div>
        )}
      </SaveForm>
    </>
  );
}

function ContractorsTab() {
  const { items, error, reload } = useList<Contractor>('/api/admin/contractors');
  const [form, setForm] = useState({ contractorId: '', name: '', address: '', representative: '', bulkPaymentEligible: false });
  const set = (k: 'contractorId' | 'name' | 'address' | 'representative') => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  return (
    <>
      <ErrorBanner error={error} />
      {!items && !error && <Loading />}
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>お客様（契約者）の登録</caption>
            <thead>
              <tr>
                <th scope="col">お客様番号</th>
                <th scope="col">商号又は名称</th>
                <th scope="col">所在地</th>
                <th scope="col">代表者</th>
                <th scope="col">一括納付</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.contractorId}>
                  <td>{c.contractorId}</td>
                  <td>{c.name}</td>
                  <td>{c.address}</td>
                  <td>{c.representative}</td>
                  <td>{c.bulkPaymentEligible ? '登録あり' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SaveForm
        title="お客様の登録・変更"
        fields={['name', 'address', 'representative', 'contractorId']}
        onSave={async () => {
          const { contractorId, ...body } = form;
          await api(`/api/admin/contractors/${encodeURIComponent(contractorId)}`, { method: 'PUT', body });
          reload();
        }}
      >
        {(errors) => (
          <div className="form-grid">
            <Field label="お客様番号" required error={errors.contractorId}>
              {(p) => <input {...p} type="text" value={form.contractorId} onChange={set('contractorId')} />}
            </Field>
            <Field label="商号又は名称" required error={errors.name}>
              {(p) => <input {...p} type="text" value={form.name} onChange={set('name')} />}
            </Field>
            <Field label="所在地" error={errors.address}>
              {(p) => <input {...p} type="text" value={form.address} onChange={set('address')} />}
            </Field>
            <Field label="代表者" error={errors.representative}>
              {(p) => <input {...p} type="text" value={form.representative} onChange={set('representative')} />}
            </Field>
            <fieldset className="field">
              <legend>一括納付</legend>
              <label>
                <input type="checkbox" checked={form.bulkPaymentEligible} onChange={(e) => setForm({ ...form, bulkPaymentEligible: e.target.checked })} />
                一括納付（月まとめ）に登録する
              </label>
            </fieldset>
          </div>
        )}
      </SaveForm>
    </>
  );
}

/** マスタ管理 (surety_admin): auto-approval rules, rate tables, branches and the contractor register. */
export function AdminHome() {
  const [tab, setTab] = useState<TabId>('rules');
  return (
    <>
      <PageTitle lead="変更は直ちに審査・保証料計算に反映され、支店とお客様の情報は他のサービスへ通知されます。">マスタ管理</PageTitle>
      <div className="tabs" role="tablist" aria-label="マスタの種類">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'rules' && <RulesTab />}
        {tab === 'rates' && <RatesTab />}
        {tab === 'branches' && <BranchesTab />}
        {tab === 'contractors' && <ContractorsTab />}
      </div>
    </>
  );
}
