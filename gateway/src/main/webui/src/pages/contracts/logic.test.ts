import { fileNameOf } from './download';
import { certificate, quote, submission, summary } from './fixtures';
import {
  certificateDocument,
  contractQuery,
  EMPTY_FILTER,
  historyLabel,
  parseYen,
  productShort,
  quoteRequest,
  quoteRows,
  readListState,
  registeredLabel,
  statementLine,
  statementPdfPath,
  submissionLabel,
  validateFilter,
  viewedLabel,
  writeListState,
} from './logic';

describe('保証契約一覧: tabs and filters', () => {
  it('asks for the tab, the trimmed filters and a 1-based page', () => {
    expect(contractQuery('ELECTRONIC', { ...EMPTY_FILTER, workName: '  道路改良 ', productType: 'ADVANCE_PAYMENT' }, 0)).toEqual({
      tab: 'ELECTRONIC',
      productType: 'ADVANCE_PAYMENT',
      contractorName: undefined,
      from: undefined,
      to: undefined,
      workName: '道路改良',
      page: 1,
      size: 20,
    });
  });

  it('ignores 保証種類 on the 契約保証予約 tab, whose contracts are all bid bonds', () => {
    expect(contractQuery('BID_BOND', { ...EMPTY_FILTER, productType: 'CONTRACT' }, 2).productType).toBeUndefined();
    expect(contractQuery('BID_BOND', EMPTY_FILTER, 2).page).toBe(3);
  });

  it('asks for no page for the CSV download (every row of the filter)', () => {
    const q = contractQuery('ALL', { ...EMPTY_FILTER, from: '2026-12-01', to: '2027-03-31' });
    expect(q.page).toBeUndefined();
    expect(q.size).toBeUndefined();
    expect(q.from).toBe('2026-12-01');
  });

  it('keeps the tab, the filter and the page in the address and reads them back', () => {
    const state = { tab: 'ELECTRONIC' as const, filter: { ...EMPTY_FILTER, contractorName: '小美玉建設' }, page: 1 };
    const params = writeListState(state);
    expect(params.toString()).toBe(`tab=ELECTRONIC&contractorName=${encodeURIComponent('小美玉建設')}&page=2`);
    expect(readListState(params)).toEqual(state);
  });

  it('starts on the 保証申込 tab, page 1, for an empty or foreign address', () => {
    expect(writeListState({ tab: 'ALL', filter: EMPTY_FILTER, page: 0 }).toString()).toBe('');
    expect(readListState(new URLSearchParams('tab=OTHER&page=-3'))).toEqual({ tab: 'ALL', filter: EMPTY_FILTER, page: 0 });
  });

  it('refuses a 期間 whose end is before its start', () => {
    expect(validateFilter({ ...EMPTY_FILTER, from: '2027-01-01', to: '2026-12-31' })).toEqual({
      to: '期間の終了日は開始日以降の日付を入力してください。',
    });
    expect(validateFilter({ ...EMPTY_FILTER, from: '2027-01-01', to: '2027-01-01' })).toEqual({});
  });

  it('shows the seed short names in the 保証種類 column', () => {
    expect(productShort({ productType: 'ADVANCE_PAYMENT', productName: '前払金保証' })).toBe('前払');
    expect(productShort({ productType: 'INTERIM_ADVANCE_PAYMENT', productName: '中間前払金保証' })).toBe('中間前払');
    expect(productShort({ productType: 'CONTRACT', productName: '契約保証' })).toBe('契約');
  });
});

describe('電子保証履歴一覧: labels', () => {
  const [first, change] = summary().history;

  it('labels 新規 and 変更 with its sequence', () => {
    expect(historyLabel(first)).toBe('新規');
    expect(historyLabel(change)).toBe('変更（第1回）');
    expect(historyLabel({ ...change, sequence: null })).toBe('変更');
  });

  it('shows 電子保証発行日時 in Japan time, or that the certificate is not on D-Sure yet', () => {
    expect(registeredLabel(first, 'ELECTRONIC')).toBe('2026/11/23 10:02');
    expect(registeredLabel({ ...first, registeredAtJst: null }, 'ELECTRONIC')).toBe('2026/11/23 10:02');
    expect(registeredLabel(change, 'ELECTRONIC')).toBe('D-Sure への掲載待ち');
    expect(registeredLabel(first, 'PAPER')).toBe('―（証書（紙））');
  });

  it('shows when the orderer first (and last) opened the certificate', () => {
    expect(viewedLabel(first, 'ELECTRONIC')).toBe('2026/11/24 09:30（最終 2026/11/25 09:30）');
    expect(viewedLabel({ ...first, lastViewedAt: first.firstViewedAt }, 'ELECTRONIC')).toBe('2026/11/24 09:30');
    expect(viewedLabel(change, 'ELECTRONIC')).toBe('未閲覧');
  });
});

describe('保証契約内容の確認画面: the certificate fields', () => {
  it('lays the certificate out as the orderer sees it: 和暦 dates, yen, the seed order', () => {
    const doc = certificateDocument(certificate());
    expect(doc.title).toBe('保証証書（前払金保証）');
    expect(doc.amendmentMark).toBe('');
    expect(doc.issuedOn).toBe('令和8年11月23日');
    expect(doc.rows).toEqual([
      { label: '保証契約番号', value: '10101-000002' },
      { label: '保証契約者', value: '株式会社 小美玉建設' },
      { label: '保証債権者', value: '小美玉市長' },
      { label: '保証金額（総額）', value: '20,000,000 円' },
      { label: '保証期限', value: '令和9年3月19日' },
      { label: '工事名', value: '小美玉市道1-2345号線道路改良工事' },
      { label: '請負金額（総額）', value: '50,000,000 円' },
      { label: '工期', value: '令和8年12月1日 ～ 令和9年3月19日' },
      { label: '請負契約日', value: '令和8年11月20日' },
      { label: '保証金融機関', value: '〇〇銀行　小美玉支店' },
    ]);
    expect(doc.statement).toBe('当社は、前払金保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。');
    expect(doc.issuerLines).toEqual(['東京都中央区八丁堀2丁目27番10号', '東日本建設業保証株式会社', '取締役社長 栗田 卓也']);
    expect(doc.branchLines).toEqual(['取扱箇所 茨城支店', 'TEL: 029-221-3800　FAX: 029-221-3801']);
  });

  it('marks a changed certificate with 変更 and its sequence under the title', () => {
    const base = certificate();
    const changed = certificateDocument({
      ...base,
      version: 2,
      versionKind: 'AMENDMENT',
      credential: { ...base.credential, credentialSubject: { ...base.credential.credentialSubject, amendmentSequence: 2 } },
    });
    expect(changed.amendmentMark).toBe('変更（第2回）');
  });

  it('names the JV after the contractor and leaves out the bank of a contract guarantee', () => {
    const base = certificate();
    const s = base.credential.credentialSubject;
    const doc = certificateDocument({
      ...base,
      credential: {
        ...base.credential,
        credentialSubject: {
          ...s,
          productType: 'CONTRACT',
          productName: '契約保証',
          statement: undefined,
          depositBank: undefined,
          principal: { name: '株式会社 小美玉建設', jointVentureName: '小美玉・水戸特定建設工事共同企業体' },
        },
      },
    });
    expect(doc.title).toBe('保証証書（契約保証）');
    expect(doc.rows.find((r) => r.label === '保証契約者')?.value).toBe('株式会社 小美玉建設（小美玉・水戸特定建設工事共同企業体）');
    expect(doc.rows.some((r) => r.label === '保証金融機関')).toBe(false);
    expect(doc.statement).toBe('当社は、契約保証約款に基づき上記のとおり保証契約を締結し、その責に任じます。');
  });
});

describe('発注者への提出 and documents', () => {
  it('says when and to whom the key notice was sent', () => {
    expect(submissionLabel(submission())).toBe('2026/11/26 09:00 に 小美玉市長（keiyaku@city.omitama.example.jp）へ送信しました。');
    expect(submissionLabel(submission({ status: 'PENDING', sentAt: null }))).toContain('送信を受け付けました（2026/11/26 09:00）');
    expect(submissionLabel(submission({ status: 'DEAD', sentAt: null }))).toContain('送信に失敗しました');
  });

  it('downloads each statement from the document service', () => {
    expect(statementPdfPath({ kind: 'PREMIUM', statementId: 'abc', contractNumber: '10101-000002' })).toBe(
      '/api/documents-pdf/premium-statements/abc',
    );
    expect(statementPdfPath({ kind: 'REFUND', statementId: 'abc', contractNumber: '10101-000002' })).toBe(
      '/api/documents-pdf/refund-statements/10101-000002',
    );
    expect(statementLine({ label: '保証期間 (日)', amount: 109 })).toBe('109 日');
    expect(statementLine({ label: '保証料', amount: 48000 })).toBe('48,000 円');
  });

  it('saves a download under the server file name', () => {
    expect(fileNameOf('attachment; filename="contracts.csv"', 'x.csv')).toBe('contracts.csv');
    expect(fileNameOf(`attachment; filename*=UTF-8''${encodeURIComponent('保証契約.csv')}`, 'x.csv')).toBe('保証契約.csv');
    expect(fileNameOf(null, 'key-notice.pdf')).toBe('key-notice.pdf');
  });
});

describe('保証料計算', () => {
  it('reads yen as people type it', () => {
    expect(parseYen('20,000,000')).toBe(20_000_000);
    expect(parseYen('２０００００００円')).toBe(20_000_000);
    expect(parseYen('2千万')).toBeNull();
  });

  it('asks for every field before calculating and keys the errors like the API', () => {
    expect(quoteRequest({ productType: '', guaranteeAmount: '', from: '', to: '' }).errors).toEqual({
      productType: '保証種類を選択してください。',
      guaranteeAmount: '保証金額を入力してください。',
      from: '保証期間の開始日を入力してください。',
      to: '保証期限を入力してください。',
    });
    expect(quoteRequest({ productType: 'CONTRACT', guaranteeAmount: '0', from: '2026-12-01', to: '2026-11-30' }).errors).toEqual({
      guaranteeAmount: '保証金額は1円以上の数字で入力してください。',
      to: '保証期限は保証期間の開始日以降の日付を入力してください。',
    });
    expect(
      quoteRequest({ productType: 'ADVANCE_PAYMENT', guaranteeAmount: '20,000,000', from: '2026-12-01', to: '2027-03-19' }).request,
    ).toEqual({ productType: 'ADVANCE_PAYMENT', guaranteeAmount: 20_000_000, from: '2026-12-01', to: '2027-03-19' });
  });

  it('shows no consumption tax for a premium (docs/premiums.md example 1)', () => {
    expect(quoteRows(quote())).toEqual([
      { label: '保証金額', value: '20,000,000 円' },
      { label: '保証期間', value: '109 日' },
      { label: '料率', value: '0.24%' },
      { label: '保証料', value: '48,000 円' },
      { label: '合計', value: '48,000 円' },
    ]);
  });

  it('adds consumption tax to the 契約保証予約 fee (docs/premiums.md example 11)', () => {
    const bid = quote({
      productType: 'BID_BOND',
      guaranteeAmount: 30_000_000,
      days: 30,
      ratePercent: 0.01,
      premium: 5000,
      consumptionTax: 500,
      total: 5500,
      minimumApplied: true,
      lines: [{ label: '消費税 (10%)', amount: 500 }],
    });
    expect(quoteRows(bid).slice(3)).toEqual([
      { label: '契約保証予約手数料', value: '5,000 円（最低保証料）' },
      { label: '消費税（10%）', value: '500 円' },
      { label: '合計', value: '5,500 円' },
    ]);
  });
});
