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

/** A form as lower-case words ("hiệp định khung"), with what its first letter must be. */
interface FormWords {
  form: HeadForm;
  words: string[];
  /** The first letter exactly as listed (a capital), unless the head may be written in lower case. */
  firstLetter: string | null;
}

/** The forms by their first word, longest first: "hiệp" gives "hiệp định khung" before "hiệp định". */
const byFirstWord = new Map<string, FormWords[]>();
for (const form of forms) {
  const words = (form.exact ? form.form : form.form.toLowerCase()).split(' ');
  const entry = { form, words, firstLetter: form.lower ? null : form.form[0]! };
  byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), entry]);
}
const MOST_WORDS = Math.max(...forms.map((f) => f.form.split(' ').length));

// The first words of the heads in either case ("[hH][iI][ệỆ][pP]"), found by one small alternation without
// lookarounds (the word boundaries are checked in code); then the next words, after spaces or tabs only.
const escapeChar = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const eitherCase = (word: string) =>
  [...word].map((ch) => (ch.toUpperCase() === ch ? escapeChar(ch) : `[${ch}${ch.toUpperCase()}]`)).join('');
const FIRST_WORDS = new RegExp(
  [...byFirstWord.keys()]
    .sort((a, b) => b.length - a.length)
    .map(eitherCase)
    .join('|'),
  'gu',
);
const NEXT_WORD = /[ \t]+([\p{L}\p{M}\p{N}]+)/uy;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isWordChar = (c: string | undefined) =>
  c !== undefined &&
  ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && WORD_CHAR.test(c)));
/** The code point that ends at `at` (a surrogate pair read whole), and the one that starts there. */
const charBefore = (text: string, at: number) => {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
};
const charAt = (text: string, at: number) => {
  const cp = text.codePointAt(at);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
};

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

/**
 * Every head in `text`: capitalised ones ("Hiệp định", and "Quy tắc ứng xử" in "bộ Quy tắc ứng xử"; later
 * words may be either case: "Thỏa thuận Khung", "HIỆP ĐỊNH") and the lower-case forms of the treaty heads, the
 * first `limit` of them. Read word by word: at a word that begins a form, the following words are compared (the
 * longest form first).
 */
export function findHeads(text: string, limit = Infinity): HeadMatch[] {
  const out: HeadMatch[] = [];
  const words: Array<{ raw: string; lower: string; end: number }> = [];
  FIRST_WORDS.lastIndex = 0;
  for (let m = FIRST_WORDS.exec(text); m && out.length < limit; m = FIRST_WORDS.exec(text)) {
    const first = m[0];
    // A whole word only: what comes before or after inside the same word makes it another word.
    if (isWordChar(charBefore(text, m.index)) || isWordChar(charAt(text, m.index + first.length))) continue;
    // toLowerCase: Vietnamese has no locale-specific case mappings, and the locale-aware call is much slower.
    const candidates = byFirstWord.get(first.toLowerCase()) ?? byFirstWord.get(first);
    if (!candidates) continue;
    // The words that follow, separated by spaces or tabs only, read once for all the candidate forms.
    words.length = 0;
    words.push({ raw: first, lower: first.toLowerCase(), end: m.index + first.length });
    const found = candidates.find((c) => {
      if (c.form.exact ? first !== c.words[0] : c.firstLetter !== null && first[0] !== c.firstLetter) return false;
      for (let k = 1; k < c.words.length; k++) {
        if (words.length === k && words.length < MOST_WORDS) {
          NEXT_WORD.lastIndex = words[k - 1]!.end;
          const next = NEXT_WORD.exec(text);
          if (!next) return false;
          words.push({ raw: next[1]!, lower: next[1]!.toLowerCase(), end: NEXT_WORD.lastIndex });
        }
        if ((c.form.exact ? words[k]?.raw : words[k]?.lower) !== c.words[k]) return false;
      }
      return true;
    });
    if (!found) continue;
    const f = found.form;
    const end = words[found.words.length - 1]!.end;
    out.push({
      start: m.index,
      end,
      kind: f.kind,
      needs: f.needs,
      head: f.form.toLowerCase(),
      cap: first[0] !== first[0]!.toLowerCase(),
      exact: f.exact,
    });
    FIRST_WORDS.lastIndex = end;
  }
  return out;
}
