// お客様情報: the company as the surety company registered it (read-only here), and the default contact the
// contractor keeps itself, which new applications start from.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice, PageTitle } from '../../components/ui';
import { dateTime } from '../../format';
import { ConfirmDialog } from '../applications/parts';
import { loadProfile } from './http';
import { checkContact, contactBody, contactFormOf, EMPTY_CONTACT, type ContactErrors, type ContactForm } from './model';
import type { CompanyProfile, Profile } from './types';

const CONTACT_FIELDS: (keyof ContactForm)[] = ['department', 'title', 'name', 'phone', 'completionMailAddress'];

export function ProfilePage() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<ContactForm>(EMPTY_CONTACT);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [outcomeFocus, setOutcomeFocus] = useState(0);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    loadProfile(ctrl.signal)
      .then((p) => {
        setProfile(p);
        setForm(contactFormOf(p.defaultContact));
      })
      .catch((e) => !ctrl.signal.aborted && setLoadError(e));
    return () => ctrl.abort();
  }, []);

  useEffect(() => {
    if (outcomeFocus > 0) outcome.current?.focus();
  }, [outcomeFocus]);

  const set = (key: keyof ContactForm, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const show = (next: { notice?: string; problem?: unknown; errors?: ContactErrors }) => {
    setNotice(next.notice);
    setProblem(next.problem ?? null);
    setErrors(next.errors ?? {});
    setOutcomeFocus((n) => n + 1);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkContact(form);
    if (Object.keys(found).length > 0) {
      show({
        problem: new ApiError({
          status: 400,
          title: '入力内容を確認してください。',
          errors: Object.entries(found).map(([field, message]) => ({ field, message: message ?? '' })),
        }),
        errors: found,
      });
      return;
    }
    setBusy(true);
    try {
      const saved = await api<Profile>('/api/profile/default-contact', { method: 'PUT', body: contactBody(form) });
      setProfile(saved);
      setForm(contactFormOf(saved.defaultContact));
      show({ notice: '既定の連絡先を保存しました。新しい申込の担当者欄にこの内容が入ります。' });
    } catch (err) {
      const byField = err instanceof ApiError ? err.fieldErrors() : {};
      const mine: ContactErrors = {};
      for (const k of CONTACT_FIELDS) if (byField[k]) mine[k] = byField[k];
      show({ problem: err, errors: mine });
    } finally {
      setBusy(false);
    }
  };

  const clear = async () => {
    setBusy(true);
    try {
      await api<void>('/api/profile/default-contact', { method: 'DELETE' });
      setProfile((p) => (p ? { ...p, defaultContact: null } : p));
      setForm({ ...EMPTY_CONTACT });
      setConfirmClear(false);
      show({ notice: '既定の連絡先を削除しました。' });
    } catch (err) {
      setConfirmClear(false);
      show({ problem: err });
    } finally {
      setBusy(false);
    }
  };

  const onClear = () => {
    if (profile?.defaultContact) {
      setConfirmClear(true);
    } else {
      setForm({ ...EMPTY_CONTACT });
      setErrors({});
    }
  };

  if (loadError) {
    return (
      <>
        <PageTitle>お客様情報</PageTitle>
        <ErrorBanner error={loadError} />
      </>
    );
  }
  if (!profile) return <Loading />;

  const contact = profile.defaultContact;
  return (
    <>
      <PageTitle lead="保証会社に登録されているお客様の会社の情報と、申込の既定の連絡先です。">お客様情報</PageTitle>
      <div ref={outcome} tabIndex={-1} className="banner-focus">
        {notice && <Notice>{notice}</Notice>}
        <ErrorBanner error={problem} shownFields={CONTACT_FIELDS.filter((k) => errors[k])} />
      </div>

      <section className="section" aria-labelledby="profile-company">
        <h2 id="profile-company">会社の情報</h2>
        {profile.company ? <Company company={profile.company} /> : <Empty>まだ登録されていません。</Empty>}
        <p className="hint">
          会社の情報は保証会社が登録・管理しています。会社名・所在地・代表者・共同企業体に変更がある場合は、保証会社（申込先の営業部・支店）へご連絡ください。
        </p>
      </section>

      <form className="section" noValidate onSubmit={save} aria-labelledby="profile-contact">
        <div className="section__head">
          <h2 id="profile-contact">申込の既定の連絡先</h2>
          {contact?.updatedAt && <p className="hint">最終更新: {dateTime(contact.updatedAt)}</p>}
        </div>
        <p className="hint">
          新しい申込を作成するとき、「担当部署」「役職」「担当者名」「電話番号」「完了メールの宛先」にこの内容が入ります（申込ごとに変更できます）。
        </p>
        <div className="form-grid">
          <Field label="担当部署" error={errors.department}>
            {(p) => (
              <input {...p} type="text" value={form.department} onChange={(e) => set('department', e.target.value)} />
            )}
          </Field>
          <Field label="役職" error={errors.title}>
            {(p) => (
              <input {...p} type="text" autoComplete="organization-title" value={form.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
          <Field label="担当者名" required error={errors.name}>
            {(p) => <input {...p} type="text" autoComplete="name" value={form.name} onChange={(e) => set('name', e.target.value)} />}
          </Field>
          <Field label="電話番号" required hint="半角数字とハイフン（例: 0299-00-0000）" error={errors.phone}>
            {(p) => (
              <input {...p} type="tel" autoComplete="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
            )}
          </Field>
          <Field label="完了メールの宛先" hint="電子保証（認証キー）発行完了のお知らせを受け取るメールアドレス（任意）" error={errors.completionMailAddress}>
            {(p) => (
              <input
                {...p}
                type="email"
                autoComplete="email"
                value={form.completionMailAddress}
                onChange={(e) => set('completionMailAddress', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? '保存中…' : '保存する'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClear} disabled={busy}>
            クリア
          </button>
        </div>
      </form>

      {confirmClear && (
        <ConfirmDialog
          title="既定の連絡先の削除"
          confirmLabel="削除する"
          danger
          busy={busy}
          onConfirm={() => void clear()}
          onCancel={() => setConfirmClear(false)}
        >
          <p>保存されている既定の連絡先を削除します。作成済みの申込の連絡先は変わりません。よろしいですか。</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function Company({ company }: { company: CompanyProfile }) {
  return (
    <dl className="summary">
      <dt>会社名</dt>
      <dd>{company.name}</dd>
      <dt>所在地</dt>
      <dd>{company.address || '（未登録）'}</dd>
      <dt>代表者</dt>
      <dd>{company.representative || '（未登録）'}</dd>
      <dt>共同企業体（JV）</dt>
      <dd>
        {(company.jointVentures ?? []).length === 0 ? (
          'なし'
        ) : (
          <ul className="plain">
            {(company.jointVentures ?? []).map((jv) => (
              <li key={jv.name}>
                {jv.name}（{jv.representative ? '代表者' : '構成員'}）
              </li>
            ))}
          </ul>
        )}
      </dd>
      {company.updatedAt && (
        <>
          <dt>登録日時</dt>
          <dd>{dateTime(company.updatedAt)}</dd>
        </>
      )}
    </dl>
  );
}
