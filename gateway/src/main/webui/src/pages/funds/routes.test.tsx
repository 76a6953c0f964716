import { routes } from './routes';

it('exposes the contractor and staff funds screens', () => {
  expect(routes.map((r) => r.path)).toEqual([
    'funds',
    'funds/contracts/:number',
    'funds/contracts/:number/plan',
    'funds/contracts/:number/withdrawals/new',
    'staff/funds',
    'staff/funds/contracts/:number',
  ]);
});
