import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, PageTitle, Pager } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { CASE_STATUS_LABELS, FORMAT_LABELS, label, PRODUCT_LABELS, queueQuery } from './labels';
import type { CaseSummary, Page } from './types';

interface Filter {
  status: string;
  productType: string;
  workName: string;
}

/** 審査キュー: the cases of the underwriter's branch that the auto-approval rules left to a person. */
export function UnderwritingQueue() {
  const [draft, setDraft] = useState<Filter>({ status: 'UNDER_REVIEW', productType: '', workName: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<Page<CaseSummary> | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setResult(null);
    setError(null);
    api<Page<CaseSummary>>(`/api/underwriting/cases${query(queueQuery(filter, page))}`)
      .then(setResult)
      .catch(setError);
  }, [filter, page]);

  function search(e: FormEvent) {
    e.preventDefault();
    setPage(0);
    setFilter(draft);
  }

  return (
    <>
      <PageTitle lead="自動承認の条件を満たさなかった申込です。案件を開いて承認・否決・差戻しを行います。">審査キュー</PageTitle>
      <form className="section" onSubmit={search} aria-label="審査案件の検索">
        <div className="form-grid">
          <Field label="状態">
            {(p) => (
              <select {...p} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
                <option value="">すべて</option>
                {Object.entries(CASE_STATUS_LABELS).map(([code, text]) => (
                  <option key={code} value={code}>
                    {text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="保証種類">
            {(p) => (
              <select {...p} value={draft.productType} onChange={(e) => setDraft({ ...draft, productType: e.target.value })}>
                <option value="">すべての保証</option>
                {Object.entries(PRODUCT_LABELS).map(([code, text]) => (
                  <option key={code} value={code}>
                    {text}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="工事名">
            {(p) => <input {...p} type="text" value={draft.workName} onChange={(e) => setDraft({ ...draft, workName: e.target.value })} />}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
        </div>
      </form>
      <ErrorBanner error={error} />
      {!result && !error && <Loading />}
      {result && result.items.length === 0 && <Empty>該当する審査案件はありません。</Empty>}
      {result && result.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption>審査案件一覧</caption>
              <thead>
                <tr>
                  <th scope="col">受付日時</th>
                  <th scope="col">状態</th>
                  <th scope="col">保証種類</th>
                  <th scope="col">お客様</th>
                  <th scope="col">発注者名 工事名</th>
                  <th scope="col">保証金額</th>
                  <th scope="col">審査理由</th>
                  <th scope="col">
                    <span className="visually-hidden">操作</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((c) => (
                  <tr key={c.caseId}>
                    <td>{dateTime(c.receivedAt)}</td>
                    <td>
                      <span className="status">{label(CASE_STATUS_LABELS, c.status)}</span>
                    </td>
                    <td>
                      {label(PRODUCT_LABELS, c.productType)}
                      <br />
                      <small>{label(FORMAT_LABELS, c.format)}</small>
                    </td>
                    <td>{c.contractorName}</td>
                    <td>
                      {c.obligeeName}
                      <br />
                      {c.workName}
                    </td>
                    <td className="num">{yen(c.guaranteeAmount)}</td>
                    <td>
                      <ul className="plain">
                        {c.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <Link to={`/staff/underwriting/cases/${c.caseId}`} aria-label={`${c.workName}（${label(PRODUCT_LABELS, c.productType)}）の案件を開く`}>
                        開く
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} size={result.size} total={result.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
