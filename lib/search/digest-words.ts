// One digest cut into what an index keeps of it: for each folded word, the fields it is in, whether it is
// written without diacritics, the accented spellings written, and its positions. Positions skip one between
// fields, between the parts of a field ("·" between people) and at new lines, so no phrase spans two of them.
// The in-memory index and the kept index's segments are both built from this.
import type { Digest } from '../digest';
import { FIELD_BIT, FIELDS, fieldTexts } from './fields';
import { PLAIN_SPELLING } from './postings';
import { forEachToken } from './tokenize';

/** Positions skipped between fields and between the parts of a field. */
const GAP = 1;

export interface WordOccurrences {
  /** Fields the word is in (FIELD_BIT). */
  mask: number;
  /** PLAIN_SPELLING when written without diacritics somewhere (accented spellings are in `written`). */
  spellings: number;
  positions: number[];
  /** The distinct accented spellings as written (null: none). */
  written: string[] | null;
}

export interface DigestWords {
  words: Map<string, WordOccurrences>;
  /** Word position where each field (FIELDS order) starts, and one past the last. */
  starts: number[];
}

export function digestWords(d: Digest, acronymOf?: (name: string) => string | null): DigestWords {
  const texts = fieldTexts(d, acronymOf);
  const words = new Map<string, WordOccurrences>();
  const starts: number[] = [];
  let pos = 0;
  for (const f of FIELDS) {
    starts.push(pos);
    const bit = FIELD_BIT[f];
    const text = texts[f];
    let prevEnd = -1;
    forEachToken(text, (word, start, end, plain) => {
      // A new line or a part separator (" · ") between two words: not adjacent.
      if (prevEnd >= 0 && breaksPhrase(text, prevEnd, start)) pos += GAP;
      prevEnd = end;
      let occ = words.get(word);
      if (!occ) {
        occ = { mask: 0, spellings: 0, positions: [], written: null };
        words.set(word, occ);
      }
      occ.mask |= bit;
      if (plain) occ.spellings |= PLAIN_SPELLING;
      else {
        const raw = text.slice(start, end);
        if (!occ.written) occ.written = [raw];
        else if (!occ.written.includes(raw)) occ.written.push(raw);
      }
      occ.positions.push(pos++);
    });
    pos += GAP;
  }
  starts.push(pos);
  return { words, starts };
}

/** True when the characters between two words hold a new line or a part separator ("·"). */
function breaksPhrase(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0xb7) return true;
  }
  return false;
}
