// The popup's Undo of a new save deletes the digest only if it is still what that save wrote: a note typed in
// the library meanwhile (or another save) keeps it, and the caller is told (the sibling of review1 defect 1).
import { expect, it } from 'vitest';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { makeArticle, makeEntities } from './fixtures';

it('deleteDigest(id, expected) keeps a record changed since `expected`, deletes an unchanged one', async () => {
  const area = createMemoryArea();
  const popup = createDigestStore(area);
  const library = createDigestStore(area);
  const a = makeArticle(1);
  const saved = await popup.saveDigest(a, makeEntities(a));
  await library.updateNotes(saved.digest.id, 'ghi chú trong thư viện');
  expect(await popup.deleteDigest(saved.digest.id, saved.digest)).toBeNull();
  expect((await popup.getDigest(saved.digest.id))?.notes).toBe('ghi chú trong thư viện');
  const b = makeArticle(2);
  const other = await popup.saveDigest(b, makeEntities(b));
  expect((await popup.deleteDigest(other.digest.id, other.digest))?.id).toBe(other.digest.id);
  expect(await popup.getDigest(other.digest.id)).toBeNull();
});
