// Join mentions into people: full names by key, later short mentions ("Ông Wiegan", "Thứ trưởng Dũng",
// "chị Huyền") to the full name they shorten, then count every further occurrence of each full name.
import type { Token } from './tokens';
import type { Mention } from './mentions';
import { isNameToken, PARTICLES } from './shape';
import { lexicon, type Lexicon } from './lexicon';

export interface PersonDraft {
  /** Mentions in text order; the first full one names the person. */
  mentions: Mention[];
  nameStart: number;
  nameEnd: number;
  foreign: boolean;
  /** Token lows of the full name. */
  lows: string[];
}

function lowsOf(tokens: readonly Token[], m: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (let k = m.start; k < m.end; k++) out.push(tokens[k]!.low);
  return out;
}

function endsWith(full: readonly string[], tail: readonly string[]): boolean {
  if (tail.length >= full.length) return false;
  for (let k = 1; k <= tail.length; k++) if (full[full.length - k] !== tail[tail.length - k]) return false;
  return true;
}

/** `part` (not a lone particle) occurs as a run of words inside `full`, shorter than it. */
function containsRun(full: readonly string[], part: readonly string[]): boolean {
  if (part.length >= full.length || (part.length === 1 && PARTICLES.has(part[0]!))) return false;
  outer: for (let s = 0; s + part.length <= full.length; s++) {
    for (let k = 0; k < part.length; k++) if (full[s + k] !== part[k]) continue outer;
    return true;
  }
  return false;
}

/** A mention that names the whole person: two or more words, or a foreign name with a title. */
function isFull(lex: Lexicon, lows: readonly string[], m: Mention): boolean {
  if (lows.length >= 2) return m.foreign || lex.surnames.has(lows[0]!) || m.triggered;
  return false;
}

export function groupMentions(lex: Lexicon, tokens: readonly Token[], mentions: readonly Mention[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  const byKey = new Map<string, PersonDraft>();
  const shorts: Mention[] = [];
  // One person per name key: the first mention with that key opens it, later ones join it.
  const addMention = (m: Mention, lows: string[]) => {
    const key = lows.join(' ');
    let p = byKey.get(key);
    if (!p) {
      p = { mentions: [], nameStart: m.start, nameEnd: m.end, foreign: m.foreign, lows };
      byKey.set(key, p);
      people.push(p);
    }
    p.mentions.push(m);
  };
  for (const m of mentions) {
    const lows = lowsOf(tokens, m);
    if (!isFull(lex, lows, m)) {
      shorts.push(m);
      continue;
    }
    addMention(m, lows);
  }
  // Two-word names without a surname that end a longer name ("Quốc Dũng") join it.
  for (const p of [...people]) {
    // ("Vũ Thủy" after "Trần Vũ Thủy": a two-word form that ends a three-word name is that name, whatever its first word.)
    const owner = people.find((q) => q !== p && endsWith(q.lows, p.lows) && (!lex.surnames.has(p.lows[0]!) || (!p.foreign && p.lows.length === 2 && q.lows.length === 3)));
    if (owner) {
      owner.mentions.push(...p.mentions);
      people.splice(people.indexOf(p), 1);
    }
  }
  // Short mentions join the nearest earlier full name they end (or the first later one).
  for (const m of shorts) {
    const lows = lowsOf(tokens, m);
    let best: PersonDraft | null = null;
    let bestPos = -1;
    for (const p of people) {
      // Vietnamese: the given name ends the full name. Foreign: the surname may come first or last
      // ("ông Anwar" for Anwar Ibrahim, "ngài Iwaya" for Iwaya Takeshi, "ông Wiegan" for Gunnar Wiegan).
      // Also any part of a longer foreign name: "Tổng thống Lula" (Luiz Inácio Lula da Silva), "Thứ trưởng Havas"
      // (Arif Havas Oegroseno), "ông Arif Havas".
      const foreignPart = p.foreign && containsRun(p.lows, lows);
      if (!endsWith(p.lows, lows) && !foreignPart) continue;
      const before = p.mentions.filter((x) => x.start < m.start).map((x) => x.start);
      const pos = before.length ? Math.max(...before) : -1;
      if (!best || pos > bestPos) {
        best = p;
        bestPos = pos;
      }
    }
    // "Bác Hồ", "Bác Tôn": Vietnamese address a revered elder by surname, and Chinese and Korean leaders are
    // named by theirs ("ông Tập" for Tập Cận Bình): join the one full name it starts.
    if (!best && !m.foreign && lows.length === 1) {
      const starts = people.filter((p) => !p.foreign && p.lows.length >= 2 && p.lows[0] === lows[0]);
      if (starts.length === 1) best = starts[0]!;
    }
    if (best) {
      best.mentions.push(m);
      continue;
    }
    if (!m.triggered) continue;
    addMention(m, lows);
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/**
 * Further occurrences of each full name with no title before it, and bare surnames of foreign people
 * ("Borrell", "Shatzkin"), outside credits. Adds them as mentions.
 */
export function addRepeats(
  tokens: readonly Token[],
  people: PersonDraft[],
  masked: (k: number) => boolean,
  notAPerson: (k: number) => boolean,
): void {
  const taken = new Uint8Array(tokens.length);
  const leading = lexicon().leadingWords;
  for (const p of people) for (const m of p.mentions) taken.fill(1, m.start, m.end);
  // Where each capitalised word occurs, so each person looks only at the places their name can be.
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (!isNameToken(t)) return;
    const list = positions.get(t.low);
    if (list) list.push(i);
    else positions.set(t.low, [i]);
  });
  // A Vietnamese given name alone refers back to the one person it ends ("Sơn" after "Nguyễn Xuân Sơn"), unless
  // two people of the article share it.
  const givenCount = new Map<string, number>();
  for (const p of people) if (!p.foreign && p.lows.length >= 2) givenCount.set(p.lows[p.lows.length - 1]!, (givenCount.get(p.lows[p.lows.length - 1]!) ?? 0) + 1);
  for (const p of people) {
    const n = p.lows.length;
    const given = !p.foreign && n >= 2 && givenCount.get(p.lows[n - 1]!) === 1 ? p.lows[n - 1]! : null;
    const lastForeign = (p.foreign && n > 1 ? p.lows[n - 1]! : null) ?? given;
    const candidates = [...(positions.get(p.lows[0]!) ?? []), ...(lastForeign ? (positions.get(lastForeign) ?? []) : [])].sort((a, b) => a - b);
    for (const i of candidates) {
      if (taken[i] || masked(i)) continue;
      // Whole run only: not inside a longer capitalised run.
      // ("Theo Sơn,": a sentence-initial function word is not part of the run.)
      if (i > 0 && isNameToken(tokens[i - 1]!) && /^[ \t]+$/.test(tokens[i]!.gap) && !leading.has(tokens[i - 1]!.low)) continue;
      let len = 0;
      if (n >= 2 && i + n <= tokens.length) {
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = tokens[i + k]!.low === p.lows[k] && (k === 0 || /^(?:[ \t]+|-)$/.test(tokens[i + k]!.gap));
        if (ok) len = n;
      }
      if (!len && lastForeign && tokens[i]!.low === lastForeign) len = 1;
      if (!len || notAPerson(i)) continue;
      const after = tokens[i + len];
      if (after && isNameToken(after) && /^[ \t]+$/.test(after.gap)) continue;
      p.mentions.push({ start: i, end: i + len, foreign: p.foreign, triggered: false, titles: [] });
      taken.fill(1, i, i + len);
    }
    p.mentions.sort((a, b) => a.start - b.start);
  }
}
