// Undo of a delete or of a refresh never overwrites a record written after the one it restores (review1 defect
// 1): the newer record stays, the restored version's notes, tags and highlights are added to it, and the caller
// is told ('newer-kept') so the user can be.
import { describe, expect, it } from 'vitest';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { makeArticle, makeEntities } from './fixtures';

function twoWindows() {
  const area = createMemoryArea();
  return { library: createDigestStore(area), popup: createDigestStore(area) };
}

describe('restoreDigest after a newer write', () => {
  it('undo of a delete keeps the same article saved again meanwhile, with its new note', async () => {
    const { library, popup } = twoWindows();
    const a = makeArticle(1);
    const { digest } = await library.saveDigest(a, makeEntities(a));
    await library.updateNotes(digest.id, 'ghi chú cũ');
    await library.addHighlight(digest.id, { id: 'h-old', quote: 'Nhật Bản', comment: 'cũ' });
    const deleted = (await library.deleteDigest(digest.id))!;
    const again = await popup.saveDigest(a, makeEntities(a));
    expect(again.digest.id).toBe(digest.id);
    await popup.updateNotes(again.digest.id, 'ghi chú mới');
    const r = await library.restoreDigest(deleted);
    expect(r.outcome).toBe('newer-kept');
    const now = (await library.getDigest(digest.id))!;
    expect(now.notes).toContain('ghi chú mới');
    expect(now.notes).toContain('ghi chú cũ');
    expect(now.savedAt).toBe(again.digest.savedAt);
    expect(now.highlights.map((h) => h.id)).toEqual(['h-old']);
    expect(await library.count()).toBe(1);
  });

  it('undo of a delete with nothing saved since puts the record back as it was', async () => {
    const { library } = twoWindows();
    const a = makeArticle(2);
    const { digest } = await library.saveDigest(a, makeEntities(a));
    const deleted = (await library.deleteDigest(digest.id))!;
    expect((await library.restoreDigest(deleted)).outcome).toBe('restored');
    expect(await library.getDigest(digest.id)).toEqual(digest);
  });

  it('undo of a refresh keeps a note typed after the refresh (and changes nothing else)', async () => {
    const { library, popup } = twoWindows();
    const a = makeArticle(3);
    await popup.saveDigest(a, makeEntities(a));
    const refreshed = await popup.saveDigest({ ...a, title: 'Tiêu đề mới' }, makeEntities(a));
    await library.updateNotes(refreshed.digest.id, 'ghi chú sau khi làm mới');
    const r = await popup.restoreDigest(refreshed.previous!, { replaced: refreshed.digest });
    expect(r.outcome).toBe('newer-kept');
    const now = (await popup.getDigest(refreshed.digest.id))!;
    expect(now.notes).toBe('ghi chú sau khi làm mới');
    expect(now.article.title).toBe('Tiêu đề mới');
  });

  it('undo of a refresh with nothing written since puts the earlier version back', async () => {
    const { popup } = twoWindows();
    const a = makeArticle(4);
    const first = await popup.saveDigest(a, makeEntities(a));
    const refreshed = await popup.saveDigest({ ...a, title: 'Tiêu đề mới' }, makeEntities(a));
    expect((await popup.restoreDigest(refreshed.previous!, { replaced: refreshed.digest })).outcome).toBe('restored');
    expect(await popup.getDigest(first.digest.id)).toEqual(first.digest);
  });

  it('undo of a refresh whose digest was deleted since writes nothing back', async () => {
    const { library, popup } = twoWindows();
    const a = makeArticle(5);
    await popup.saveDigest(a, makeEntities(a));
    const refreshed = await popup.saveDigest({ ...a, title: 'Tiêu đề mới' }, makeEntities(a));
    await library.deleteDigest(refreshed.digest.id);
    expect((await popup.restoreDigest(refreshed.previous!, { replaced: refreshed.digest })).outcome).toBe('newer-kept');
    expect(await popup.count()).toBe(0);
  });
});
