import { amendmentBody, emptyAmendment } from './AmendmentEditor';
import {
  checkShape,
  clearSection,
  depositBankProblem,
  electronicWarning,
  emptyForm,
  fromView,
  lineRatio,
  mapFieldErrors,
  parseYen,
  screenKey,
  shownKeys,
  toBody,
  type ApplicationForm,
} from './model';
import type { ApplicationView, Orderer } from './types';

/** The seed's example: an electronic 前払金保証 and a paper 契約保証 of one 50,000,000 yen civil work. */
function filled(): ApplicationForm {
  const form = emptyForm('NEW');
  form.work = {
    ...form.work,
    name: '小美玉市道1-2345号線道路改良工事',
    ordererWorkNumber: '令和8年度 第123号',
    ordererId: 'ORD-082368',
    location: '茨城県小美玉市堅倉',
    workType: 'CIVIL_BUILDING',
    contractAmount: '50,000,000',
    periodFrom: '2026-12-01',
    periodTo: '2027-03-19',
    contractDate: '2026-11-20',
    electronicPermitted: true,
  };
  form.lines.ADVANCE_PAYMENT = {
    ...form.lines.ADVANCE_PAYMENT,
    applied: true,
    format: 'ELECTRONIC',
    guaranteeAmount: '20000000',
    depositBank: '〇〇銀行 小美玉支店',
    redeposit: 'false',
    premiumPaymentMethod: 'BULK',
    premiumPayer: '株式会社 小美玉建設',
    paperStatementWanted: 'false',
  };
  form.lines.CONTRACT = {
    ...form.lines.CONTRACT,
    applied: true,
    format: 'PAPER',
    guaranteeAmount: '5000000',
    premiumPaymentMethod: 'BULK',
    premiumPayer: '株式会社 小美玉建設',
    paperStatementWanted: 'true',
  };
  form.information = {
    ...form.information,
    branchCode: '10101',
    certificateReceipt: 'WINDOW',
    completionMailWanted: 'true',
    completionMailAddress: 'keiri@example.jp',
    contactName: '小美玉 太郎',
    contactPhone: '0299-00-0000',
  };
  return form;
}

const OMITAMA: Orderer = {
  ordererId: 'ORD-082368',
  name: '小美玉市長',
  acceptsElectronicSuretyFrom: '2024-08-01',
  acceptsElectronicSurety: true,
};
const PAPER_TOWN: Orderer = { ordererId: 'ORD-999001', name: '紙町長', acceptsElectronicSurety: false };

describe('「…をクリア」 per section', () => {
  it('clears the construction work and leaves the products and the information', () => {
    const cleared = clearSection(filled(), 'work');
    expect(cleared.work.name).toBe('');
    expect(cleared.work.contractAmount).toBe('');
    expect(cleared.lines.ADVANCE_PAYMENT.guaranteeAmount).toBe('20000000');
    expect(cleared.information.branchCode).toBe('10101');
  });

  it('clears one product and keeps it ticked, the other product untouched', () => {
    const cleared = clearSection(filled(), 'ADVANCE_PAYMENT');
    expect(cleared.lines.ADVANCE_PAYMENT.applied).toBe(true);
    expect(cleared.lines.ADVANCE_PAYMENT.depositBank).toBe('');
    expect(cleared.lines.ADVANCE_PAYMENT.format).toBe('');
    expect(cleared.lines.CONTRACT.guaranteeAmount).toBe('5000000');
  });

  it('clears every product with 保証の申込内容をクリア, and the information with インフォメーションをクリア', () => {
    const form = filled();
    expect(clearSection(form, 'lines').lines.CONTRACT.premiumPayer).toBe('');
    expect(clearSection(form, 'lines').lines.ADVANCE_PAYMENT.guaranteeAmount).toBe('');
    const info = clearSection(form, 'information');
    expect(info.information.completionMailAddress).toBe('');
    expect(info.work.name).toBe(form.work.name);
  });

  it('sends a cleared section as null, so the service clears it too', () => {
    const { body } = toBody(clearSection(filled(), 'information'));
    expect(body.information).toBeNull();
    expect(toBody(clearSection(filled(), 'work')).body.work).toBeNull();
  });
});

describe('the ratio next to each guarantee amount', () => {
  it('is the advance to 請負金額, the contract guarantee to 請負金額', () => {
    const form = filled();
    expect(lineRatio(form, 'ADVANCE_PAYMENT')).toBe('40.0%');
    expect(lineRatio(form, 'CONTRACT')).toBe('10.0%');
  });

  it('is the advance to 今年度対象額 when given, the line’s before the work’s', () => {
    const form = filled();
    form.work.currentYearAmount = '40000000';
    expect(lineRatio(form, 'ADVANCE_PAYMENT')).toBe('50.0%');
    form.lines.ADVANCE_PAYMENT.currentYearAmount = '30000000';
    form.lines.ADVANCE_PAYMENT.guaranteeAmount = '12000000';
    expect(lineRatio(form, 'ADVANCE_PAYMENT')).toBe('40.0%');
    expect(lineRatio(form, 'CONTRACT')).toBe('10.0%');
  });

  it('is 0.0% until both amounts are known, and reads full-width digits and separators', () => {
    const form = filled();
    form.work.contractAmount = '';
    expect(lineRatio(form, 'ADVANCE_PAYMENT')).toBe('0.0%');
    form.work.contractAmount = '５０，０００，０００';
    expect(lineRatio(form, 'ADVANCE_PAYMENT')).toBe('40.0%');
  });

  it('measures a bid bond against the planned bid when 請負金額 is not given', () => {
    const form = emptyForm('BID_BOND');
    form.bid.plannedBidAmount = '48000000';
    form.lines.BID_BOND.guaranteeAmount = '4800000';
    expect(lineRatio(form, 'BID_BOND')).toBe('10.0%');
  });
});

describe('amounts and the full-width 預託金融機関', () => {
  it('takes whole yen only', () => {
    expect(parseYen('20,000,000')).toBe(20000000);
    expect(parseYen('20000000円')).toBe(20000000);
    expect(parseYen('2.5')).toBeNull();
    expect(parseYen('abc')).toBeNull();
    expect(parseYen('')).toBeNull();
    const form = filled();
    form.lines.ADVANCE_PAYMENT.guaranteeAmount = '1.5';
    expect(checkShape(form)['ADVANCE_PAYMENT.guaranteeAmount']).toBe('保証金額は1円以上の整数で入力してください。');
  });

  it('refuses half-width letters, digits and kana, and accepts full-width text (a space between bank and branch too)', () => {
    expect(depositBankProblem('〇〇銀行　小美玉支店')).toBeUndefined();
    expect(depositBankProblem('〇〇銀行 小美玉支店')).toBeUndefined();
    expect(depositBankProblem('ABC銀行')).toBe('預託金融機関は全角で入力してください。');
    expect(depositBankProblem('ｵｵｷﾞﾝｺｳ')).toBe('預託金融機関は全角で入力してください。');
    expect(depositBankProblem('')).toBeUndefined();
    const form = filled();
    form.lines.ADVANCE_PAYMENT.depositBank = 'Mizuho銀行';
    expect(checkShape(form)['ADVANCE_PAYMENT.depositBank']).toBe('預託金融機関は全角で入力してください。');
  });

  it('checks 工期 from ≤ to and the mail address shape before sending', () => {
    const form = filled();
    form.work.periodTo = '2026-11-30';
    form.information.completionMailAddress = 'keiri@';
    const errors = checkShape(form);
    expect(errors['work.periodTo']).toBe('工期(至)は工期(自)以降の日付にしてください。');
    expect(errors['information.completionMailAddress']).toBe('メールアドレスの形式が正しくありません。');
    expect(checkShape(filled())).toEqual({});
  });
});

describe('the orderer (rule 1)', () => {
  it('allows a free-text orderer only when every line is 証書(紙)', () => {
    const form = filled();
    form.work.ordererMode = 'free';
    form.work.ordererName = '〇〇村長';
    expect(checkShape(form)['work.ordererId']).toContain('証書(紙)のみの申込に限ります');
    form.lines.ADVANCE_PAYMENT.format = 'PAPER';
    expect(checkShape(form)['work.ordererId']).toBeUndefined();
    const { body } = toBody(form);
    expect(body.work?.ordererId).toBeNull();
    expect(body.work?.ordererName).toBe('〇〇村長');
  });

  it('sends the picked orderer by id only', () => {
    const form = filled();
    form.work.ordererName = 'typed before switching';
    const { body } = toBody(form);
    expect(body.work?.ordererId).toBe('ORD-082368');
    expect(body.work?.ordererName).toBeNull();
  });

  it('warns next to 保証証書の形式 when the orderer does not accept electronic surety on the 請負契約日', () => {
    const form = filled();
    expect(electronicWarning(form, [OMITAMA], '2026-11-30')).toBeUndefined();
    form.work.contractDate = '2024-07-31';
    expect(electronicWarning(form, [OMITAMA], '2026-11-30')).toBe('この発注者の電子保証の受付は2024-08-01からです。');
    form.work.ordererId = PAPER_TOWN.ordererId;
    expect(electronicWarning(form, [OMITAMA, PAPER_TOWN], '2026-11-30')).toContain('電子保証に対応していません');
    form.lines.ADVANCE_PAYMENT.format = 'PAPER';
    expect(electronicWarning(form, [OMITAMA, PAPER_TOWN], '2026-11-30')).toBeUndefined();
  });
});

describe('the form → the request body', () => {
  it('maps every field of the seed example to the service’s JSON', () => {
    const { body, products } = toBody(filled());
    expect(products).toEqual(['ADVANCE_PAYMENT', 'CONTRACT']);
    expect(body).toEqual({
      kind: 'NEW',
      work: {
        name: '小美玉市道1-2345号線道路改良工事',
        ordererWorkNumber: '令和8年度 第123号',
        ordererId: 'ORD-082368',
        ordererName: null,
        location: '茨城県小美玉市堅倉',
        workType: 'CIVIL_BUILDING',
        contractAmount: 50000000,
        currentYearAmount: null,
        periodFrom: '2026-12-01',
        periodTo: '2027-03-19',
        contractDate: '2026-11-20',
        jointVentureName: null,
        jointVentureRepresentative: null,
        electronicPermitted: true,
        lowBid: false,
        advancePaymentPlanned: false,
      },
      bid: null,
      lines: [
        {
          productType: 'ADVANCE_PAYMENT',
          format: 'ELECTRONIC',
          guaranteeAmount: 20000000,
          currentYearAmount: null,
          depositBank: '〇〇銀行 小美玉支店',
          redeposit: false,
          premiumPaymentMethod: 'BULK',
          premiumPayer: '株式会社 小美玉建設',
          paperStatementWanted: false,
        },
        {
          productType: 'CONTRACT',
          format: 'PAPER',
          guaranteeAmount: 5000000,
          premiumPaymentMethod: 'BULK',
          premiumPayer: '株式会社 小美玉建設',
          paperStatementWanted: true,
          bidBondContractNumber: null,
        },
      ],
      information: {
        branchCode: '10101',
        certificateReceipt: 'WINDOW',
        completionMailWanted: true,
        completionMailAddress: 'keiri@example.jp',
        contactDepartment: null,
        contactTitle: null,
        contactName: '小美玉 太郎',
        contactPhone: '0299-00-0000',
        messageToSurety: null,
      },
    });
  });

  it('sends the 中間前払金 認定 and a bid bond’s 入札の情報 with its one line', () => {
    const form = filled();
    form.lines.INTERIM_ADVANCE_PAYMENT = {
      ...form.lines.ADVANCE_PAYMENT,
      guaranteeAmount: '10000000',
      interimCertificationNumber: '小美玉市認定第7号',
      interimCertificationDate: '2027-01-20',
    };
    const { body, products } = toBody(form);
    expect(products).toEqual(['ADVANCE_PAYMENT', 'INTERIM_ADVANCE_PAYMENT', 'CONTRACT']);
    expect(body.lines?.[1]).toMatchObject({
      productType: 'INTERIM_ADVANCE_PAYMENT',
      interimCertificationNumber: '小美玉市認定第7号',
      interimCertificationDate: '2027-01-20',
    });

    const bid = emptyForm('BID_BOND');
    bid.bid = { announcementNumber: '小美玉市告示第45号', bidDate: '2026-12-10', plannedBidAmount: '48000000' };
    bid.lines.BID_BOND = { ...bid.lines.BID_BOND, format: 'ELECTRONIC', guaranteeAmount: '4800000' };
    const sent = toBody(bid).body;
    expect(sent.kind).toBe('BID_BOND');
    expect(sent.bid).toEqual({ announcementNumber: '小美玉市告示第45号', bidDate: '2026-12-10', plannedBidAmount: 48000000 });
    expect(sent.lines).toEqual([{ productType: 'BID_BOND', format: 'ELECTRONIC', guaranteeAmount: 4800000 }]);
  });

  it('sends only the ticked products and no lines at all when none is ticked', () => {
    const form = filled();
    form.lines.CONTRACT.applied = false;
    expect(toBody(form).body.lines?.map((l) => l.productType)).toEqual(['ADVANCE_PAYMENT']);
    form.lines.ADVANCE_PAYMENT.applied = false;
    expect(toBody(form).body.lines).toBeNull();
  });

  it('resumes a saved draft into the same form', () => {
    const { body } = toBody(filled());
    const view: ApplicationView = {
      id: 'a1',
      kind: 'NEW',
      draft: true,
      editable: true,
      work: body.work,
      bid: null,
      information: body.information,
      lines: (body.lines ?? []).map((l, i) => ({ ...l, id: `l${i}`, status: 'DRAFT', statusLabel: '作成中' })),
      messagesFromSurety: [],
    };
    expect(toBody(fromView(view)).body).toEqual(body);
  });
});

describe('the service’s field errors next to the right field', () => {
  it('maps lines[i] to the product sent at i', () => {
    const products = ['ADVANCE_PAYMENT', 'CONTRACT'] as const;
    expect(screenKey('lines[0].depositBank', [...products])).toBe('ADVANCE_PAYMENT.depositBank');
    expect(screenKey('lines[1].guaranteeAmount', [...products])).toBe('CONTRACT.guaranteeAmount');
    expect(screenKey('lines[1]', [...products])).toBe('CONTRACT.productType');
    expect(screenKey('lines[5].format', [...products])).toBe('lines');
    expect(screenKey('work.ordererId', [...products])).toBe('work.ordererId');
  });

  it('keeps for the banner what no field shows', () => {
    const { byKey, shown } = mapFieldErrors(
      [
        { field: 'lines[1].guaranteeAmount', message: '契約保証金額は請負金額の10%以上にしてください。' },
        { field: 'information.branchCode', message: '申込送信先の支店を選択してください。' },
        { field: 'kind', message: '変更申込は保証契約番号を指定して変更申込から申し込んでください。' },
      ],
      ['ADVANCE_PAYMENT', 'CONTRACT'],
      shownKeys('NEW'),
    );
    expect(byKey).toEqual({
      'CONTRACT.guaranteeAmount': '契約保証金額は請負金額の10%以上にしてください。',
      'information.branchCode': '申込送信先の支店を選択してください。',
    });
    expect(shown).toEqual(['lines[1].guaranteeAmount', 'information.branchCode']);
  });
});

describe('変更申込 (rule 3: the contract’s format is kept)', () => {
  it('sends the new amount for 増額 and never a format', () => {
    const form = {
      ...emptyAmendment('10101000001'),
      changeType: 'INCREASE' as const,
      newGuaranteeAmount: '24,000,000',
      newGuaranteeEnd: '2027-06-30',
      newContractAmount: '60000000',
      reason: '設計変更による増額',
      completionMailWanted: 'true' as const,
      completionMailAddress: 'keiri@example.jp',
    };
    expect(amendmentBody(form)).toEqual({
      contractNumber: '10101-000001',
      changeType: 'INCREASE',
      newGuaranteeAmount: 24000000,
      newGuaranteeEnd: null,
      newContractAmount: 60000000,
      newPeriodTo: null,
      reason: '設計変更による増額',
      completionMailWanted: true,
      completionMailAddress: 'keiri@example.jp',
    });
    expect(amendmentBody(form)).not.toHaveProperty('format');
  });

  it('sends the new 保証期限 for 保証期限変更 and no amount', () => {
    const body = amendmentBody({
      ...emptyAmendment('10101-000001'),
      changeType: 'TERM_CHANGE',
      newGuaranteeAmount: '1',
      newGuaranteeEnd: '2027-06-30',
    });
    expect(body.newGuaranteeAmount).toBeNull();
    expect(body.newGuaranteeEnd).toBe('2027-06-30');
  });
});
