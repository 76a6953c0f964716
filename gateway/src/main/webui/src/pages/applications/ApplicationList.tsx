// 状況: the contractor's applications with filters (保証種類, 期間, 工事名, 状態), paging, each line's 手続状況 and
// 保証契約番号, and what can be done next: 続きから編集 (作成中), 取下げ (before the surety decides), 修正して再送信 (差戻し).
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, query } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, Pager } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { LineStatusBadge } from './ApplicationSummary';
import { getPage } from './http';
import { FORMAT_LABELS, KIND_LABELS, PRODUCT_FILTER_LABELS, PRODUCT_LABELS, STATUS_LABELS } from './labels';
import { FocusHeading } from './parts';
import { WithdrawDialog, canWithdraw } from './WithdrawDialog';
import type { ApplicationView, LineStatus, ProductType } from './types';

const PAGE_SIZE = 20;

interface Filters {
  productType: string;
  from: string;
  to: string;
  workName: string;
  status: string;
}

function filtersOf(params: URLSearchParams): Filters {
  return {
    productType: params.get('productType') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    workName: params.get('workName') ?? '',
    status: params.get('status') ?? '',
  };
}

export function ApplicationList() {
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const [draft, setDraft] = useState<Filters>(applied);
  const [items, setItems] = useState<ApplicationView[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  const [withdrawing, setWithdrawing] = useState<ApplicationView | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const search = params.toString();

  useEffect(() => {
    const ctrl = new AbortController();
    const f = filtersOf(new URLSearchParams(search));
    setItems(null);
    setError(null);
    getPage<ApplicationView>(
      `/api/applications${query({ ...f, page, size: PAGE_SIZE, sort: 'createdAt,desc' })}`,
      ctrl.signal,
    )
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
  }, [search, page, reload]);

  const apply = (f: Filters, toPage = 0) => {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (v) next[k] = v;
    if (toPage > 0) next.page = String(toPage);
    setParams(next);
  };

  return (
    <>
      <FocusHeading lead="お客様の申込と、保証の種類ごとの手続状況・保証契約番号です。">状況</FocusHeading>
      {notice && <Notice>{notice}</Notice>}
      <form
        className="section filters"
        role="search"
        aria-label="申込の検索"
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <div className="form-grid">
          <Field label="保証種類">
            {(p) => (
              <select {...p} value={draft.productType} onChange={(e) => setDraft({ ...draft, productType: e.target.value })}>
                <option value="">すべての保証</option>
                {(Object.keys(PRODUCT_FILTER_LABELS) as ProductType[]).map((p2) => (
                  <option key={p2} value={p2}>
                    {PRODUCT_FILTER_LABELS[p2]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="期間(自)" hint="申込日（送信日、作成中は作成日）">
            {(p) => <input {...p} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />}
          </Field>
          <Field label="期間(至)">
            {(p) => <input {...p} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />}
          </Field>
          <Field label="工事名" hint="一部でも検索できます">
            {(p) => (
              <input {...p} type="text" value={draft.workName} onChange={(e) => setDraft({ ...draft, workName: e.target.value })} />
            )}
          </Field>
          <Field label="状態">
            {(p) => (
              <select {...p} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
                <option value="">すべての状態</option>
                {(Object.keys(STATUS_LABELS) as LineStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            検索
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const empty = { productType: '', from: '', to: '', workName: '', status: '' };
              setDraft(empty);
              apply(empty);
            }}
          >
            条件をクリア
          </button>
          <Link className="button button--secondary" to="/applications/new">
            新しい申込を作成
          </Link>
        </div>
      </form>

      <ErrorBanner error={error} />
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>条件に合う申込はありません。</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table applications-table">
              <caption>申込の一覧</caption>
              <thead>
                <tr>
                  <th scope="col">申込日</th>
                  <th scope="col">申込の種類</th>
                  <th scope="col">発注者名 / 工事名</th>
                  <th scope="col">請負金額</th>
                  <th scope="col">保証の種類・手続状況・保証契約番号</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <Row key={a.id} application={a} onWithdraw={() => setWithdrawing(a)} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} size={PAGE_SIZE} total={total} onPage={(p) => apply(applied, p)} />
        </>
      )}
      {withdrawing && (
        <WithdrawDialog
          application={withdrawing}
          onCancel={() => setWithdrawing(null)}
          onDone={() => {
            setNotice(`「${withdrawing.workName ?? '申込'}」を取下げました。`);
            setWithdrawing(null);
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function Row({ application: a, onWithdraw }: { application: ApplicationView; onWithdraw: () => void }) {
  const returned = !a.draft && a.editable;
  const workName = a.workName ?? a.work?.name ?? '（工事名未入力）';
  return (
    <tr>
      <td>
        {dateTime(a.submittedAt ?? a.createdAt)}
        {a.draft && <div className="muted">（作成日）</div>}
      </td>
      <td>{KIND_LABELS[a.kind] ?? a.kind}</td>
      <td>
        <div>{a.ordererName ?? ''}</div>
        <div>{workName}</div>
        {a.amendment && <div className="muted">変更する保証契約: {a.amendment.contractNumber}</div>}
      </td>
      <td className="num">{yen(a.contractAmount)}</td>
      <td>
        <ul className="line-states">
          {a.lines.map((l) => (
            <li key={l.id}>
              <span className="line-states__product">
                {l.productLabel ?? PRODUCT_LABELS[l.productType]}
                {l.format && <span className="muted">（{FORMAT_LABELS[l.format]}）</span>}
              </span>
              <LineStatusBadge line={l} />
              {l.contractNumber && <span className="line-states__number">{l.contractNumber}</span>}
            </li>
          ))}
        </ul>
        {returned && a.messagesFromSurety.length > 0 && (
          <div className="row-message">
            <strong>弊社からお客様へのお知らせ:</strong>{' '}
            {a.messagesFromSurety.map((m) => m.message).join(' ／ ')}
          </div>
        )}
      </td>
      <td>
        <div className="row-actions">
          <Link className="button button--secondary button--small" to={`/applications/${a.id}`} aria-label={`${workName}の詳細`}>
            詳細
          </Link>
          {a.draft && (
            <Link className="button button--small" to={`/applications/${a.id}/edit`} aria-label={`${workName}を続きから編集`}>
              続きから編集
            </Link>
          )}
          {returned && (
            <Link className="button button--small" to={`/applications/${a.id}/edit`} aria-label={`${workName}を修正して再送信`}>
              修正して再送信
            </Link>
          )}
          {canWithdraw(a) && (
            <button
              type="button"
              className="button button--danger button--small"
              onClick={onWithdraw}
              aria-label={`${workName}を取下げ`}
            >
              取下げ
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

/** Re-exported for the detail page: reload one application. */
export function loadApplication(id: string, signal?: AbortSignal): Promise<ApplicationView> {
  return api<ApplicationView>(`/api/applications/${encodeURIComponent(id)}`, { signal });
}
