import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { AdminHome } from './AdminHome';
import { CaseDetail } from './CaseDetail';
import { ContractOperations, ContractSearch } from './ContractOperations';
import { UnderwritingQueue } from './UnderwritingQueue';

// Surety staff: underwriters (own branch) and surety administrators.
export const routes: RouteObject[] = [
  { path: 'staff/underwriting', element: <RequireSession role="underwriter"><UnderwritingQueue /></RequireSession> },
  { path: 'staff/underwriting/cases/:caseId', element: <RequireSession role="underwriter"><CaseDetail /></RequireSession> },
  { path: 'staff/contracts', element: <RequireSession role="underwriter"><ContractSearch /></RequireSession> },
  { path: 'staff/contracts/:contractNumber', element: <RequireSession role="underwriter"><ContractOperations /></RequireSession> },
  { path: 'staff/admin', element: <RequireSession role="surety_admin"><AdminHome /></RequireSession> },
];
