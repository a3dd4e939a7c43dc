// The day of a timestamp: the one place the list, the date filter, the kept search index and the exports take it
// from. A digest has two dates and they are read differently:
// - published: the day and time the page states, in the page's own offset (what a citation cites, and what the
//   reader sees printed on the page); never moved into another zone, so a US article of 25 Sept stays 25 Sept;
// - saved: an instant, read in the reader's own zone (the day the reader saved it, where the reader is).

/** A date as a page states it: its wall clock, and its offset from UTC in minutes when it gives one. */
export interface StatedTime {
  year: number;
  month: number;
  day: number;
  /** null for a date-only value. */
  hour: number | null;
  minute: number | null;
  /** Minutes east of UTC ("+07:00" → 420, "Z" → 0); null when the value gives no offset. */
  offset: number | null;
}

// Anchored, no nested quantifier: linear on any input.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The date a value in ISO 8601 form states, as written; null when it is not one or the day does not exist. */
export function statedTime(iso: string | null | undefined): StatedTime | null {
  const m = ISO.exec((iso ?? '').trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!dayExists(year, month, day)) return null;
  const hour = m[4] === undefined ? null : Number(m[4]);
  const minute = m[5] === undefined ? null : Number(m[5]);
  if (hour !== null && (hour > 23 || minute! > 59)) return null;
  return { year, month, day, hour, minute, offset: offsetMinutes(m[6]) };
}

/** "Z" → 0, "+07:00" / "+0700" / "+07" → 420, "-04:00" → -240; undefined (no offset) → null. */
function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

function dayExists(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD". */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** The day a published date states, "YYYY-MM-DD" in its own offset; null when it is not an ISO date. */
export function statedDay(iso: string | null | undefined): string | null {
  const s = statedTime(iso);
  return s ? isoDay(s.year, s.month, s.day) : null;
}

/** The reader's own day of an instant (an ISO string or ms since the epoch), "YYYY-MM-DD"; null when unreadable. */
export function localDay(instant: string | number | null | undefined): string | null {
  if (instant === null || instant === undefined || instant === '') return null;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The instants whose reader's day (localDay) is within [from, to], as [first ms, first ms after]: a filter of
 * 50,000 saves compares numbers instead of reading each one's day (~1 µs each). An open bound is ±Infinity.
 */
export function localDayRange(from: string | null, to: string | null): [number, number] {
  const start = (day: string, next: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    // Local midnight (the first instant of the day where midnight is skipped by a clock change).
    return new Date(y, m - 1, d + next).getTime();
  };
  return [from ? start(from, 0) : -Infinity, to ? start(to, 1) : Infinity];
}

/** The reader's offset from UTC, in minutes east, at that instant (summer time included). */
export function readerOffset(instant: number): number {
  return -new Date(instant).getTimezoneOffset();
}

/** "GMT+7", "GMT−4", "GMT+5:30", "GMT": the label of an offset, with a true minus sign. */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'GMT';
  const abs = Math.abs(minutes);
  const mins = abs % 60;
  return `GMT${minutes < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${mins ? `:${pad(mins)}` : ''}`;
}
