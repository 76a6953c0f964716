// An application read-only, section by section: the 申込確認 step and the detail screen show it the same way.
import type { ReactNode } from 'react';
import { dateTime, wareki, yen } from '../../format';
import {
  CHANGE_TYPE_LABELS,
  FORMAT_LABELS,
  PRODUCT_LABELS,
  RECEIPT_LABELS,
  WORK_TYPE_LABELS,
  paymentMethodLabel,
  yesNo,
} from './labels';
import type { ApplicationView, Branch, LineView } from './types';

function Row({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <>
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">（未入力）</span> : children}</dd>
    </>
  );
}

function day(d: string | null | undefined): string {
  return d ? wareki(d) : '';
}

export function branchLabel(code: string | null | undefined, branches: Branch[]): string {
  if (!code) return '';
  const b = branches.find((x) => x.branchCode === code);
  return b ? `${b.name}${b.companyName ? `（${b.companyName}）` : ''}` : code;
}

export function LineStatusBadge({ line }: { line: LineView }) {
  return <span className={`status status--${line.status.toLowerCase()}`}>{line.statusLabel}</span>;
}

function amountLabel(productType: string): string {
  if (productType === 'ADVANCE_PAYMENT') return '前払金保証金額';
  if (productType === 'INTERIM_ADVANCE_PAYMENT') return '中間前払金保証金額';
  if (productType === 'CONTRACT') return '契約保証金額';
  return '保証金額';
}

function LineSummary({ line, showStatus }: { line: LineView; showStatus: boolean }) {
  const label = line.productLabel ?? PRODUCT_LABELS[line.productType];
  const advance = line.productType === 'ADVANCE_PAYMENT' || line.productType === 'INTERIM_ADVANCE_PAYMENT';
  const id = `line-${line.id}`;
  return (
    <section className="line-summary" aria-labelledby={id}>
      <h3 id={id}>{label}</h3>
      <dl className="summary">
        {showStatus && (
          <>
            <Row term="手続状況">
              <LineStatusBadge line={line} />
            </Row>
            <Row term="保証契約番号">{line.contractNumber}</Row>
          </>
        )}
        <Row term="保証証書の形式">{line.format ? FORMAT_LABELS[line.format] : ''}</Row>
        {advance && <Row term="今年度対象額">{yen(line.currentYearAmount)}</Row>}
        <Row term={amountLabel(line.productType)}>
          {line.guaranteeAmount ? (
            <>
              {yen(line.guaranteeAmount)}{' '}
              <span className="ratio">{line.ratio}</span>
              {line.ratioBase && <span className="muted">（{line.ratioBase}に対する割合）</span>}
            </>
          ) : (
            ''
          )}
        </Row>
        {advance && (
          <>
            <Row term="預託金融機関">{line.depositBank}</Row>
            <Row term="再預託利用区分">{yesNo(line.redeposit, '再預託を利用する', '再預託を利用しない')}</Row>
          </>
        )}
        {line.productType === 'INTERIM_ADVANCE_PAYMENT' && (
          <>
            <Row term="認定番号">{line.interimCertificationNumber}</Row>
            <Row term="認定日">{day(line.interimCertificationDate)}</Row>
          </>
        )}
        {line.productType !== 'BID_BOND' && (
          <>
            <Row term="保証料支払方法">{paymentMethodLabel(line.premiumPaymentMethod)}</Row>
            <Row term="保証料請求先">{line.premiumPayer}</Row>
            <Row term="保証料計算書(紙)">{yesNo(line.paperStatementWanted)}</Row>
          </>
        )}
        {line.productType === 'CONTRACT' && line.bidBondContractNumber && (
          <Row term="契約保証予約からの切替">{line.bidBondContractNumber}</Row>
        )}
        {showStatus && line.premium != null && <Row term="保証料">{yen(line.premium)}</Row>}
        {showStatus && line.registeredAt && <Row term="電子保証発行日時">{dateTime(line.registeredAt)}</Row>}
        {showStatus && line.completionMailSentAt && (
          <Row term="発行完了のお知らせメール送信日時">{dateTime(line.completionMailSentAt)}</Row>
        )}
      </dl>
    </section>
  );
}

/** Messages both ways: the contractor's お客様から弊社への連絡事項 and the surety's 弊社からお客様へのお知らせ. */
export function SuretyMessages({ view }: { view: ApplicationView }) {
  if (view.messagesFromSurety.length === 0) return <p className="muted">お知らせはありません。</p>;
  return (
    <ul className="messages">
      {view.messagesFromSurety.map((m) => (
        <li key={m.lineId + (m.at ?? '')}>
          <span className="messages__meta">
            {PRODUCT_LABELS[m.productType] ?? m.productType}
            {m.at && `・${dateTime(m.at)}`}
          </span>
          {m.message}
        </li>
      ))}
    </ul>
  );
}

interface Props {
  view: ApplicationView;
  branches: Branch[];
  /** Show each line's 手続状況 and 保証契約番号 (the detail screen; the 申込確認 step does not). */
  showStatus?: boolean;
}

export function ApplicationSummary({ view, branches, showStatus = false }: Props) {
  const w = view.work;
  const info = view.information;
  return (
    <>
      {view.amendment && (
        <section className="section" aria-labelledby="sum-amendment">
          <h2 id="sum-amendment">変更申込の内容</h2>
          <dl className="summary">
            <Row term="保証契約番号">{view.amendment.contractNumber}</Row>
            <Row term="変更の種類">{CHANGE_TYPE_LABELS[view.amendment.changeType]}</Row>
            {view.amendment.newGuaranteeAmount != null && (
              <Row term="変更後の保証金額">{yen(view.amendment.newGuaranteeAmount)}</Row>
            )}
            {view.amendment.newGuaranteeEnd && <Row term="変更後の保証期限">{day(view.amendment.newGuaranteeEnd)}</Row>}
            {view.amendment.newContractAmount != null && (
              <Row term="変更後の請負金額">{yen(view.amendment.newContractAmount)}</Row>
            )}
            {view.amendment.newPeriodTo && <Row term="変更後の工期(至)">{day(view.amendment.newPeriodTo)}</Row>}
            <Row term="変更理由">{view.amendment.reason}</Row>
          </dl>
        </section>
      )}
      {w && (
        <section className="section" aria-labelledby="sum-work">
          <h2 id="sum-work">請負工事の情報</h2>
          <dl className="summary">
            <Row term="工事名">{w.name}</Row>
            <Row term="工事番号">{w.ordererWorkNumber}</Row>
            <Row term="発注者">{view.ordererName ?? w.ordererName}</Row>
            <Row term="工事場所">{w.location}</Row>
            <Row term="工種">{w.workType ? WORK_TYPE_LABELS[w.workType] : ''}</Row>
            <Row term="請負金額">{yen(w.contractAmount)}</Row>
            {w.currentYearAmount != null && <Row term="今年度対象額">{yen(w.currentYearAmount)}</Row>}
            <Row term="工期">
              {w.periodFrom || w.periodTo ? `${day(w.periodFrom)} 〜 ${day(w.periodTo)}` : ''}
            </Row>
            <Row term="請負契約日">{day(w.contractDate)}</Row>
            {w.jointVentureName && (
              <Row term="JV名">
                {w.jointVentureName}
                {w.jointVentureRepresentative ? '（代表者）' : '（構成員）'}
              </Row>
            )}
            {w.lowBid && <Row term="低入札価格調査">対象</Row>}
            {w.advancePaymentPlanned && <Row term="前払金の予定">あり</Row>}
            <Row term="電子保証の利用">
              {w.electronicPermitted ? '発注者が電子保証の利用を認めた工事です' : ''}
            </Row>
          </dl>
        </section>
      )}
      {view.bid && (
        <section className="section" aria-labelledby="sum-bid">
          <h2 id="sum-bid">入札の情報</h2>
          <dl className="summary">
            <Row term="公告番号">{view.bid.announcementNumber}</Row>
            <Row term="入札日">{day(view.bid.bidDate)}</Row>
            <Row term="入札予定金額">{yen(view.bid.plannedBidAmount)}</Row>
          </dl>
        </section>
      )}
      {view.lines.length > 0 && (
        <section className="section" aria-labelledby="sum-lines">
          <h2 id="sum-lines">保証の申込内容</h2>
          {view.lines.map((l) => (
            <LineSummary key={l.id} line={l} showStatus={showStatus} />
          ))}
        </section>
      )}
      {info && (
        <section className="section" aria-labelledby="sum-info">
          <h2 id="sum-info">インフォメーション</h2>
          <dl className="summary">
            <Row term="申込送信先">{branchLabel(info.branchCode, branches)}</Row>
            {info.certificateReceipt && <Row term="保証証書受取">{RECEIPT_LABELS[info.certificateReceipt]}</Row>}
            <Row term="電子保証発行完了のお知らせ">{yesNo(info.completionMailWanted)}</Row>
            {info.completionMailWanted && <Row term="メールアドレス">{info.completionMailAddress}</Row>}
            <Row term="担当部署">{info.contactDepartment}</Row>
            <Row term="役職">{info.contactTitle}</Row>
            <Row term="担当者名">{info.contactName}</Row>
            <Row term="連絡先電話番号">{info.contactPhone}</Row>
            <Row term="お客様から弊社への連絡事項">
              {info.messageToSurety ? <span className="pre">{info.messageToSurety}</span> : ''}
            </Row>
          </dl>
          {showStatus && (
            <>
              <h3>弊社からお客様へのお知らせ</h3>
              <SuretyMessages view={view} />
            </>
          )}
        </section>
      )}
    </>
  );
}
