// Display rules shared by every screen: yen with separators, the guarantee ratio as the seed screen shows it
// (`0.0%`), 和暦 dates (元年 for the first year of an era), and the full-width check of 預託金融機関.

const yenFormat = new Intl.NumberFormat('ja-JP');

export function yen(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : `${yenFormat.format(amount)} 円`;
}

/** Ratio of a guarantee amount to its base, truncated (never rounded up past a limit) to one decimal: `40.0%`. */
export function ratio(amount: number | null | undefined, base: number | null | undefined): string {
  if (!amount || !base || base <= 0) return '0.0%';
  const permille = Math.floor((amount * 1000) / base);
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
});

/** 2024-08-01 → 令和6年8月1日; 2019-05-01 → 令和元年5月1日. */
export function wareki(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = isoDate.length === 10 ? new Date(`${isoDate}T00:00:00+09:00`) : new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return warekiFormat.format(date).replace(/^(\D+)1年/, '$1元年');
}

const dateTimeFormat = new Intl.DateTimeFormat('ja-JP', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Asia/Tokyo',
});

/** An instant as the seed lists show it: 2026/11/30 09:15 (Japan time). */
export function dateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateTimeFormat.format(date);
}

/** Half-width characters (ASCII and half-width katakana) are not allowed where the surety asks for full-width. */
export function isFullWidth(text: string): boolean {
  return !/[\u0020-\u007e\uff61-\uff9f]/.test(text);
}

/** 保証契約番号 as printed: 00000-000000 (accepts the number with or without its hyphen). */
export function contractNumber(value: string): string {
  const digits = value.replace(/[^0-9]/g, '');
  return digits.length === 11 ? `${digits.slice(0, 5)}-${digits.slice(5)}` : value;
}
