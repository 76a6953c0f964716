import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { Recommendations } from './Recommendations';

// 保証申込のお勧め (作成する).
export const routes: RouteObject[] = [
  {
    path: 'recommendations',
    element: (
      <RequireSession role="contractor">
        <Recommendations />
      </RequireSession>
    ),
  },
];
