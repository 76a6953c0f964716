import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorBanner, Loading } from '../../components/ui';
import { dateTime } from '../../format';
import { certificateDocument, NOTES, PREAMBLE } from './logic';
import type { CertificateView as View } from './types';

/**
 * 保証契約内容の確認画面: the certificate of one version exactly as the orderer sees it on D-Sure, laid out from the
 * signed credential; opened in its own window from 選択, with 印刷 (the browser's print, a print style sheet) and 閉じる.
 */
export function CertificateView() {
  const { number = '', seq = '' } = useParams();
  const navigate = useNavigate();
  const [view, setView] = useState<View | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setView(null);
    setError(null);
    api<View>(`/api/contracts/${encodeURIComponent(number)}/versions/${encodeURIComponent(seq)}`)
      .then(setView)
      .catch(setError);
  }, [number, seq]);

  useEffect(() => {
    if (view) {
      const doc = certificateDocument(view);
      document.title = `${doc.title} ${doc.contractNumber} | Net Desk`;
    }
  }, [view]);

  function close() {
    window.close();
    // a window the browser will not let a script close (opened directly): go back to the contract instead
    setTimeout(() => {
      if (!window.closed) navigate(`/contracts/${encodeURIComponent(number)}`);
    }, 200);
  }

  const buttons = (
    <div className="actions certificate-actions">
      <button type="button" className="button" onClick={() => window.print()}>
        印刷
      </button>
      <button type="button" className="button button--secondary" onClick={close}>
        閉じる
      </button>
    </div>
  );

  if (error) {
    return (
      <>
        <h1>保証契約内容の確認画面</h1>
        <ErrorBanner error={error} />
        {buttons}
      </>
    );
  }
  if (!view) return <Loading />;
  const doc = certificateDocument(view);
  const proof = view.credential.proof;
  return (
    <div className="certificate-page">
      <p className="certificate-screen-name no-print">保証契約内容の確認画面</p>
      <article className="certificate" aria-labelledby="certificate-title">
        <p className="certificate__preamble">
          {PREAMBLE[0]}
          <br />
          {PREAMBLE[1]}
        </p>
        <p className="certificate__date">{doc.issuedOn}</p>
        <h1 id="certificate-title" className="certificate__title">
          {doc.title}
        </h1>
        {doc.amendmentMark && <p className="certificate__amendment">{doc.amendmentMark}</p>}
        <table className="certificate__table">
          <tbody>
            {doc.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="certificate__statement">{doc.statement}</p>
        <div className="certificate__issuer">
          {doc.issuerLines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {doc.branchLines.length > 0 && (
            <div className="certificate__branch">
              {doc.branchLines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
        </div>
        <p className="certificate__notes">
          {NOTES[0]}
          <br />
          {NOTES[1]}
        </p>
        {proof && (
          <details className="certificate__signature no-print">
            <summary>電子署名の情報</summary>
            <dl>
              <dt>署名方式</dt>
              <dd>eddsa-jcs-2022（W3C Data Integrity）</dd>
              <dt>検証メソッド</dt>
              <dd className="certificate__mono">{proof.verificationMethod}</dd>
              <dt>署名日時</dt>
              <dd>{dateTime(proof.created)}</dd>
            </dl>
          </details>
        )}
      </article>
      {buttons}
    </div>
  );
}
