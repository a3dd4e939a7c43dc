// The one owner of merging notes. Two versions with no common text to start from (a backup and the library, a
// deleted digest and the same article saved again): joinNotes keeps both. Two windows editing the same note:
// mergeNotes, a three-way merge.
//
// Two windows editing the same note. Each window saves its text together with the text it started from
// (`base`: what it last loaded or saved). When the stored note is still `base`, the save simply wins. When
// another window changed it meanwhile, the two edits are merged so that no typed text is lost:
//   - my edit is a single change (typing at the end, a word replaced in the middle...) in a part of the note
//     the other window did not touch → it is applied to their text: both edits kept, no marker;
//   - both started from an empty note → theirs, a blank line, mine;
//   - otherwise (both changed the same part) → their text, then a marker line, then mine: both kept in full,
//     the user tidies up. The caller shows the merged text and says that another window edited the note.
// Deletions can come back in the second case; typed text never disappears.

/** The line put between two versions that could not be merged. */
export const CONFLICT_MARKER = '──── Ghi chú từ cửa sổ khác / from another window ────';

export interface NotesMerge {
  notes: string;
  /** 'clean': my text written or applied to theirs; 'kept-theirs': mine changed nothing; 'both': kept with the marker. */
  outcome: 'mine' | 'kept-theirs' | 'clean' | 'both';
}

/** `text` without the line breaks at its start or end (a loop, not a pattern: linear on any text). */
function withoutEdgeBreaks(text: string, edge: 'start' | 'end'): string {
  let a = 0;
  let b = text.length;
  if (edge === 'start') while (a < b && (text[a] === '\n' || text[a] === '\r')) a++;
  else while (b > a && (text[b - 1] === '\n' || text[b - 1] === '\r')) b--;
  return text.slice(a, b);
}

export function mergeNotes(base: string, mine: string, theirs: string): NotesMerge {
  if (theirs === base || theirs === mine) return { notes: mine, outcome: 'mine' };
  if (mine === base) return { notes: theirs, outcome: 'kept-theirs' };
  // Both windows started from an empty note: two notes of their own, theirs first, a blank line apart (applied
  // at the same place, they would be glued: "B1" + "A1" → "B1A1").
  if (base === '')
    return { notes: `${withoutEdgeBreaks(theirs, 'end')}\n\n${withoutEdgeBreaks(mine, 'start')}`, outcome: 'clean' };
  // My change relative to base: base[start, baseEnd) became mine[start, mineEnd).
  let start = 0;
  const max = Math.min(base.length, mine.length);
  while (start < max && base[start] === mine[start]) start++;
  let tail = 0;
  while (tail < max - start && base[base.length - 1 - tail] === mine[mine.length - 1 - tail]) tail++;
  const baseEnd = base.length - tail;
  const inserted = mine.slice(start, mine.length - tail);
  // They only changed what lies after my change: apply mine at the same place.
  if (theirs.startsWith(base.slice(0, baseEnd))) {
    return { notes: theirs.slice(0, start) + inserted + theirs.slice(baseEnd), outcome: 'clean' };
  }
  // They only changed what lies before my change: apply mine at the same distance from the end.
  const after = base.slice(start);
  if (theirs.endsWith(after)) {
    const at = theirs.length - after.length;
    return { notes: theirs.slice(0, at) + inserted + theirs.slice(at + (baseEnd - start)), outcome: 'clean' };
  }
  return { notes: `${theirs.trimEnd()}\n\n${CONFLICT_MARKER}\n${mine.trimStart()}`, outcome: 'both' };
}

/**
 * Two versions of a note with no common base (import, undo over a newer save), joined without losing or
 * repeating text: identical or contained → the longer; different → both, apart.
 */
export function joinNotes(mine: string, theirs: string): string {
  const a = mine.trim();
  const b = theirs.trim();
  if (b === '' || a.includes(b)) return mine;
  if (a === '' || b.includes(a)) return theirs;
  return `${mine.trimEnd()}\n\n---\n\n${theirs.trimStart()}`;
}
