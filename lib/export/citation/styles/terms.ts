// The words and date forms of the formatted styles in the UI's two languages. The English ones are those of
// the CSL en-US locale. The Vietnamese ones are written the way Vietnamese prints Gregorian dates ("ngày 22
// tháng 10 năm 2025"); the CSL vi-VN locale names months as lunar months ("Tháng Chạp" for December) and
// says "truy vấn" (query) for "retrieved", which a Vietnamese reader would take for an error.
import type { Lang } from '../../../i18n';
import type { DateParts } from '../record';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export interface Terms {
  and: string;
  etAl: string;
  noDate: string;
  /** APA: "Retrieved {date}, from {url}". */
  retrieved: (date: string) => string;
  from: string;
  /** Chicago: "accessed {date}" (capitalised at the start of a sentence by the caller). */
  accessed: (date: string) => string;
  /** APA's "(2025, October 22)" inside the parentheses. */
  apaDate: (d: DateParts) => string;
  /** Chicago's "October 22, 2025"; also the APA retrieval date. */
  longDate: (d: DateParts) => string;
}

export const TERMS: Record<Lang, Terms> = {
  en: {
    and: 'and',
    etAl: 'et al.',
    noDate: 'n.d.',
    retrieved: (date) => `Retrieved ${date}`,
    from: 'from',
    accessed: (date) => `accessed ${date}`,
    apaDate: (d) =>
      [String(d.year), d.month ? [MONTHS_EN[d.month - 1], d.day].filter(Boolean).join(' ') : '']
        .filter(Boolean)
        .join(', '),
    longDate: (d) => (d.month ? `${MONTHS_EN[d.month - 1]} ${d.day ? `${d.day}, ` : ''}${d.year}` : String(d.year)),
  },
  vi: {
    and: 'và',
    etAl: 'và c.s.',
    noDate: 'không ngày',
    retrieved: (date) => `Truy cập ${date}`,
    from: 'từ',
    accessed: (date) => `truy cập ${date}`,
    apaDate: (d) =>
      [String(d.year), d.month ? `${d.day ? `ngày ${d.day} ` : ''}tháng ${d.month}` : ''].filter(Boolean).join(', '),
    longDate: (d) => (d.month ? `${d.day ? `ngày ${d.day} ` : ''}tháng ${d.month} năm ${d.year}` : String(d.year)),
  },
};

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
