// Places the gazetteer does not know, learnt from the article itself: a capitalised name listed with two or
// more known places ("được Qatar, Ai Cập và Mỹ làm trung gian") is a place too, so that "Thủ tướng Qatar,
// Ngoại trưởng ..." later reads Qatar as the title's complement, not as a person.
import type { Token } from './tokens';
import type { Lexicon } from './lexicon';
import { readNameRun } from './shape';

interface Item {
  start: number;
  end: number;
  known: boolean;
}

/** Keys (token lows joined by spaces) of names listed with known places, at most two words each. */
export function listedPlaces(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const items = readList(lex, tokens, lows, joined, i);
    if (items.length === 0) {
      i++;
      continue;
    }
    const known = items.filter((it) => it.known).length;
    if (items.length >= 3 && known >= 2) {
      for (const it of items) if (!it.known && it.end - it.start <= 2) out.add(lows.slice(it.start, it.end).join(' '));
    }
    i = items[items.length - 1]!.end;
  }
  return out;
}

/** Capitalised items from token i joined by commas and a final "và"/"hoặc"; each item must end at a separator. */
function readList(
  lex: Lexicon,
  tokens: readonly Token[],
  lows: readonly string[],
  joined: (k: number) => boolean,
  i: number,
): Item[] {
  const items: Item[] = [];
  let k = i;
  while (k < tokens.length && tokens[k]!.cap) {
    const place = lex.places.match(lows, k, joined);
    const run = place ? null : readNameRun(tokens, k);
    const end = place ? k + place.length : run ? run.end : -1;
    if (end < 0) break;
    const next = tokens[end];
    // The item must stop here: "Mỹ Donald Trump" is not the item "Mỹ".
    if (next && /^[ \t]+$/.test(next.gap) && next.cap) break;
    items.push({ start: k, end, known: !!place });
    if (!next) break;
    if (next.gap.trim() === ',' && next.cap) {
      k = end;
      continue;
    }
    const after = tokens[end + 1];
    if (
      (lows[end] === 'và' || lows[end] === 'hoặc') &&
      /^[ \t]+$/.test(next.gap) &&
      after &&
      after.cap &&
      joined(end + 1)
    ) {
      k = end + 1;
      continue;
    }
    break;
  }
  return items;
}
