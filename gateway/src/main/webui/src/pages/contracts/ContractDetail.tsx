import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorBanner, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime, yen } from '../../format';
import { download } from './download';
import { historyLabel, registeredLabel, submissionLabel, SUBMISSION_STATUS, viewedLabel } from './logic';
import type { ContractSummary, Submission } from './types';

/** 電子保証概要 and 電子保証情報（履歴情報）, the 認証キー with its notice, and 発注者への提出. */
export function ContractDetail() {
  const { number = '' } = useParams();
  const [contract, setContract] = useState<ContractSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setContract(null);
    setError(null);
    api<ContractSummary>(`/api/contracts/${encodeURIComponent(number)}`).then(setContract).catch(setError);
  }, [number]);

  if (error) {
    return (
      <>
        <PageTitle>電子保証概要</PageTitle>
        <ErrorBanner error={error} />
        <p>
          <Link to="/contracts">保証契約一覧へ戻る</Link>
        </p>
      </>
    );
  }
  if (!contract) return <Loading />;
  const electronic = contract.format === 'ELECTRONIC';
  return (
    <>
      <nav className="contracts-crumbs" aria-label="パンくずリスト">
        <Link to="/contracts">保証契約一覧</Link> ＞ <span aria-current="page">電子保証履歴一覧</span>
      </nav>
      <PageTitle lead="※最新の情報を表示しています。">
        {electronic ? '電子保証概要' : '保証契約概要'}（{contract.productName}）
      </PageTitle>
      <Summary contract={contract} />
      {electronic && <KeySection contract={contract} />}
      <History contract={contract} />
      {(contract.productType === 'ADVANCE_PAYMENT' || contract.productType === 'INTERIM_ADVANCE_PAYMENT') && (
        <section className="section" aria-labelledby="funds-title">
          <h2 id="funds-title">前払金</h2>
          <p>前払金請求書の作成、前払金使途内訳明細書の提出、前払金払出依頼書と払出予定の確認ができます。</p>
          <Link className="button button--secondary" to={`/funds/contracts/${encodeURIComponent(contract.contractNumber)}`}>
            前払金の管理
          </Link>
        </section>
      )}
      <section className="section" aria-labelledby="amend-title">
        <h2 id="amend-title">保証契約の変更</h2>
        <p>保証金額の増額・減額、保証期限の変更は変更申込で行います（請負金額のみの変更は保証契約の変更を必要としません）。</p>
        <Link className="button button--secondary" to={`/applications/amend?contract=${encodeURIComponent(contract.contractNumber)}`}>
          変更申込
        </Link>
      </section>
    </>
  );
}

function Summary({ contract }: { contract: ContractSummary }) {
  const rows: [string, string][] = [
    ['保証契約番号', contract.contractNumber],
    ['請負契約者', `${contract.contractorName} 様`],
    ['JV名', contract.jointVentureName ?? ''],
    ['工事名', contract.workName],
    ['発注者名', contract.obligeeName],
    ['請負金額', yen(contract.contractAmount)],
    ['保証金額', yen(contract.guaranteeAmount)],
    ['商品名', contract.productName],
    ['預託金融機関', contract.depositBank ?? ''],
    ['状態', contract.statusLabel],
  ];
  return (
    <section className="section" aria-labelledby="summary-title">
      <h2 id="summary-title">概要</h2>
      <dl className="summary contracts-summary">
        {rows.map(([label, value]) => (
          <div key={label} className="contracts-summary__row">
            <dt>{label}</dt>
            <dd>{value || '―'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function KeySection({ contract }: { contract: ContractSummary }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function printNotice() {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await download(`/api/key-notices/${encodeURIComponent(contract.contractNumber)}`, `key-notice-${contract.contractNumber}.pdf`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="key-title">
      <h2 id="key-title">認証キー</h2>
      <p>
        ※発注者にお知らせください。（印刷ボタンをクリックして、PDFデータを発注者に提出することをお奨めします。）
      </p>
      {contract.authenticationKey ? (
        <>
          <p className="contracts-key">
            <span>認証キー：</span>
            <span className="key" data-testid="authentication-key">
              {contract.authenticationKey}
            </span>
            <button type="button" className="button" onClick={printNotice} disabled={busy}>
              {busy ? '作成中…' : '印刷（PDFダウンロード）'}
            </button>
          </p>
          <p className="hint">
            「電子保証にかかる「認証キー」のお知らせ」（PDF）をダウンロードします。PDFを発注者の電子契約システムにアップロードするか、電子メールに添付して発注者に提出してください。
            発注者は「保証契約番号」と「認証キー」で保証確認サービス（D-Sure）の電子証書を閲覧します。保証証書を印刷したものや画面のPDFは提出書類として受け付けられません。
          </p>
          {saved && <Notice>{saved} をダウンロードしました。</Notice>}
          <ErrorBanner error={error} />
          <SubmitToOrderer contract={contract} />
        </>
      ) : (
        <p>認証キーは保証料の入金確認後、電子保証の発行時に表示されます。</p>
      )}
    </section>
  );
}

/** 発注者へ提出: notification mails the key notice to the orderer's submission address, if it has one. */
function SubmitToOrderer({ contract }: { contract: ContractSummary }) {
  const [submissions, setSubmissions] = useState<Submission[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [latest, setLatest] = useState<Submission | null>(null);
  const polls = useRef(0);
  const path = `/api/key-notices/${encodeURIComponent(contract.contractNumber)}/submissions`;

  const load = useCallback(() => {
    api<Submission[]>(path)
      .then((list) => {
        setSubmissions(list);
        setLatest((current) => (current ? (list.find((s) => s.submissionId === current.submissionId) ?? current) : current));
      })
      .catch((e) => {
        // 404: the key notice is not ready yet (the certificate is still on its way to D-Sure)
        if (!(e instanceof ApiError && e.status === 404)) setError(e);
        setSubmissions([]);
      });
  }, [path]);

  useEffect(load, [load]);

  // a submission is mailed after commit: look again a few times until it is sent
  useEffect(() => {
    if (!submissions?.some((s) => s.status === 'PENDING') || polls.current >= 10) return;
    const timer = setTimeout(() => {
      polls.current += 1;
      load();
    }, 3000);
    return () => clearTimeout(timer);
  }, [submissions, load]);

  async function submit() {
    setBusy(true);
    setError(null);
    setRefusal(null);
    setLatest(null);
    try {
      const sent = await api<Submission>(path, { method: 'POST' });
      setLatest(sent);
      polls.current = 0;
      load();
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) setRefusal(e.problem.detail ?? e.message);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="contracts-submit">
      <h3 id="submit-title">発注者への提出</h3>
      <p>
        発注者が電子メールでの提出を受け付けている場合は、「認証キー」のお知らせ（PDF）を発注者の指定するアドレスに、指定の件名で送信できます。
      </p>
      <button type="button" className="button button--secondary" onClick={submit} disabled={busy}>
        {busy ? '送信中…' : '発注者へ提出'}
      </button>
      <div aria-live="polite">
        {latest && <Notice>{submissionLabel(latest)}</Notice>}
      </div>
      {refusal && (
        <div className="banner banner--error" role="alert">
          <p className="banner__title">発注者へ提出できません</p>
          <p>{refusal}</p>
        </div>
      )}
      <ErrorBanner error={error} />
      {submissions && submissions.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>提出履歴</caption>
            <thead>
              <tr>
                <th scope="col">依頼日時</th>
                <th scope="col">提出先</th>
                <th scope="col">件名</th>
                <th scope="col">状態</th>
                <th scope="col">送信日時</th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((s) => (
                <tr key={s.submissionId}>
                  <td>{dateTime(s.requestedAt)}</td>
                  <td>
                    {s.ordererName}
                    <br />
                    {s.recipient}
                  </td>
                  <td>{s.subject}</td>
                  <td>
                    <span className="status">{SUBMISSION_STATUS[s.status] ?? s.status}</span>
                  </td>
                  <td>{dateTime(s.sentAt) || '―'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function History({ contract }: { contract: ContractSummary }) {
  const electronic = contract.format === 'ELECTRONIC';
  return (
    <section className="section" aria-labelledby="history-title">
      <h2 id="history-title">電子保証情報（履歴情報）</h2>
      <p className="hint">
        ※訂正、変更取消された履歴は表示されません。
        <br />
        電子保証発行日時とは、発注者が保証証書を確認するシステム（保証確認サービス D-Sure）に保証証書が到着した日時のことです。
      </p>
      {contract.history.length === 0 ? (
        <p className="empty">保証証書はまだ発行されていません。</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">電子保証発行日時</th>
                <th scope="col">対象</th>
                <th scope="col">発注者閲覧日時</th>
                <th scope="col">電子保証</th>
              </tr>
            </thead>
            <tbody>
              {contract.history.map((row) => (
                <tr key={row.version}>
                  <td className="num">{row.no}</td>
                  <td>{registeredLabel(row, contract.format)}</td>
                  <td>{historyLabel(row)}</td>
                  <td>{viewedLabel(row, contract.format)}</td>
                  <td>
                    <a
                      href={`/contracts/${encodeURIComponent(contract.contractNumber)}/versions/${row.version}/certificate`}
                      target="_blank"
                      rel="noopener"
                      aria-label={`選択 No.${row.no}（別ウィンドウで保証契約内容を表示）`}
                    >
                      選択
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {electronic && (
        <p className="hint">「選択」をクリックすると、保証契約内容の確認画面が別ウィンドウで表示されます。申込内容と間違いがないかご確認ください。</p>
      )}
    </section>
  );
}
