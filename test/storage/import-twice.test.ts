// Importing the same backup twice changes nothing the second time (review1 defect 3), through the product's
// import path (DigestStore.importDigests): a highlight edited after the backup is kept in both versions once,
// not copied again at every import.
import { describe, expect, it } from 'vitest';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { makeArticle, makeEntities } from './fixtures';

describe('re-importing the same backup', () => {
  it('a highlight edited after the backup: both versions kept once, the second import reports unchanged', async () => {
    const store = createDigestStore(createMemoryArea());
    const a = makeArticle(1);
    const { digest } = await store.saveDigest(a, makeEntities(a));
    const h = await store.addHighlight(digest.id, { id: 'h1', quote: 'Nhật Bản', comment: 'first' });
    const backup = [(await store.getDigest(digest.id))!];
    await store.removeHighlight(digest.id, 'h1');
    await store.addHighlight(digest.id, { ...h, comment: 'edited' });
    expect(await store.importDigests(backup)).toEqual({ added: 0, merged: 1, unchanged: 0 });
    const once = (await store.getDigest(digest.id))!;
    expect(once.highlights.map((x) => x.comment).sort()).toEqual(['edited', 'first']);
    expect(await store.importDigests(backup)).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect(await store.importDigests(backup)).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect(await store.getDigest(digest.id)).toEqual(once);
  });

  it('the same highlight under another id (a backup from another machine) is not added twice', async () => {
    const store = createDigestStore(createMemoryArea());
    const a = makeArticle(2);
    const { digest } = await store.saveDigest(a, makeEntities(a));
    const h = await store.addHighlight(digest.id, { id: 'h1', quote: 'Nhật Bản', comment: 'ghi chú' });
    const copy = { ...(await store.getDigest(digest.id))!, highlights: [{ ...h, id: 'h-other' }] };
    expect(await store.importDigests([copy])).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect((await store.getDigest(digest.id))!.highlights).toEqual([h]);
  });
});
