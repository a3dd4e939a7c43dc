// Dates in lists: one formatter per language, created once (an Intl.DateTimeFormat costs ~0.3 ms to make,
// which adds up over a list of 100 rows re-rendered on every keystroke). The day itself comes from lib/time, the
// one owner the date filter and the exports read too.
import type { Lang } from '../../lib/i18n';
import { localDay, statedDay } from '../../lib/time';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

/**
 * "24/05/2025" / "24 May 2025": a published date on the day the page states (its own offset), a save on the
 * reader's own day; "" for a bad date.
 */
export function listDate(iso: string, lang: Lang, field: 'published' | 'saved'): string {
  const day = field === 'published' ? statedDay(iso) : localDay(iso);
  if (!day) return '';
  let f = formatters.get(lang);
  if (!f) {
    // A day, not an instant: formatted at UTC midnight in UTC, so no zone moves it.
    f = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: 'UTC',
      day: '2-digit',
      month: lang === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
    });
    formatters.set(lang, f);
  }
  return f.format(new Date(`${day}T00:00:00Z`));
}

/** "24/05/2025", "1-2-2024", "29.02.2024": day first, a four-digit year (never guessed), the day checked to exist. */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A day-first date typed by the user as ISO "YYYY-MM-DD"; null when it is not one or the day does not exist. */
export function parseDayFirst(text: string): string | null {
  const m = DAY_FIRST.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** ISO "YYYY-MM-DD" as the filter shows it: "24/05/2025". */
export function formatDayFirst(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
