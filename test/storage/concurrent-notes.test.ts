// Two windows editing the same note (two store objects over one area, the shared lock between them): each
// saves with the text it started from; nothing either of them typed is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createQueueLock } from '../../lib/storage/key-value-area';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { CONFLICT_MARKER, mergeNotes } from '../../lib/storage/notes-merge';
import { makeArticle, makeEntities } from './fixtures';

async function twoWindows() {
  const area = createMemoryArea({ delay: () => new Promise((r) => setTimeout(r, Math.random() * 2)) });
  const lock = createQueueLock();
  const a = createDigestStore(area, { lock });
  const b = createDigestStore(area, { lock });
  const art = makeArticle(1);
  const { digest } = await a.saveDigest(art, makeEntities(art), 'page');
  await a.updateNotes(digest.id, 'Gặp Đại sứ.\n');
  return { a, b, id: digest.id };
}

describe('two windows, one note', () => {
  it('both type at the end: both additions kept, no marker', async () => {
    const { a, b, id } = await twoWindows();
    const base = 'Gặp Đại sứ.\n';
    const ra = await a.saveNotes(id, base + 'Cửa sổ A: EVFTA.\n', base);
    const rb = await b.saveNotes(id, base + 'Cửa sổ B: quốc phòng.\n', base);
    expect(ra.outcome).toBe('mine');
    expect(rb.outcome).toBe('clean');
    expect(rb.digest.notes).toBe('Gặp Đại sứ.\nCửa sổ B: quốc phòng.\nCửa sổ A: EVFTA.\n');
    // Window A keeps typing from what it saved; B's text stays.
    const rc = await a.saveNotes(id, ra.digest.notes + 'Thêm.', ra.digest.notes);
    expect(rc.digest.notes).toContain('Cửa sổ B: quốc phòng.');
    expect(rc.digest.notes).toContain('Cửa sổ A: EVFTA.\nThêm.');
    expect(rc.digest.notes).not.toContain(CONFLICT_MARKER);
  });

  it('edits in different parts merge; edits of the same words keep both versions with a marker', async () => {
    expect(mergeNotes('một hai ba', 'MỘT hai ba', 'một hai BA').notes).toBe('MỘT hai BA');
    expect(mergeNotes('một hai ba', 'một hai BA', 'MỘT hai ba').notes).toBe('MỘT hai BA');
    expect(mergeNotes('một hai ba', 'một HAI ba', 'một hai-hai ba').notes).toBe('một HAI-hai ba');
    const both = mergeNotes('một hai ba', 'một HAI ba', 'một hẻ ba');
    expect(both.outcome).toBe('both');
    expect(both.notes).toBe(`một hẻ ba\n\n${CONFLICT_MARKER}\nmột HAI ba`);
  });

  it('both windows start from an empty note: both notes kept, a blank line apart', async () => {
    expect(mergeNotes('', 'A1', 'B1')).toEqual({ notes: 'B1\n\nA1', outcome: 'clean' });
    expect(mergeNotes('', '\nA1', 'B1\n').notes).toBe('B1\n\nA1');
    const { a, b, id } = await twoWindows();
    await a.updateNotes(id, '');
    await a.saveNotes(id, 'B1', '');
    const r = await b.saveNotes(id, 'A1', '');
    expect(r.digest.notes).toBe('B1\n\nA1');
  });

  it('a window that changed nothing does not overwrite the other one', async () => {
    const { a, b, id } = await twoWindows();
    await a.saveNotes(id, 'Viết lại hoàn toàn.', 'Gặp Đại sứ.\n');
    const r = await b.saveNotes(id, 'Gặp Đại sứ.\n', 'Gặp Đại sứ.\n'); // a blur-flush with the stale text
    expect(r).toMatchObject({ outcome: 'kept-theirs', digest: { notes: 'Viết lại hoàn toàn.' } });
  });

  it('saving at the same moment from both windows loses neither text', async () => {
    const { a, b, id } = await twoWindows();
    const base = 'Gặp Đại sứ.\n';
    await Promise.all([a.saveNotes(id, base + 'AAA', base), b.saveNotes(id, 'Sửa: ' + base + 'BBB', base)]);
    const notes = (await a.getDigest(id))!.notes;
    expect(notes).toContain('AAA');
    expect(notes).toContain('BBB');
    expect(notes).toContain('Sửa: ');
  });

  it('property: with insertions only, the texts of both windows survive in order (each a subsequence of the merge)', () => {
    const within = (small: string, big: string) => {
      let i = 0;
      for (const ch of big) if (ch === small[i]) i++;
      return i === small.length;
    };
    const word = fc.stringMatching(/^[a-zđàáạảãâầấậẩẫ ]{0,8}$/);
    fc.assert(
      fc.property(word, word, word, word, word, fc.boolean(), (p, mid, s, mine, theirs, mineFirst) => {
        const base = p + mid + s;
        // Each window inserts its own text somewhere (start, middle or end).
        const my = mineFirst ? p + mine + mid + s : p + mid + mine + s;
        const their = mineFirst ? p + mid + theirs + s : theirs + p + mid + s;
        const merged = mergeNotes(base, my, their).notes;
        expect(within(my, merged)).toBe(true);
        expect(within(their, merged)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
