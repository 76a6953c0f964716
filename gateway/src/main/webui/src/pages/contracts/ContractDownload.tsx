import { useRef, useState, type FormEvent } from 'react';
import { api, query } from '../../api/client';
import { ErrorBanner, Field, Notice, PageTitle } from '../../components/ui';
import { ContractFilterFields } from './ContractFilterFields';
import { download } from './download';
import { contractQuery, EMPTY_FILTER, TABS, validateFilter, type ContractFilter, type Tab } from './logic';
import type { ContractRow, Page } from './types';

/** 保証契約情報ダウンロード: the filtered list as CSV (issuance builds it: UTF-8 with BOM for Excel, Japanese headers). */
export function ContractDownload() {
  const [tab, setTab] = useState<Tab>('ALL');
  const [filter, setFilter] = useState<ContractFilter>(EMPTY_FILTER);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateFilter(filter);
    setErrors(found);
    setError(null);
    setSaved(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const count = await api<Page<ContractRow>>(`/api/contracts${query(contractQuery(tab, filter, 0, 1))}`);
      const name = await download(`/api/contracts/download${query(contractQuery(tab, filter))}`, 'contracts.csv');
      setSaved(`${name}（${count.total}件）をダウンロードしました。`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setTimeout(() => status.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
    }
  }

  return (
    <>
      <PageTitle lead="保証契約の一覧をCSVファイル（Excelで開けるUTF-8形式）でダウンロードします。条件を指定しない場合はすべての保証契約が対象です。">
        保証契約情報ダウンロード
      </PageTitle>
      <form className="section" onSubmit={submit} noValidate aria-label="ダウンロードする保証契約の条件">
        <ContractFilterFields
          filter={filter}
          errors={errors}
          productDisabled={tab === 'BID_BOND'}
          onChange={setFilter}
          before={
            <Field label="対象">
              {(p) => (
                <select {...p} value={tab} onChange={(e) => setTab(e.target.value as Tab)}>
                  {TABS.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          }
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? '作成中…' : 'CSVファイルをダウンロード'}
          </button>
        </div>
      </form>
      <div ref={status} aria-live="polite">
        <ErrorBanner error={error} />
        {saved && <Notice>{saved}</Notice>}
      </div>
      <section className="section" aria-labelledby="csv-columns">
        <h2 id="csv-columns">CSVファイルの項目</h2>
        <p>
          No.、保証種類、保証契約番号、発注者名、工事名、請負金額、保証金額、保証期間(自)、保証期間(至)、形式、状態、保証会社
        </p>
      </section>
    </>
  );
}
