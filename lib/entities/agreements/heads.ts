// Finding agreement head words ("Hiệp định", "Thoả thuận khung", "Bộ Quy tắc ứng xử") in text whose tone
// placement has been made canonical. A capitalised head opens a name; a lower-case one ("đạt được thỏa
// thuận", "tuyên bố rằng") is an ordinary word, except for the treaty heads the lexicon marks `lower`, which
// the scanner accepts only before a proper name or a treaty topic ("thỏa thuận Minsk").
import { AGREEMENT_HEADS, type HeadNeeds } from '../../lexicon';
import type { AgreementKind } from '../types';
import { canonicalTones } from '../../text';

interface HeadForm {
  form: string;
  kind: AgreementKind;
  needs: HeadNeeds;
  lower: boolean;
  exact: boolean;
}

const forms: HeadForm[] = AGREEMENT_HEADS.flatMap((h) =>
  [h.head, ...h.variants].map((f) => ({
    form: canonicalTones(f),
    kind: h.kind,
    needs: h.needs ?? 'name',
    lower: h.lower === true,
    exact: h.exact === true,
  })),
)
  // Longest first, so "Hiệp định khung" wins over "Hiệp định".
  .sort((a, b) => b.form.length - a.form.length);

const escapeChar = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Case-sensitive patterns are much faster than the 'i' flag over Unicode: every letter after the first
// matches either case ("Thỏa thuận Khung", "HIỆP ĐỊNH"); the first is the capital as listed, or either case
// for a head that may be written in lower case.
const letterClass = (ch: string) => {
  const lo = ch.toLocaleLowerCase('vi');
  const up = ch.toLocaleUpperCase('vi');
  return lo === up ? escapeChar(ch) : `[${lo}${up}]`;
};
const pattern = (f: HeadForm) => {
  if (f.exact) return escapeChar(f.form).replace(/ /g, '[ \\t]+');
  const [first, ...rest] = [...f.form];
  return (
    (f.lower ? letterClass(first!) : first!) + rest.map((ch) => (ch === ' ' ? '[ \\t]+' : letterClass(ch))).join('')
  );
};
const HEAD_SOURCE = `(?<![\\p{L}\\p{M}\\p{N}])(?:${forms.map((f) => `(${pattern(f)})`).join('|')})(?![\\p{L}\\p{M}\\p{N}])`;

export interface HeadMatch {
  start: number;
  end: number;
  kind: AgreementKind;
  needs: HeadNeeds;
  /** The head's canonical form, lower case ("thoả thuận khung"). */
  head: string;
  /** Its first letter is a capital. */
  cap: boolean;
  /** An acronym head written exactly so ("FTA"): its parties must follow ("FTA Việt Nam - EU", not "FTA đầy tiềm năng"). */
  exact: boolean;
}

const GLOBAL = new RegExp(HEAD_SOURCE, 'gu');

/**
 * Every head in `text`: capitalised ones ("Hiệp định", and "Quy tắc ứng xử" in "bộ Quy tắc ứng xử"; later
 * words may be either case: "Thỏa thuận Khung") and the lower-case forms of the treaty heads.
 */
export function findHeads(text: string): HeadMatch[] {
  const re = GLOBAL;
  re.lastIndex = 0;
  const out: HeadMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    const f = forms[k]!;
    const first = m[0][0]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: f.kind,
      needs: f.needs,
      head: f.form.toLowerCase(),
      cap: first !== first.toLowerCase(),
      exact: f.exact,
    });
  }
  return out;
}
