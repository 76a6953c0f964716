import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { SessionProvider } from '../session';
import { TopMenu } from './TopMenu';

afterEach(() => vi.unstubAllGlobals());

describe('Net Desk top menu', () => {
  it('offers 保証申込のお勧め and 書類送信 under 作成する, and お客様情報 under 便利にする', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(JSON.stringify({ username: 'contractor1', contractorId: 'C0001', roles: ['contractor'] }), {
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    render(
      <SessionProvider>
        <MemoryRouter>
          <TopMenu />
        </MemoryRouter>
      </SessionProvider>,
    );
    const create = await screen.findByRole('region', { name: '作成する' });
    expect(within(create).getByRole('link', { name: '保証申込のお勧め' })).toHaveAttribute('href', '/recommendations');
    expect(within(create).getByRole('link', { name: '書類送信' })).toHaveAttribute('href', '/documents');
    const convenience = screen.getByRole('region', { name: '便利にする' });
    expect(within(convenience).getByRole('link', { name: 'お客様情報' })).toHaveAttribute('href', '/profile');
  });
});
