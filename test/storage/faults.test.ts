// Storage faults: a full quota, a write that fails, the service worker stopping half way through a write,
// slow writes interleaving. Hand-written cases for each fault, then fast-check sequences of library
// operations with faults aimed at random writes (invariants checked by test/support/fault-run.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKET_PREFIX, createDigestStore, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { StorageError } from '../../lib/storage/errors';
import { createQueueLock } from '../../lib/storage/key-value-area';
import { IMAGE_PREFIX, imageKey, imageSetKey } from '../../lib/storage/image-keys';
import { bytesToBase64, type ImageCapture } from '../../lib/images';
import { t } from '../../lib/i18n';
import { createFaultyArea, type FaultKind } from '../support/faulty-area';
import { stepArb } from '../support/fault-arbitraries';
import { ARTICLES, runFaultSequence, type Step } from '../support/fault-run';
import { storedLayout } from '../support/stored-layout';
import { makeArticle, makeEntities } from './fixtures';

const save = (store: ReturnType<typeof createDigestStore>, n: number, over = {}) => {
  const a = makeArticle(n, over);
  return store.saveDigest(a, makeEntities(a), 'page');
};

describe('each fault on its own', () => {
  it('quota: the save is refused with code "quota", earlier digests untouched, the message exists in vi and en', async () => {
    const area = createFaultyArea({ quotaBytes: 12_000 });
    const store = createDigestStore(area);
    const first = (await save(store, 1)).digest;
    await store.updateNotes(first.id, 'Ghi chú đã lưu');
    const before = new Map(area.data);
    const big = 'chữ '.repeat(5000);
    const err = await save(store, 2, { bodyText: big, bodyHtml: `<p>${big}</p>` }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('quota');
    expect(area.data).toEqual(before);
    expect(t('vi', 'storage.quota')).toMatch(/đầy/);
    expect(t('en', 'storage.quota')).toMatch(/full/);
    expect((await store.getDigest(first.id))?.notes).toBe('Ghi chú đã lưu');
  });

  it.each(['quota', 'fail'] as FaultKind[])(
    '%s on any write of a refresh, a notes edit or a delete: everything as before',
    async (fault) => {
      for (const op of ['refresh', 'notes', 'delete'] as const) {
        for (let at = 0; at < 2; at++) {
          let armed = false;
          let offset = 0;
          const area = createFaultyArea({ plan: (c) => (armed && c.n === at + offset ? fault : undefined) });
          const store = createDigestStore(area);
          const d = (await save(store, 1)).digest;
          await store.updateNotes(d.id, 'ghi chú');
          const before = new Map(area.data);
          offset = area.writes;
          armed = true;
          const run =
            op === 'refresh'
              ? save(store, 1, { title: 'mới' })
              : op === 'notes'
                ? store.updateNotes(d.id, 'khác')
                : store.deleteDigest(d.id);
          const err = await run.then(
            () => null,
            (e: unknown) => e,
          );
          if (area.injected[fault] === 0) continue; // the operation had fewer writes
          expect(err).toBeInstanceOf(StorageError);
          expect((err as StorageError).code).toBe(fault === 'quota' ? 'quota' : 'write-failed');
          // The record is exactly as before; a delete that failed after its index write is repaired back.
          expect(area.data.get(RECORD_PREFIX + d.id)).toBe(before.get(RECORD_PREFIX + d.id));
          armed = false;
          await store.reconcile();
          expect((await store.listSummaries()).map((s) => s.id)).toEqual([d.id]);
          expect(t('vi', 'storage.write-failed')).toBeTruthy();
        }
      }
    },
  );

  it('a restore whose record landed but whose leftover removal failed is reported done (fast-check counterexample)', async () => {
    // Found by the quota property below: the undo put the record back in its one set, then the removal of the
    // delete's image hold failed, and the undo was reported failed while the record was there.
    let failRemoval = false;
    const area = createFaultyArea({
      plan: (c) =>
        failRemoval && c.op === 'remove' && c.keys.some((k) => k.startsWith('imghold:')) ? 'fail' : undefined,
    });
    const store = createDigestStore(area);
    const d = (await save(store, 1)).digest;
    const deleted = (await store.deleteDigest(d.id, undefined, { keepImages: true }))!;
    failRemoval = true;
    await expect(store.restoreDigest(deleted)).resolves.toEqual({ outcome: 'restored' });
    expect(area.injected.fail).toBe(1);
    failRemoval = false;
    expect(await store.getDigest(d.id)).toEqual(deleted);
    await store.reconcile();
    const { report, summaries } = await store.inspect({ full: true });
    expect(report.index).toBe('ok');
    expect(summaries.map((s) => s.id)).toEqual([d.id]);
    // A delete whose removal fails is still reported failed: its record is still there.
    failRemoval = false;
    let failDelete = true;
    const area2 = createFaultyArea({
      plan: (c) =>
        failDelete && c.op === 'remove' && c.keys.some((k) => k.startsWith(RECORD_PREFIX)) ? 'fail' : undefined,
    });
    const store2 = createDigestStore(area2);
    const d2 = (await save(store2, 2)).digest;
    await expect(store2.deleteDigest(d2.id)).rejects.toBeInstanceOf(StorageError);
    failDelete = false;
    expect(await store2.getDigest(d2.id)).toEqual(d2);
  });

  it('a refresh whose dropped pictures could not be removed is reported done, and the next start removes them', async () => {
    const png = bytesToBase64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    const srcs = ['https://baoquocte.vn/a.png', 'https://baoquocte.vn/b.png'];
    const shown = (list: string[]) =>
      makeArticle(1, { images: list.map((src) => ({ src, alt: '', caption: null, credit: null })) });
    const capture = (list: string[]): ImageCapture => ({
      images: list.map((src) => ({ src, type: 'image/png', data: png })),
      skipped: [],
    });
    let failRemoval = false;
    const area = createFaultyArea({
      plan: (c) =>
        failRemoval && c.op === 'remove' && c.keys.some((k) => k.startsWith(IMAGE_PREFIX)) ? 'fail' : undefined,
    });
    const store = createDigestStore(area);
    const a = shown(srcs);
    const { digest } = await store.saveDigest(a, makeEntities(a), 'page', capture(srcs));
    const pictureKeys = () => [...area.data.keys()].filter((k) => k.startsWith(IMAGE_PREFIX)).sort();
    expect(pictureKeys()).toHaveLength(3); // the index and two pictures
    failRemoval = true;
    const b = shown([srcs[0]!]); // the article lost its second picture
    const r = await store.saveDigest(b, makeEntities(b), 'page', capture([srcs[0]!]));
    expect(area.injected.fail).toBe(1);
    expect((await store.getDigest(digest.id))?.article.images).toHaveLength(1);
    expect(r.digest.article.images).toHaveLength(1);
    expect(pictureKeys()).toHaveLength(3); // the dropped picture is still stored…
    failRemoval = false;
    expect(await store.reconcile()).toBe(true); // …until the next start
    expect(pictureKeys()).toEqual([imageSetKey(digest.id), imageKey(digest.id, 0)].sort());
    expect((await store.getImages(digest.id))?.images.map((i) => i.src)).toEqual([srcs[0]]);
    expect(await store.reconcile()).toBe(false);
  });

  it('crash half way through a save: the record is whole (old or new), and the next start repairs the index', async () => {
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      let r = seed;
      const rand = () => (r = (r * 48271) % 2147483647) / 2147483647;
      let crashAt = -1;
      // The crash hits the write that carries the record (after the journal): record, shard and url keys.
      let crashed = false;
      const area = createFaultyArea({
        rand,
        plan: (c) => {
          if (crashed || crashAt < 0 || c.n < crashAt || !c.keys.some((k) => k.startsWith(RECORD_PREFIX)))
            return undefined;
          crashed = true;
          return 'crash';
        },
      });
      const first = createDigestStore(area);
      const d = (await save(first, 1)).digest;
      await first.updateNotes(d.id, 'ghi chú của tôi');
      crashAt = area.writes; // from the next write on: the record + layout write of a refresh, or of a new digest
      await expect(save(first, seed % 2 ? 1 : 2, { title: 'Bản mới' })).rejects.toBeInstanceOf(StorageError);
      expect(area.dead).toBe(true);
      area.revive();
      const restarted = createDigestStore(area); // the worker's next start
      await restarted.reconcile();
      const stored = await restarted.getDigest(d.id);
      expect(stored?.notes).toBe('ghi chú của tôi');
      expect(['Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản 1', 'Bản mới']).toContain(stored?.article.title);
      const { report, summaries } = await restarted.inspect({ full: true });
      expect(report.index).toBe('ok');
      expect(report.unreadable).toEqual([]);
      outcomes.add(`${summaries.length}:${stored?.article.title}`);
    }
    // Across seeds the crash landed nothing, part, or all of the keys.
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('the library opening after a crash finishes the journaled repair (only those digests), without a whole rebuild', async () => {
    let crashNext = false;
    const area = createFaultyArea({
      rand: () => 0.5,
      plan: (c) =>
        crashNext && c.keys.some((k) => k.startsWith(RECORD_PREFIX)) ? ((crashNext = false), 'crash') : undefined,
    });
    const first = createDigestStore(area);
    for (let n = 0; n < 5; n++) await save(first, n);
    crashNext = true;
    await expect(save(first, 7)).rejects.toBeInstanceOf(StorageError);
    area.revive();
    const library = createDigestStore(area);
    const sets: string[][] = [];
    const set = area.set.bind(area);
    area.set = async (items) => {
      sets.push(Object.keys(items));
      return set(items);
    };
    const { summaries, report } = await library.inspect();
    expect(report.index).toBe('ok');
    expect(summaries.length === 5 || summaries.length === 6).toBe(true);
    // The repair wrote one shard and at most the url bucket of the interrupted save, not every digest's keys.
    expect(sets.flat().filter((k) => k.startsWith(BUCKET_PREFIX)).length).toBeLessThanOrEqual(1);
    expect(storedLayout(area.data)!.problems).toEqual([]);
  });

  it('slow writes from two windows interleave without losing a save or an edit', async () => {
    const area = createFaultyArea({ maxDelayMs: 3 });
    const lock = createQueueLock(); // the Web Lock every extension context shares
    const w1 = createDigestStore(area, { lock });
    const w2 = createDigestStore(area, { lock });
    const saved = await Promise.all([0, 1, 2, 3, 4, 5].map((n) => save(n % 2 ? w1 : w2, n)));
    await Promise.all(saved.map(({ digest }, i) => (i % 2 ? w2 : w1).setTags(digest.id, [`thẻ ${i}`])));
    await Promise.all(saved.map(({ digest }, i) => (i % 2 ? w1 : w2).updateNotes(digest.id, `ghi chú ${i}`)));
    for (const [i, { digest }] of saved.entries()) {
      expect(await w1.getDigest(digest.id)).toMatchObject({ tags: [`thẻ ${i}`], notes: `ghi chú ${i}` });
    }
    expect(await w1.reconcile()).toBe(false);
  });
});

/** A note typed into an article's note (never emptied), with a fault aimed at one of its writes. */
const typedArb: fc.Arbitrary<Step> = fc.record({
  op: fc.record({
    kind: fc.constant('notes' as const),
    n: fc.integer({ min: 0, max: ARTICLES - 1 }),
    text: fc.constantFrom('Ghi chú thêm', 'Cần theo dõi EVFTA', 'Hỏi lại Bộ Ngoại giao về hiệp định.'),
  }),
  fault: fc.option(fc.constantFrom<FaultKind>('quota', 'fail', 'crash'), { freq: 2, nil: undefined }),
  at: fc.integer({ min: 0, max: 2 }),
});

describe('random operation sequences with injected faults', () => {
  it('no acknowledged write is lost, nothing is half-written, errors are typed, the index is repairable', async () => {
    const totals = { faults: 0, crashes: 0, acked: 0, repairs: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 1e6 }),
        async (steps, seed) => {
          const stats = await runFaultSequence(steps, { seed });
          totals.faults += stats.faultsInjected;
          totals.crashes += stats.crashes;
          totals.acked += stats.acknowledged;
          totals.repairs += stats.indexRepairs;
          expect(stats.problems).toEqual([]);
          expect(stats).toMatchObject({
            lost: 0,
            halfWritten: 0,
            untypedErrors: 0,
            wrongCodes: 0,
            indexWrongAfterRecovery: 0,
          });
        },
      ),
      { numRuns: 150 },
    );
    // The generator really exercised the faults (not a vacuous pass).
    expect(totals.faults).toBeGreaterThan(100);
    expect(totals.crashes).toBeGreaterThan(20);
    expect(totals.acked).toBeGreaterThan(300);
  });

  it('with the kept search index: after every step, caught up, it holds each record as stored (notes typed included)', async () => {
    const totals = { faults: 0, crashes: 0, recordAlone: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(stepArb, typedArb), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 1e6 }),
        async (steps, seed) => {
          // Every article saved with a note first: a later note typed into it is written as the record alone.
          const noted: Step[] = Array.from({ length: ARTICLES }, (_, n) => [
            { op: { kind: 'save' as const, n, variant: 0 } },
            { op: { kind: 'notes' as const, n, text: 'Ghi chú' } },
          ]).flat();
          const stats = await runFaultSequence([...noted, ...steps], { seed, keptIndex: true });
          totals.faults += stats.faultsInjected;
          totals.crashes += stats.crashes;
          totals.recordAlone += stats.recordAloneWrites!;
          expect(stats.problems).toEqual([]);
          expect(stats).toMatchObject({ lost: 0, halfWritten: 0, untypedErrors: 0, keptIndexWrong: 0 });
        },
      ),
      { numRuns: 40 },
    );
    expect(totals.faults).toBeGreaterThan(20);
    expect(totals.crashes).toBeGreaterThan(5);
    // Not vacuous: notes typed were written as the record alone. The count varies with fast-check's random sizes
    // (87 in one run of 40 sequences, so a floor of 100 failed now and then with no store defect behind it).
    expect(totals.recordAlone).toBeGreaterThan(40);
  }, 120_000);

  it('with a small real quota, saves that do not fit are refused and nothing saved is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 25 }), async (steps) => {
        const stats = await runFaultSequence(steps, { quotaBytes: 9_000 });
        expect(stats.problems).toEqual([]);
        expect(stats.lost + stats.halfWritten + stats.untypedErrors).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('the runner does count data lost and half-written records (it is not vacuous)', async () => {
    const steps: Step[] = [
      { op: { kind: 'save', n: 0, variant: 0 } },
      { op: { kind: 'notes', n: 0, text: 'quan trọng' } },
      { op: { kind: 'save', n: 1, variant: 0 } },
      { op: { kind: 'tags', n: 1, tags: ['EU'] } },
    ];
    // Something removes a record behind the store's back, and tears another one.
    const stats = await runFaultSequence(steps, {
      afterStep: (i, area) => {
        if (i === 1)
          area.data.delete(
            RECORD_PREFIX + [...area.data.keys()].find((k) => k.startsWith(RECORD_PREFIX))!.slice(RECORD_PREFIX.length),
          );
        if (i === 3) for (const k of area.data.keys()) if (k.startsWith(RECORD_PREFIX)) area.data.set(k, '{"id":"x"}');
      },
    });
    expect(stats.lost).toBe(1);
    expect(stats.halfWritten).toBe(1);
  });
});
