// Sentence boundaries for Vietnamese news text: ". ", "! ", "? " (also before a closing quote) and line
// breaks. Abbreviations that end with a dot before a capital ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "ThS.")
// do not end a sentence.
import type { Span } from './span';

const NO_BREAK_AFTER = new Set([
  'tp',
  'ts',
  'pgs',
  'gs',
  'ths',
  'bs',
  'ks',
  'tt',
  'q',
  'p',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'v.v',
  'tr',
  'ck1',
  'ck2',
  'cn',
]);

const WHITE_SPACE = /\s/;
const WORD_CHAR = /^[\p{L}\p{N}.]$/u;

/** The letters, digits and dots just before `at`, at most 8 code units back ("TP" in "TP. Hồ", "PGS.TS"). */
function wordBefore(text: string, at: number): string {
  const floor = Math.max(0, at - 8);
  let from = at;
  while (from > floor) {
    const low = text.charCodeAt(from - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && from - 2 >= floor && (text.charCodeAt(from - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(from - width, from))) break;
    from -= width;
  }
  return text.slice(from, at);
}

/** Sentence spans over `text` (offsets into it), trimmed of surrounding white space. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  // A run of end marks (with its closing quotes) is always taken whole and ends a sentence only when white space
  // follows it: a lookahead in the pattern retried the run from each of its marks, and a long run with no space
  // after it ("Mục lục......" in a table of contents) cost quadratic time.
  const re = /[.!?…]+["”’»)]*|\n+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && !WHITE_SPACE.test(text[end] ?? '')) continue;
    if (m[0][0] === '.') {
      const word = wordBefore(text, m.index);
      if (NO_BREAK_AFTER.has(word.toLocaleLowerCase('vi'))) continue;
      // A single capital letter before the dot is an initial ("John D. Rockefeller"), not a sentence end.
      if (/^\p{Lu}$/u.test(word)) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}

/** The sentence containing offset `at`. */
export function sentenceAt(text: string, at: number, spans: Span[] = sentenceSpans(text)): string {
  const s = spans.find((sp) => at >= sp.start && at < sp.end) ?? spans[spans.length - 1];
  return s ? text.slice(s.start, s.end) : '';
}
