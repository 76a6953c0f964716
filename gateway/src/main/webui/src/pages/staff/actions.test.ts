import { actionBody, CONTRACT_ACTIONS } from './actions';

const byId = (id: string) => CONTRACT_ACTIONS.find((a) => a.id === id)!;

describe('contract actions', () => {
  it('sends only what the underwriter filled in for a correction, amounts as integers', () => {
    expect(actionBody(byId('correction'), { guaranteeAmount: '21,000,000', reason: ' 金額誤り ' })).toEqual({
      guaranteeAmount: 21000000,
      guaranteeEnd: null,
      depositBank: null,
      workName: null,
      reason: '金額誤り',
    });
  });

  it('asks for a date and a reason to cancel a guarantee', () => {
    const fields = byId('cancellation').fields.filter((f) => f.required).map((f) => f.name);
    expect(fields).toEqual(['cancelledOn', 'reason']);
  });

  it('offers 窓口 and 郵送 for a paper certificate', () => {
    expect(byId('paper-dispatch').fields[0].options?.map((o) => o.label)).toEqual(['窓口', '郵送']);
  });
});
