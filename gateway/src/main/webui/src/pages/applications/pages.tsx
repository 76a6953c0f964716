// The route elements of the application screens: which editor a URL opens, behind the contractor's session.
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { ErrorBanner, Loading } from '../../components/ui';
import { AmendmentEditor } from './AmendmentEditor';
import { ApplicationEditor } from './ApplicationEditor';
import { loadApplication } from './ApplicationList';
import { FocusHeading } from './parts';
import type { ApplicationView } from './types';

/** /applications/new (保証申込) and /applications/new?kind=BID_BOND (契約保証予約申込). */
export function NewApplicationPage() {
  const [params] = useSearchParams();
  const kind = params.get('kind') === 'BID_BOND' ? 'BID_BOND' : 'NEW';
  return <ApplicationEditor key={kind} kind={kind} />;
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
