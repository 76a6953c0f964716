// Pieces shared by the 前払金 screens: the staff guard (funds or underwriter), the kana input with its live check,
// and the 前払金払出予定 table.
import type { ReactNode } from 'react';
import { Field, Loading, PageTitle } from '../../components/ui';
import { yen } from '../../format';
import { hasRole, loginUrl, useSession } from '../../session';
import { KANA_HINT, kanaProblem, toZenginKana } from './logic';
import type { Schedule } from './types';

/** Staff screens of 前払金: a `funds` or an `underwriter` user (their branch only, enforced by the API). */
export function RequireFundsStaff({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  if (loading) return <Loading />;
  if (!session) {
    window.location.assign(loginUrl());
    return <Loading label="ログイン画面へ移動しています…" />;
  }
  if (!hasRole(session, 'funds') && !hasRole(session, 'underwriter')) {
    return <PageTitle lead="この画面を利用する権限がありません。">権限がありません</PageTitle>;
  }
  return <>{children}</>;
}

interface KanaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  required?: boolean;
  serverError?: string;
}

/**
 * A name that goes into the Zengin file: checked while typing, turned into half-width kana when leaving the field
 * (全角カナ・ひらがな → ｶﾅ, small kana → large, ー → -).
 */
export function KanaField({ label, value, onChange, max, required, serverError }: KanaFieldProps) {
  const live = kanaProblem(value, max, label);
  return (
    <Field label={label} required={required} hint={`${KANA_HINT}${max}文字以内。`} error={live ?? serverError}>
      {(p) => (
        <input
          {...p}
          value={value}
          maxLength={max * 2}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          onBlur={(e) => {
            const converted = toZenginKana(e.target.value);
            if (converted !== e.target.value) onChange(converted);
          }}
        />
      )}
    </Field>
  );
}

/** 前払金払出予定: per category planned (accepted plan), withdrawn (approved) and remaining, with the totals. */
export function ScheduleTable({ schedule, caption = '前払金払出予定' }: { schedule: Schedule; caption?: string }) {
  const b = schedule.balance;
  if (schedule.acceptedVersion === null && b.categories.length === 0) {
    return <p className="empty">受理された前払金使途内訳明細書がないため、払出予定はまだありません。</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table funds-schedule">
        <caption>
          {caption}
          {schedule.acceptedVersion !== null && <span className="muted">（使途内訳明細書 第{schedule.acceptedVersion}版による）</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">使途</th>
            <th scope="col">予定額</th>
            <th scope="col">払出済額</th>
            <th scope="col">残額</th>
          </tr>
        </thead>
        <tbody>
          {b.categories.map((r) => (
            <tr key={r.category}>
              <th scope="row">{r.label}</th>
              <td className="num">{yen(r.planned)}</td>
              <td className="num">{yen(r.withdrawn)}</td>
              <td className="num">{yen(r.remaining)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合計</th>
            <td className="num">{yen(b.planned)}</td>
            <td className="num">{yen(b.withdrawn)}</td>
            <td className="num" data-testid="remaining-total">{yen(b.remaining)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function StatusBadge({ children, tone }: { children: ReactNode; tone?: string }) {
  return <span className={`status${tone ? ` status--${tone}` : ''}`}>{children}</span>;
}
