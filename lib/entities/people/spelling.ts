// One person written two ways in one article: a typo ("Erdorgan" for "Erdogan"), a name without its diacritics
// ("Phạm Binh Minh" for "Phạm Bình Minh"), a Vietnamese transliteration ("Vla-đi-mia Pu-tin" for "Vladimir
// Putin"). Compared on the names folded to plain letters, word for word, with a small edit distance.
import { foldForSearch } from '../../text';
import { isVietSyllable } from './shape';

/** Edit distance of a and b, or limit + 1 once it is certainly above limit (bounded work: O(len × limit)). */
function distanceAtMost(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const foldCache = new Map<string, string[]>();
/** Words of a name folded to plain letters; hyphenated syllables joined ("Pu-tin" -> "putin"). Cached: every pair is compared. */
function foldedWords(name: string): string[] {
  let out = foldCache.get(name);
  if (!out) {
    if (foldCache.size > 5000) foldCache.clear();
    out = foldForSearch(name.replace(/[-‐‑]/g, '')).split(' ').filter(Boolean);
    foldCache.set(name, out);
  }
  return out;
}

const hasDiacritics = (s: string) =>
  s.normalize('NFD') !== s.replace(/đ/gi, 'd').normalize('NFD') || /[^\p{ASCII}]/u.test(s);

/**
 * True when `a` and `b` are one person's name written two ways: same number of words, and either the same
 * letters where one of them lacks diacritics (a Vietnamese name typed without them), or, for foreign names,
 * each word within one edit (two for words of nine letters or more).
 */
export function sameNameSpelledTwice(a: string, b: string): boolean {
  const wa = foldedWords(a);
  const wb = foldedWords(b);
  if (wa.length !== wb.length || wa.length === 0 || wa[0]![0] !== wb[0]![0]) return false;
  if (wa.join(' ') === wb.join(' ')) {
    // Vietnamese names that differ only in diacritics are different names (An, Ân), unless one has none at all
    // on a syllable where the other has some: "Binh" typed for "Bình".
    // Only one syllable may differ, of four letters or more: "An"/"Ân", "Ly"/"Lý" are too short to be a typo.
    const pa = a.split(/\s+/);
    const pb = b.split(/\s+/);
    if (pa.length !== pb.length) return false;
    const differ = pa.map((x, k) => k).filter((k) => pa[k] !== pb[k]);
    if (differ.length !== 1) return false;
    const x = pa[differ[0]!]!;
    const y = pb[differ[0]!]!;
    return x.length >= 4 && (!hasDiacritics(x) || !hasDiacritics(y));
  }
  const foreign = (n: string) => n.split(/[\s-]+/).some((w) => w.length > 1 && !isVietSyllable(w.toLowerCase()));
  if (!foreign(a) && !foreign(b)) return false;
  return wa.every((w, k) => {
    const v = wb[k]!;
    if (w[0] !== v[0] || Math.min(w.length, v.length) < 4) return w === v;
    return distanceAtMost(w, v, w.length >= 9 ? 2 : 1) <= (w.length >= 9 ? 2 : 1);
  });
}
