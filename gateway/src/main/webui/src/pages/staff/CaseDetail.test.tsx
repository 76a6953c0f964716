import { render, screen, within } from '@testing-library/react';
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
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      if (url === '/api/underwriting/cases/c1') return json(200, { summary, submission: { work: {}, lines: [] }, history: [] });
      if (url === '/api/applications/a1/documents') return json(200, { items: [] });
      return json(400, { title: '入力内容を確認してください。', status: 400,
        errors: [{ field: 'reason', message: '否決理由を入力してください。' }] }, 'application/problem+json');
    });
    renderCase();
    await userEvent.click(await screen.findByLabelText('否決'));
    await userEvent.click(screen.getByRole('button', { name: '否決する' }));
    const textbox = await screen.findByRole('textbox', { name: /否決理由/ });
    expect(textbox).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('否決理由を入力してください。')).toBeInTheDocument();
    expect(fetch.mock.calls.map((c) => String(c[0]))).toContain('/api/underwriting/cases/c1/reject');
  });

  it('lists the documents the contractor sent for the application, each with its download link', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      if (url === '/api/underwriting/cases/c1') return json(200, { summary, submission: { work: {}, lines: [] }, history: [] });
      if (url === '/api/applications/a1/documents') {
        return json(200, {
          items: [
            { documentId: 'd2', applicationId: 'a1', fileName: '工事請負契約書.pdf', contentType: 'application/pdf', size: 2516582,
              sha256: 'ab', description: '契約書の写し', uploadedAt: '2026-12-01T02:00:00Z', uploadedBy: 'contractor1' },
            { documentId: 'd1', applicationId: 'a1', fileName: '見積書.png', contentType: 'image/png', size: 2048,
              sha256: 'cd', description: null, uploadedAt: '2026-12-01T01:00:00Z', uploadedBy: 'contractor1' },
          ],
        });
      }
      return json(404, { status: 404, title: '対象が見つかりません。' }, 'application/problem+json');
    });
    renderCase();
    const section = await screen.findByRole('region', { name: '提出書類' });
    const contract = await within(section).findByRole('link', { name: '工事請負契約書.pdfをダウンロード' });
    expect(contract).toHaveAttribute('href', '/api/applications/a1/documents/d2');
    expect(within(section).getByRole('link', { name: '見積書.pngをダウンロード' })).toHaveAttribute(
      'href',
      '/api/applications/a1/documents/d1',
    );
    expect(within(section).getByText('2.4 MB')).toBeInTheDocument();
    expect(within(section).getByText('契約書の写し')).toBeInTheDocument();
    // the underwriter reads, never deletes
    expect(within(section).queryByRole('button', { name: /削除/ })).not.toBeInTheDocument();
    expect(fetch.mock.calls.map((c) => String(c[0]))).toContain('/api/applications/a1/documents');
  });

  it('says so when the contractor sent no documents', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      String(input) === '/api/applications/a1/documents'
        ? json(200, { items: [] })
        : json(200, { summary, submission: { work: {}, lines: [] }, history: [] }),
    );
    renderCase();
    const section = await screen.findByRole('region', { name: '提出書類' });
    expect(await within(section).findByText('お客様から提出された書類はありません。')).toBeInTheDocument();
  });
});
