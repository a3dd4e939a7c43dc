// Vietnamese publication dates: "Thứ tư, 22/10/2025, 19:25 (GMT+7)", "09/10/2025 17:55", "01/12/2020 - 14:08",
// "Cập nhật thứ hai, ngày 24/12/12 11:05 tối", "Chiều 24/5", "Ngày 12-5", "19.12", ISO strings from metadata.
// Day comes before month. A missing year is taken only from context the caller vouches for, and the note says so.

/**
 * Vietnam's offset: the one place it is assumed. Vietnamese pages print their local time without a zone; a
 * time without a zone on any other page keeps its day only (settleZone).
 */
export const VIETNAM_OFFSET = '+07:00';

/**
 * The zone a page's times without one are in: Vietnam's on a Vietnamese page (its language, a Vietnamese
 * site: `vietnameseSite` or a ".vn" address); null elsewhere, where such a time is not read as any zone.
 */
export function localOffset(lang: string | null | undefined, host: string, vietnameseSite = false): string | null {
  return /^vi(?:$|[-_])/i.test((lang ?? '').trim()) || vietnameseSite || /\.vn\.?$/i.test(host) ? VIETNAM_OFFSET : null;
}

export interface DateContext {
  /** A year known from the page itself (URL path, metadata), with where it came from, for dates without a year. */
  yearHint?: { year: number; source: string } | null;
  /** Offset to assume when the text gives none (Vietnamese pages: "+07:00"). */
  defaultOffset?: string;
}

export interface ParsedDate {
  /** ISO 8601: "2025-10-22T19:25:00+07:00", or "2020-12-01" when the text gives no time. Null when not found. */
  iso: string | null;
  /** How the value was found or why it is null (year inferred, time missing, no year...). */
  note: string | null;
  /** True when iso carries a time of day. */
  hasTime: boolean;
  /** The time was given without a zone and none was assumed: iso is a local "2019-04-28T06:01:07" (settleZone). */
  zoneless?: boolean;
}

const NONE: ParsedDate = { iso: null, note: null, hasTime: false };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function normOffset(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  if (/^z$/i.test(raw)) return '+00:00';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw.trim());
  if (!m) return fallback;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

/**
 * Parse an ISO-like machine date ("2025-10-11T10:02:08+0700", "2015-03-23 08:06 +07:00", "2012-12-25"). A time
 * without a zone takes `defaultOffset`; with null, it stays local and `zoneless` until settleZone decides.
 */
export function parseIsoLike(text: string, defaultOffset: string | null = VIETNAM_OFFSET): ParsedDate {
  const m =
    /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{1,2}:?\d{2})?)?/i.exec(
      text.trim(),
    );
  if (!m) return NONE;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return NONE;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (m[4] === undefined) return { iso: date, note: null, hasTime: false };
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return { iso: date, note: null, hasTime: false };
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (!m[7] && defaultOffset === null) return { iso: local, note: null, hasTime: true, zoneless: true };
  const off = normOffset(m[7], defaultOffset ?? '+00:00');
  const note = m[7] ? null : `no time zone given; ${defaultOffset} assumed`;
  return { iso: `${local}${off}`, note, hasTime: true };
}

/**
 * A date whose time came without a zone, settled once the page's language is known: `offset` for a
 * Vietnamese page (VIETNAM_OFFSET); null elsewhere, where the day is kept and the time named in the note.
 */
export function settleZone(date: ParsedDate, offset: string | null): ParsedDate {
  if (!date.zoneless || !date.iso) return date;
  if (offset) return { iso: `${date.iso}${offset}`, note: `no time zone given; ${offset} assumed`, hasTime: true };
  return {
    iso: date.iso.slice(0, 10),
    note: `the page gives the time ${date.iso.slice(11, 16)} without its time zone; the date alone is kept`,
    hasTime: false,
  };
}

const TIME =
  /(\d{1,2})\s*(?::|h(?!\p{L})|giờ)\s*(\d{1,2})?(?:\s*(?::|phút)\s*(\d{1,2}))?(?:\s*(?:phút|'))?\s*(AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)?/iu;
const GMT = /(?:GMT|UTC)\s*([+-]\s*\d{1,2}(?::?\d{2})?)/i;
// d/m/y with "/", "-" or "." and an optional year; "ngày 24 tháng 5 năm 2023" handled separately.
const DMY = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/]|\.\d)/u;
const WORDY = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/iu;

function applyMeridiem(h: number, word: string | undefined, text: string): number {
  const w = (word ?? '').toLowerCase();
  if ((w === 'pm' || w === 'ch' || w === 'chiều' || w === 'tối') && h < 12) return h + 12;
  if (w === 'đêm' && h >= 6 && h < 12) return h + 12;
  if ((w === 'am' || w === 'sa' || w === 'sáng') && h === 12) return 0;
  // "Chiều 24/5, 3 giờ": a part-of-day word before the date counts too.
  if (!w && /^\s*(chiều|tối)\b/iu.test(text) && h < 12 && h >= 1) return h + 12;
  return h;
}

/**
 * Parse a visible Vietnamese date. The time may come before or after the date ("14:08 01/12/2020").
 * Two-digit years mean 20xx (19xx above the current century's 50). Never throws.
 */
export function parseVietnameseDate(input: string, context: DateContext = {}): ParsedDate {
  if (typeof input !== 'string' || !input.trim()) return NONE;
  const text = input
    .normalize('NFC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .slice(0, 400);
  const defaultOffset = context.defaultOffset ?? VIETNAM_OFFSET;
  if (/^\s*\d{4}-\d{1,2}-\d{1,2}/.test(text)) return parseIsoLike(text, defaultOffset);

  let day: number, month: number, yearRaw: string | undefined, dateEnd: number, dateStart: number;
  const dmy = DMY.exec(text);
  const wordy = WORDY.exec(text);
  if (wordy && (!dmy || wordy.index <= dmy.index)) {
    [day, month, yearRaw] = [Number(wordy[1]), Number(wordy[2]), wordy[3]];
    dateStart = wordy.index;
    dateEnd = wordy.index + wordy[0].length;
  } else if (dmy) {
    [day, month, yearRaw] = [Number(dmy[1]), Number(dmy[2]), dmy[3]];
    dateStart = dmy.index;
    dateEnd = dmy.index + dmy[0].length;
  } else return NONE;

  let year: number;
  let note: string | null = null;
  if (yearRaw) {
    year = Number(yearRaw);
    if (yearRaw.length === 2) year += year > 50 ? 1900 : 2000;
  } else if (context.yearHint) {
    year = context.yearHint.year;
    note = `the page gives "${text.slice(dateStart, dateEnd).trim()}" without a year; year ${year} taken from ${context.yearHint.source}`;
  } else {
    return {
      iso: null,
      note: `the page gives "${text.slice(dateStart, dateEnd).trim()}" without a year and nothing on the page states the year`,
      hasTime: false,
    };
  }
  if (!validDate(year, month, day)) return NONE;
  const date = `${year}-${pad(month)}-${pad(day)}`;

  // Time: look after the date first, then before it (but never inside the date itself).
  const after = text.slice(dateEnd);
  const before = text.slice(0, dateStart);
  const t = TIME.exec(after) ?? TIME.exec(before);
  let time: string | null = null;
  if (t && (t[2] !== undefined || /giờ|h/i.test(t[0]))) {
    const h = applyMeridiem(Number(t[1]), t[4], text);
    const mi = Number(t[2] ?? 0);
    const s = Number(t[3] ?? 0);
    if (h <= 23 && mi <= 59 && s <= 59) time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  }
  if (!time) return { iso: date, note: note ?? 'the page gives the date without a time', hasTime: false };
  const gmt = GMT.exec(text);
  const off = normOffset(gmt?.[1]?.replace(/\s+/g, ''), defaultOffset);
  return { iso: `${date}T${time}${off}`, note, hasTime: true };
}

/** Years a URL states: "/2012/12/", "20121219", "-2012122104231130.chn". The first plausible one wins. */
export function yearFromUrl(url: string): number | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})(?:[/_-]?(0[1-9]|1[0-2])(?:[/_-]?([0-2]\d|3[01]))?)?(?=[/_.-]|\d|$)/.exec(path);
  if (!m) return null;
  const y = Number(m[1]);
  return y >= 1995 && y <= 2100 && (m[2] !== undefined || /\/(19|20)\d{2}\//.test(path)) ? y : null;
}
