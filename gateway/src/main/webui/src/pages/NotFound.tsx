import { Link } from 'react-router-dom';
import { PageTitle } from '../components/ui';

export function NotFound() {
  return (
    <>
      <PageTitle>ページが見つかりません</PageTitle>
      <p>
        <Link to="/">トップへ戻る</Link>
      </p>
    </>
  );
}
