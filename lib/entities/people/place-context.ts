// Context that makes a capitalised name a place, a street or an institution rather than a person: a context
// word before it ("đường", "cầu", "TP", "Bộ"), a house number, or a list of streets or places it belongs to.
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import { isNameToken } from './shape';

/** "đường Trần Hưng Đạo", "cầu Tứ Liên", "TP Hà Nội", "73 Quán Sứ", "Bộ Ngoại giao", and street lists before token i. */
export function placeOrOrgContext(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
  orgs = true,
): boolean {
  // Cached per token array (0 unknown, 1 no, 2 yes), for both readings.
  let cache = contextCache.get(tokens);
  if (!cache) {
    cache = [new Uint8Array(tokens.length), new Uint8Array(tokens.length)];
    contextCache.set(tokens, cache);
  }
  const slot = cache[orgs ? 1 : 0]!;
  if (slot[i]) return slot[i] === 2;
  const answer = contextBefore(lex, tokens, lows, joined, i, orgs);
  slot[i] = answer ? 2 : 1;
  return answer;
}

const contextCache = new WeakMap<readonly Token[], Uint8Array[]>();

function contextBefore(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
  orgs: boolean,
): boolean {
  if (i === 0) return false;
  const gap = tokens[i]!.gap;
  if (inPlaceList(lex, tokens, lows, joined, i)) return true;
  if (!/^[ \t]*$/.test(gap) && gap !== '.') return false;
  const prev = tokens[i - 1]!;
  // "số 54 Hai Bà Trưng" is an address; "năm 2015 Trần Thị Bình" is a year before a name.
  if (/^\d/.test(prev.text)) return !(/^\d{4}$/.test(prev.text) && (lows[i - 2] === 'năm' || lows[i - 2] === 'từ'));
  // "TP Hồ Chí Minh": an abbreviated place noun.
  if (prev.upper && lex.placeContext.match(lows, i - 1, joined)) return true;
  // "Trường THCS Lê Quý Đôn", "Bệnh viện K": acronyms between the context word and the name.
  let end = i;
  while (end > 0 && tokens[end - 1]!.upper && /^[ \t.]*$/.test(tokens[end]!.gap)) end--;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const k = end - back;
    const ctx = lex.placeContext.match(lows, k, joined) ?? (orgs ? lex.orgHeads.match(lows, k, joined) : null);
    // "gia đình Chadwick", "yêu cầu Navalny", "đồng đội Xuân Trường": the context word ends another word here.
    if (ctx && ctx.length === 1 && k > 0 && NOT_CONTEXT.has(`${lows[k - 1]} ${lows[k]}`)) continue;
    // "Nhật Bản Iwaya": "Bản" ends a place's name here, it is not the word "bản" (village).
    const insideName = tokens[k]!.cap && k > 0 && isNameToken(tokens[k - 1]!) && /^[ \t]+$/.test(tokens[k]!.gap);
    // "tại TP.HCM Susan Burns": after a preposition the acronyms are the place, the name is not in it.
    const acronymPlace = end < i && lex.placePrepositions.has(lows[k]!);
    if (ctx && k + ctx.length === end && !insideName && !acronymPlace) return true;
  }
  return thingBefore(lex, tokens, lows, joined, i);
}

/** Words that end the description of a thing: its owner or maker is another name ("phim của đạo diễn X"). */
const THING_BREAKS = new Set(['của', 'với', 'và', 'cho', 'do', 'bởi', 'cùng', 'là', 'như']);

/**
 * "mẫu smartphone màn hình gập Mi Mix Fold", "bộ phim hoạt hình Frozen": a thing noun, then up to three lower-case
 * words describing it, then the name: the name is the thing's.
 */
function thingBefore(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (!joined(k + 1) || tokens[k]!.cap || THING_BREAKS.has(lows[k]!)) return false;
    for (let s = Math.max(0, k - 1); s <= k; s++) {
      const noun = lex.thingNouns.match(lows, s, joined);
      if (noun && s + noun.length === k + 1 && i - (k + 1) <= 3 && i - (k + 1) >= 1) return true;
    }
  }
  return false;
}

/** Words whose last syllable is a place, body or thing noun ("đình", "cầu", "trường", "đội", "hội", "sở", "báo"). */
const NOT_CONTEXT = new Set([
  'gia đình',
  'yêu cầu',
  'nhu cầu',
  'toàn cầu',
  'địa cầu',
  'thị trường',
  'môi trường',
  'lập trường',
  'hiện trường',
  'đồng đội',
  'cơ hội',
  'xã hội',
  'cơ sở',
  'thông báo',
  'cảnh báo',
  'dự báo',
  'nhiệm vụ',
  'phục vụ',
  'đồng hồ',
]);

/** Items of a list of streets: "các ngả đường như Lê Lợi, Nguyễn Huệ, Phạm Ngọc Thạch...". */
function inPlaceList(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
): boolean {
  // Walk back over capitalised list items (joined by spaces, commas or "và") to the word before the first one.
  let k = i;
  while (k > 0 && i - k < 40) {
    const gap = tokens[k]!.gap.trim();
    const prev = tokens[k - 1]!;
    if ((gap === '' || gap === ',' || gap === '-') && isNameToken(prev)) {
      k--;
      continue;
    }
    if (gap === '' && prev.low === 'và' && k >= 2 && isNameToken(tokens[k - 2]!)) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k === i && !/^(như|gồm|là)$/.test(lows[i - 1] ?? '')) return false;
  // Streets need no more; other places ("các tỉnh đông bắc như Udon Thani") need "như"/"gồm" before the list.
  const introduced = /^(như|gồm)$/.test(lows[k - 1] ?? '');
  for (let back = 1; back <= 4 && k - back >= 0; back++) {
    const w = lows[k - back]!;
    // "đường chuyền hỏng của Lucas Vazquez, Dani Garcia": after "của" the list is of owners, not of streets.
    if (w === 'của') break;
    if (w === 'đường' || w === 'phố' || w === 'tuyến' || w === 'ngả' || w === 'con đường') return true;
    const noun = introduced ? lex.placeListNouns.match(lows, k - back, joined) : null;
    if (noun && k - back + noun.length <= k) return true;
    if (tokens[k - back + 1]!.gap.trim() !== '') break;
  }
  return false;
}
