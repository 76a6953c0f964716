import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { vi } from 'vitest';
import { CaseDetail } from './CaseDetail';

const summary = {
  caseId: 'c1', applicationId: 'a1', lineId: 'l1', status: 'UNDER_REVIEW', contractorId: 'C0001',
  contractorName: '○○建設株式会社', productType: 'ADVANCE_PAYMENT', format: 'ELECTRONIC', guaranteeAmount: 90000000,
  workName: '市道改良工事', obligeeName: '小美玉市長', premiumPaymentMethod: 'BANK_TRANSFER',
  reasons: ['保証金額が自動承認の上限を超えています'], receivedAt: '2026-11-30T01:00:00Z', decidedBy: null, decidedAt: null,
  decisionNote: null, contractNumber: null,
};

function json(status: number, body: unknown, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function renderCase() {
  render(
    <MemoryRouter initialEntries={['/staff/underwriting/cases/c1']}>
      <Routes>
        <Route path="/staff/underwriting/cases/:caseId" element={<CaseDetail />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('underwriting case', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows why the case was not auto-approved', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(200, { summary, submission: { work: { name: '市道改良工事' }, lines: [] }, history: [] }));
    renderCase();
    expect(await screen.findByText('保証金額が自動承認の上限を超えています')).toBeInTheDocument();
    expect(screen.getByText('90,000,000 円')).toBeInTheDocument();
  });

  it('shows the server field error next to the rejection reason and keeps the case open', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(json(200, { summary, submission: { work: {}, lines: [] }, history: [] }))
      .mockResolvedValueOnce(json(400, { title: '入力内容を確認してください。', status: 400,
        errors: [{ field: 'reason', message: '否決理由を入力してください。' }] }, 'application/problem+json'));
    renderCase();
    await userEvent.click(await screen.findByLabelText('否決'));
    await userEvent.click(screen.getByRole('button', { name: '否決する' }));
    const textbox = await screen.findByRole('textbox', { name: /否決理由/ });
    expect(textbox).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('否決理由を入力してください。')).toBeInTheDocument();
    expect(fetch.mock.calls[1][0]).toBe('/api/underwriting/cases/c1/reject');
  });
});
