// Visible dates of pages in other languages: a named month ("May 12, 2019", "12 May 2019", "Dec. 5, 2019
// 3:45 PM EST", "12 mai 2019", "12. Mai 2019", "12 de mayo de 2019") is read whatever the page's language; a
// date in numbers only ("12-05-2019", "05/12/2019") is month-first only on an English page of a month-first
// country, or when the page's other dates say so, and day-first otherwise (parseVietnameseDate). A time is
// kept only next to its date and with a zone the text states: the page's zone is unknown. A zone name that
// countries share ("CST": US Central or China) is read by the page's country, else the time is left out.
import { parseVietnameseDate, type DateContext, type ParsedDate } from './dates';

const MONTHS: Record<string, number> = {};
const addMonths = (names: string[]) => names.forEach((n, i) => n.split('|').forEach((v) => (MONTHS[v] = i + 1)));
addMonths([
  'jan|january|janvier|januar|jänner|enero',
  'feb|february|fevrier|février|februar|febrero',
  'mar|march|mars|märz|marz|marzo',
  'apr|april|avril|abril',
  'may|mai|mayo',
  'jun|june|juin|juni|junio',
  'jul|july|juillet|juli|julio',
  'aug|august|aout|août|agosto',
  'sep|sept|september|septembre|septiembre|setiembre',
  'oct|october|octobre|oktober|octubre',
  'nov|november|novembre|noviembre',
  'dec|december|decembre|décembre|dezember|diciembre',
]);

/** Zones news pages print after a time. "ET"/"PT" stay unread: daylight saving makes them ambiguous. */
const ZONES: Record<string, string> = {
  gmt: '+00:00',
  utc: '+00:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  est: '-05:00',
  edt: '-04:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

/** Zone names that mean different offsets by country: read only when the page's country is known. */
const SHARED_ZONES: Record<string, Record<string, string>> = {
  // US Central Standard Time; China Standard Time (Chinese, Hong Kong, Macau and Taiwanese sites).
  cst: { us: '-06:00', ca: '-06:00', mx: '-06:00', cn: '+08:00', hk: '+08:00', mo: '+08:00', tw: '+08:00' },
};

const MONTH_WORD = '(\\p{L}{3,10})\\.?';
/** "May 12, 2019" (month first) and "12 May 2019", "12. Mai 2019", "12 de mayo de 2019" (day first). */
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)`, 'u');
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)? (?:de )?${MONTH_WORD},? (?:de )?(\\d{4})(?!\\d)`,
  'u',
);
const TIME = /(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s?([ap])?\.?m?\.?(?:\s?\(?([a-z]{3,4})\)?)?(?![\p{L}\d])/iu;
/** Numbers only: "12-05-2019", "05/12/2019", "12.05.2019". */
const NUMERIC = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/u;

export interface ForeignDateContext extends DateContext {
  /** The page is English from a month-first country: "05/12/2019" is May 12. */
  monthFirst?: boolean;
  /** Another date of the page (its metadata), to decide an ambiguous "05/12/2019" by. */
  otherDate?: string | null;
  /** The page's country (ISO 3166 code, lower case: "us", "cn"), for a zone name countries share; null: unknown. */
  zoneRegion?: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && y >= 1900 && y <= 2200 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Between a date and the time after it: a comma, a dash or a dot separator, "at" ("May 12, 2019 at 3:45 pm"). */
const GAP_AFTER = /^[\s,;·|–—-]*(?:at |um |à |a las |alle )?/iu;
/** Between a time and the date after it: "3:45 PM EST, May 12, 2019", "3:45 PM EST, Sunday, May 12, 2019". */
const GAP_BEFORE = /^[\s,;·|–—-]*(?:on )?(?:(?:mon|tue|wed|thu|fri|sat|sun)\p{L}{0,6}\.?,?\s*)?$/iu;
const TIMES = new RegExp(TIME.source, 'giu');

/**
 * The time standing next to a date: right after it (`after`, what follows the date) or right before it
 * (`before`, what precedes it); "Published March 4, 2024. Updated March 5, 2024 at 11:02" gives March 4 no time.
 */
function adjacentTime(before: string, after: string): RegExpExecArray | null {
  const t = TIME.exec(after);
  if (t && t.index === GAP_AFTER.exec(after)![0].length) return t;
  const tail = before.slice(-60);
  let last: RegExpExecArray | null = null;
  TIMES.lastIndex = 0;
  for (let m = TIMES.exec(tail); m; m = TIMES.exec(tail)) last = m;
  return last && GAP_BEFORE.test(tail.slice(last.index + last[0].length)) ? last : null;
}

function withTime(
  date: string,
  t: RegExpExecArray | null,
  note: string | null,
  context: ForeignDateContext,
): ParsedDate {
  if (!t) return { iso: date, note: note ?? 'the page gives the date without a time', hasTime: false };
  let h = Number(t[1]);
  const mi = Number(t[2]);
  const ap = t[4]?.toLowerCase();
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  const name = t[5]?.toLowerCase();
  const shared = name ? SHARED_ZONES[name] : undefined;
  const zone = name ? (shared ? shared[context.zoneRegion ?? ''] : ZONES[name]) : undefined;
  if (h > 23 || mi > 59) return { iso: date, note: 'the page gives the date without a time', hasTime: false };
  if (!zone && shared)
    return {
      iso: date,
      note: `the page gives a time in "${t[5]}", a zone name several countries use; the date alone is kept`,
      hasTime: false,
    };
  if (!zone)
    return { iso: date, note: 'the page gives a time without its time zone; the date alone is kept', hasTime: false };
  return { iso: `${date}T${pad(h)}:${pad(mi)}:${pad(Number(t[3] ?? 0))}${zone}`, note, hasTime: true };
}

/** A date with its month named, in English, French, German or Spanish; null when there is none. */
function namedMonthDate(text: string, context: ForeignDateContext): ParsedDate | null {
  if (!/\d{4}/.test(text)) return null; // both orders need the year in four digits
  const lower = text.toLowerCase();
  const md = MONTH_DAY_YEAR.exec(lower);
  const dm = DAY_MONTH_YEAR.exec(lower);
  for (const [m, order] of [
    [md, 'md'],
    [dm, 'dm'],
  ] as const) {
    if (!m) continue;
    const month = MONTHS[order === 'md' ? m[1]! : m[2]!];
    const day = Number(order === 'md' ? m[2] : m[1]);
    const year = Number(m[3]);
    if (!month || !valid(year, month, day)) continue;
    // The time after the date ("May 12, 2019 3:45 PM EST"), else before it ("Updated 3:45 PM EST, May 12, 2019").
    const t = adjacentTime(text.slice(0, m.index), text.slice(m.index + m[0].length));
    return withTime(`${year}-${pad(month)}-${pad(day)}`, t, null, context);
  }
  return null;
}

/**
 * Parse a visible date on a page that is not Vietnamese. Named months first; then numbers, in the order the
 * page's language and its other dates give (the note says when the order was decided by them).
 */
export function parseForeignDate(input: string, context: ForeignDateContext = {}): ParsedDate {
  if (typeof input !== 'string' || !input.trim()) return { iso: null, note: null, hasTime: false };
  const text = input
    .normalize('NFC')
    .replace(/[\u00A0\u202F\s]+/g, ' ')
    .slice(0, 400);
  const named = namedMonthDate(text, context);
  if (named) return named;
  const n = NUMERIC.exec(text);
  if (!n) {
    // "12/5" with a year from the page, "2019-05-12 10:31": day first; a time only with the zone it states.
    const dmy = parseVietnameseDate(text, context);
    if (!dmy.hasTime || /(?:GMT|UTC)\s*[+-]/i.test(text) || !dmy.iso) return dmy;
    return {
      iso: dmy.iso.slice(0, 10),
      note: 'the page gives a time without its time zone; the date alone is kept',
      hasTime: false,
    };
  }
  const [a, b, year] = [Number(n[1]), Number(n[2]), Number(n[3])];
  const dayFirst = `${year}-${pad(b)}-${pad(a)}`;
  const monthFirst = `${year}-${pad(a)}-${pad(b)}`;
  let iso: string;
  let note: string | null = null;
  if (a > 12 || !valid(year, a, b))
    iso = dayFirst; // "25/05/2019": only the day can exceed 12
  else if (b > 12 || !valid(year, b, a)) iso = monthFirst;
  else if (a === b) iso = dayFirst;
  else if (context.otherDate && [dayFirst, monthFirst].includes(context.otherDate.slice(0, 10))) {
    iso = context.otherDate.slice(0, 10);
    note = `"${n[0]}" read as ${iso === monthFirst ? 'month' : 'day'} first, as the page's metadata date agrees`;
  } else if (context.monthFirst) {
    iso = monthFirst;
    note = `"${n[0]}" read month first, as the page is in US English`;
  } else {
    iso = dayFirst;
    note = `"${n[0]}" read day first (the page's language does not say month first)`;
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (!valid(y, m, d)) return { iso: null, note: null, hasTime: false };
  return withTime(iso, adjacentTime('', text.slice(n.index + n[0].length)), note, context);
}

/** English of a country that writes dates month first (the US and its territories, the Philippines, Canada in part). */
export function isMonthFirstLanguage(lang: string | null | undefined): boolean {
  const tag = (lang ?? '').trim().toLowerCase().replace('_', '-');
  if (!/^en(?:-|$)/.test(tag)) return false;
  const region = tag.split('-')[1];
  return !region || ['us', 'ph', 'ca', 'um', 'as', 'gu', 'mp', 'pr', 'vi'].includes(region);
}

/**
 * The page's country for a zone name countries share: the region of its language tag ("en-US", "zh-CN"), else
 * its address's country domain (".cn", ".com.hk"); null when neither says.
 */
export function pageRegion(lang: string | null | undefined, host: string): string | null {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})(?:$|[-_])/i.exec((lang ?? '').trim())?.[1];
  if (region) return region.toLowerCase();
  const tld = /\.([a-z]{2})\.?$/i.exec(host)?.[1]?.toLowerCase();
  return tld ?? null;
}

/** Day names in English, French, German and Spanish (folded: no accents, lower case), with their short forms. */
const WEEKDAYS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag ' +
    'sonntag lunes martes miercoles jueves viernes sabado domingo'
  ).split(' '),
);
/** The words a date line holds besides the date: its label, "on"/"at", a.m./p.m., ordinals, "ago" and "today". */
const DATE_LINE_WORDS = new Set(
  (
    'published updated posted last first modified originally on at of the a p m am pm st nd rd th er ago today read ' +
    'yesterday publie publiee mis jour le la il y depuis aktualisiert veroffentlicht aktualisierung stand am um uhr vor ' +
    'publicado actualizado actualizacion el de del las hace'
  ).split(' '),
);
/** Units of an age ("3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "hace 2 horas"). */
const AGE_UNITS = new Set(
  (
    'second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks month months year ' +
    'years heure heures jour jours semaine semaines minuten stunde stunden tag tagen woche wochen minuto minutos ' +
    'hora horas dia dias semana semanas'
  ).split(' '),
);
/** Zone names printed after a time: those read above, and those left unread ("ET", "PT": daylight saving). */
const ZONE_WORDS = new Set([
  ...Object.keys(ZONES),
  ...Object.keys(SHARED_ZONES),
  ...'et pt ct mt ist jst aest aedt ict hkt sgt msk eet eest wet west mez mesz'.split(' '),
]);

/** Folded words and numbers of a short line ("Sept. 25, 2018" → sept, 25, 2018). */
const tokensOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\p{L}+|\d+/gu) ?? [];

/**
 * Is `text` only a date or a time, with its label, in English, French, German or Spanish ("Sept. 25, 2018",
 * "Updated 3:05 p.m. ET", "Published 2 hours ago", "Mis à jour le 12 mai 2019 à 10h31", "22 Dec, 2016 22 Dec,
 * 2016")? Every word must be a word of dates, and a date or a time must be there: a month named beside a
 * number, a time, a date in numbers, or an age ("2 hours ago"). A paragraph that opens with a date and goes on
 * ("Feb. 23, 2015 -- Life-threatening peanut allergies …") is prose.
 */
export function isDateOnlyLine(text: string): boolean {
  if (text.length > 100 || !/\d/.test(text)) return false;
  const tokens = tokensOf(text);
  if (!tokens.length || tokens.length > 20) return false;
  let month = false;
  let age = false;
  let numbers = 0;
  for (const t of tokens) {
    if (/^\d+$/.test(t)) numbers++;
    else if (MONTHS[t]) month = true;
    else if (AGE_UNITS.has(t)) age = true;
    else if (!WEEKDAYS.has(t) && !DATE_LINE_WORDS.has(t) && !ZONE_WORDS.has(t)) return false;
  }
  const time = /(?<!\d)\d{1,2}(?:[:h]\d{2}|\s?[ap]\.?m(?!\p{L}))/iu.test(text);
  const numeric = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/u.test(text);
  return (month && numbers > 0) || time || numeric || (age && numbers > 0);
}
