import type { ReactNode } from 'react';
import { hasRole, loginUrl, useSession } from '../session';
import { Loading, PageTitle } from './ui';

/** Screens that need a signed-in user (and a role): sends to the sign-in or explains the missing role. */
export function RequireSession({ role, children }: { role?: string; children: ReactNode }) {
  const { session, loading } = useSession();
  if (loading) return <Loading />;
  if (!session) {
    window.location.assign(loginUrl());
    return <Loading label="ログイン画面へ移動しています…" />;
  }
  if (role && !hasRole(session, role)) {
    return <PageTitle lead="この画面を利用する権限がありません。">権限がありません</PageTitle>;
  }
  return <>{children}</>;
}
