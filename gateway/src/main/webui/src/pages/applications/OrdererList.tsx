// 電子保証対応の発注者: the orderer directory (from D-Sure) with the date from which each accepts electronic surety.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { Empty, ErrorBanner, Loading } from '../../components/ui';
import { wareki } from '../../format';
import { FocusHeading } from './parts';
import type { Orderer } from './types';

export function OrdererList() {
  const [orderers, setOrderers] = useState<Orderer[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    api<Orderer[]>('/api/orderers', { signal: ctrl.signal })
      .then(setOrderers)
      .catch((e) => {
        if (!ctrl.signal.aborted) {
          setError(e);
          setOrderers([]);
        }
      });
    return () => ctrl.abort();
  }, []);
  const electronic = (orderers ?? []).filter((o) => o.acceptsElectronicSuretyFrom);
  const paperOnly = (orderers ?? []).filter((o) => !o.acceptsElectronicSuretyFrom);
  return (
    <>
      <FocusHeading lead="電子保証(認証キーを含む)は、電子保証に対応した発注者が電子保証の利用を認めた工事・業務委託でご利用いただけます。紙の保証証書も従来どおり選択できます。">
        電子保証対応の発注者
      </FocusHeading>
      <ErrorBanner error={error} />
      {orderers === null ? (
        <Loading />
      ) : electronic.length === 0 ? (
        <Empty>電子保証に対応している発注者はまだありません。</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>電子保証に対応している発注者</caption>
            <thead>
              <tr>
                <th scope="col">発注者名</th>
                <th scope="col">電子保証の受付開始日</th>
                <th scope="col">受付状況</th>
                <th scope="col">電子保証を利用できる工事</th>
              </tr>
            </thead>
            <tbody>
              {electronic.map((o) => (
                <tr key={o.ordererId}>
                  <th scope="row">{o.name}</th>
                  <td>
                    <time dateTime={o.acceptsElectronicSuretyFrom ?? undefined}>{wareki(o.acceptsElectronicSuretyFrom)}</time>
                  </td>
                  <td>
                    <span className="status">{o.acceptsElectronicSurety ? '受付中' : '受付開始前'}</span>
                  </td>
                  <td>{o.allowedWorksRule || `${o.name}が電子保証の利用を認めた工事・業務委託`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paperOnly.length > 0 && (
        <section className="section" aria-labelledby="paper-only">
          <h2 id="paper-only">証書(紙)のみの発注者</h2>
          <ul>
            {paperOnly.map((o) => (
              <li key={o.ordererId}>{o.name}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
