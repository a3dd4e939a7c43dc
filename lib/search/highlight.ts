// Match ranges and snippets in the ORIGINAL text: the index works on folded words, the user reads accents.
import { forEachToken, tokensWithOffsets } from './tokenize';

export interface Range {
  start: number;
  end: number;
}

/** A parsed query: folded words, the last one matching as a prefix while the user types. */
export interface QueryWords {
  words: string[];
  prefixLast: boolean;
}

function tokenMatches(token: string, q: QueryWords): boolean {
  const last = q.words.length - 1;
  for (let i = 0; i <= last; i++) {
    const w = q.words[i]!;
    if (token === w || (i === last && q.prefixLast && token.startsWith(w))) return true;
  }
  return false;
}

/** Ranges of `text` (original offsets) holding a query word; adjacent matched words are joined into one. */
export function matchRanges(text: string, q: QueryWords): Range[] {
  if (q.words.length === 0 || text === '') return [];
  const out: Range[] = [];
  const tokens = tokensWithOffsets(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!tokenMatches(t.token, q)) continue;
    const prev = out[out.length - 1];
    // Join "Hoàng Xuân Chiến" into one mark when only spaces separate the matched words.
    if (prev && /^\s+$/u.test(text.slice(prev.end, t.start))) prev.end = t.end;
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}

export interface Snippet {
  text: string;
  /** Ranges relative to `text`. */
  ranges: Range[];
  /** An ellipsis belongs before / after the text. */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * A window of about `size` characters starting shortly before the first match, cut at spaces, with the
 * ranges inside it (white space is flattened one for one, so ranges stay valid). Null when nothing
 * matches. Tokenising stops at the end of the window: a snippet of a long body costs little.
 */
export function snippet(text: string, q: QueryWords, size = 220): Snippet | null {
  if (q.words.length === 0 || text === '') return null;
  let first = -1;
  let windowEnd = text.length;
  const found: Range[] = [];
  forEachToken(text, (token, s, e) => {
    if (first >= 0 && e > windowEnd) return false;
    if (!tokenMatches(token, q)) return;
    if (first < 0) {
      first = s;
      windowEnd = Math.min(text.length, Math.max(0, s - Math.round(size * 0.25)) + size);
      if (e > windowEnd) windowEnd = e;
    }
    const prev = found[found.length - 1];
    if (prev && /^\s+$/u.test(text.slice(prev.end, s))) prev.end = e;
    else found.push({ start: s, end: e });
  });
  if (first < 0) return null;
  let start = Math.max(0, first - Math.round(size * 0.25));
  let end = windowEnd;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const lastEnd = found[found.length - 1]!.end;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= lastEnd) end = space;
    else end = Math.max(end, lastEnd);
  }
  const inside = found
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: text.slice(start, end).replace(/\s/g, ' '), ranges: inside, cutStart: start > 0, cutEnd: end < text.length };
}
