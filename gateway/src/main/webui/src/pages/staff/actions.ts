// The underwriter's operations on an issued guarantee contract, each one a form posting to issuance.

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select';

export interface ActionField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
}

export interface ContractAction {
  id: string;
  title: string;
  lead: string;
  path: string;
  button: string;
  danger?: boolean;
  fields: ActionField[];
}

const reason: ActionField = { name: 'reason', label: '理由', kind: 'textarea', required: true };

export const CONTRACT_ACTIONS: ContractAction[] = [
  {
    id: 'payment',
    title: '保証料入金の記録',
    lead: '一括納付以外のお客様の保証料の入金を記録すると、電子保証証書が発行されます。',
    path: 'payment',
    button: '入金を記録する',
    fields: [{ name: 'note', label: '備考', kind: 'textarea' }],
  },
  {
    id: 'correction',
    title: '訂正',
    lead: '最新の版を訂正した版に差し替えます（訂正前の版は履歴に表示されません）。認証キーは変わりません。変更する項目だけ入力します。',
    path: 'corrections',
    button: '訂正する',
    fields: [
      { name: 'guaranteeAmount', label: '保証金額（円）', kind: 'number' },
      { name: 'guaranteeEnd', label: '保証期限', kind: 'date' },
      { name: 'depositBank', label: '預託金融機関', kind: 'text', hint: '全角で入力してください。' },
      { name: 'workName', label: '工事名', kind: 'text' },
      reason,
    ],
  },
  {
    id: 'amendment-cancellation',
    title: '変更取消',
    lead: '最新の変更を取り消します（取り消した変更は履歴に表示されません）。',
    path: 'amendment-cancellation',
    button: '変更を取り消す',
    danger: true,
    fields: [reason],
  },
  {
    id: 'cancellation',
    title: '解約',
    lead: '保証契約を解約し、保証料返還計算書を作成します。D-Sure には解約の旨が表示されます。',
    path: 'cancellation',
    button: '解約する',
    danger: true,
    fields: [{ name: 'cancelledOn', label: '解約日', kind: 'date', required: true }, reason],
  },
  {
    id: 'key-reissue',
    title: '認証キー再発行',
    lead: '認証キーが漏えいしたときに新しいキーを発行します。以後、古いキーでは閲覧できません。',
    path: 'key-reissue',
    button: '認証キーを再発行する',
    danger: true,
    fields: [reason],
  },
  {
    id: 'paper-dispatch',
    title: '紙の保証証書の交付',
    lead: '証書（紙）の保証証書をお客様へ交付したことを記録します。',
    path: 'paper-dispatch',
    button: '交付を記録する',
    fields: [
      {
        name: 'method',
        label: '受取方法',
        kind: 'select',
        required: true,
        options: [
          { value: 'WINDOW', label: '窓口' },
          { value: 'POST', label: '郵送' },
        ],
      },
    ],
  },
];

/** The request body: blank fields are left out (null), numbers sent as integers. */
export function actionBody(action: ContractAction, values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of action.fields) {
    const raw = (values[f.name] ?? '').trim();
    if (!raw) {
      body[f.name] = null;
    } else if (f.kind === 'number') {
      body[f.name] = Number(raw.replace(/[,，]/g, ''));
    } else {
      body[f.name] = raw;
    }
  }
  return body;
}
