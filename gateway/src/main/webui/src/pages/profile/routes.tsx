import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { ProfilePage } from './ProfilePage';

// お客様情報 (便利にする).
export const routes: RouteObject[] = [
  {
    path: 'profile',
    element: (
      <RequireSession role="contractor">
        <ProfilePage />
      </RequireSession>
    ),
  },
];
