// Sentence boundaries for Vietnamese news text: ". ", "! ", "? " (also before a closing quote) and line
// breaks. Abbreviations that end with a dot before a capital ("TP. Hồ Chí Minh", "PGS.TS. Nguyễn", "ThS.")
// do not end a sentence.
import type { Span } from './span';

const NO_BREAK_AFTER = new Set(['tp', 'ts', 'pgs', 'gs', 'ths', 'bs', 'ks', 'tt', 'q', 'p', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'v.v', 'tr', 'ck1', 'ck2', 'cn']);

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
  const re = /[.!?…]+["”’»)]*(?=\s)|\n+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1] ?? '';
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
