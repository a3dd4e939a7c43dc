// A publication timestamp that an article's address encodes: many Vietnamese sites end the address with the
// moment the story was filed ("…-20221224083224103.htm" = 2022-12-24 08:32:24, then milliseconds). Used only
// when the page itself states no date, and said so in the note. Only a well-formed run is read: 12 to 17 digits
// standing alone at the end of the last path segment, a plausible year, a real calendar day, a real time of
// day; any other number (an article id, a phone number, a date-like id of another form) gives nothing.
import type { ParsedDate } from './dates';

const RUN = /(?:^|[^\p{L}\p{N}])(\d{12,17})(?:\.[a-z]{2,5})?$/u;
const pad = (n: number) => String(n).padStart(2, '0');

/** The timestamp at the end of `url`'s address in the site's local time (`offset`, "+07:00"), or null. */
export function dateFromUrl(url: string, offset: string, now: Date = new Date()): ParsedDate | null {
  let segment: string;
  try {
    const path = new URL(url).pathname;
    segment = path.slice(path.lastIndexOf('/') + 1);
  } catch {
    return null;
  }
  const m = RUN.exec(segment);
  if (!m) return null;
  const run = m[1]!;
  const [y, mo, d, h, mi] = [
    run.slice(0, 4),
    run.slice(4, 6),
    run.slice(6, 8),
    run.slice(8, 10),
    run.slice(10, 12),
  ].map(Number) as [number, number, number, number, number];
  const s = run.length >= 14 ? Number(run.slice(12, 14)) : 0;
  // Web news began in the mid-1990s; a filing moment after tomorrow is no filing moment.
  if (y < 1995 || y > now.getUTCFullYear() + 1 || mo < 1 || mo > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 59) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const iso = `${day}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
  if (new Date(iso).getTime() > now.getTime() + 86_400_000) return null;
  return { iso, note: 'the page states no date; inferred from the timestamp in its address', hasTime: true };
}
