import { contractNumber, isFullWidth, ratio, wareki, yen } from './format';

describe('format', () => {
  it('shows yen with separators', () => {
    expect(yen(50000000)).toBe('50,000,000 円');
    expect(yen(null)).toBe('');
  });

  it('shows the ratio to one decimal and never rounds up past a limit', () => {
    expect(ratio(20000000, 50000000)).toBe('40.0%');
    expect(ratio(20000001, 50000000)).toBe('40.0%');
    expect(ratio(1, 3)).toBe('33.3%');
    expect(ratio(5, 0)).toBe('0.0%');
  });

  it('writes dates in 和暦 with 元年', () => {
    expect(wareki('2024-08-01')).toBe('令和6年8月1日');
    expect(wareki('2019-05-01')).toBe('令和元年5月1日');
    expect(wareki('2019-04-30')).toBe('平成31年4月30日');
  });

  it('accepts only full-width text for 預託金融機関', () => {
    expect(isFullWidth('〇〇銀行　水戸支店')).toBe(true);
    expect(isFullWidth('〇〇銀行 水戸支店')).toBe(false);
    expect(isFullWidth('ABC銀行')).toBe(false);
    expect(isFullWidth('ｶﾌﾞｼｷ')).toBe(false);
  });

  it('prints contract numbers with the hyphen', () => {
    expect(contractNumber('10101000123')).toBe('10101-000123');
    expect(contractNumber('10101-000123')).toBe('10101-000123');
  });
});
