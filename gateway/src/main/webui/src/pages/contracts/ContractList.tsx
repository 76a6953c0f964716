import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, query } from '../../api/client';
import { Empty, ErrorBanner, Loading, PageTitle, Pager } from '../../components/ui';
import { yen } from '../../format';
import { ContractFilterFields } from './ContractFilterFields';
import {
  contractQuery,
  EMPTY_FILTER,
  productShort,
  readListState,
  TABS,
  validateFilter,
  writeListState,
  type ContractFilter,
  type ListState,
  type Tab,
} from './logic';
import { Tabs } from './Tabs';
import type { ContractRow, Page } from './types';

/** 保証契約一覧: the company's guarantee contracts by tab, filtered and paged, each with 詳細. */
export function ContractList() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readListState(params), [params]);
  const [draft, setDraft] = useState<ContractFilter>(state.filter);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<Page<ContractRow> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusResults = useRef(false);
  const key = params.toString();

  useEffect(() => {
    const controller = new AbortController();
    setResult(null);
    setError(null);
    api<Page<ContractRow>>(`/api/contracts${query(contractQuery(state.tab, state.filter, state.page))}`, {
      signal: controller.signal,
    })
      .then((page) => {
        setResult(page);
        if (focusResults.current) resultsHeading.current?.focus();
        focusResults.current = false;
      })
      .catch((e) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
    // the address holds the whole state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  function go(next: ListState) {
    setParams(writeListState(next));
  }

  function search(e: FormEvent) {
    e.preventDefault();
    const found = validateFilter(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    focusResults.current = true;
    go({ ...state, filter: draft, page: 0 });
  }

  function clear() {
    setDraft(EMPTY_FILTER);
    setErrors({});
    go({ tab: state.tab, filter: EMPTY_FILTER, page: 0 });
  }

  function selectTab(tab: Tab) {
    go({ ...state, tab, page: 0 });
  }

  const tabLabel = TABS.find((t) => t.id === state.tab)?.label ?? '';
  return (
    <>
      <PageTitle lead="お客様の保証契約を表示しています。電子保証の認証キーと保証契約内容は「詳細」からご確認ください。">
        保証契約一覧
      </PageTitle>
      <form className="section" onSubmit={search} aria-labelledby="contract-search-title" noValidate>
        <h2 id="contract-search-title">検索</h2>
        <ContractFilterFields
          filter={draft}
          errors={errors}
          productDisabled={state.tab === 'BID_BOND'}
          onChange={setDraft}
        />
        <div className="actions">
          <button type="submit" className="button">
            検索する
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            条件をクリア
          </button>
        </div>
      </form>

      <Tabs label="保証契約の種類" tabs={TABS} selected={state.tab} idPrefix="contracts" onSelect={selectTab} />
      <section
        id="contracts-panel"
        role="tabpanel"
        aria-labelledby={`contracts-tab-${state.tab}`}
        className="contracts-panel"
      >
        <h2 className="contracts-sr contracts-focus" ref={resultsHeading} tabIndex={-1}>
          検索結果（{tabLabel}）
        </h2>
        <ErrorBanner error={error} />
        {!result && !error && <Loading />}
        {result && result.items.length === 0 && <Empty>該当する保証契約はありません。</Empty>}
        {result && result.items.length > 0 && (
          <>
            <div className="table-wrap">
              <table className="table contracts-table">
                <caption className="contracts-sr">保証契約一覧（{tabLabel}）</caption>
                <thead>
                  <tr>
                    <th scope="col">No.</th>
                    <th scope="col">保証種類</th>
                    <th scope="col">保証契約番号</th>
                    <th scope="col">
                      発注者名
                      <br />
                      工事名
                    </th>
                    <th scope="col">請負金額</th>
                    <th scope="col">
                      <span className="contracts-sr">操作</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((row) => (
                    <tr key={row.contractNumber}>
                      <td className="num">{row.no}</td>
                      <td>
                        {productShort(row)}
                        {row.format === 'ELECTRONIC' && <span className="contracts-badge">電子</span>}
                      </td>
                      <td>
                        <span className="contracts-number">{row.contractNumber}</span>
                        {row.status !== 'ACTIVE' && (
                          <>
                            <br />
                            <span className="status">{row.statusLabel}</span>
                          </>
                        )}
                      </td>
                      <td>
                        {row.obligeeName}
                        <br />
                        {row.workName}
                      </td>
                      <td className="num">{yen(row.contractAmount)}</td>
                      <td>
                        <Link
                          className="button button--small button--secondary"
                          to={`/contracts/${row.contractNumber}`}
                          aria-label={`詳細 ${row.contractNumber}`}
                        >
                          詳細
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={result.page - 1}
              size={result.size}
              total={result.total}
              onPage={(page) => go({ ...state, page })}
            />
          </>
        )}
      </section>
    </>
  );
}
