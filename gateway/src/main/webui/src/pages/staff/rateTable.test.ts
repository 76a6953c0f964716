import { parseTiers, rateTableBody } from './rateTable';

describe('rate table form', () => {
  it('reads one tier per line with blank bounds meaning no upper bound', () => {
    expect(parseTiers('10,000,000\t365\t0.5')).toEqual([{ amountUpTo: 10000000, daysUpTo: 365, ratePercent: 0.5 }]);
    expect(parseTiers('10000000,365,0.5\n,,0.4')).toEqual([
      { amountUpTo: 10000000, daysUpTo: 365, ratePercent: 0.5 },
      { amountUpTo: null, daysUpTo: null, ratePercent: 0.4 },
    ]);
  });

  it('sends an empty end date as null and numbers as numbers', () => {
    const body = rateTableBody({ productType: 'CONTRACT', validFrom: '2026-04-01', validTo: '', roundingUnit: '10',
      rounding: 'DOWN', minimumPremium: '1,000', taxRatePercent: '0', tiers: ',,0.3' });
    expect(body.validTo).toBeNull();
    expect(body.minimumPremium).toBe(1000);
    expect(body.tiers).toEqual([{ amountUpTo: null, daysUpTo: null, ratePercent: 0.3 }]);
  });
});
