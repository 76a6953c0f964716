import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { ProfilePage } from './ProfilePage';
import type { Profile } from './types';

const COMPANY: Profile['company'] = {
  name: '株式会社 小美玉建設',
  address: '茨城県小美玉市堅倉835',
  representative: '代表取締役 小美玉 一郎',
  jointVentures: [
    { name: '小美玉・柏特定建設工事共同企業体', representative: true },
    { name: '水戸・小美玉経常建設共同企業体', representative: false },
  ],
  updatedAt: '2026-12-01T01:00:00Z',
};

const CONTACT: NonNullable<Profile['defaultContact']> = {
  department: '工事部',
  title: '課長',
  name: '山田 太郎',
  phone: '0299-00-0000',
  completionMailAddress: 'yamada@example.jp',
  updatedAt: '2026-12-01T01:00:00Z',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function serve(profile: Profile, handler: Handler = () => json({}, 404)) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const url = String(input);
      calls.push({ url, init });
      if (url === '/api/profile' && (init.method ?? 'GET') === 'GET') return json(profile);
      return handler(url, init);
    }),
  );
  return calls;
}

function renderProfile() {
  return render(
    <MemoryRouter>
      <ProfilePage />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=csrf-123; path=/';
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('お客様情報', () => {
  it('shows the company as the surety registered it, read-only, with its JV memberships', async () => {
    serve({ contractorId: 'C0001', company: COMPANY, defaultContact: CONTACT });
    renderProfile();
    const company = await screen.findByRole('region', { name: '会社の情報' });
    expect(within(company).getByText('株式会社 小美玉建設')).toBeInTheDocument();
    expect(within(company).getByText('茨城県小美玉市堅倉835')).toBeInTheDocument();
    expect(within(company).getByText('代表取締役 小美玉 一郎')).toBeInTheDocument();
    expect(within(company).getByText('小美玉・柏特定建設工事共同企業体（代表者）')).toBeInTheDocument();
    expect(within(company).getByText('水戸・小美玉経常建設共同企業体（構成員）')).toBeInTheDocument();
    expect(within(company).getByText(/保証会社（申込先の営業部・支店）へご連絡ください/)).toBeInTheDocument();
    expect(within(company).queryByRole('textbox')).not.toBeInTheDocument();

    expect(screen.getByLabelText(/^担当部署/)).toHaveValue('工事部');
    expect(screen.getByLabelText(/^役職/)).toHaveValue('課長');
    expect(screen.getByLabelText(/^担当者名/)).toHaveValue('山田 太郎');
    expect(screen.getByLabelText(/^電話番号/)).toHaveValue('0299-00-0000');
    expect(screen.getByLabelText(/^完了メールの宛先/)).toHaveValue('yamada@example.jp');
  });

  it('says the company is not registered yet before the surety sent it', async () => {
    serve({ contractorId: 'C0001', company: null, defaultContact: null });
    renderProfile();
    const company = await screen.findByRole('region', { name: '会社の情報' });
    expect(within(company).getByText('まだ登録されていません。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^担当者名/)).toHaveValue('');
  });

  it('checks the contact before saving: name and phone required, phone digits and hyphens, a valid mail address', async () => {
    const calls = serve({ contractorId: 'C0001', company: null, defaultContact: null });
    const user = userEvent.setup();
    renderProfile();
    await user.click(await screen.findByRole('button', { name: '保存する' }));
    expect(screen.getByLabelText(/^担当者名/)).toHaveAccessibleDescription(/担当者名を入力してください。/);
    expect(screen.getByLabelText(/^電話番号/)).toHaveAccessibleDescription(/電話番号を入力してください。/);

    await user.type(screen.getByLabelText(/^担当者名/), '山田 太郎');
    await user.type(screen.getByLabelText(/^電話番号/), '0299(00)0000');
    await user.type(screen.getByLabelText(/^完了メールの宛先/), 'yamada@');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(screen.getByLabelText(/^担当者名/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^電話番号/)).toHaveAccessibleDescription(/半角数字とハイフンで10〜13文字/);
    expect(screen.getByLabelText(/^完了メールの宛先/)).toHaveAccessibleDescription(/メールアドレスの形式が正しくありません。/);
    expect(calls.filter((c) => c.init.method === 'PUT')).toHaveLength(0);
  });

  it('saves the contact with the CSRF header and confirms it', async () => {
    const saved = { ...CONTACT, department: null, title: null, completionMailAddress: null };
    const calls = serve({ contractorId: 'C0001', company: COMPANY, defaultContact: null }, (url, init) =>
      url === '/api/profile/default-contact' && init.method === 'PUT'
        ? json({ contractorId: 'C0001', company: COMPANY, defaultContact: saved })
        : json({}, 404),
    );
    const user = userEvent.setup();
    renderProfile();
    await user.type(await screen.findByLabelText(/^担当者名/), ' 山田 太郎 ');
    await user.type(screen.getByLabelText(/^電話番号/), '0299-00-0000');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    expect(await screen.findByText(/既定の連絡先を保存しました。/)).toBeInTheDocument();
    const put = calls.find((c) => c.init.method === 'PUT');
    expect(JSON.parse(String(put?.init.body))).toEqual({
      department: null,
      title: null,
      name: '山田 太郎',
      phone: '0299-00-0000',
      completionMailAddress: null,
    });
    expect((put?.init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('csrf-123');
    expect(screen.getByLabelText(/^担当者名/)).toHaveValue('山田 太郎');
  });

  it('shows the service’s field errors next to their fields', async () => {
    serve({ contractorId: 'C0001', company: null, defaultContact: CONTACT }, () =>
      json(
        {
          status: 400,
          title: '入力内容を確認してください。',
          errors: [
            { field: 'completionMailAddress', message: 'メールアドレスの形式が正しくありません。' },
            { field: 'department', message: '担当部署は100文字以内で入力してください。' },
          ],
        },
        400,
      ),
    );
    const user = userEvent.setup();
    renderProfile();
    await user.click(await screen.findByRole('button', { name: '保存する' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^完了メールの宛先/)).toHaveAccessibleDescription(/メールアドレスの形式が正しくありません。/),
    );
    expect(screen.getByLabelText(/^担当部署/)).toHaveAccessibleDescription(/担当部署は100文字以内で入力してください。/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('お客様情報');
  });

  it('clears the saved contact after confirmation', async () => {
    const calls = serve({ contractorId: 'C0001', company: null, defaultContact: CONTACT }, (url, init) =>
      url === '/api/profile/default-contact' && init.method === 'DELETE' ? new Response(null, { status: 204 }) : json({}, 404),
    );
    const user = userEvent.setup();
    renderProfile();
    await user.click(await screen.findByRole('button', { name: 'クリア' }));
    await user.click(within(screen.getByRole('dialog', { name: '既定の連絡先の削除' })).getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('既定の連絡先を削除しました。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^担当者名/)).toHaveValue('');
    const del = calls.find((c) => c.init.method === 'DELETE');
    expect(del?.url).toBe('/api/profile/default-contact');
    expect((del?.init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('csrf-123');
  });
});
