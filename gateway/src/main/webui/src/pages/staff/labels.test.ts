import { label, PRODUCT_LABELS, queueQuery } from './labels';

describe('staff labels', () => {
  it('names products in Japanese and keeps unknown codes visible', () => {
    expect(label(PRODUCT_LABELS, 'BID_BOND')).toBe('契約保証予約');
    expect(label(PRODUCT_LABELS, 'NEW_PRODUCT')).toBe('NEW_PRODUCT');
    expect(label(PRODUCT_LABELS, null)).toBe('');
  });

  it('turns the queue filter into the API query (1-based pages, ALL when no status)', () => {
    expect(queueQuery({ status: '', productType: '', workName: '  ' }, 0)).toEqual({
      status: 'ALL',
      productType: undefined,
      workName: undefined,
      page: 1,
      size: 20,
    });
    expect(queueQuery({ status: 'UNDER_REVIEW', productType: 'CONTRACT', workName: '道路' }, 2).page).toBe(3);
  });
});
