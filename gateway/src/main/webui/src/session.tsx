import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from './api/client';

export interface Session {
  username: string;
  name?: string;
  contractorId?: string;
  branchCode?: string;
  roles: string[];
}

interface SessionState {
  session: Session | null;
  loading: boolean;
}

const SessionContext = createContext<SessionState>({ session: null, loading: true });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ session: null, loading: true });
  useEffect(() => {
    api<Session>('/session')
      .then((s) => setState({ session: { ...s, roles: s.roles ?? [] }, loading: false }))
      .catch((e) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn('session', e);
        setState({ session: null, loading: false });
      });
  }, []);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export function hasRole(session: Session | null, role: string): boolean {
  return !!session && session.roles.includes(role);
}

/** Where the gateway's sign-in starts, returning to the given SPA path afterwards. */
export function loginUrl(path: string = window.location.pathname + window.location.search): string {
  return `/login?redirect=${encodeURIComponent(path)}`;
}
