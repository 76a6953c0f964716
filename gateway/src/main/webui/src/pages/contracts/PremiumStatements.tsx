import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, query } from '../../api/client';
import { Empty, ErrorBanner, Loading, Notice, PageTitle, Pager } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { download } from './download';
import { paymentMethod, PAGE_SIZE, productName, STATEMENT_KINDS, statementLine, statementPdfPath } from './logic';
import type { Page, PremiumStatement } from './types';

/** 保証料計算書一覧: the electronic 保証料計算書 (and 保証料返還計算書) of the company, each as a PDF. */
export function PremiumStatements() {
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<Page<PremiumStatement> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    setResult(null);
    setError(null);
    api<Page<PremiumStatement>>(`/api/premiums/statements${query({ page: page + 1, size: PAGE_SIZE })}`)
      .then(setResult)
      .catch(setError);
  }, [page]);

  async function save(s: PremiumStatement) {
    setBusy(s.statementId);
    setDownloadError(null);
    setSaved(null);
    try {
      setSaved(await download(statementPdfPath(s), `premium-statement-${s.statementId}.pdf`));
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <PageTitle lead="保証料計算書は弊社手続き完了後に電子で発行されます。領収書は従来どおり紙でお送りします。">
        保証料計算書一覧
      </PageTitle>
      <ErrorBanner error={error} />
      <ErrorBanner error={downloadError} />
      <div aria-live="polite">{saved && <Notice>{saved} をダウンロードしました。</Notice>}</div>
      {!result && !error && <Loading />}
      {result && result.items.length === 0 && (
        <Empty>
          保証料計算書はまだありません。保証料の目安は<Link to="/premiums/quote">保証料計算</Link>でご確認いただけます。
        </Empty>
      )}
      {result && result.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="contracts-sr">保証料計算書一覧</caption>
              <thead>
                <tr>
                  <th scope="col">発行日時</th>
                  <th scope="col">書類</th>
                  <th scope="col">保証契約番号</th>
                  <th scope="col">保証種類</th>
                  <th scope="col">内訳</th>
                  <th scope="col">合計</th>
                  <th scope="col">支払方法</th>
                  <th scope="col">PDF</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((s) => (
                  <tr key={s.statementId}>
                    <td>{dateTime(s.issuedAt)}</td>
                    <td>{STATEMENT_KINDS[s.kind] ?? s.kind}</td>
                    <td>
                      <Link to={`/contracts/${s.contractNumber}`}>{s.contractNumber}</Link>
                    </td>
                    <td>{productName(s.productType)}</td>
                    <td>
                      <ul className="contracts-lines">
                        {s.lines.map((line) => (
                          <li key={line.label}>
                            {line.label}：{statementLine(line)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">{yen(s.total)}</td>
                    <td>{paymentMethod(s.paymentMethod) || '―'}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        disabled={busy === s.statementId}
                        onClick={() => save(s)}
                        aria-label={`ダウンロード ${STATEMENT_KINDS[s.kind] ?? s.kind} ${s.contractNumber}`}
                      >
                        ダウンロード
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={result.page - 1} size={result.size} total={result.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
