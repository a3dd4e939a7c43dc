// Two copies of the same article made one: the newest article, all of the user's work (notes, tags and
// highlights of both). Used by the store's import (DigestStore.importDigests, the one place an import is planned
// and written, with the matcher every save uses: lib/digest/url-match.ts) and by the undo of a delete over a
// newer save (lib/storage/restore.ts). Merging a copy already merged changes nothing.
import { addTags } from '../digest';
import type { Digest, Highlight } from '../digest';
import { joinNotes } from './notes-merge';
import { sameValue } from './index-check';

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** A highlight's content: everything but its id (the same words, place, comment and time are the same highlight). */
const contentOf = ({ id: _id, ...rest }: Highlight) => rest;

/**
 * Both sides' highlights, each content once: one already kept (under any id, also a copy an earlier import
 * made) is not added again, so importing the same backup twice changes nothing the second time.
 */
function mergeHighlights(mine: Highlight[], theirs: Highlight[]): Highlight[] {
  const out = [...mine];
  const ids = new Set(mine.map((h) => h.id));
  for (const h of theirs) {
    if (out.some((x) => sameValue(contentOf(x), contentOf(h)))) continue;
    // Same id, different content (edited on two machines, or after the backup): keep both rather than lose a comment.
    let id = h.id;
    for (let n = 1; ids.has(id); n++) id = n === 1 ? `${h.id}-imported` : `${h.id}-imported-${n}`;
    ids.add(id);
    out.push(id === h.id ? h : { ...h, id });
  }
  return out;
}

/** One digest from two copies of the same article: the newest article, all of the user's work. */
export function mergeDigest(mine: Digest, theirs: Digest): Digest {
  const newer = Date.parse(theirs.savedAt) > Date.parse(mine.savedAt) ? theirs : mine;
  const merged: Digest = {
    ...mine,
    savedAt: newer.savedAt,
    source: newer.source,
    article: newer.article,
    entities: newer.entities,
    notes: joinNotes(mine.notes, theirs.notes),
    notesUpdatedAt: later(mine.notesUpdatedAt, theirs.notesUpdatedAt),
    tags: addTags(mine.tags, theirs.tags),
    highlights: mergeHighlights(mine.highlights, theirs.highlights),
    updatedAt: later(mine.updatedAt, theirs.updatedAt)!,
  };
  // Nothing new came in: keep the stored record as it is, so the caller writes nothing.
  return sameValue(merged, mine) ? mine : merged;
}
