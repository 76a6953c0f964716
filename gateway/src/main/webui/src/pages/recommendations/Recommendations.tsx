// 保証申込のお勧め (作成する): the next steps the contractor's own applications suggest, each with the button that
// starts it. Only the existing application search is used (bid bonds, contract guarantees, drafts, returned ones).
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { query } from '../../api/client';
import { Empty, ErrorBanner, Loading, PageTitle } from '../../components/ui';
import { dateTime, wareki, yen } from '../../format';
import { getPage } from '../applications/http';
import { KIND_LABELS } from '../applications/labels';
import type { ApplicationView } from '../applications/types';
import { recommend, type Recommendation, type RecommendationKind } from './logic';

const SIZE = 100;

function search(params: Record<string, string>, signal: AbortSignal): Promise<ApplicationView[]> {
  return getPage<ApplicationView>(`/api/applications${query({ ...params, page: 0, size: SIZE })}`, signal).then((r) => r.items);
}

const GROUPS: { kind: RecommendationKind; title: string; lead: string }[] = [
  {
    kind: 'CONVERT_BID_BOND',
    title: '契約保証のお申込み（契約保証予約からの切替）',
    lead: '承認済みの契約保証予約（入札ボンド）があります。落札して請負契約を結ぶ場合は、契約保証をお申し込みください。',
  },
  {
    kind: 'FIX_RETURNED',
    title: '差戻しの申込',
    lead: '保証会社から差戻しを受けた申込があります。お知らせをご確認のうえ修正して、再度お申し込みください。',
  },
  {
    kind: 'SEND_DRAFT',
    title: '送信していない下書き',
    lead: '作成中のまま送信していない申込があります。内容を確認して送信してください。',
  },
];

export function Recommendations() {
  const [items, setItems] = useState<Recommendation[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const sources = [
      search({ productType: 'BID_BOND', sort: 'createdAt,desc' }, ctrl.signal),
      search({ productType: 'CONTRACT', sort: 'createdAt,desc' }, ctrl.signal),
      search({ status: 'DRAFT', sort: 'updatedAt,desc' }, ctrl.signal),
      search({ status: 'RETURNED', sort: 'updatedAt,desc' }, ctrl.signal),
    ];
    Promise.allSettled(sources).then((results) => {
      if (ctrl.signal.aborted) return;
      const [bidBonds, contracts, drafts, returned] = results.map((r) => (r.status === 'fulfilled' ? r.value : []));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      setError(failed ? failed.reason : null);
      // a bid bond is only suggested when the conversions could be read (else it might be converted already)
      setItems(recommend({ bidBonds: results[1].status === 'fulfilled' ? bidBonds : [], contracts, drafts, returned }));
    });
    return () => ctrl.abort();
  }, []);

  return (
    <>
      <PageTitle lead="お客様の申込の状況から、次にお勧めする手続きをご案内します。">保証申込のお勧め</PageTitle>
      <ErrorBanner error={error} />
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && (
          <div className="section">
            <Empty>現在お勧めする手続きはありません。</Empty>
            <ul className="inline-links">
              <li>
                <Link to="/applications/new">保証申込（前払・中間・契約）</Link>
              </li>
              <li>
                <Link to="/applications/new?kind=BID_BOND">契約保証予約申込（入札ボンド）</Link>
              </li>
              <li>
                <Link to="/applications">状況</Link>
              </li>
            </ul>
          </div>
        )
      ) : (
        GROUPS.map((g) => {
          const group = items.filter((r) => r.kind === g.kind);
          if (group.length === 0) return null;
          const headingId = `recommend-${g.kind}`;
          return (
            <section key={g.kind} className="section" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {g.title}（{group.length}件）
              </h2>
              <p className="lead">{g.lead}</p>
              <ul className="recommendations">
                {group.map((r) => (
                  <RecommendationItem key={r.key} item={r} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}

function RecommendationItem({ item }: { item: Recommendation }) {
  const a = item.application;
  const workName = a.workName ?? a.work?.name ?? '（工事名未入力）';
  return (
    <li className="recommendation">
      <div className="recommendation__body">
        <p className="recommendation__title">{workName}</p>
        <dl className="recommendation__facts">
          {a.ordererName && (
            <>
              <dt>発注者</dt>
              <dd>{a.ordererName}</dd>
            </>
          )}
          {item.kind === 'CONVERT_BID_BOND' && item.line && (
            <>
              <dt>契約保証予約の保証契約番号</dt>
              <dd>{item.line.contractNumber}</dd>
              <dt>保証金額</dt>
              <dd>{yen(item.line.guaranteeAmount)}</dd>
              {a.bid?.bidDate && (
                <>
                  <dt>入札日</dt>
                  <dd>{wareki(a.bid.bidDate)}</dd>
                </>
              )}
              {item.line.approvedAt && (
                <>
                  <dt>承認日時</dt>
                  <dd>{dateTime(item.line.approvedAt)}</dd>
                </>
              )}
            </>
          )}
          {item.kind === 'SEND_DRAFT' && (
            <>
              <dt>申込の種類</dt>
              <dd>{KIND_LABELS[a.kind] ?? a.kind}</dd>
              <dt>最終保存</dt>
              <dd>{dateTime(a.updatedAt ?? a.createdAt)}</dd>
            </>
          )}
          {item.kind === 'FIX_RETURNED' && (
            <>
              <dt>申込日時</dt>
              <dd>{dateTime(a.submittedAt)}</dd>
            </>
          )}
        </dl>
        {item.kind === 'FIX_RETURNED' && a.messagesFromSurety.length > 0 && (
          <div className="row-message">
            <strong>弊社からお客様へのお知らせ:</strong> {a.messagesFromSurety.map((m) => m.message).join(' ／ ')}
          </div>
        )}
      </div>
      <Link className="button" to={item.to} aria-label={`${workName}: ${item.action}`}>
        {item.action}
      </Link>
    </li>
  );
}
