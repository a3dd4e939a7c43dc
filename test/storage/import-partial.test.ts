// An import that fails part way (storage full at its second chunk of 200) reports what was written and what was
// not (review1 defect 7): the chunks written stay, the counts say so, and the same file imported again after
// making room completes it without duplicating anything.
import { describe, expect, it } from 'vitest';
import { makeDigest } from '../../lib/digest';
import type { Digest } from '../../lib/digest';
import { PartialImportError } from '../../lib/storage/errors';
import { createDigestStore } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { makeArticle, makeEntities } from './fixtures';

const backup: Digest[] = Array.from({ length: 300 }, (_, i) => {
  const a = makeArticle(i + 1);
  return makeDigest(a, makeEntities(a), 'page', new Date('2025-06-01T00:00:00Z'));
});

/** Bytes the first 200 digests take once imported: the quota lets the first chunk land and not the second. */
async function bytesOfFirstChunk(): Promise<number> {
  const area = createMemoryArea();
  await createDigestStore(area).importDigests(backup.slice(0, 200));
  return (await area.getBytesInUse())!;
}

describe('an import stopped by a full storage', () => {
  it('throws PartialImportError with the counts written and not written; what landed is readable', async () => {
    const area = createMemoryArea({ quotaBytes: Math.round((await bytesOfFirstChunk()) * 1.2) });
    const store = createDigestStore(area);
    const err = await store.importDigests(backup).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PartialImportError);
    const partial = err as PartialImportError;
    expect(partial.code).toBe('quota');
    expect(partial.written).toEqual({ added: 200, merged: 0, unchanged: 0 });
    expect(partial.notWritten).toBe(100);
    expect(await store.count()).toBe(200);
    expect((await store.inspect({ full: true })).report.index).toBe('ok');
  });

  it('nothing written: a plain StorageError (the file is refused whole)', async () => {
    const store = createDigestStore(createMemoryArea({ quotaBytes: 2000 }));
    const err = await store.importDigests(backup).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeInstanceOf(PartialImportError);
    expect(err).toMatchObject({ code: 'quota' });
  });
});
