// How a credited name goes into a reference: whole (a Vietnamese name, a pen name, an agency) or split into
// family and given parts (a name written in Western order: "Julian Borger", "Dat Nguyen"). Reference
// managers split every name at its last space, which turns "Nguyễn Văn An" into "An, N. V."; a name is split
// here only when its shape says it is in Western order, and kept whole whenever that is unsure.
import { STRONG_SURNAMES, WEAK_SURNAMES } from '../../lexicon';
import { cleanInline, foldForSearch, stripEnd } from '../../text';

export type CitationName =
  /** Never split: printed as written ("Nguyễn Văn An", "Phương Linh", "TTXVN"). */
  | { kind: 'whole'; name: string }
  /** Western order: `particle` is a lower-case "van", "de"… kept with the family name. */
  | { kind: 'western'; family: string; given: string; particle: string };

const SURNAMES = new Set([...STRONG_SURNAMES, ...WEAK_SURNAMES].map(foldForSearch));
const STRONG = new Set(STRONG_SURNAMES.map(foldForSearch));
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'ten',
  'ter',
  'dos',
  'das',
  'bin',
  'al',
  'el',
]);
/** Letters and marks only Vietnamese uses among Latin scripts: đ, breve, horn, hook above, dot below, ĩ ũ ỹ, ê/ô/â with a tone. */
const VIETNAMESE_ONLY = /[đĐ]|[\u0306\u031B\u0309\u0323]|[iuyIUY]\u0303|\u0302[\u0300\u0301\u0303]/u;
/** A Vietnamese syllable without its marks: onset, one to three vowels, coda. */
const VN_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** One Hanyu pinyin syllable: a name made only of them is Chinese, surname first ("Wang Yi", "Xi Jinping"). */
const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$/;
/** "Jr.", "III": a name with a suffix is kept whole rather than split wrongly. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** "THUẬN VĂN" → "Thuận Văn": a byline in capitals is a layout choice, not the spelling of the name. */
function unshout(name: string): string {
  const words = name.split(' ');
  const shouted = words.length > 1 && name === name.toLocaleUpperCase('vi') && name !== name.toLocaleLowerCase('vi');
  if (!shouted) return name;
  return words.map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ');
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Whether a folded word splits into pinyin syllables (a small dynamic programme: linear in the word). */
function isPinyin(word: string): boolean {
  if (word.length === 0 || word.length > 24) return false;
  const ends = [true];
  for (let i = 1; i <= word.length; i++) {
    ends[i] = false;
    for (let len = 1; len <= 6 && len <= i; len++) {
      if (ends[i - len] && PINYIN_SYLLABLE.test(word.slice(i - len, i))) {
        ends[i] = true;
        break;
      }
    }
  }
  return ends[word.length]!;
}

/** The name in Western order: given names, then lower-case particles ("van", "de") and the family name. */
function western(words: string[]): CitationName | null {
  const family = words[words.length - 1]!;
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start--;
  const given = words.slice(0, start);
  if (SUFFIX.test(family) || !given.every(isCapitalised) || !isCapitalised(family)) return null;
  return { kind: 'western', family, given: given.join(' '), particle: words.slice(start, -1).join(' ') };
}

/** The reference form of one credited name; null when nothing is left of it. */
export function citationName(raw: string): CitationName | null {
  const name = unshout(stripEnd(cleanInline(raw).replace(/^[\s,;:.]+/, ''), /[\s,;:]/));
  if (!name) return null;
  // "Borger, Julian": the writer already said which part is the family name.
  // No \s* after the comma: it and [^,]+ could share a run of spaces (quadratic); the parts are trimmed anyway.
  const comma = /^([^,]+),([^,]+)$/.exec(name);
  if (comma && !VIETNAMESE_ONLY.test(name.normalize('NFD')))
    return { kind: 'western', family: comma[1]!.trim(), given: comma[2]!.trim(), particle: '' };
  const words = name.split(' ');
  if (words.length < 2 || VIETNAMESE_ONLY.test(name.normalize('NFD'))) return { kind: 'whole', name };
  const folded = words.map(foldForSearch);
  const first = folded[0]!;
  const last = folded[folded.length - 1]!;
  const marked = /\p{M}/u.test(name.normalize('NFD'));
  if (SURNAMES.has(first)) return { kind: 'whole', name };
  // Vietnamese syllables with their marks ("Tùng Nguyên", "Lê Ánh"): a Vietnamese name in its own order.
  if (marked && folded.every((w) => VN_SYLLABLE.test(w))) return { kind: 'whole', name };
  // "Dat Nguyen": a Vietnamese name turned round, unaccented, for an English-language page.
  if (!marked && STRONG.has(last)) return western(words) ?? { kind: 'whole', name };
  // Korean given names are hyphenated and written after the surname ("Moon Jae-in").
  if (words.slice(1).some((w) => /\p{L}-\p{Ll}/u.test(w))) return { kind: 'whole', name };
  if (folded.every((w) => VN_SYLLABLE.test(w) || isPinyin(w))) return { kind: 'whole', name };
  return western(words) ?? { kind: 'whole', name };
}

/** The name as a reader writes it in running text: "Nguyễn Văn An", "Julian van Borger". */
export function displayName(n: CitationName): string {
  return n.kind === 'whole' ? n.name : [n.given, n.particle, n.family].filter(Boolean).join(' ');
}

/** The part a list of references is sorted and keyed by: the whole name, or the family name. */
export function sortName(n: CitationName): string {
  return n.kind === 'whole' ? n.name : [n.particle, n.family].filter(Boolean).join(' ');
}
