// Finding capitalised agreement head words ("Hiệp định", "Thoả thuận khung", "Bộ Quy tắc ứng xử") in text
// whose tone placement has been made canonical. Lower-case heads are ordinary words ("đạt được thỏa
// thuận", "tuyên bố rằng") and are never matched.
import { AGREEMENT_HEADS } from '../../lexicon/agreement-heads';
import type { AgreementKind } from '../types';
import { canonicalTones } from '../../text/normalize';

interface HeadForm {
  form: string;
  kind: AgreementKind;
}

const forms: HeadForm[] = AGREEMENT_HEADS.flatMap((h) => [h.head, ...h.variants].map((f) => ({ form: canonicalTones(f), kind: h.kind })))
  // Longest first, so "Hiệp định khung" wins over "Hiệp định".
  .sort((a, b) => b.form.length - a.form.length);

// Case-sensitive patterns are much faster than the 'i' flag over Unicode: the first letter is the capital as
// listed, every later letter matches either case ("Thỏa thuận Khung", "HIỆP ĐỊNH").
const letterClass = (ch: string) => {
  const lo = ch.toLocaleLowerCase('vi');
  const up = ch.toLocaleUpperCase('vi');
  return lo === up ? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : `[${lo}${up}]`;
};
const escape = (s: string) => {
  const [first, ...rest] = [...s];
  return first! + rest.map((ch) => (ch === ' ' ? '[ \\t]+' : letterClass(ch))).join('');
};
const HEAD_SOURCE = `(?<![\\p{L}\\p{M}\\p{N}])(?:${forms.map((f) => `(${escape(f.form)})`).join('|')})(?![\\p{L}\\p{M}])`;
const kindByKey = new Map(forms.map((f) => [f.form.toLocaleLowerCase('vi'), f.kind]));

export interface HeadMatch {
  start: number;
  end: number;
  kind: AgreementKind;
  /** The head's canonical form, lower case ("thoả thuận khung"). */
  head: string;
}

const GLOBAL = new RegExp(HEAD_SOURCE, 'gu');
const STICKY = new RegExp(HEAD_SOURCE, 'uy');

/**
 * Every head in `text` whose first letter is a capital (later words may be either case: "Thỏa thuận Khung").
 * In "bộ Quy tắc ứng xử" the lower-case "bộ" does not match, and "Quy tắc ứng xử" does.
 */
export function findHeads(text: string): HeadMatch[] {
  const re = GLOBAL;
  re.lastIndex = 0;
  const out: HeadMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const head = m[0].replace(/[ \t]+/g, ' ').toLocaleLowerCase('vi');
    out.push({ start: m.index, end: m.index + m[0].length, kind: kindByKey.get(head) ?? 'other', head });
  }
  return out;
}

/** Whether a capitalised head starts exactly at `pos`. */
export function headAt(text: string, pos: number): boolean {
  STICKY.lastIndex = pos;
  return STICKY.test(text);
}
