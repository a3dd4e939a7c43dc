// Dates as the reader reads them. A published date is the page's: its day and clock in the offset the page gave,
// with that zone named when it is not the reader's ("17:28 (GMT−4)"), so a US article of 25 Sept is not shown as
// 26 Sept. A save is the reader's own: their day and clock. The days themselves come from lib/time.
import { offsetLabel, readerOffset, statedTime } from '../time';
import { LOCALES, type Lang } from './format';

// Formatters cost more to build than to use: one per language and shape, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** "Thứ Tư, 22/10/2025" / "Wednesday 22 October 2025" of a date given as UTC fields (a day, not an instant). */
function longDay(utc: Date, lang: Lang): string {
  const f = formatter(`long|${lang}`, () => {
    return new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone: 'UTC',
      weekday: 'long',
      day: lang === 'vi' ? '2-digit' : 'numeric',
      month: lang === 'vi' ? '2-digit' : 'long',
      year: 'numeric',
    });
  });
  return f.format(utc).replace(/^(\p{L}+),/u, lang === 'en' ? '$1' : '$1,');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Thứ Tư, 22/10/2025, 19:25" (the way Vietnamese papers print it) / "Wednesday 22 October 2025, 19:25", on the
 * page's own day and clock; "(GMT−4)" after it when the page's offset is not the reader's at that moment. A
 * date-only value is shown without a time; a value that is not ISO 8601 (none is stored, but an old record might
 * hold one) in the reader's time.
 */
export function formatDate(iso: string | null, lang: Lang): string | null {
  if (!iso) return null;
  const stated = statedTime(iso);
  if (!stated) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : formatShortDate(iso, lang);
  }
  const day = longDay(new Date(Date.UTC(stated.year, stated.month - 1, stated.day)), lang);
  if (stated.hour === null) return day;
  const clock = `${day}, ${pad(stated.hour)}:${pad(stated.minute!)}`;
  if (stated.offset === null) return clock;
  const instant =
    Date.UTC(stated.year, stated.month - 1, stated.day, stated.hour, stated.minute!) - stated.offset * 60_000;
  if (stated.offset === readerOffset(instant)) return clock;
  return `${clock} (${offsetLabel(stated.offset)})`;
}

/** A save, in the reader's own time: "24/05/2025, 15:30" / "24 May 2025, 15:30". */
export function formatShortDate(iso: string, lang: Lang): string {
  const date = new Date(iso);
  // The reader's zone is read at each call (not kept in a formatter): it is the zone the reader is in now.
  const day = new Intl.DateTimeFormat(LOCALES[lang], {
    day: '2-digit',
    month: lang === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
  }).format(date);
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
