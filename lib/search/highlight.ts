// Match ranges and snippets in the ORIGINAL text: the index works on folded words, the user reads accents.
// A phrase is marked where its words stand together as typed (any spelling of an abbreviation); scattered
// results mark each word wherever it is.
import type { ParsedQuery, QueryPhrase, QueryWord } from './query-parse';
import { tokensWithOffsets, type OffsetToken } from './tokenize';

export interface Range {
  start: number;
  end: number;
}

function wordMatches(w: QueryWord, t: OffsetToken): boolean {
  if (w.literal && !t.plain) return false;
  return t.token === w.fold || (w.prefix && t.token.startsWith(w.fold));
}

/** Index of the token after the phrase when it starts at token `i`, else -1. */
function phraseEnd(p: QueryPhrase, tokens: OffsetToken[], i: number, unit = 0): number {
  if (unit === p.units.length) return i;
  for (const alt of p.units[unit]!.alts) {
    if (i + alt.length > tokens.length) continue;
    if (!alt.every((w, k) => wordMatches(w, tokens[i + k]!))) continue;
    const end = phraseEnd(p, tokens, i + alt.length, unit + 1);
    if (end >= 0) return end;
  }
  return -1;
}

function rangesOfTokens(text: string, tokens: OffsetToken[], q: ParsedQuery, scattered: boolean): Range[] {
  const found: Range[] = [];
  for (const p of q.phrases) {
    const loose = scattered && !p.strict;
    const words = loose ? p.units.flatMap((u) => u.alts.flat()) : [];
    for (let i = 0; i < tokens.length; i++) {
      if (loose) {
        if (words.some((w) => wordMatches(w, tokens[i]!))) found.push({ start: tokens[i]!.start, end: tokens[i]!.end });
        continue;
      }
      const end = phraseEnd(p, tokens, i);
      if (end > i) found.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping ranges, and ranges only spaces apart ("Hoàng Xuân Chiến" as one mark), become one.
  const out: Range[] = [];
  for (const r of found) {
    const prev = out[out.length - 1];
    if (prev && (r.start <= prev.end || /^\s+$/u.test(text.slice(prev.end, r.start)))) prev.end = Math.max(prev.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Ranges of `text` (original offsets) holding the query: its phrases, or its words when scattered. */
export function matchRanges(text: string, q: ParsedQuery, scattered = false): Range[] {
  if (q.phrases.length === 0 || text === '') return [];
  return rangesOfTokens(text, tokensWithOffsets(text), q, scattered);
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
 * ranges inside it (white space is flattened one for one, so ranges stay valid). Null when nothing matches.
 */
export function snippet(text: string, q: ParsedQuery, size = 220, scattered = false): Snippet | null {
  const found = matchRanges(text, q, scattered);
  if (found.length === 0) return null;
  const first = found[0]!.start;
  let start = Math.max(0, first - Math.round(size * 0.25));
  let end = Math.min(text.length, Math.max(start + size, found[0]!.end));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= found[0]!.end) end = space;
  }
  const inside = found.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start - start, end: r.end - start }));
  return { text: text.slice(start, end).replace(/\s/g, ' '), ranges: inside, cutStart: start > 0, cutEnd: end < text.length };
}
