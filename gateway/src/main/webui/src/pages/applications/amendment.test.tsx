import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { NewAmendmentPage } from './AmendmentEditor';
import { OrdererList } from './OrdererList';

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const CONTRACT = {
  contractNumber: '10101-000001',
  productType: 'ADVANCE_PAYMENT',
  productName: '前払金保証',
  workName: '小美玉市道1-2345号線道路改良工事',
  obligeeName: '小美玉市長',
  contractAmount: 50000000,
  guaranteeAmount: 20000000,
  guaranteeEnd: '2027-03-19',
  format: 'ELECTRONIC',
};

// Typing into a large form is slow on a shared CI machine.
vi.setConfig({ testTimeout: 30000 });

afterEach(() => vi.unstubAllGlobals());

describe('変更申込', () => {
  it('shows the contract’s format as kept (rule 3), confirms and sends the change with an Idempotency-Key', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    let attempts = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
        const url = String(input);
        calls.push({ url, init });
        if (url === '/api/contracts/10101-000001') return json(CONTRACT);
        if (url === '/api/applications/amendments') {
          attempts += 1;
          if (attempts === 1) {
            return json(
              {
                title: '業務ルールに違反しています',
                status: 422,
                errors: [{ field: 'newGuaranteeAmount', message: '前払金保証金額は請負金額の40%以内にしてください。' }],
              },
              422,
            );
          }
          return json({ id: 'm1', kind: 'AMENDMENT', draft: false, editable: false, submittedAt: '2026-11-30T01:00:00Z',
            amendment: { contractNumber: '10101-000001', changeType: 'INCREASE' }, lines: [], messagesFromSurety: [] }, 201);
        }
        return json({}, 404);
      }),
    );
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/applications/amend?contract=10101000001']}>
        <Routes>
          <Route path="/applications/amend" element={<NewAmendmentPage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(screen.getByLabelText(/^保証契約番号/)).toHaveValue('10101-000001');
    const facts = await screen.findByRole('region', { name: '変更する保証契約' });
    expect(facts).toHaveTextContent('電子保証(認証キーを含む)（変更後も同じ形式です）');

    await user.click(screen.getByRole('radio', { name: '増額' }));
    await user.type(screen.getByLabelText(/^変更後の保証金額/), '30000000');
    expect(screen.getByRole('status', { name: '割合' })).toHaveTextContent('60.0%');
    await user.click(screen.getByRole('radio', { name: '希望しない' }));
    await user.click(screen.getByRole('button', { name: '申込確認' }));
    expect(await screen.findByRole('heading', { level: 1, name: '変更申込の確認' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '送信する' }));

    const amount = await screen.findByLabelText(/^変更後の保証金額/);
    expect(amount).toHaveAccessibleDescription(/40%以内/);
    await user.clear(amount);
    await user.type(amount, '20000000');
    await user.click(screen.getByRole('button', { name: '申込確認' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '変更申込の送信完了' })).toBeInTheDocument();

    const posts = calls.filter((c) => c.url === '/api/applications/amendments');
    expect(posts).toHaveLength(2);
    const body = JSON.parse(String(posts[1].init.body));
    expect(body).toMatchObject({ contractNumber: '10101-000001', changeType: 'INCREASE', newGuaranteeAmount: 20000000 });
    expect(body).not.toHaveProperty('format');
    expect((posts[1].init.headers as Record<string, string>)['Idempotency-Key']).toBeTruthy();
  });
});

describe('電子保証対応の発注者', () => {
  it('lists the orderers that accept electronic surety with the date from which they do', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json([
          { ordererId: 'ORD-082368', name: '小美玉市長', acceptsElectronicSuretyFrom: '2024-08-01', acceptsElectronicSurety: true },
          { ordererId: 'ORD-999001', name: '紙町長', acceptsElectronicSuretyFrom: null, acceptsElectronicSurety: false },
        ]),
      ),
    );
    render(<OrdererList />);
    const table = await screen.findByRole('table', { name: '電子保証に対応している発注者' });
    const row = within(table).getByRole('row', { name: /小美玉市長/ });
    expect(row).toHaveTextContent('令和6年8月1日');
    expect(row).toHaveTextContent('受付中');
    expect(within(table).queryByText('紙町長')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: '証書(紙)のみの発注者' })).toHaveTextContent('紙町長');
  });
});
