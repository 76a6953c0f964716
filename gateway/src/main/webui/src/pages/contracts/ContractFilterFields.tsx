import type { ReactNode } from 'react';
import { Field } from '../../components/ui';
import { PRODUCT_FILTERS, type ContractFilter } from './logic';

interface Props {
  filter: ContractFilter;
  errors: Record<string, string>;
  productDisabled?: boolean;
  /** Fields shown before 契約者 (the download's 対象). */
  before?: ReactNode;
  onChange: (filter: ContractFilter) => void;
}

/** 検索: 契約者, 保証種類, 期間 (from ~ to), 工事名 — shared by 保証契約一覧 and 保証契約情報ダウンロード. */
export function ContractFilterFields({ filter, errors, productDisabled, before, onChange }: Props) {
  const set = (patch: Partial<ContractFilter>) => onChange({ ...filter, ...patch });
  return (
    <div className="form-grid">
      {before}
      <Field label="契約者" hint="会社名またはJV名の一部で検索できます。" error={errors.contractorName}>
        {(p) => <input {...p} type="text" value={filter.contractorName} onChange={(e) => set({ contractorName: e.target.value })} />}
      </Field>
      <Field
        label="保証種類"
        hint={productDisabled ? '契約保証予約（入札ボンド）では指定できません。' : undefined}
        error={errors.productType}
      >
        {(p) => (
          <select {...p} value={filter.productType} disabled={productDisabled} onChange={(e) => set({ productType: e.target.value })}>
            {PRODUCT_FILTERS.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="期間（開始日）" hint="この日以降も保証期間が続く契約" error={errors.from}>
        {(p) => <input {...p} type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />}
      </Field>
      <Field label="期間（終了日）" hint="この日までに保証期間が始まる契約" error={errors.to}>
        {(p) => <input {...p} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />}
      </Field>
      <Field label="工事名" hint="工事名の一部で検索できます。" error={errors.workName}>
        {(p) => <input {...p} type="text" value={filter.workName} onChange={(e) => set({ workName: e.target.value })} />}
      </Field>
    </div>
  );
}
