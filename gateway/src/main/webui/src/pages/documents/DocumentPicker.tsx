// 書類送信 (step 1): the contractor's applications, newest first, to choose the one the documents belong to.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query } from '../../api/client';
import { Empty, ErrorBanner, Loading, Pager, PageTitle } from '../../components/ui';
import { dateTime } from '../../format';
import { LineStatusBadge } from '../applications/ApplicationSummary';
import { getPage } from '../applications/http';
import { KIND_LABELS, PRODUCT_LABELS } from '../applications/labels';
import type { ApplicationView } from '../applications/types';

const PAGE_SIZE = 20;

export function DocumentPicker() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [items, setItems] = useState<ApplicationView[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setItems(null);
    setError(null);
    getPage<ApplicationView>(`/api/applications${query({ page, size: PAGE_SIZE, sort: 'createdAt,desc' })}`, ctrl.signal)
      .then((r) => {
        setItems(r.items);
        setTotal(r.total);
      })
      .catch((e) => {
        if (!ctrl.signal.aborted) {
          setError(e);
          setItems([]);
        }
      });
    return () => ctrl.abort();
  }, [page]);

  return (
    <>
      <PageTitle lead="見積書・契約書の写しなど、申込に関する書類（PDF・JPEG・PNG、1ファイル10MBまで）を保証会社へ送信できます。書類を送る申込を選択してください。">
        書類送信
      </PageTitle>
      <ErrorBanner error={error} />
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && (
          <Empty>
            申込がありません。書類は申込ごとに送信します。<Link to="/applications/new">保証申込を作成する</Link>
          </Empty>
        )
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption>申込の一覧（新しい順）</caption>
              <thead>
                <tr>
                  <th scope="col">受付番号</th>
                  <th scope="col">申込日</th>
                  <th scope="col">工事名</th>
                  <th scope="col">状況</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => {
                  const workName = a.workName ?? a.work?.name ?? '（工事名未入力）';
                  return (
                    <tr key={a.id}>
                      <td className="application-number">{a.id}</td>
                      <td>
                        {dateTime(a.submittedAt ?? a.createdAt)}
                        {a.draft && <div className="muted">（作成日）</div>}
                      </td>
                      <td>
                        <div>{workName}</div>
                        <div className="muted">{KIND_LABELS[a.kind] ?? a.kind}</div>
                      </td>
                      <td>
                        <ul className="line-states">
                          {a.lines.map((l) => (
                            <li key={l.id}>
                              <span className="line-states__product">{l.productLabel ?? PRODUCT_LABELS[l.productType]}</span>
                              <LineStatusBadge line={l} />
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <Link
                          className="button button--small"
                          to={`/applications/${encodeURIComponent(a.id)}/documents`}
                          aria-label={`${workName}の書類を送信する`}
                        >
                          書類を送信する
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={page} size={PAGE_SIZE} total={total} onPage={(p) => setParams(p > 0 ? { page: String(p) } : {})} />
        </>
      )}
    </>
  );
}
