import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { NewAmendmentPage } from './AmendmentEditor';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationList } from './ApplicationList';
import { OrdererList } from './OrdererList';
import { EditApplicationPage, NewApplicationPage } from './pages';

// 申込の作成 (new, bid bond, resume, fix a returned one), 状況, the detail, 変更申込 and 電子保証対応の発注者.
export const routes: RouteObject[] = [
  {
    path: 'applications',
    element: (
      <RequireSession role="contractor">
        <ApplicationList />
      </RequireSession>
    ),
  },
  {
    path: 'applications/new',
    element: (
      <RequireSession role="contractor">
        <NewApplicationPage />
      </RequireSession>
    ),
  },
  {
    path: 'applications/amend',
    element: (
      <RequireSession role="contractor">
        <NewAmendmentPage />
      </RequireSession>
    ),
  },
  {
    path: 'applications/:id',
    element: (
      <RequireSession>
        <ApplicationDetail />
      </RequireSession>
    ),
  },
  {
    path: 'applications/:id/edit',
    element: (
      <RequireSession role="contractor">
        <EditApplicationPage />
      </RequireSession>
    ),
  },
  {
    path: 'orderers',
    element: (
      <RequireSession>
        <OrdererList />
      </RequireSession>
    ),
  },
];
