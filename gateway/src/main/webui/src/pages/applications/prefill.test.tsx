import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { emptyInformation, fromBidBond, withDefaultContact } from './model';
import { EditApplicationPage, NewApplicationPage } from './pages';
import type { ApplicationView } from './types';

const ORDERERS = [
  { ordererId: 'ORD-082368', name: '小美玉市長', acceptsElectronicSuretyFrom: '2024-08-01', acceptsElectronicSurety: true },
];
const BRANCHES = [{ branchCode: '10101', name: '茨城支店', companyName: '東日本建設業保証株式会社' }];
const PROFILE = {
  contractorId: 'C0001',
  company: null,
  defaultContact: {
    department: '工事部',
    title: '課長',
    name: '山田 太郎',
    phone: '0299-00-0000',
    completionMailAddress: 'yamada@example.jp',
  },
};

const BID_BOND: ApplicationView = {
  id: 'b1',
  kind: 'BID_BOND',
  draft: false,
  editable: false,
  workName: '小美玉市立小学校改築工事',
  ordererName: '小美玉市長',
  work: {
    name: '小美玉市立小学校改築工事',
    ordererId: 'ORD-082368',
    workType: 'CIVIL_BUILDING',
    periodFrom: '2027-01-10',
    periodTo: '2027-09-30',
    electronicPermitted: true,
    advancePaymentPlanned: true,
  },
  bid: { announcementNumber: '第12号', bidDate: '2026-12-10', plannedBidAmount: 80000000 },
  information: {
    branchCode: '10101',
    completionMailWanted: false,
    contactName: '佐藤 花子',
    contactPhone: '0299-11-1111',
    messageToSurety: '入札ボンドの連絡事項',
  },
  lines: [
    {
      id: 'l1',
      productType: 'BID_BOND',
      format: 'ELECTRONIC',
      guaranteeAmount: 8000000,
      status: 'APPROVED',
      statusLabel: '承認',
      contractNumber: '10101-000042',
    },
  ],
  messagesFromSurety: [],
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function serve(handler: (url: string) => Response = () => json({}, 404)) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      calls.push(url);
      if (url === '/api/orderers') return json(ORDERERS);
      if (url === '/api/branches') return json(BRANCHES);
      return handler(url);
    }),
  );
  return calls;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/applications/new" element={<NewApplicationPage />} />
        <Route path="/applications/:id/edit" element={<EditApplicationPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

vi.setConfig({ testTimeout: 30000 });
afterEach(() => vi.unstubAllGlobals());

describe('new application: contacts from お客様情報', () => {
  it('fills the contact fields of a new application from the default contact, and they stay editable', async () => {
    const calls = serve((url) => (url === '/api/profile' ? json(PROFILE) : json({}, 404)));
    const user = userEvent.setup();
    renderAt('/applications/new');
    await waitFor(() => expect(screen.getByLabelText(/^担当者名/)).toHaveValue('山田 太郎'));
    expect(screen.getByLabelText(/^担当部署/)).toHaveValue('工事部');
    expect(screen.getByLabelText(/^役職/)).toHaveValue('課長');
    expect(screen.getByLabelText(/^連絡先電話番号/)).toHaveValue('0299-00-0000');
    expect(screen.getByLabelText(/^メールアドレス/)).toHaveValue('yamada@example.jp');
    expect(screen.getByText(/お客様情報の既定の連絡先を入力しました。/)).toBeInTheDocument();
    expect(calls).toContain('/api/profile');

    const name = screen.getByLabelText(/^担当者名/);
    await user.clear(name);
    await user.type(name, '鈴木 次郎');
    expect(name).toHaveValue('鈴木 次郎');
  });

  it('leaves the form empty when no default contact is saved or the profile cannot be read', async () => {
    const calls = serve(() => json({ status: 503, title: '一時的に利用できません。' }, 503));
    renderAt('/applications/new');
    await waitFor(() => expect(calls).toContain('/api/profile'));
    expect(screen.getByLabelText(/^担当者名/)).toHaveValue('');
    expect(screen.queryByText(/お客様情報の既定の連絡先を入力しました。/)).not.toBeInTheDocument();
  });

  it('does not touch the contacts of a draft being resumed', async () => {
    const draft: ApplicationView = {
      ...BID_BOND,
      id: 'a1',
      kind: 'NEW',
      draft: true,
      editable: true,
      bid: null,
      information: { branchCode: '10101', completionMailWanted: false },
      lines: [],
    };
    const calls = serve((url) => (url === '/api/applications/a1' ? json(draft) : url === '/api/profile' ? json(PROFILE) : json({}, 404)));
    renderAt('/applications/a1/edit');
    expect(await screen.findByLabelText(/^担当者名/)).toHaveValue('');
    expect(calls).not.toContain('/api/profile');
  });
});

describe('new application: 契約保証予約からの切替', () => {
  it('starts from the approved bid bond: its work, and a 契約保証 line naming its 保証契約番号', async () => {
    const calls = serve((url) => (url === '/api/applications/b1' ? json(BID_BOND) : json({}, 404)));
    renderAt('/applications/new?bidBond=10101-000042&from=b1');
    expect(await screen.findByText(/契約保証予約（保証契約番号 10101-000042）の工事の内容を入力しました。/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^工事名/)).toHaveValue('小美玉市立小学校改築工事');
    expect(screen.getByLabelText(/^請負金額/)).toHaveValue('80000000');
    const contract = screen.getByRole('region', { name: '契約保証' });
    expect(within(contract).getByLabelText(/^契約保証予約の保証契約番号/)).toHaveValue('10101-000042');
    expect(calls).toContain('/api/applications/b1');
  });

  it('builds the form from the bid bond without its message to the surety', () => {
    const form = fromBidBond(BID_BOND, '10101-000042');
    expect(form.kind).toBe('NEW');
    expect(form.lines.CONTRACT).toMatchObject({ applied: true, format: 'ELECTRONIC', bidBondContractNumber: '10101-000042' });
    expect(form.lines.ADVANCE_PAYMENT.applied).toBe(true);
    expect(form.work.ordererId).toBe('ORD-082368');
    expect(form.work.advancePaymentPlanned).toBe(true);
    expect(form.information.branchCode).toBe('10101');
    expect(form.information.messageToSurety).toBe('');
    expect(fromBidBond(null, '10101-000042').lines.CONTRACT.bidBondContractNumber).toBe('10101-000042');
  });

  it('the default contact fills only the contact fields still empty', () => {
    const info = { ...emptyInformation(), contactName: '佐藤 花子' };
    const filled = withDefaultContact(info, PROFILE.defaultContact);
    expect(filled.contactName).toBe('佐藤 花子');
    expect(filled.contactPhone).toBe('0299-00-0000');
    expect(filled.contactDepartment).toBe('工事部');
    expect(filled.completionMailAddress).toBe('yamada@example.jp');
  });
});
