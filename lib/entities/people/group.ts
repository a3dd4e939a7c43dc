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
  // Each person under the tails of its name and, for a foreign name, every shorter run of its words, so a
  // short form looks only at the people it can shorten (a long text has thousands of people).
  const order = new Map<PersonDraft, number>();
  people.forEach((p, k) => order.set(p, k));
  const byTail = new Map<string, PersonDraft[]>();
  const byPart = new Map<string, PersonDraft[]>();
  const byFirst = new Map<string, PersonDraft[]>();
  const index = (map: Map<string, PersonDraft[]>, key: string, p: PersonDraft) => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  for (const p of people) {
    const n = p.lows.length;
    for (let k = 1; k < n; k++) index(byTail, p.lows.slice(n - k).join(' '), p);
    if (p.foreign)
      for (let s = 0; s < n; s++)
        for (let k = 1; k < n && s + k <= n; k++) index(byPart, p.lows.slice(s, s + k).join(' '), p);
    if (!p.foreign && n >= 2) index(byFirst, p.lows[0]!, p);
  }
  const removed = new Set<PersonDraft>();
  // Two-word names without a surname that end a longer name ("Quốc Dũng") join it.
  for (const p of [...people]) {
    // ("Vũ Thủy" after "Trần Vũ Thủy": a two-word form that ends a three-word name is that name, whatever its first word.)
    const owner = (byTail.get(p.lows.join(' ')) ?? []).find(
      (q) =>
        q !== p &&
        !removed.has(q) &&
        (!lex.surnames.has(p.lows[0]!) || (!p.foreign && p.lows.length === 2 && q.lows.length === 3)),
    );
    if (owner) {
      owner.mentions.push(...p.mentions);
      removed.add(p);
    }
  }
  const kept = people.filter((p) => !removed.has(p));
  people.length = 0;
  people.push(...kept);
  // The latest mention start of each person before a point: its starts sorted, plus the shorts it took so far
  // (shorts come in text order).
  const starts = new Map<PersonDraft, number[]>();
  for (const p of people)
    starts.set(
      p,
      p.mentions.map((x) => x.start).sort((a, b) => a - b),
    );
  const lastShort = new Map<PersonDraft, number>();
  const latestBefore = (p: PersonDraft, at: number): number => {
    const list = starts.get(p)!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(lo > 0 ? list[lo - 1]! : -1, lastShort.get(p) ?? -1);
  };
  // Short mentions join the nearest earlier full name they end (or the first later one).
  for (const m of shorts) {
    const lows = lowsOf(tokens, m);
    const key = lows.join(' ');
    // Vietnamese: the given name ends the full name. Foreign: the surname may come first or last ("ông Anwar" for
    // Anwar Ibrahim, "ngài Iwaya" for Iwaya Takeshi, "ông Wiegan" for Gunnar Wiegan), or any part of a longer
    // foreign name: "Tổng thống Lula" (Luiz Inácio Lula da Silva), "Thứ trưởng Havas" (Arif Havas Oegroseno).
    const candidates = new Set<PersonDraft>(byTail.get(key) ?? []);
    if (!(lows.length === 1 && PARTICLES.has(lows[0]!))) for (const p of byPart.get(key) ?? []) candidates.add(p);
    let best: PersonDraft | null = null;
    let bestPos = -1;
    for (const p of [...candidates].sort((a, b) => order.get(a)! - order.get(b)!)) {
      if (removed.has(p)) continue;
      const pos = latestBefore(p, m.start);
      if (!best || pos > bestPos) {
        best = p;
        bestPos = pos;
      }
    }
    // "Bác Hồ", "Bác Tôn": Vietnamese address a revered elder by surname, and Chinese and Korean leaders are
    // named by theirs ("ông Tập" for Tập Cận Bình): join the one full name it starts.
    if (!best && !m.foreign && lows.length === 1) {
      const firsts = (byFirst.get(lows[0]!) ?? []).filter((p) => !removed.has(p));
      if (firsts.length === 1) best = firsts[0]!;
    }
    if (best) {
      best.mentions.push(m);
      lastShort.set(best, Math.max(lastShort.get(best) ?? -1, m.start));
      continue;
    }
    if (!m.triggered) continue;
    addMention(m, lows);
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/**
 * Words that are also pronouns or kin words ("Anh đã ghi 92 bàn": he), compass points ("phía Bắc"): alone, they
 * are never the short form of a name.
 */
const NOT_ALONE = new Set([
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'ông',
  'bà',
  'cháu',
  'con',
  'cậu',
  'mẹ',
  'bố',
  'cha',
  'thầy',
]);
const COMPASS = new Set(['bắc', 'nam', 'đông', 'tây']);
const DIRECTION_WORDS = new Set(['phía', 'miền', 'hướng', 'phương', 'vùng', 'mạn', 'cực', 'bờ']);

interface ShortForm {
  lows: string[];
  person: PersonDraft;
  /** A single word of a name (given name, surname, first name): it needs the guards of a lone word. */
  lone: boolean;
}

/**
 * The forms under which each person recurs: the full name; for a foreign name its surname and its first name; for
 * a Vietnamese name its given name and its last two syllables ("Tiến Dũng" for "Bùi Tiến Dũng"); for a person
 * named by one word, that word. A short form two people share names neither.
 */
function shortForms(people: readonly PersonDraft[]): ShortForm[] {
  const forms: ShortForm[] = [];
  const owners = new Map<string, number>();
  const add = (lows: string[], person: PersonDraft) => {
    const key = lows.join(' ');
    owners.set(key, (owners.get(key) ?? 0) + 1);
    forms.push({ lows, person, lone: lows.length === 1 });
  };
  for (const p of people) {
    const n = p.lows.length;
    if (n === 1) {
      add(p.lows, p);
      continue;
    }
    if (p.foreign) {
      add([p.lows[n - 1]!], p);
      // "Chadwick", "Rupert", "Hansi": a first name alone (not a particle or an initial).
      if (p.lows[0]!.length >= 3 && !PARTICLES.has(p.lows[0]!)) add([p.lows[0]!], p);
    } else {
      add([p.lows[n - 1]!], p);
      if (n >= 3) add(p.lows.slice(n - 2), p);
    }
  }
  const fullKeys = new Set(people.map((p) => p.lows.join(' ')));
  return forms.filter((f) => {
    const key = f.lows.join(' ');
    return owners.get(key) === 1 && (!fullKeys.has(key) || f.person.lows.join(' ') === key);
  });
}

/**
 * Further occurrences of each full name with no title before it, and its short forms (shortForms), outside
 * credits, sides and place contexts. Adds them as mentions.
 */
export function addRepeats(
  tokens: readonly Token[],
  people: PersonDraft[],
  masked: (k: number) => boolean,
  notAPerson: (k: number) => boolean,
  inSide: (k: number) => boolean = () => false,
  lows: readonly string[] = tokens.map((t) => t.low),
): void {
  const taken = new Uint8Array(tokens.length);
  const lex = lexicon();
  const leading = lex.leadingWords;
  const joined = (k: number) => /^(?:[ \t]+|[ \t]*[-‐‑–][ \t]*)$/.test(tokens[k]!.gap);
  for (const p of people) for (const m of p.mentions) taken.fill(1, m.start, m.end);
  // Where each capitalised word occurs, so each form looks only at the places it can be.
  const positions = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (!isNameToken(t)) return;
    const list = positions.get(t.low);
    if (list) list.push(i);
    else positions.set(t.low, [i]);
  });
  const forms = [...people.map((p) => ({ lows: p.lows, person: p, lone: p.lows.length === 1 })), ...shortForms(people)];
  // Longest forms first, so "Nguyễn Xuân Sơn" is taken whole before "Sơn" looks at it.
  forms.sort((a, b) => b.lows.length - a.lows.length);
  for (const { lows: form, person: p, lone } of forms) {
    const n = form.length;
    for (const i of positions.get(form[0]!) ?? []) {
      if (taken[i] || masked(i) || i + n > tokens.length) continue;
      // Whole run only: not inside a longer capitalised run ("Theo Sơn,": a sentence-initial function word is not
      // part of the run).
      if (i > 0 && isNameToken(tokens[i - 1]!) && /^[ \t]+$/.test(tokens[i]!.gap) && !leading.has(tokens[i - 1]!.low))
        continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = tokens[i + k]!.low === form[k] && /^(?:[ \t]+|-)$/.test(tokens[i + k]!.gap) && !taken[i + k];
      if (!ok) continue;
      const after = tokens[i + n];
      if (after && isNameToken(after) && /^[ \t]+$/.test(after.gap)) continue;
      if (notAPerson(i) || inSide(i)) continue;
      if (lone && !loneWordIsName(lex, tokens, lows, joined, i)) continue;
      p.mentions.push({ start: i, end: i + n, foreign: p.foreign, triggered: false, titles: [] });
      taken.fill(1, i, i + n);
    }
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
}

/**
 * A single word of a name standing alone at token i is that name, not a word: not a pronoun ("Anh đã ghi"), not a
 * compass point after a direction ("phía Bắc"), not the first syllable of a body, a title or a place ("Chính phủ",
 * "Thành ủy", "Thành phố").
 */
function loneWordIsName(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
): boolean {
  const low = lows[i]!;
  if (NOT_ALONE.has(low)) return false;
  if (COMPASS.has(low) && i > 0 && DIRECTION_WORDS.has(lows[i - 1]!)) return false;
  const next = tokens[i + 1];
  if (next && !next.cap && joined(i + 1)) {
    for (const dict of [lex.orgHeads, lex.titles, lex.placeHeads, lex.complements, lex.places]) {
      if ((dict.match(lows, i, joined)?.length ?? 0) >= 2) return false;
    }
  }
  return true;
}
