// The shape of names: Vietnamese syllables versus foreign words, and runs of capitalised tokens that can be a
// person's name ("Hoàng Xuân Chiến", "Benedikta Von Seherr-Thoss", "John D. Rockefeller", "Kim Sa-myeong").
import type { Token } from './tokens';
import { isNameGap } from './tokens';
import type { Lexicon } from './lexicon';
import { isVietSyllable } from './syllable';

export { isVietSyllable };

/** Lower-case particles inside foreign names: "Ursula von der Leyen", "Vincent van Gogh". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'den',
  'de',
  'di',
  'da',
  'du',
  'del',
  'della',
  'dos',
  'das',
  'la',
  'le',
  'bin',
  'al',
  'ter',
  'ten',
  'y',
]);

/** Second parts of English hyphenated compounds: "-born", "-based", "-owned", "-like", "-run", "-style". */
const ENGLISH_COMPOUND_TAIL =
  /^(?:[a-z]{3,}ed|born|run|like|style|only|specific|old|wide|free|made|led|time|year|day|class)$/u;

const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;

/** "Nữ hoàng Elizabeth II": a regnal number right after a name (only after a title: "World War II" is none). */
export function regnalAfter(tokens: readonly Token[], end: number): boolean {
  const t = tokens[end];
  return !!t && REGNAL.test(t.text) && /^[ \t]+$/.test(t.gap);
}

export interface NameRun {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Some token is not a Vietnamese syllable: the name is foreign. */
  foreign: boolean;
}

/** A token that can be part of a name: capitalised letters, not an acronym. */
export function isNameToken(t: Token): boolean {
  return t.cap && t.alpha && !t.upper;
}

/**
 * Token k starts a romanised Korean given name: a Latin syllable, a hyphen, a lower-case one ("Ki-moon", "Jae-in",
 * "Geun-hye"), and no third part, as transliterations have ("Cam-pu-chia").
 */
export function koreanGivenName(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  const second = tokens[k + 1];
  const third = tokens[k + 2];
  return (
    !!first &&
    !!second &&
    /^[A-Z][a-z]+$/.test(first.text) &&
    /^[-‐‑]$/.test(second.gap) &&
    /^[a-z]+$/.test(second.text) &&
    !(third && /^[-‐‑]$/.test(third.gap))
  );
}

/** Single capital followed by a dot: an initial ("D." in "John D. Rockefeller"). */
function isInitial(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  return t.text.length === 1 && t.cap && !!next && /^\.[ \t]?$/.test(next.gap) && isNameToken(next);
}

/**
 * The longest run of name tokens starting at `i` (at most `max` tokens), or null when token i cannot start a name.
 */
export function readNameRun(tokens: readonly Token[], i: number, max = 6, leadingParticles = false): NameRun | null {
  if (leadingParticles || (max !== 4 && max !== 6)) return nameRunAt(tokens, i, max, leadingParticles);
  // Cached per token array: lists, evidence, titles and bare names read the same runs again.
  let cache = runCache.get(tokens);
  if (!cache) {
    cache = {
      4: new Array<NameRun | null | undefined>(tokens.length),
      6: new Array<NameRun | null | undefined>(tokens.length),
    };
    runCache.set(tokens, cache);
  }
  const slot = cache[max];
  const known = slot[i];
  if (known !== undefined) return known && { ...known };
  const run = nameRunAt(tokens, i, max, false);
  slot[i] = run;
  return run && { ...run };
}

const runCache = new WeakMap<readonly Token[], Record<4 | 6, (NameRun | null | undefined)[]>>();

function nameRunAt(tokens: readonly Token[], i: number, max: number, leadingParticles: boolean): NameRun | null {
  const first = tokens[i];
  if (!first) return null;
  // "bà von der Leyen": after an honorific, a foreign surname may start with its particles.
  if (leadingParticles && PARTICLES.has(first.text)) {
    const named = particlesThenName(tokens, i);
    if (named < 0) return null;
    const rest = nameRunAt(tokens, named, max, false);
    if (!rest || !rest.foreign) return null;
    return { start: i, end: rest.end, foreign: true };
  }
  // "Y Moan Niê", "Y Ngông Niê Kđăm": Ê Đê men's names start with "Y" (women's with "H'"); Ba Na and Gia Rai men's
  // with "A" ("ông A Pỏng"), taken only right after a title or an honorific ("bảng A Việt Nam" is a group);
  // "J.F. Kennedy": initials.
  const ede =
    (first.text === 'Y' || (first.text === 'A' && leadingParticles)) &&
    tokens[i + 1] &&
    /^[ \t]+$/.test(tokens[i + 1]!.gap) &&
    isNameToken(tokens[i + 1]!) &&
    tokens[i + 1]!.text.length >= 2;
  const initial = first.text.length === 1 && first.cap && isInitial(tokens, i);
  if (!isNameToken(first) || (first.text.length < 2 && !ede && !initial)) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    const initialGap = prev.text.length === 1 && prev.cap && /^\.[ \t]?$/.test(t.gap);
    if (!isNameGap(t.gap) && !initialGap) break;
    if (isNameToken(t)) {
      j++;
      continue;
    }
    // "Sa-myeong": a lower-case part after a hyphen belongs to the name; an English compound's second part does
    // not ("American-born", "Kroger-owned", "Wednesday-like": a participle or an adjective-forming word).
    if (t.gap === '-' && t.alpha && !t.cap && !ENGLISH_COMPOUND_TAIL.test(t.low)) {
      j++;
      continue;
    }
    if (t.text.length === 1 && isInitial(tokens, j)) {
      j++;
      continue;
    }
    // Particles only between capitalised parts, several in a row: "Ursula von der Leyen", "Lula da Silva";
    // Portuguese "do" only inside a foreign name of two words or more, before its last ("André Corrêa do Lago";
    // "Titanic do Cameron" is "directed by").
    let named = PARTICLES.has(t.text) ? particlesThenName(tokens, j) : -1;
    if (
      t.text === 'do' &&
      j - i >= 2 &&
      !isVietSyllable(tokens[j - 1]!.low) &&
      tokens[j + 1] &&
      isNameToken(tokens[j + 1]!)
    ) {
      const after = tokens[j + 2];
      if (!after || !isNameToken(after) || !isNameGap(after.gap)) named = j + 1;
    }
    if (named > 0 && named - i < max + 3) {
      j = named;
      continue;
    }
    break;
  }
  let foreign = false;
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (t.text.length > 1 && !isVietSyllable(t.low)) foreign = true;
    // ("Ban Ki-moon": a lower-case part after a hyphen, both halves in plain Latin letters, is a romanised name;
    // "Căng-tin" is a Vietnamese spelling of a loanword.)
    if (k > i && !t.cap && /^[-‐‑]$/.test(t.gap) && /^[a-z]+$/.test(t.text) && /^[A-Za-z]+$/.test(tokens[k - 1]!.text))
      foreign = true;
  }
  return { start: i, end: j, foreign };
}

/** From a particle at j: the index of the name token after one to three particles ("von der"), or -1. */
function particlesThenName(tokens: readonly Token[], j: number): number {
  let k = j;
  // The first particle's gap is the caller's to judge ("Michiel B. de Jong").
  // "Ortega y Gasset", but "Kurdistán y la República" is a conjunction: "y" stands alone.
  while (
    k < tokens.length &&
    k - j < 3 &&
    PARTICLES.has(tokens[k]!.text) &&
    (k === j || (isNameGap(tokens[k]!.gap) && tokens[k - 1]!.text !== 'y'))
  )
    k++;
  const t = tokens[k];
  return k > j && t && isNameToken(t) && isNameGap(t.gap) ? k : -1;
}

/** Two-token run naming a year of the sixty-year cycle ("Bính Ngọ") or a zodiac sign. */
export function isCalendarOrZodiac(lex: Lexicon, lows: readonly string[]): boolean {
  const key = lows.join(' ');
  if (lex.zodiac.has(key)) return true;
  return lows.length === 2 && lex.can.has(lows[0]!) && lex.chi.has(lows[1]!);
}
