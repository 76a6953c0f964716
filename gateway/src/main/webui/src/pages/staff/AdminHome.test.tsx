import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { AdminHome } from './AdminHome';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('マスタ管理', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the rate tables as the API returns them (id and table)', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      String(input).includes('rate-tables')
        ? json([{ tableId: 't1', table: { productType: 'CONTRACT', validFrom: '2026-04-01', validTo: null, roundingUnit: 10,
            rounding: 'DOWN', minimumPremium: 1000, taxRatePercent: 0,
            tiers: [{ amountUpTo: null, daysUpTo: null, ratePercent: 0.3 }] } }])
        : json([]),
    );
    render(<AdminHome />);
    await userEvent.click(screen.getByRole('tab', { name: '保証料率表' }));
    expect(await screen.findByRole('heading', { name: /契約保証（令和8年4月1日から/ })).toBeInTheDocument();
    expect(screen.getByText('0.3%')).toBeInTheDocument();
    expect(screen.getAllByText('上限なし')).toHaveLength(2);
  });
});
