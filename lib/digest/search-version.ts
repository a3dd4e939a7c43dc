// Which version of a digest's searchable text this is: it changes when the text a search reads changes (a
// refresh moves updatedAt; notes, tags and highlights change in place). An index keeps it beside each digest it
// holds, so comparing it with the record tells what to index again.
import type { Digest } from './types';

export function searchVersion(d: Pick<Digest, 'updatedAt' | 'notes' | 'tags' | 'highlights'>): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  mix(d.notes);
  for (const t of d.tags) mix(t);
  for (const x of d.highlights) {
    mix(x.quote);
    mix(x.comment);
  }
  return `${d.updatedAt}#${(h >>> 0).toString(36)}`;
}
