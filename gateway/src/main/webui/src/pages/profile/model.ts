// The default-contact form as typed, its checks before anything is sent (the service checks the same again), and
// the mapping to the request body.
import type { DefaultContact, DefaultContactBody } from './types';

export interface ContactForm {
  department: string;
  title: string;
  name: string;
  phone: string;
  completionMailAddress: string;
}

export type ContactErrors = Partial<Record<keyof ContactForm, string>>;

export const EMPTY_CONTACT: ContactForm = { department: '', title: '', name: '', phone: '', completionMailAddress: '' };

export function contactFormOf(contact: DefaultContact | null | undefined): ContactForm {
  if (!contact) return { ...EMPTY_CONTACT };
  return {
    department: contact.department ?? '',
    title: contact.title ?? '',
    name: contact.name ?? '',
    phone: contact.phone ?? '',
    completionMailAddress: contact.completionMailAddress ?? '',
  };
}

const MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9-]{10,13}$/;

/** 担当者名 and 電話番号 required; 電話番号 digits and hyphens (10–13); a valid mail address if given; lengths as the application's contact fields. */
export function checkContact(form: ContactForm): ContactErrors {
  const errors: ContactErrors = {};
  const max = (key: keyof ContactForm, limit: number, label: string) => {
    if (form[key].trim().length > limit) errors[key] = `${label}は${limit}文字以内で入力してください。`;
  };
  max('department', 100, '担当部署');
  max('title', 100, '役職');
  if (!form.name.trim()) errors.name = '担当者名を入力してください。';
  else max('name', 100, '担当者名');
  const phone = form.phone.trim();
  if (!phone) errors.phone = '電話番号を入力してください。';
  else if (!PHONE.test(phone)) errors.phone = '電話番号は半角数字とハイフンで10〜13文字で入力してください（例: 0299-00-0000）。';
  const mail = form.completionMailAddress.trim();
  if (mail.length > 254) errors.completionMailAddress = 'メールアドレスは254文字以内で入力してください。';
  else if (mail && !MAIL.test(mail)) errors.completionMailAddress = 'メールアドレスの形式が正しくありません。';
  return errors;
}

export function contactBody(form: ContactForm): DefaultContactBody {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    department: text(form.department),
    title: text(form.title),
    name: text(form.name),
    phone: text(form.phone),
    completionMailAddress: text(form.completionMailAddress),
  };
}
