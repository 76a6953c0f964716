// What the screen checks before a document is sent (the service checks type, content and size again), the paths of
// the documents API, and the display of a file size.
import { api } from '../../api/client';
import type { ApplicationDocument, DocumentList } from './types';

/** The service's limit (esurety.application.documents.max-bytes): 10 MiB. */
export const MAX_BYTES = 10 * 1024 * 1024;
export const MAX_DESCRIPTION = 200;
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const TYPE_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The content type to send: the one the extension names (the browser's may be empty or differ in spelling). */
export function contentTypeOf(file: File): string | undefined {
  return TYPE_BY_EXTENSION[extensionOf(file.name)];
}

export interface UploadErrors {
  file?: string;
  description?: string;
}

/** PDF, JPEG or PNG by extension and (when the browser tells it) by MIME type; not empty; at most 10 MiB. */
export function checkUpload(file: File | null, description: string): UploadErrors {
  const errors: UploadErrors = {};
  if (!file) {
    errors.file = '送信するファイルを選択してください。';
  } else {
    const expected = contentTypeOf(file);
    const declared = file.type.toLowerCase();
    if (!expected) {
      errors.file = '送信できるファイルはPDF・JPEG・PNG（拡張子 .pdf .jpg .jpeg .png）のみです。';
    } else if (declared && declared !== expected && !(expected === 'image/jpeg' && declared === 'image/pjpeg')) {
      errors.file = 'ファイルの拡張子と種類が一致しません。PDF・JPEG・PNGのファイルを選択してください。';
    } else if (file.size === 0) {
      errors.file = 'ファイルが空です。内容のあるファイルを選択してください。';
    } else if (file.size > MAX_BYTES) {
      errors.file = `ファイルのサイズが大きすぎます（${fileSize(file.size)}）。10MB以下のファイルを選択してください。`;
    }
  }
  if (description.trim().length > MAX_DESCRIPTION) {
    errors.description = `説明は${MAX_DESCRIPTION}文字以内で入力してください。`;
  }
  return errors;
}

/** The multipart body: part `file` (named, with its content type) and part `description` when given. */
export function uploadBody(file: File, description: string): FormData {
  const body = new FormData();
  const type = contentTypeOf(file) ?? file.type;
  const part = file.type === type ? file : new File([file], file.name, { type, lastModified: file.lastModified });
  body.append('file', part, file.name);
  if (description.trim()) body.append('description', description.trim());
  return body;
}

export function documentsPath(applicationId: string): string {
  return `/api/applications/${encodeURIComponent(applicationId)}/documents`;
}

export function documentPath(applicationId: string, documentId: string): string {
  return `${documentsPath(applicationId)}/${encodeURIComponent(documentId)}`;
}

export async function listDocuments(applicationId: string, signal?: AbortSignal): Promise<ApplicationDocument[]> {
  const list = await api<DocumentList>(documentsPath(applicationId), { signal });
  return list.items ?? [];
}

const sizeFormat = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

/** 512 バイト, 12.3 KB, 4.5 MB (1 KB = 1,024 バイト). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} バイト`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** The short name of a content type for the list. */
export function typeLabel(contentType: string): string {
  if (contentType === 'application/pdf') return 'PDF';
  if (contentType === 'image/jpeg') return 'JPEG';
  if (contentType === 'image/png') return 'PNG';
  return contentType;
}
