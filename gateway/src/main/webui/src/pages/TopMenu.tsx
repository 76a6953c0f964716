import { Link } from 'react-router-dom';
import { hasRole, loginUrl, useSession } from '../session';
import { PageTitle } from '../components/ui';

interface MenuItem {
  to: string;
  label: string;
  note?: string;
}

// The seed's Net Desk menu: 作成する / 確認する / 便利にする. Items appear as their screens land.
const create: MenuItem[] = [
  { to: '/applications/new', label: '保証申込（前払・中間・契約）' },
  { to: '/applications/new?kind=BID_BOND', label: '契約保証予約申込（入札ボンド）' },
  { to: '/funds', label: '前払金使途内訳明細書・前払金払出依頼書・前払金請求書' },
  { to: '/recommendations', label: '保証申込のお勧め' },
  { to: '/documents', label: '書類送信' },
];
const check: MenuItem[] = [
  { to: '/applications', label: '状況' },
  { to: '/contracts', label: '保証契約一覧' },
  { to: '/premiums/statements', label: '保証料計算書一覧' },
  { to: '/contracts/download', label: '保証契約情報ダウンロード' },
  { to: '/funds', label: '前払金払出予定' },
  { to: '/premiums/quote', label: '保証料計算' },
  { to: '/orderers', label: '電子保証対応の発注者' },
  { to: '/faq', label: 'Q&A' },
];

function Menu({ title, items }: { title: string; items: MenuItem[] }) {
  return (
    <section className="menu-card" aria-labelledby={`menu-${title}`}>
      <h2 id={`menu-${title}`}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TopMenu() {
  const { session, loading } = useSession();
  if (loading) return null;
  if (!session) {
    return (
      <section className="welcome">
        <PageTitle lead="前払金保証・契約保証の申込から電子保証（認証キー）の受取りまで、インターネットで手続きできます。">
          ようこそ、ネットデスクへ
        </PageTitle>
        <p>
          <a className="button" href={loginUrl('/')}>
            ログイン
          </a>
        </p>
        <p>
          <Link to="/faq">電子保証についてのQ&amp;A</Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <PageTitle>ようこそ、ネットデスクへ</PageTitle>
      {hasRole(session, 'contractor') && (
        <div className="menu-grid">
          <Menu title="作成する" items={create} />
          <Menu title="確認する" items={check} />
          <Menu
            title="便利にする"
            items={[
              { to: '/profile', label: 'お客様情報' },
              { to: '/orderers', label: '電子保証対応の発注者' },
            ]}
          />
        </div>
      )}
      {(hasRole(session, 'underwriter') || hasRole(session, 'surety_admin') || hasRole(session, 'funds')) && (
        <div className="menu-grid">
          {hasRole(session, 'underwriter') && (
            <Menu
              title="審査（保証会社）"
              items={[
                { to: '/staff/underwriting', label: '審査キュー' },
                { to: '/staff/contracts', label: '保証契約の操作（入金・訂正・解約・認証キー再発行）' },
              ]}
            />
          )}
          {(hasRole(session, 'funds') || hasRole(session, 'underwriter')) && (
            <Menu title="前払金（保証会社）" items={[{ to: '/staff/funds', label: '前払金審査（使途内訳明細書・払出依頼書・振込データ）' }]} />
          )}
          {hasRole(session, 'surety_admin') && (
            <Menu
              title="管理（保証会社）"
              items={[{ to: '/staff/admin', label: 'マスタ管理（自動承認ルール・保証料率表・支店・お客様）' }]}
            />
          )}
        </div>
      )}
    </>
  );
}
