// Dates as the reader reads them, in the news's own time zone.
import { LOCALES, type Lang } from './format';

/** Vietnamese news is dated in Vietnam's time zone: show it there, whatever the reader's zone. */
export const NEWS_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "19:25": the hour and minute in the news's time zone, 24-hour clock. */
function newsTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: NEWS_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/**
 * "Thứ Tư, 22/10/2025, 19:25" (the way Vietnamese papers print it) / "Wednesday 22 October 2025, 19:25".
 * A date-only ISO value (no time part) is shown without a time.
 */
export function formatDate(iso: string | null, lang: Lang, opts: { time?: boolean } = {}): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const hasTime = opts.time ?? /T\d{2}:\d{2}/.test(iso);
  const locale = LOCALES[lang];
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: NEWS_TIME_ZONE,
    weekday: 'long',
    day: lang === 'vi' ? '2-digit' : 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
  })
    .format(date)
    .replace(/^(\p{L}+),/u, lang === 'en' ? '$1' : '$1,');
  if (!hasTime) return day;
  return `${day}, ${newsTime(date, locale)}`;
}

/** Short date for lists and "saved on": "24/05/2025, 15:30" / "24 May 2025, 15:30". */
export function formatShortDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  const locale = LOCALES[lang];
  const day = new Intl.DateTimeFormat(locale, {
    timeZone: NEWS_TIME_ZONE,
    day: '2-digit',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(date);
  return `${day}, ${newsTime(date, locale)}`;
}
