// Match ranges and snippets in the ORIGINAL text: the index works on folded words, the user reads accents.
// A phrase is marked where its words stand together as typed (any spelling of an abbreviation); scattered
// results mark each word wherever it is.
import type { ParsedQuery, QueryPhrase, QueryWord } from './query-parse';
import { forEachToken } from './tokenize';

export interface Range {
  start: number;
  end: number;
}

/** Words of a text in parallel arrays (no object per word: snippets of long bodies are built per keystroke). */
class TokenRun {
  token: string[] = [];
  start: number[] = [];
  end: number[] = [];
  plain: boolean[] = [];
}

/**
 * Texts cut into words, kept for the next keystrokes: the rows of a result page come back while the user types
 * on, and cutting their texts again (folding every word) was a good part of a keystroke's time. Bounded: a few
 * pages of rows.
 */
const RUNS_KEPT = 120;
/** Longer texts are read word by word up to the snippet's window instead (a whole book pasted as a note). */
const RUN_MAX_CHARS = 50_000;
const runs = new Map<string, TokenRun>();

function tokenRun(text: string): TokenRun {
  let run = runs.get(text);
  if (run) {
    runs.delete(text);
  } else {
    run = new TokenRun();
    const r = run;
    forEachToken(text, (token, start, end, plain) => {
      r.token.push(token);
      r.start.push(start);
      r.end.push(end);
      r.plain.push(plain);
    });
    if (runs.size >= RUNS_KEPT) runs.delete(runs.keys().next().value!);
  }
  runs.set(text, run);
  return run;
}

function wordMatches(w: QueryWord, run: TokenRun, i: number): boolean {
  if (w.literal && !run.plain[i]) return false;
  const t = run.token[i]!;
  return t === w.fold || (w.prefix && t.startsWith(w.fold));
}

/** Index of the token after the phrase when it starts at token `i`, else -1 (the run's first `len` tokens read). */
function phraseEnd(p: QueryPhrase, run: TokenRun, len: number, i: number, unit = 0): number {
  if (unit === p.units.length) return i;
  for (const alt of p.units[unit]!.alts) {
    if (i + alt.length > len) continue;
    let ok = true;
    for (let k = 0; k < alt.length && ok; k++) ok = wordMatches(alt[k]!, run, i + k);
    if (!ok) continue;
    const end = phraseEnd(p, run, len, i + alt.length, unit + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** Longest phrase of the query in words: how far ahead a match starting at a word can reach. */
function reach(q: ParsedQuery): number {
  let most = 1;
  for (const p of q.phrases)
    most = Math.max(
      most,
      p.units.reduce((s, u) => s + Math.max(...u.alts.map((a) => a.length)), 0),
    );
  return most;
}

/**
 * Matches of the query in `text`, in order of their start, found while the text is read word by word.
 * `stopAt(firstMatchStart)` gives the offset after which reading stops (snippets need only a window).
 */
function findMatches(text: string, q: ParsedQuery, scattered: boolean, stopAt?: (first: number) => number): Range[] {
  const kept = text.length <= RUN_MAX_CHARS ? tokenRun(text) : null;
  const run = kept ?? new TokenRun();
  /** Words read so far (a kept run is read as if cut word by word: the same matches, the same stop). */
  let len = 0;
  const found: Range[] = [];
  const ahead = reach(q);
  let limit = Infinity;
  let checked = 0;
  const checkUpTo = (last: number) => {
    for (; checked <= last; checked++) {
      for (const p of q.phrases) {
        if (scattered && !p.strict) {
          if (p.units.some((u) => u.alts.some((a) => a.some((w) => wordMatches(w, run, checked))))) {
            found.push({ start: run.start[checked]!, end: run.end[checked]! });
          }
          continue;
        }
        const end = phraseEnd(p, run, len, checked);
        if (end > checked) found.push({ start: run.start[checked]!, end: run.end[end - 1]! });
      }
      if (found.length > 0 && limit === Infinity && stopAt) limit = stopAt(found[0]!.start);
    }
  };
  if (kept) {
    for (let i = 0; i < kept.token.length; i++) {
      if (kept.start[i]! > limit) break;
      len = i + 1;
      // A phrase starting `ahead - 1` words back now has all the words it could need.
      checkUpTo(len - ahead);
    }
  } else {
    forEachToken(text, (token, start, end, plain) => {
      if (start > limit) return false;
      run.token.push(token);
      run.start.push(start);
      run.end.push(end);
      run.plain.push(plain);
      len = run.token.length;
      checkUpTo(len - ahead);
    });
  }
  checkUpTo(len - 1);
  return found;
}

function merge(text: string, found: Range[]): Range[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping ranges, and ranges only spaces apart ("Hoàng Xuân Chiến" as one mark), become one.
  const out: Range[] = [];
  for (const r of found) {
    const prev = out[out.length - 1];
    if (prev && (r.start <= prev.end || isSpaceRun(text, prev.end, r.start))) prev.end = Math.max(prev.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function isSpaceRun(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Ranges of `text` (original offsets) holding the query: its phrases, or its words when scattered. */
export function matchRanges(text: string, q: ParsedQuery, scattered = false): Range[] {
  if (q.phrases.length === 0 || text === '') return [];
  return merge(text, findMatches(text, q, scattered));
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
  if (q.phrases.length === 0 || text === '') return null;
  const lead = Math.round(size * 0.25);
  const found = merge(
    text,
    findMatches(text, q, scattered, (first) => Math.max(0, first - lead) + size),
  );
  if (found.length === 0) return null;
  const first = found[0]!.start;
  let start = Math.max(0, first - lead);
  let end = Math.min(text.length, Math.max(start + size, found[0]!.end));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= found[0]!.end) end = space;
  }
  const inside = found
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  return {
    text: text.slice(start, end).replace(/\s/g, ' '),
    ranges: inside,
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}
