// The 申込作成 form as the screen holds it (strings, as typed), and the pure logic around it: defaults, 「…をクリア」
// per section, the live ratio, the full-width check, mapping to the request body and back, and mapping the server's
// field errors (`lines[0].depositBank`) onto the screen's fields (`ADVANCE_PAYMENT.depositBank`).
import type { FieldError } from '../../api/client';
import { isFullWidth, ratio } from '../../format';
import type {
  ApplicationBody,
  ApplicationView,
  CertificateFormat,
  CertificateReceipt,
  LineBody,
  Orderer,
  ProductType,
  WorkType,
} from './types';

export type FormKind = 'NEW' | 'BID_BOND';
export type YesNo = '' | 'true' | 'false';

export interface WorkForm {
  name: string;
  ordererWorkNumber: string;
  /** 発注者: picked from the directory, or typed (allowed only when every line is 証書(紙)). */
  ordererMode: 'directory' | 'free';
  ordererId: string;
  ordererName: string;
  location: string;
  workType: '' | WorkType;
  contractAmount: string;
  currentYearAmount: string;
  periodFrom: string;
  periodTo: string;
  contractDate: string;
  jointVentureName: string;
  jointVentureRepresentative: boolean;
  electronicPermitted: boolean;
  lowBid: boolean;
  advancePaymentPlanned: boolean;
}

export interface BidForm {
  announcementNumber: string;
  bidDate: string;
  plannedBidAmount: string;
}

export interface LineForm {
  /** 「…を申し込む」 */
  applied: boolean;
  format: '' | CertificateFormat;
  guaranteeAmount: string;
  currentYearAmount: string;
  depositBank: string;
  redeposit: YesNo;
  premiumPaymentMethod: string;
  premiumPayer: string;
  paperStatementWanted: YesNo;
  interimCertificationNumber: string;
  interimCertificationDate: string;
  bidBondContractNumber: string;
}

export interface InformationForm {
  branchCode: string;
  certificateReceipt: '' | CertificateReceipt;
  completionMailWanted: YesNo;
  completionMailAddress: string;
  contactDepartment: string;
  contactTitle: string;
  contactName: string;
  contactPhone: string;
  messageToSurety: string;
}

export interface ApplicationForm {
  kind: FormKind;
  work: WorkForm;
  bid: BidForm;
  lines: Record<ProductType, LineForm>;
  information: InformationForm;
}

/** The product lines a kind of application offers, in the order the screen shows and the body sends them. */
export function productsOf(kind: FormKind): ProductType[] {
  return kind === 'BID_BOND' ? ['BID_BOND'] : ['ADVANCE_PAYMENT', 'INTERIM_ADVANCE_PAYMENT', 'CONTRACT'];
}

export function emptyWork(): WorkForm {
  return {
    name: '',
    ordererWorkNumber: '',
    ordererMode: 'directory',
    ordererId: '',
    ordererName: '',
    location: '',
    workType: '',
    contractAmount: '',
    currentYearAmount: '',
    periodFrom: '',
    periodTo: '',
    contractDate: '',
    jointVentureName: '',
    jointVentureRepresentative: false,
    electronicPermitted: false,
    lowBid: false,
    advancePaymentPlanned: false,
  };
}

export function emptyBid(): BidForm {
  return { announcementNumber: '', bidDate: '', plannedBidAmount: '' };
}

export function emptyLine(applied = false): LineForm {
  return {
    applied,
    format: '',
    guaranteeAmount: '',
    currentYearAmount: '',
    depositBank: '',
    redeposit: '',
    premiumPaymentMethod: '',
    premiumPayer: '',
    paperStatementWanted: '',
    interimCertificationNumber: '',
    interimCertificationDate: '',
    bidBondContractNumber: '',
  };
}

export function emptyInformation(): InformationForm {
  return {
    branchCode: '',
    certificateReceipt: '',
    completionMailWanted: '',
    completionMailAddress: '',
    contactDepartment: '',
    contactTitle: '',
    contactName: '',
    contactPhone: '',
    messageToSurety: '',
  };
}

/** A new application: 前払金保証 ticked (the product every other one depends on), or the bid bond line. */
export function emptyForm(kind: FormKind): ApplicationForm {
  return {
    kind,
    work: emptyWork(),
    bid: emptyBid(),
    lines: {
      ADVANCE_PAYMENT: emptyLine(kind === 'NEW'),
      INTERIM_ADVANCE_PAYMENT: emptyLine(false),
      CONTRACT: emptyLine(false),
      BID_BOND: emptyLine(kind === 'BID_BOND'),
    },
    information: emptyInformation(),
  };
}

export type Section = 'work' | 'bid' | 'lines' | 'information' | ProductType;

/** 「…をクリア」: empties one section and leaves the others as they are. Clearing a product keeps it ticked. */
export function clearSection(form: ApplicationForm, section: Section): ApplicationForm {
  switch (section) {
    case 'work':
      return { ...form, work: emptyWork() };
    case 'bid':
      return { ...form, bid: emptyBid() };
    case 'information':
      return { ...form, information: emptyInformation() };
    case 'lines': {
      const lines = { ...form.lines };
      for (const p of productsOf(form.kind)) lines[p] = emptyLine(form.lines[p].applied);
      return { ...form, lines };
    }
    default:
      return { ...form, lines: { ...form.lines, [section]: emptyLine(form.lines[section].applied) } };
  }
}

// ---- starting points of a new application ------------------------------------------------------------------------

/** The default contact of お客様情報 as the editor's contact fields name it. */
export interface ContactDefaults {
  department?: string | null;
  title?: string | null;
  name?: string | null;
  phone?: string | null;
  completionMailAddress?: string | null;
}

/**
 * A new application starts from the contractor's default contact (お客様情報): each contact field still empty takes
 * the saved value, so what the user already typed stays.
 */
export function withDefaultContact(info: InformationForm, contact: ContactDefaults): InformationForm {
  const pick = (current: string, saved: string | null | undefined) => (current.trim() === '' && saved ? saved : current);
  return {
    ...info,
    contactDepartment: pick(info.contactDepartment, contact.department),
    contactTitle: pick(info.contactTitle, contact.title),
    contactName: pick(info.contactName, contact.name),
    contactPhone: pick(info.contactPhone, contact.phone),
    completionMailAddress: pick(info.completionMailAddress, contact.completionMailAddress),
  };
}

/**
 * 契約保証予約からの切替: a new 保証申込 for the work of an approved bid bond — its work, branch and contacts copied, and a
 * 契約保証 line naming the bid bond's 保証契約番号 in the bid bond's certificate format (前払金保証 ticked as usual).
 */
export function fromBidBond(bidBond: ApplicationView | null, contractNumber: string): ApplicationForm {
  const form = emptyForm('NEW');
  if (bidBond) {
    const copy = fromView(bidBond);
    form.work = { ...copy.work };
    if (!form.work.contractAmount && copy.bid.plannedBidAmount) form.work.contractAmount = copy.bid.plannedBidAmount;
    form.information = { ...copy.information, messageToSurety: '' };
    form.lines.CONTRACT.format = copy.lines.BID_BOND.format;
  }
  form.lines.CONTRACT.applied = true;
  form.lines.CONTRACT.bidBondContractNumber = contractNumber;
  return form;
}

// ---- amounts, ratio, full-width -------------------------------------------------------------------------------

/** Yen as typed: full-width digits and separators allowed ("２０,０００,０００"); null when empty or not a whole number. */
export function parseYen(text: string): number | null {
  const half = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s円]/g, '');
  if (!/^\d+$/.test(half)) return null;
  const n = Number(half);
  return Number.isSafeInteger(n) ? n : null;
}

export function amountProblem(text: string, label: string): string | undefined {
  if (text.trim() === '') return undefined;
  const n = parseYen(text);
  return n === null || n <= 0 ? `${label}は1円以上の整数で入力してください。` : undefined;
}

/** The amount a line's ratio is measured against, as the service does: the line's 今年度対象額, else the work's, else 請負金額. */
export function ratioBase(form: ApplicationForm, product: ProductType): { amount: number | null; label: string } {
  const contract = parseYen(form.work.contractAmount) ?? (form.kind === 'BID_BOND' ? parseYen(form.bid.plannedBidAmount) : null);
  if (product === 'ADVANCE_PAYMENT' || product === 'INTERIM_ADVANCE_PAYMENT') {
    const lineYear = parseYen(form.lines[product].currentYearAmount);
    if (lineYear) return { amount: lineYear, label: '今年度対象額' };
    const workYear = parseYen(form.work.currentYearAmount);
    if (workYear) return { amount: workYear, label: '今年度対象額' };
  }
  return { amount: contract, label: '請負金額' };
}

/** The live ratio next to a guarantee amount (`40.0%`, truncated as format.ratio does). */
export function lineRatio(form: ApplicationForm, product: ProductType): string {
  return ratio(parseYen(form.lines[product].guaranteeAmount), ratioBase(form, product).amount);
}

/**
 * 預託金融機関(全角): every character full-width. A half-width space between bank and branch is tolerated, as the
 * service's check (and its documented example 「〇〇銀行 小美玉支店」) does.
 */
export function depositBankProblem(text: string): string | undefined {
  if (text === '') return undefined;
  return isFullWidth(text.replace(/ /g, '')) ? undefined : '預託金融機関は全角で入力してください。';
}

const MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// ---- live checks before anything is sent ----------------------------------------------------------------------

/** Field keys of the screen: `work.name`, `bid.bidDate`, `information.branchCode`, `ADVANCE_PAYMENT.depositBank`, … */
export type Errors = Record<string, string>;

export function lineKey(product: ProductType, field: string): string {
  return `${product}.${field}`;
}

/**
 * What the screen can tell before asking the service (shape only, so a draft can still be incomplete): whole yen,
 * full-width 預託金融機関, a valid mail address, 工期 from ≤ to, and the free-text orderer only for paper.
 */
export function checkShape(form: ApplicationForm): Errors {
  const errors: Errors = {};
  const put = (key: string, message: string | undefined) => {
    if (message) errors[key] = message;
  };
  put('work.contractAmount', amountProblem(form.work.contractAmount, '請負金額'));
  put('work.currentYearAmount', amountProblem(form.work.currentYearAmount, '今年度対象額'));
  if (form.work.periodFrom && form.work.periodTo && form.work.periodTo < form.work.periodFrom) {
    errors['work.periodTo'] = '工期(至)は工期(自)以降の日付にしてください。';
  }
  if (form.work.ordererMode === 'free' && anyElectronic(form)) {
    errors['work.ordererId'] =
      '電子保証を申し込む場合は発注者一覧から発注者を選択してください(発注者名の自由入力は証書(紙)のみの申込に限ります)。';
  }
  if (form.kind === 'BID_BOND') {
    put('bid.plannedBidAmount', amountProblem(form.bid.plannedBidAmount, '入札予定金額'));
  }
  for (const product of appliedProducts(form)) {
    const line = form.lines[product];
    put(lineKey(product, 'guaranteeAmount'), amountProblem(line.guaranteeAmount, '保証金額'));
    put(lineKey(product, 'currentYearAmount'), amountProblem(line.currentYearAmount, '今年度対象額'));
    put(lineKey(product, 'depositBank'), depositBankProblem(line.depositBank));
  }
  const info = form.information;
  if (info.completionMailAddress.trim() && !MAIL.test(info.completionMailAddress.trim())) {
    errors['information.completionMailAddress'] = 'メールアドレスの形式が正しくありません。';
  }
  return errors;
}

export function appliedProducts(form: ApplicationForm): ProductType[] {
  return productsOf(form.kind).filter((p) => form.lines[p].applied);
}

export function anyElectronic(form: ApplicationForm): boolean {
  return appliedProducts(form).some((p) => form.lines[p].format === 'ELECTRONIC');
}

export function anyPaper(form: ApplicationForm): boolean {
  return appliedProducts(form).some((p) => form.lines[p].format === 'PAPER');
}

/**
 * Rule 1 as the screen can see it: a hint next to 保証証書の形式 when the chosen orderer does not (yet) accept
 * electronic surety on the 請負契約日 (today for a bid bond). The service decides; this only warns early.
 */
export function electronicWarning(form: ApplicationForm, orderers: Orderer[], today: string): string | undefined {
  if (!anyElectronic(form)) return undefined;
  if (form.work.ordererMode === 'free') return '電子保証は発注者一覧から発注者を選択した場合のみ申し込めます。';
  const orderer = orderers.find((o) => o.ordererId === form.work.ordererId);
  if (!orderer) return undefined;
  if (!orderer.acceptsElectronicSuretyFrom) return 'この発注者は電子保証に対応していません。証書(紙)を選択してください。';
  const date = form.kind === 'BID_BOND' ? today : form.work.contractDate || today;
  if (date < orderer.acceptsElectronicSuretyFrom) {
    return `この発注者の電子保証の受付は${orderer.acceptsElectronicSuretyFrom}からです。`;
  }
  return undefined;
}

// ---- form ⇄ request body ----------------------------------------------------------------------------------------

const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());
const yesNo = (v: YesNo): boolean | null => (v === '' ? null : v === 'true');
const date = (s: string): string | null => (s === '' ? null : s);

function hasAny(values: object): boolean {
  return Object.values(values).some((v) => v !== '' && v !== false && v !== 'directory');
}

function lineBody(product: ProductType, line: LineForm): LineBody {
  const advance = product === 'ADVANCE_PAYMENT' || product === 'INTERIM_ADVANCE_PAYMENT';
  const body: LineBody = {
    productType: product,
    format: line.format === '' ? null : line.format,
    guaranteeAmount: parseYen(line.guaranteeAmount),
  };
  if (advance) {
    body.currentYearAmount = parseYen(line.currentYearAmount);
    body.depositBank = text(line.depositBank);
    body.redeposit = yesNo(line.redeposit);
  }
  if (product !== 'BID_BOND') {
    body.premiumPaymentMethod = text(line.premiumPaymentMethod);
    body.premiumPayer = text(line.premiumPayer);
    body.paperStatementWanted = yesNo(line.paperStatementWanted);
  }
  if (product === 'INTERIM_ADVANCE_PAYMENT') {
    body.interimCertificationNumber = text(line.interimCertificationNumber);
    body.interimCertificationDate = date(line.interimCertificationDate);
  }
  if (product === 'CONTRACT') body.bidBondContractNumber = text(line.bidBondContractNumber);
  return body;
}

/**
 * The body of a draft save or submission. A section left entirely empty is sent as `null` (the service clears it);
 * the product lines are the ticked ones in screen order — `lines[i]` of a field error is `body.products[i]`.
 */
export function toBody(form: ApplicationForm): { body: ApplicationBody; products: ProductType[] } {
  const w = form.work;
  const free = w.ordererMode === 'free';
  const work = hasAny(w)
    ? {
        name: text(w.name),
        ordererWorkNumber: text(w.ordererWorkNumber),
        ordererId: free ? null : text(w.ordererId),
        ordererName: free ? text(w.ordererName) : null,
        location: text(w.location),
        workType: w.workType === '' ? null : w.workType,
        contractAmount: parseYen(w.contractAmount),
        currentYearAmount: parseYen(w.currentYearAmount),
        periodFrom: date(w.periodFrom),
        periodTo: date(w.periodTo),
        contractDate: date(w.contractDate),
        jointVentureName: text(w.jointVentureName),
        jointVentureRepresentative: text(w.jointVentureName) ? w.jointVentureRepresentative : null,
        electronicPermitted: w.electronicPermitted,
        lowBid: w.lowBid,
        advancePaymentPlanned: w.advancePaymentPlanned,
      }
    : null;
  const bid =
    form.kind === 'BID_BOND' && hasAny(form.bid)
      ? {
          announcementNumber: text(form.bid.announcementNumber),
          bidDate: date(form.bid.bidDate),
          plannedBidAmount: parseYen(form.bid.plannedBidAmount),
        }
      : null;
  const products = appliedProducts(form);
  const i = form.information;
  const information = hasAny(i)
    ? {
        branchCode: text(i.branchCode),
        certificateReceipt: i.certificateReceipt === '' ? null : i.certificateReceipt,
        completionMailWanted: i.completionMailWanted === 'true',
        completionMailAddress: text(i.completionMailAddress),
        contactDepartment: text(i.contactDepartment),
        contactTitle: text(i.contactTitle),
        contactName: text(i.contactName),
        contactPhone: text(i.contactPhone),
        messageToSurety: text(i.messageToSurety),
      }
    : null;
  return {
    body: {
      kind: form.kind,
      work,
      bid,
      lines: products.length ? products.map((p) => lineBody(p, form.lines[p])) : null,
      information,
    },
    products,
  };
}

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const yn = (v: boolean | null | undefined): YesNo => (v === true ? 'true' : v === false ? 'false' : '');

/** A saved draft (or a returned application) back into the form, to resume it. */
export function fromView(view: ApplicationView): ApplicationForm {
  const kind: FormKind = view.kind === 'BID_BOND' ? 'BID_BOND' : 'NEW';
  const form = emptyForm(kind);
  for (const p of productsOf(kind)) form.lines[p].applied = false;
  const w = view.work;
  if (w) {
    const free = !w.ordererId && !!w.ordererName;
    form.work = {
      name: str(w.name),
      ordererWorkNumber: str(w.ordererWorkNumber),
      ordererMode: free ? 'free' : 'directory',
      ordererId: str(w.ordererId),
      ordererName: free ? str(w.ordererName) : '',
      location: str(w.location),
      workType: w.workType ?? '',
      contractAmount: str(w.contractAmount),
      currentYearAmount: str(w.currentYearAmount),
      periodFrom: str(w.periodFrom),
      periodTo: str(w.periodTo),
      contractDate: str(w.contractDate),
      jointVentureName: str(w.jointVentureName),
      jointVentureRepresentative: w.jointVentureRepresentative === true,
      electronicPermitted: w.electronicPermitted === true,
      lowBid: w.lowBid === true,
      advancePaymentPlanned: w.advancePaymentPlanned === true,
    };
  }
  if (view.bid) {
    form.bid = {
      announcementNumber: str(view.bid.announcementNumber),
      bidDate: str(view.bid.bidDate),
      plannedBidAmount: str(view.bid.plannedBidAmount),
    };
  }
  for (const l of view.lines) {
    if (!productsOf(kind).includes(l.productType)) continue;
    form.lines[l.productType] = {
      applied: true,
      format: l.format ?? '',
      guaranteeAmount: str(l.guaranteeAmount),
      currentYearAmount: str(l.currentYearAmount),
      depositBank: str(l.depositBank),
      redeposit: yn(l.redeposit),
      premiumPaymentMethod: str(l.premiumPaymentMethod),
      premiumPayer: str(l.premiumPayer),
      paperStatementWanted: yn(l.paperStatementWanted),
      interimCertificationNumber: str(l.interimCertificationNumber),
      interimCertificationDate: str(l.interimCertificationDate),
      bidBondContractNumber: str(l.bidBondContractNumber),
    };
  }
  const i = view.information;
  if (i) {
    form.information = {
      branchCode: str(i.branchCode),
      certificateReceipt: i.certificateReceipt ?? '',
      completionMailWanted: yn(i.completionMailWanted),
      completionMailAddress: str(i.completionMailAddress),
      contactDepartment: str(i.contactDepartment),
      contactTitle: str(i.contactTitle),
      contactName: str(i.contactName),
      contactPhone: str(i.contactPhone),
      messageToSurety: str(i.messageToSurety),
    };
  }
  return form;
}

// ---- the service's field errors onto the screen's fields ----------------------------------------------------

/**
 * `lines[1].guaranteeAmount` → `CONTRACT.guaranteeAmount` (the second line sent); `lines[1]` alone → the line's
 * `productType` (shown at its section head); `lines` → the products section; `work.*`, `bid.*`, `information.*` as they are.
 */
export function screenKey(field: string, products: ProductType[]): string {
  const m = /^lines\[(\d+)\](?:\.(.+))?$/.exec(field);
  if (m) {
    const product = products[Number(m[1])];
    if (!product) return 'lines';
    return lineKey(product, m[2] ?? 'productType');
  }
  return field;
}

/** The server's field errors keyed for the screen, and the request-body paths the screen shows (for ErrorBanner). */
export function mapFieldErrors(
  errors: FieldError[],
  products: ProductType[],
  shownKeys: Set<string>,
): { byKey: Errors; shown: string[] } {
  const byKey: Errors = {};
  const shown: string[] = [];
  for (const e of errors) {
    const key = screenKey(e.field, products);
    if (!shownKeys.has(key)) continue;
    byKey[key] = byKey[key] ? `${byKey[key]} ${e.message}` : e.message;
    shown.push(e.field);
  }
  return { byKey, shown };
}

const WORK_FIELDS = [
  'name',
  'ordererWorkNumber',
  'ordererId',
  'ordererName',
  'location',
  'workType',
  'contractAmount',
  'currentYearAmount',
  'periodFrom',
  'periodTo',
  'contractDate',
  'jointVentureName',
  'jointVentureRepresentative',
  'electronicPermitted',
  'lowBid',
  'advancePaymentPlanned',
];
const LINE_FIELDS = [
  'productType',
  'format',
  'guaranteeAmount',
  'currentYearAmount',
  'depositBank',
  'redeposit',
  'premiumPaymentMethod',
  'premiumPayer',
  'paperStatementWanted',
  'interimCertificationNumber',
  'interimCertificationDate',
  'bidBondContractNumber',
];
const INFORMATION_FIELDS = [
  'branchCode',
  'certificateReceipt',
  'completionMailWanted',
  'completionMailAddress',
  'contactDepartment',
  'contactTitle',
  'contactName',
  'contactPhone',
  'messageToSurety',
];

/** Every key the 申込作成 screen shows an error at, for a kind of application. */
export function shownKeys(kind: FormKind): Set<string> {
  const keys = new Set<string>(['lines', 'work', 'information']);
  WORK_FIELDS.forEach((f) => keys.add(`work.${f}`));
  INFORMATION_FIELDS.forEach((f) => keys.add(`information.${f}`));
  if (kind === 'BID_BOND') ['announcementNumber', 'bidDate', 'plannedBidAmount'].forEach((f) => keys.add(`bid.${f}`));
  for (const p of productsOf(kind)) LINE_FIELDS.forEach((f) => keys.add(lineKey(p, f)));
  return keys;
}

/** A new key per submission attempt; the same key is sent again when the attempt is retried. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Today in Japan (yyyy-MM-dd), the date rule 1 uses for a bid bond. */
export function todayInTokyo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(now);
}
