// Small building blocks every screen uses, so labels, hints, errors, loading and empty states look and behave
// the same everywhere (and stay accessible: each control has a label, errors are tied with aria-describedby).
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError } from '../api/client';

interface FieldProps {
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode;
}

/** A labelled form control with its hint and its field error (from problem+json) right below it. */
export function Field({ label, required, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required">必須</span>}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type NumberInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'onChange'> & {
  onValueChange: (value: string) => void;
};

/** An amount or number typed as text (so 「50,000,000」 and full-width digits stay editable), numeric keypad on tablets. */
export function NumberInput({ onValueChange, ...props }: NumberInputProps) {
  return <input {...props} type="text" inputMode="numeric" onChange={(e) => onValueChange(e.target.value)} />;
}

export function Loading({ label = '読み込み中…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** The problem's title and detail, and the field errors that no field on the screen shows. */
export function ErrorBanner({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div className="banner banner--error" role="alert">
        通信に失敗しました。ネットワークを確認して再度お試しください。
      </div>
    );
  }
  const rest = (error.problem.errors ?? []).filter((e) => !shownFields.includes(e.field));
  return (
    <div className="banner banner--error" role="alert">
      <p className="banner__title">{error.problem.title ?? error.message}</p>
      {error.problem.detail && error.problem.detail !== error.problem.title && <p>{error.problem.detail}</p>}
      {rest.length > 0 && (
        <ul>
          {rest.map((e) => (
            <li key={e.field + e.message}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner--info" role="status">
      {children}
    </div>
  );
}

interface PagerProps {
  page: number; // 0-based
  size: number;
  total: number;
  onPage: (page: number) => void;
}

/** 「全Nページ(M件)中のKページ目を表示しています」 with previous / next, as the seed's lists. */
export function Pager({ page, size, total, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pager" aria-label="ページ送り">
      <p>
        全{pages}ページ({total}件)中の{page + 1}ページ目を表示しています
      </p>
      <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        前へ
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        次へ
      </button>
    </nav>
  );
}

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="page-title">
      <h1>{children}</h1>
      {lead && <p className="lead">{lead}</p>}
    </header>
  );
}
