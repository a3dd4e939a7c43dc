// One agreement per instrument: mentions merge when they share a table entry, an acronym (or a part of a
// compound one: "VPA" in "Hiệp định VPA/FLEGT"), or a name in another spelling (linkKey: tone placement,
// case, "LHQ" = "Liên hợp quốc"...); then a short form merges into the one longer name it begins
// ("Hiệp ước Hữu nghị và Hợp tác" into "Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào", "Hiệp định vay tài trợ
// Dự án Cầu Đầm Vạc" into "Hiệp định vay tài trợ cho Dự án Cầu Đầm Vạc").
import type { AgreementKind } from '../types';
import type { KnownAgreement } from '../../lexicon';
import { contentKey, linkKey } from './known';

export interface Mention {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Display name as written (null for a standalone acronym). */
  name: string | null;
  acronym: string | null;
  year: number | null;
  kind: AgreementKind;
  known: KnownAgreement | undefined;
  /**
   * Counts only as another mention of an agreement found otherwise: a name that only says what class of
   * agreement it is (CLASS_WORDS), or a programme named with neither its parties nor its signing.
   */
  dependent?: boolean;
}


/** The content words of a name, in order: its link key without joining words, and with its final year. */
function contentWords(name: string): string[] {
  let words = contentWordsMemo.get(name);
  if (!words) {
    if (contentWordsMemo.size >= 4096) contentWordsMemo.clear();
    words = computeContentWords(name);
    contentWordsMemo.set(name, words);
  }
  return words;
}
const contentWordsMemo = new Map<string, string[]>();

function computeContentWords(name: string): string[] {
  const words = contentKey(name).split(' ').filter(Boolean);
  const year = /((?:19|20)\d{2})\s*$/u.exec(name.replace(/\([^)]*\)/g, ' '))?.[1];
  return year && words[words.length - 1] !== year ? [...words, year] : words;
}

interface Group {
  mentions: Mention[];
  known: KnownAgreement | undefined;
  acronyms: Set<string>;
  /** Years the names state: "Kế hoạch hợp tác quốc phòng năm 2024" is not the plan for 2025. */
  years: Set<number>;
  /** Content words of each distinct name. */
  names: string[][];
}

/** Merge mentions of one agreement. Groups in order of first mention, mentions in text order. */
export function groupMentions(mentions: Mention[]): Mention[][] {
  const groups: Group[] = [];
  const index = new Map<string, Group>();
  for (const m of mentions) {
    const keys: string[] = [];
    // A generic entry ("CEPA", "MoU") does not make two different agreements one.
    const known = m.known && m.known.bare !== 'never' ? m.known : undefined;
    if (known) keys.push(`known:${known.vi}`);
    const acronyms = m.acronym ? [m.acronym.toUpperCase(), ...(m.acronym.includes('/') ? m.acronym.toUpperCase().split('/') : [])] : [];
    for (const a of acronyms) keys.push(`acr:${a}`);
    if (m.name) keys.push(`name:${linkKey(m.name)}`);
    const alone: Group = { mentions: [m], known, acronyms: new Set(acronyms), years: new Set(m.year === null ? [] : [m.year]), names: [] };
    // The same words with another year are another instrument (the link key leaves a final year out).
    let g = keys.map((k) => index.get(k)).find((c) => c && compatible(alone, c));
    if (!g) {
      g = { mentions: [], known: undefined, acronyms: new Set(), years: new Set(), names: [] };
      groups.push(g);
    }
    g.mentions.push(m);
    g.known ??= known;
    for (const a of acronyms) g.acronyms.add(a);
    if (m.year !== null) g.years.add(m.year);
    if (m.name) g.names.push(contentWords(m.name));
    for (const k of keys) if (!index.has(k)) index.set(k, g);
  }
  const merged = mergeShortForms(groups);
  const supported = merged.filter((g) => g.mentions.some((m) => !m.dependent));
  return merged.filter((g) => supported.includes(g) || siblingOfSupported(g, supported)).map((g) => g.mentions);
}

const YEAR = /^(?:19|20)\d{2}$/u;
const withoutYears = (words: string[]) => words.filter((w) => !YEAR.test(w));

/**
 * "Kế hoạch hợp tác quốc phòng năm 2024" beside "Kế hoạch hợp tác quốc phòng năm 2025 giữa Bộ Quốc phòng Việt
 * Nam và Bộ Quốc phòng Lào": a dated instrument of the same series as one made between parties, for another
 * year, is made between them too.
 */
function siblingOfSupported(g: Group, supported: Group[]): boolean {
  if (g.years.size === 0) return false;
  return g.names.some((name) => {
    const short = withoutYears(name);
    return short.length >= 3 && supported.some((s) => disjoint(s.years, g.years) && s.names.some((long) => startsWith(withoutYears(long), short)));
  });
}

/** `short` begins `long` (or equals it: the names differ only by joining words). */
const startsWith = (long: string[], short: string[]) => short.length <= long.length && short.every((w, k) => long[k] === w);

const disjoint = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/** Two groups may be one instrument: no different table entries, acronyms or years. */
function compatible(a: Group, b: Group): boolean {
  if (a.known && b.known) return a.known === b.known;
  return !disjoint(a.acronyms, b.acronyms) && !disjoint(a.years, b.years);
}

/** Longer names looked at for one short form: past that many the short form is taken as ambiguous. */
const MAX_CANDIDATES = 40;

const compareWords = (a: string[], b: string[]) => {
  for (let k = 0; k < a.length && k < b.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? -1 : 1;
  return a.length - b.length;
};

/**
 * A group whose every name begins exactly one other group's name is a short form of it. With two or more
 * longer names to choose from ("Hiệp định Thương mại" before "... biên giới" and "... Việt Nam - Lào") the
 * short form stays apart: it cannot be told which one it means. The names are sorted by words, so the names
 * a short form begins are one run found by binary search; a run is read for at most MAX_CANDIDATES names.
 */
function mergeShortForms(groups: Group[]): Group[] {
  const sorted = groups.flatMap((g) => g.names.map((words) => ({ words, g }))).sort((a, b) => compareWords(a.words, b.words));
  const longerNames = (short: string[]): Set<Group> | null => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareWords(sorted[mid]!.words, short) < 0) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<Group>();
    for (let k = lo; k < sorted.length && startsWith(sorted[k]!.words, short); k++) {
      if (k - lo >= MAX_CANDIDATES) return null;
      found.add(sorted[k]!.g);
    }
    return found;
  };
  const merged = new Map<Group, Group>();
  const live = (g: Group) => {
    while (merged.has(g)) g = merged.get(g)!;
    return g;
  };
  for (const short of groups) {
    if (short.names.length === 0) continue;
    let target: Group | undefined;
    let ambiguous = false;
    for (const name of short.names) {
      const found = longerNames(name);
      if (!found) {
        ambiguous = true;
        break;
      }
      const others = [...new Set([...found].map(live))].filter((g) => g !== short && compatible(short, g));
      if (others.length !== 1 || (target && others[0] !== target)) {
        ambiguous = true;
        break;
      }
      target = others[0];
    }
    if (ambiguous || !target) continue;
    target.mentions = [...target.mentions, ...short.mentions].sort((a, b) => a.start - b.start);
    target.known ??= short.known;
    for (const a of short.acronyms) target.acronyms.add(a);
    for (const y of short.years) target.years.add(y);
    merged.set(short, target);
  }
  return groups.filter((g) => !merged.has(g)).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
