// 書類送信 (step 2): for one application, send a document (checked here first: PDF / JPEG / PNG, not empty, ≤ 10 MB)
// and see, download or delete the documents already sent.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { Empty, ErrorBanner, Field, Loading, Notice } from '../../components/ui';
import { LineStatusBadge } from '../applications/ApplicationSummary';
import { loadApplication } from '../applications/ApplicationList';
import { PRODUCT_LABELS } from '../applications/labels';
import { ConfirmDialog, FocusHeading } from '../applications/parts';
import type { ApplicationView } from '../applications/types';
import { DocumentTable } from './DocumentTable';
import {
  ACCEPT,
  checkUpload,
  documentPath,
  documentsPath,
  listDocuments,
  MAX_DESCRIPTION,
  uploadBody,
  type UploadErrors,
} from './logic';
import type { ApplicationDocument } from './types';

export function ApplicationDocuments() {
  const { id = '' } = useParams();
  const [application, setApplication] = useState<ApplicationView | null>(null);
  const [documents, setDocuments] = useState<ApplicationDocument[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<UploadErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<ApplicationDocument | null>(null);
  const [outcomeFocus, setOutcomeFocus] = useState(0);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setApplication(null);
    setDocuments(null);
    setLoadError(null);
    setListError(null);
    loadApplication(id, ctrl.signal)
      .then(setApplication)
      .catch((e) => !ctrl.signal.aborted && setLoadError(e));
    listDocuments(id, ctrl.signal)
      .then(setDocuments)
      .catch((e) => {
        if (!ctrl.signal.aborted) {
          setListError(e);
          setDocuments([]);
        }
      });
    return () => ctrl.abort();
  }, [id]);

  useEffect(() => {
    if (outcomeFocus > 0) outcome.current?.focus();
  }, [outcomeFocus]);

  const show = (next: { notice?: string; problem?: unknown; errors?: UploadErrors }) => {
    setNotice(next.notice);
    setProblem(next.problem ?? null);
    setErrors(next.errors ?? {});
    setOutcomeFocus((n) => n + 1);
  };

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkUpload(file, description);
    if (found.file || found.description || !file) {
      show({
        problem: new ApiError({
          status: 400,
          title: '送信する書類を確認してください。',
          errors: Object.entries(found).map(([field, message]) => ({ field, message: message ?? '' })),
        }),
        errors: found,
      });
      return;
    }
    setBusy(true);
    try {
      const sent = await api<ApplicationDocument>(documentsPath(id), { method: 'POST', body: uploadBody(file, description) });
      setDocuments((list) => [sent, ...(list ?? []).filter((d) => d.documentId !== sent.documentId)]);
      setFile(null);
      setFileKey((k) => k + 1);
      setDescription('');
      show({ notice: `「${sent.fileName}」を保証会社へ送信しました。` });
    } catch (err) {
      show({ problem: err, errors: uploadErrorsOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!deleting) return;
    const doc = deleting;
    setBusy(true);
    try {
      await api<void>(documentPath(id, doc.documentId), { method: 'DELETE' });
      setDocuments((list) => (list ?? []).filter((d) => d.documentId !== doc.documentId));
      show({ notice: `「${doc.fileName}」を削除しました。` });
    } catch (err) {
      show({ problem: err });
    } finally {
      setDeleting(null);
      setBusy(false);
    }
  };

  if (loadError) {
    return (
      <>
        <FocusHeading>書類送信</FocusHeading>
        <ErrorBanner error={loadError} />
        <p>
          <Link to="/documents">申込の選択へ戻る</Link>
        </p>
      </>
    );
  }
  if (!application) return <Loading />;

  const workName = application.workName ?? application.work?.name ?? '（工事名未入力）';
  return (
    <>
      <FocusHeading lead="見積書・契約書の写しなど、申込に関する書類を保証会社へ送信します。">書類送信</FocusHeading>
      <section className="section" aria-labelledby="documents-application">
        <h2 id="documents-application">送信先の申込</h2>
        <dl className="summary">
          <dt>受付番号</dt>
          <dd className="application-number">{application.id}</dd>
          <dt>工事名</dt>
          <dd>{workName}</dd>
          <dt>状況</dt>
          <dd>
            <ul className="line-states">
              {application.lines.map((l) => (
                <li key={l.id}>
                  <span className="line-states__product">{l.productLabel ?? PRODUCT_LABELS[l.productType]}</span>
                  <LineStatusBadge line={l} />
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <ul className="inline-links documents-links">
          <li>
            <Link to={`/applications/${encodeURIComponent(application.id)}`}>申込の詳細を表示する</Link>
          </li>
          <li>
            <Link to="/documents">別の申込を選ぶ</Link>
          </li>
        </ul>
      </section>

      <div ref={outcome} tabIndex={-1} className="banner-focus">
        {notice && <Notice>{notice}</Notice>}
        <ErrorBanner error={problem} shownFields={(['file', 'description'] as const).filter((k) => errors[k])} />
      </div>

      <form className="section" noValidate onSubmit={upload} aria-labelledby="documents-upload">
        <h2 id="documents-upload">書類を送信する</h2>
        <div className="form-grid">
          <Field
            label="ファイル"
            required
            hint="PDF・JPEG・PNG（拡張子 .pdf .jpg .jpeg .png）、1ファイル10MBまで。1つの申込に20ファイルまで送信できます。"
            error={errors.file}
          >
            {(p) => (
              <input
                {...p}
                key={fileKey}
                type="file"
                accept={ACCEPT}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setErrors((x) => ({ ...x, file: undefined }));
                }}
              />
            )}
          </Field>
          <Field label="説明" hint={`書類の内容など（任意、${MAX_DESCRIPTION}文字以内）`} error={errors.description}>
            {(p) => (
              <textarea
                {...p}
                rows={3}
                value={description}
                onChange={(e) => {
                  setDescription(e.target.value);
                  setErrors((x) => ({ ...x, description: undefined }));
                }}
              />
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? '送信中…' : '送信する'}
          </button>
        </div>
      </form>

      <section className="section" aria-labelledby="documents-sent">
        <h2 id="documents-sent">送信済みの書類</h2>
        <ErrorBanner error={listError} />
        {documents === null ? (
          <Loading />
        ) : documents.length === 0 ? (
          !listError && <Empty>この申込に送信した書類はまだありません。</Empty>
        ) : (
          <DocumentTable items={documents} caption={`送信済みの書類（${documents.length}件、新しい順）`} onDelete={setDeleting} />
        )}
      </section>

      {deleting && (
        <ConfirmDialog
          title="書類の削除"
          confirmLabel="削除する"
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setDeleting(null)}
        >
          <p>「{deleting.fileName}」を削除します。削除した書類は元に戻せません。よろしいですか。</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** Field errors of a refused upload; a refusal for the file as a whole (413, 415) shows next to the file field too. */
function uploadErrorsOf(err: unknown): UploadErrors {
  if (!(err instanceof ApiError)) return {};
  const byField = err.fieldErrors();
  const errors: UploadErrors = {};
  if (byField.file) errors.file = byField.file;
  if (byField.description) errors.description = byField.description;
  if (!errors.file && (err.status === 413 || err.status === 415)) {
    errors.file =
      err.problem.detail ??
      (err.status === 413 ? 'ファイルのサイズが大きすぎます。10MB以下のファイルを選択してください。' : err.message);
  }
  return errors;
}
