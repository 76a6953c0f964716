import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, PageTitle } from '../../components/ui';
import { contractNumber, yen } from '../../format';

/** The part of a 保証契約一覧 row (/api/contracts) this screen shows. */
interface AdvanceContract {
  contractNumber: string;
  productName: string;
  workName: string;
  obligeeName: string;
  guaranteeAmount: number;
  statusLabel: string;
}

interface Page<T> {
  items: T[];
}

const PRODUCTS = ['ADVANCE_PAYMENT', 'INTERIM_ADVANCE_PAYMENT'];

/** 前払金: choose the advance-payment guarantee whose 請求書 / 使途内訳明細書 / 払出依頼書 / 払出予定 to open. */
export function FundsStart() {
  const navigate = useNavigate();
  const [contracts, setContracts] = useState<AdvanceContract[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string | undefined>();

  useEffect(() => {
    Promise.all(PRODUCTS.map((p) => api<Page<AdvanceContract>>(`/api/contracts?tab=ALL&productType=${p}&page=1&size=100`)))
      .then((pages) => {
        const all = pages.flatMap((p) => p.items);
        setContracts(all.filter((c, i) => all.findIndex((d) => d.contractNumber === c.contractNumber) === i));
      })
      .catch(setError);
  }, []);

  function open(e: FormEvent) {
    e.preventDefault();
    const n = contractNumber(number.trim());
    if (!/^\d{5}-\d{6}$/.test(n)) {
      setNumberError('保証契約番号は「00000-000000」の形式で入力してください。');
      return;
    }
    navigate(`/funds/contracts/${encodeURIComponent(n)}`);
  }

  return (
    <>
      <PageTitle lead="前払金保証・中間前払金保証ごとに、前払金請求書、前払金使途内訳明細書、前払金払出依頼書と前払金払出予定を管理します。">前払金の管理</PageTitle>
      <section className="section" aria-labelledby="funds-open-title">
        <h2 id="funds-open-title">保証契約番号で開く</h2>
        <form onSubmit={open} noValidate className="funds-zengin" aria-label="保証契約番号で開く">
          <Field label="保証契約番号" hint="例: 10101-000001" error={numberError}>
            {(p) => <input {...p} value={number} onChange={(e) => setNumber(e.target.value)} />}
          </Field>
          <button type="submit" className="button">開く</button>
        </form>
      </section>
      <section className="section" aria-labelledby="funds-list-title">
        <h2 id="funds-list-title">前払金保証の契約</h2>
        <ErrorBanner error={error} />
        {!contracts && !error && <Loading />}
        {contracts && contracts.length === 0 && <Empty>前払金保証の契約はありません。</Empty>}
        {contracts && contracts.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">前払金保証の契約</caption>
              <thead>
                <tr>
                  <th scope="col">保証契約番号</th>
                  <th scope="col">保証種類</th>
                  <th scope="col">発注者名・工事名</th>
                  <th scope="col">前払金額</th>
                  <th scope="col">状態</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {contracts.map((c) => (
                  <tr key={c.contractNumber}>
                    <td>{c.contractNumber}</td>
                    <td>{c.productName}</td>
                    <td>
                      {c.obligeeName}
                      <span className="funds-sub">{c.workName}</span>
                    </td>
                    <td className="num">{yen(c.guaranteeAmount)}</td>
                    <td>{c.statusLabel}</td>
                    <td>
                      <Link to={`/funds/contracts/${encodeURIComponent(c.contractNumber)}`} aria-label={`前払金の管理 ${c.contractNumber}`}>
                        前払金の管理
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
