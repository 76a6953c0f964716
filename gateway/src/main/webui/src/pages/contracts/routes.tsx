import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { CertificateView } from './CertificateView';
import { ContractDetail } from './ContractDetail';
import { ContractDownload } from './ContractDownload';
import { ContractList } from './ContractList';
import { PremiumQuote } from './PremiumQuote';
import { PremiumStatements } from './PremiumStatements';

const contractor = (element: ReactElement) => <RequireSession role="contractor">{element}</RequireSession>;

// 保証契約一覧 → 詳細 (電子保証概要 / 履歴一覧) → 選択 (保証契約内容の確認画面), and the documents and premium screens.
export const routes: RouteObject[] = [
  { path: 'contracts', element: contractor(<ContractList />) },
  { path: 'contracts/download', element: contractor(<ContractDownload />) },
  { path: 'contracts/:number', element: contractor(<ContractDetail />) },
  // a window of its own (opened from 選択): no site header or menus, only the certificate and its 印刷 / 閉じる
  { path: 'contracts/:number/versions/:seq/certificate', element: contractor(<CertificateView />), handle: { bare: true } },
  { path: 'premiums/statements', element: contractor(<PremiumStatements />) },
  { path: 'premiums/quote', element: contractor(<PremiumQuote />) },
];
