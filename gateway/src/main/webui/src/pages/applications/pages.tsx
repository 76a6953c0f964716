// The route elements of the application screens: which editor a URL opens, behind the contractor's session.
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { ErrorBanner, Loading } from '../../components/ui';
import { AmendmentEditor } from './AmendmentEditor';
import { ApplicationEditor } from './ApplicationEditor';
import { loadApplication } from './ApplicationList';
import { fromBidBond, type ApplicationForm } from './model';
import { FocusHeading } from './parts';
import type { ApplicationView } from './types';

/**
 * /applications/new (保証申込), /applications/new?kind=BID_BOND (契約保証予約申込), and
 * /applications/new?bidBond=10101-000042&from={bid bond application id} (契約保証予約からの切替: a 保証申込 started
 * from the approved bid bond's work with its 契約保証 line naming the bid bond).
 */
export function NewApplicationPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind') === 'BID_BOND' ? 'BID_BOND' : 'NEW';
  const bidBond = kind === 'NEW' ? (params.get('bidBond') ?? '') : '';
  if (bidBond) return <FromBidBondPage key={bidBond} contractNumber={bidBond} from={params.get('from') ?? ''} />;
  return <ApplicationEditor key={kind} kind={kind} />;
}

function FromBidBondPage({ contractNumber, from }: { contractNumber: string; from: string }) {
  const [start, setStart] = useState<ApplicationForm | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    if (!from) {
      setStart(fromBidBond(null, contractNumber));
      return () => ctrl.abort();
    }
    loadApplication(from, ctrl.signal)
      .then((view) => setStart(fromBidBond(view, contractNumber)))
      // the bid bond cannot be read: start with only its number; the service checks the number anyway
      .catch(() => !ctrl.signal.aborted && setStart(fromBidBond(null, contractNumber)));
    return () => ctrl.abort();
  }, [contractNumber, from]);
  if (!start) return <Loading />;
  return (
    <ApplicationEditor
      kind="NEW"
      start={start}
      notice={`契約保証予約（保証契約番号 ${contractNumber}）の工事の内容を入力しました。請負契約の内容に合わせて確認・修正してください。`}
    />
  );
}

/** /applications/:id/edit — resume a draft, or fix a returned application (or a returned 変更申込). */
export function EditApplicationPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [view, setView] = useState<ApplicationView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    setView(null);
    setError(null);
    loadApplication(id, ctrl.signal)
      .then(setView)
      .catch((e) => !ctrl.signal.aborted && setError(e));
    return () => ctrl.abort();
  }, [id]);

  if (error) {
    return (
      <>
        <FocusHeading>申込の作成</FocusHeading>
        <ErrorBanner error={error} />
        <p>
          <Link to="/applications">状況へ戻る</Link>
        </p>
      </>
    );
  }
  if (!view) return <Loading />;
  if (!view.editable) {
    return (
      <>
        <FocusHeading lead="送信済みの申込は変更できません。変更が必要な場合は取下げるか、発行後に変更申込をしてください。">
          この申込は編集できません
        </FocusHeading>
        <p>
          <Link to={`/applications/${view.id}`}>申込の詳細を表示する</Link>
        </p>
      </>
    );
  }
  if (view.kind === 'AMENDMENT') {
    return <AmendmentEditor key={view.id} contractNumber={view.amendment?.contractNumber ?? ''} initial={view} />;
  }
  return <ApplicationEditor key={view.id} kind={view.kind === 'BID_BOND' ? 'BID_BOND' : 'NEW'} initial={view} notice={notice} />;
}
