import { Link, NavLink, Outlet, useMatches } from 'react-router-dom';
import { hasRole, loginUrl, useSession } from '../session';

/**
 * The frame of every screen: skip link, the Net Desk header with the signed-in company, menus, and the footer —
 * except for routes marked {@code handle: { bare: true }}, which open in a window of their own.
 */
export function Layout() {
  const { session, loading } = useSession();
  const bare = useMatches().some((m) => (m.handle as { bare?: boolean } | undefined)?.bare);
  if (bare) {
    // a route opened in its own window (the certificate view) shows only its content
    return (
      <main id="main" className="main main--bare" tabIndex={-1}>
        <Outlet />
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__sub">インターネット保証サービス</span>
            <span className="brand__name">Net Desk ネットデスク</span>
          </Link>
          <div className="site-header__user">
            {loading ? null : session ? (
              <>
                <span className="user-name">
                  {session.name ?? session.username}
                  {session.contractorId && <span className="user-org">（契約者 {session.contractorId}）</span>}
                  {session.branchCode && <span className="user-org">（支店 {session.branchCode}）</span>}
                </span>
                <a className="button button--secondary button--small" href="/logout">
                  ログアウト
                </a>
              </>
            ) : (
              <a className="button button--small" href={loginUrl()}>
                ログイン
              </a>
            )}
          </div>
        </div>
        {session && (
          <nav className="site-nav" aria-label="メインメニュー">
            <NavLink to="/" end>
              トップ
            </NavLink>
            {hasRole(session, 'contractor') && (
              <>
                <NavLink to="/applications/new">保証申込</NavLink>
                <NavLink to="/applications" end>状況</NavLink>
                <NavLink to="/contracts">保証契約一覧</NavLink>
                <NavLink to="/premiums/statements">保証料計算書一覧</NavLink>
                <NavLink to="/premiums/quote">保証料計算</NavLink>
                <NavLink to="/funds">前払金</NavLink>
                <NavLink to="/documents">書類送信</NavLink>
                <NavLink to="/profile">お客様情報</NavLink>
              </>
            )}
            {hasRole(session, 'underwriter') && (
              <>
                <NavLink to="/staff/underwriting">審査キュー</NavLink>
                <NavLink to="/staff/contracts">保証契約の操作</NavLink>
              </>
            )}
            {(hasRole(session, 'funds') || hasRole(session, 'underwriter')) && (
              <NavLink to="/staff/funds">前払金審査</NavLink>
            )}
            {hasRole(session, 'surety_admin') && <NavLink to="/staff/admin">マスタ管理</NavLink>}
          </nav>
        )}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>電子保証（e-Surety）— 保証証書は「保証確認サービス（D-Sure）」に掲載されます。</p>
      </footer>
    </>
  );
}
