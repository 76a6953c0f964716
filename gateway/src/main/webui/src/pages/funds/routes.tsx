import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { FundsHome } from './FundsHome';
import { FundsStart } from './FundsStart';
import { RequireFundsStaff } from './parts';
import { PlanForm } from './PlanForm';
import { StaffFunds } from './StaffFunds';
import { StaffFundsContract } from './StaffFundsContract';
import { WithdrawalForm } from './WithdrawalForm';

// 前払金: the contractor's 請求書 / 使途内訳明細書 / 払出依頼書 / 払出予定 of one guarantee, and the surety's review
// (role funds or underwriter, own branch) with the 全銀協 総合振込 file.
export const routes: RouteObject[] = [
  { path: 'funds', element: <RequireSession role="contractor"><FundsStart /></RequireSession> },
  { path: 'funds/contracts/:number', element: <RequireSession role="contractor"><FundsHome /></RequireSession> },
  { path: 'funds/contracts/:number/plan', element: <RequireSession role="contractor"><PlanForm /></RequireSession> },
  { path: 'funds/contracts/:number/withdrawals/new', element: <RequireSession role="contractor"><WithdrawalForm /></RequireSession> },
  { path: 'staff/funds', element: <RequireFundsStaff><StaffFunds /></RequireFundsStaff> },
  { path: 'staff/funds/contracts/:number', element: <RequireFundsStaff><StaffFundsContract /></RequireFundsStaff> },
];
