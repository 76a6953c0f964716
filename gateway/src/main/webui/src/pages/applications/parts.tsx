// Building blocks of the application screens that the shared ui.tsx does not have: a radio group with its hint and
// field error, the 申込作成 > 申込確認 > 送信完了 steps, a heading that takes focus, and a confirmation dialog.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface ChoiceFieldProps<T extends string> {
  legend: string;
  name?: string;
  required?: boolean;
  value: T | '';
  options: { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string;
}

/** A labelled radio group (fieldset + legend) with its hint and the field error tied by aria-describedby. */
export function ChoiceField<T extends string>({
  legend,
  name,
  required,
  value,
  options,
  onChange,
  hint,
  error,
}: ChoiceFieldProps<T>) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`field${error ? ' field--error' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>
        {legend}
        {required && <span className="required">必須</span>}
      </legend>
      <div className="choices">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="radio"
              name={name ?? id}
              value={o.value}
              checked={value === o.value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface CheckProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
}

/** One checkbox with its label, hint and field error. */
export function CheckField({ label, checked, onChange, hint, error }: CheckProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--check${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const STEPS = ['申込作成', '申込確認', '送信完了'] as const;
export type Step = (typeof STEPS)[number];

/** 申込作成 > 申込確認 > 送信完了, the current one marked for assistive technology. */
export function Steps({ current }: { current: Step }) {
  return (
    <ol className="steps" aria-label="申込の手順">
      {STEPS.map((s) => (
        <li key={s} aria-current={s === current ? 'step' : undefined}>
          {s}
        </li>
      ))}
    </ol>
  );
}

/** The page heading; it takes the focus when it appears (after a step changes), so screen readers announce it. */
export function FocusHeading({ children, lead, focusKey }: { children: ReactNode; lead?: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  return (
    <header className="page-title">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {lead && <p className="lead">{lead}</p>}
    </header>
  );
}

interface DialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation: focus moves into it, Escape cancels, Tab stays inside, focus returns to the opener. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'キャンセル',
  danger,
  busy,
  onConfirm,
  onCancel,
}: DialogProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('textarea, input, button');
    first?.focus();
    return () => opener?.focus?.();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Tab' && ref.current) {
      const focusable = Array.from(
        ref.current.querySelectorAll<HTMLElement>('textarea, input, button:not([disabled]), a[href]'),
      );
      if (focusable.length === 0) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        ref={ref}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        <div className="actions">
          <button type="button" className={`button${danger ? ' button--danger' : ''}`} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
