// Keeping the kept search index: each write of the digest store becomes one new segment (the digests it wrote)
// plus tombstones for the versions it replaced or removed, in one database transaction; small segments are
// merged as they pile up, big ones when the page or the background is idle. A missed write (a context that
// stopped, a failed database write) and a first build are caught up from the store itself: the shards whose
// sequence number differs from the one the index holds are indexed again, a few at a time.
import { searchVersion, type Digest } from '../../digest';
import type { AcronymResolver } from '../../library';
import { PREPARED_SEQ, type DerivedIndex, type DerivedSource, type ReadProblem, type StoreChange } from '../../storage';
import { STORES, type SearchDb, type WriteOp } from './db';
import {
  emptyManifest,
  KEPT_FORMAT,
  MANIFEST_KEY,
  type Loc,
  type Manifest,
  type PosRecord,
  type SegColumns,
  type SegTable,
  type TermRecord,
} from './records';
import { buildSegment } from './segment-build';
import { mergeSegments, type SegmentParts } from './segment-merge';

/** Segments merged at once, and the level a segment of n live documents is at (log base MERGE_FAN). */
export const MERGE_FAN = 4;
export const levelOf = (n: number) => (n <= 1 ? 0 : Math.floor(Math.log(n) / Math.log(MERGE_FAN)));
/** Levels merged right after a write (at most MERGE_FAN × 15 documents), and by maintain() (up to 4,095 each). */
const INLINE_LEVEL = 1;
const MAX_LEVEL = 5;
/** A segment with this share of dead documents is written again without them. */
const DEAD_SHARE = 0.25;
/** Documents indexed per step of a catch-up (a few shards' records, read from storage.local). */
export const SYNC_DOCS = 256;

export interface KeptIndexOptions {
  acronymOf?: AcronymResolver;
}

export interface SyncProgress {
  /** Digests in shards the index is up to date with, and in all shards. */
  done: number;
  total: number;
  /** Unreadable records met while indexing (left out; the library's check reports them). */
  problems: ReadProblem[];
  /** The last step wrote to the index. */
  changed: boolean;
}

type Layout = NonNullable<Awaited<ReturnType<DerivedSource['shards']>>>;

/** The index against the store's layout: the shards it lags on, and the stamps of shards gone. */
function compare(layout: Layout, m: Manifest) {
  const stamps = m.epoch === layout.epoch ? m.stamps : {};
  const lagging = layout.shards.filter((s) => stamps[s.n] !== s.seq);
  const known = new Set(layout.shards.map((s) => String(s.n)));
  const vanished = Object.keys(stamps).filter((n) => !known.has(n));
  const total = layout.shards.reduce((n, s) => n + s.count, 0);
  const done = total - lagging.reduce((n, s) => n + s.count, 0);
  return {
    stamps,
    lagging,
    known,
    vanished,
    total,
    done,
    current: lagging.length === 0 && vanished.length === 0 && m.epoch === layout.epoch,
  };
}

export async function readManifest(db: SearchDb): Promise<Manifest | null> {
  const [meta] = await db.read([{ store: 'meta', get: [MANIFEST_KEY] }]);
  return (meta![0] as Manifest | undefined) ?? null;
}

/** The per-digest part of a change: versions written, versions gone. */
interface DocChange {
  put: Digest[];
  removed: string[];
  /** The shards' sequence numbers to note (null: leave the stamps as they are). */
  stamps: ((m: Manifest) => Record<string, number>) | null;
  epoch?: string;
}

export class KeptIndexWriter implements DerivedIndex {
  constructor(
    readonly db: SearchDb,
    private readonly options: KeptIndexOptions = {},
  ) {}

  /** The manifest; an index of another format (or none) is cleared and started empty. */
  async manifest(): Promise<Manifest> {
    const m = await readManifest(this.db);
    if (m && m.format === KEPT_FORMAT) return m;
    const fresh = emptyManifest();
    await this.db.write([
      ...STORES.map((store) => ({ store, clear: true as const })),
      { store: 'meta', put: [[MANIFEST_KEY, fresh]] },
    ]);
    return fresh;
  }

  async apply(change: StoreChange, read: (ids: string[]) => Promise<Digest[]>): Promise<void> {
    let m = await this.manifest();
    if (change.rebuilt === 0) {
      // A layout made from no record at all: the index holds nothing either, under the new epoch.
      m = { ...emptyManifest(), epoch: change.epoch, next: m.next, gen: m.gen + 1 };
      await this.db.write([
        ...STORES.map((store) => ({ store, clear: true as const })),
        { store: 'meta', put: [[MANIFEST_KEY, m]] },
      ]);
    }
    const put = new Map(change.put.map((d) => [d.id, d]));
    const removed = new Set(change.removed);
    const recheck = change.recheck.filter((id) => !put.has(id) && !removed.has(id));
    if (recheck.length > 0) {
      const found = new Map((await read(recheck)).map((d) => [d.id, d]));
      for (const id of recheck) {
        const d = found.get(id);
        if (d) put.set(id, d);
        else removed.add(id);
      }
    }
    // Shards of another epoch (a rebuilt layout, an index never caught up) are left to sync().
    m = await this.write(m, {
      put: [...put.values()],
      removed: [...removed],
      stamps:
        m.epoch === change.epoch
          ? (cur) => {
              const stamps = { ...cur.stamps };
              // A shard's number moves on only when the index held the shard as it was before this write.
              for (const s of change.shards) if ((stamps[s.n] ?? null) === s.before) stamps[s.n] = s.after;
              return stamps;
            }
          : null,
    });
    await this.mergeSmall(m);
  }

  /**
   * Before a write that changes records of these shards without moving their numbers (DerivedIndex.prepare):
   * each shard the index is current with is stamped PREPARED_SEQ, which the write's apply moves back to its
   * number; a shard already lagging stays as it is (its catch-up is due anyway).
   */
  async prepare(epoch: string, shards: readonly { n: number; seq: number }[]): Promise<void> {
    const m = await this.manifest();
    if (m.epoch !== epoch) return;
    const marked = shards.filter((s) => m.stamps[s.n] === s.seq);
    if (marked.length === 0) return;
    const stamps = { ...m.stamps };
    for (const s of marked) stamps[s.n] = PREPARED_SEQ;
    // The segments are unchanged: readers keep what they hold (same generation).
    await this.db.write([{ store: 'meta', put: [[MANIFEST_KEY, { ...m, stamps } satisfies Manifest]] }]);
  }

  /** Writes one change: a segment for the digests put, tombstones for the versions they replace or remove. */
  private async write(m: Manifest, c: DocChange): Promise<Manifest> {
    const ids = [...c.put.map((d) => d.id), ...c.removed];
    const [locs] = ids.length ? await this.db.read([{ store: 'loc', get: ids }]) : [[]];
    const dying = new Map<number, number[]>();
    (locs as (Loc | undefined)[]).forEach((loc) => {
      if (!loc) return;
      const list = dying.get(loc.g) ?? [];
      list.push(loc.l);
      dying.set(loc.g, list);
    });
    const gs = [...dying.keys()];
    const [tombs] = gs.length ? await this.db.read([{ store: 'tomb', get: gs }]) : [[]];
    const ops: WriteOp[] = [];
    const segs = m.segs.map((s) => ({ ...s }));
    const tombPuts: [number, number[]][] = [];
    gs.forEach((g, i) => {
      const dead = new Set((tombs![i] as number[] | undefined) ?? []);
      for (const l of dying.get(g)!) dead.add(l);
      tombPuts.push([g, [...dead].sort((a, b) => a - b)]);
      const info = segs.find((s) => s.g === g);
      if (info) info.dead = dead.size;
    });
    if (tombPuts.length) ops.push({ store: 'tomb', put: tombPuts });
    let next = m.next;
    if (c.put.length > 0) {
      const g = next++;
      const seg = buildSegment(g, c.put, this.options.acronymOf);
      ops.push(...segmentWrites(seg));
      ops.push({ store: 'docs', put: seg.docs }, { store: 'ents', put: seg.ents });
      ops.push({
        store: 'loc',
        put: seg.table.ids.map((id, l) => [id, { v: seg.cols.versions[l]!, g, l } satisfies Loc]),
      });
      segs.push({ g, n: c.put.length, dead: 0 });
    }
    if (c.removed.length > 0)
      for (const store of ['loc', 'docs', 'ents'] as const) ops.push({ store, delete: c.removed });
    const written: Manifest = {
      ...m,
      gen: m.gen + 1,
      next,
      segs,
      epoch: c.epoch ?? m.epoch,
      stamps: c.stamps ? c.stamps(m) : m.stamps,
    };
    ops.push({ store: 'meta', put: [[MANIFEST_KEY, written]] });
    await this.db.write(ops);
    return written;
  }

  /** Merges after a write: only small segments, so a save stays cheap. */
  private async mergeSmall(m: Manifest): Promise<Manifest> {
    for (let i = 0; i < 4; i++) {
      const next = await this.mergeStep(m, INLINE_LEVEL);
      if (!next) break;
      m = next;
    }
    return m;
  }

  /** Everything merging can do now (the caller holds the store's lock); says whether it changed the index. */
  async maintain(): Promise<boolean> {
    let m = await this.manifest();
    let changed = false;
    for (;;) {
      const next = await this.mergeStep(m, MAX_LEVEL);
      if (!next) return changed;
      m = next;
      changed = true;
    }
  }

  /**
   * One step: drop the segments with no live document; else merge MERGE_FAN segments of the lowest level that
   * has as many (up to `maxLevel`); else rewrite a segment with many dead documents. Null when nothing to do.
   */
  private async mergeStep(m: Manifest, maxLevel: number): Promise<Manifest | null> {
    const empty = m.segs.filter((s) => s.dead >= s.n);
    if (empty.length > 0)
      return this.replace(
        m,
        empty.map((s) => s.g),
        [],
      );
    const byLevel = new Map<number, number[]>();
    for (const s of m.segs) {
      const level = levelOf(s.n - s.dead);
      if (level > maxLevel) continue;
      byLevel.set(level, [...(byLevel.get(level) ?? []), s.g]);
    }
    for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
      const gs = byLevel.get(level)!;
      if (gs.length >= MERGE_FAN) return this.replace(m, gs.slice(0, MERGE_FAN), gs.slice(0, MERGE_FAN));
    }
    const worn = m.segs.find((s) => s.n >= 8 && s.dead >= s.n * DEAD_SHARE && levelOf(s.n - s.dead) <= maxLevel);
    return worn ? this.replace(m, [worn.g], [worn.g]) : null;
  }

  /** Replaces segments `drop` by one segment holding the live documents of `merge` (a subset of them). */
  private async replace(m: Manifest, drop: number[], merge: number[]): Promise<Manifest> {
    const reads = drop.flatMap((g) => [
      { store: 'terms' as const, range: [g, g + 1] as [number, number], index: 'g' as const },
      { store: 'pos' as const, range: [g, g + 1] as [number, number], index: 'g' as const },
    ]);
    const [segTables, segCols, tombs, ...ranges] = await this.db.read([
      { store: 'segs', get: merge },
      { store: 'cols', get: merge },
      { store: 'tomb', get: merge },
      ...reads,
    ]);
    const ops: WriteOp[] = [];
    drop.forEach((g, i) => {
      const terms = ranges[2 * i] as TermRecord[];
      const pos = ranges[2 * i + 1] as PosRecord[];
      ops.push(
        { store: 'terms', delete: terms.map((t) => [t.w, g]) },
        { store: 'pos', delete: pos.map((p) => [p.w, g]) },
      );
    });
    ops.push({ store: 'segs', delete: drop }, { store: 'cols', delete: drop }, { store: 'tomb', delete: drop });
    let segs = m.segs.filter((s) => !drop.includes(s.g));
    let next = m.next;
    if (merge.length > 0) {
      const parts: SegmentParts[] = merge.map((g, i) => {
        const at = drop.indexOf(g);
        return {
          g,
          table: segTables![i] as SegTable,
          cols: segCols![i] as SegColumns,
          dead: new Set((tombs![i] as number[] | undefined) ?? []),
          terms: ranges[2 * at] as TermRecord[],
          pos: ranges[2 * at + 1] as PosRecord[],
        };
      });
      const g = next++;
      const merged = mergeSegments(g, parts);
      if (merged.moved.length > 0) {
        ops.push(...segmentWrites(merged));
        ops.push({ store: 'loc', put: merged.moved.map((x) => [x.id, { v: x.version, g, l: x.l } satisfies Loc]) });
        // The merged segment takes the place of the first one merged, so document numbers move little.
        const at = m.segs.findIndex((s) => s.g === merge[0]);
        const before = m.segs.slice(0, at).filter((s) => !drop.includes(s.g));
        segs = [...before, { g, n: merged.moved.length, dead: 0 }, ...segs.slice(before.length)];
      }
    }
    const written: Manifest = { ...m, gen: m.gen + 1, next, segs };
    ops.push({ store: 'meta', put: [[MANIFEST_KEY, written]] });
    await this.db.write(ops);
    return written;
  }

  /**
   * One step of catching up with the store (the caller holds the store's lock): the index's epoch and stamps
   * compared with the store's shards; the records of up to SYNC_DOCS digests of lagging shards indexed again,
   * records gone from storage dropped. `finished` when nothing lags.
   */
  async syncStep(
    source: DerivedSource,
    state: { checkedRemovals: boolean },
  ): Promise<SyncProgress & { finished: boolean }> {
    let m = await this.manifest();
    // No layout at all: nothing is stored (or a rebuild is under way); the index then holds nothing either.
    const layout = (await source.shards()) ?? { epoch: m.epoch, shards: [] };
    const { stamps, lagging, known, total, done, current } = compare(layout, m);
    if (current) return { done, total, problems: [], changed: false, finished: true };
    // Digests removed while the index was not told: once per catch-up, the record ids against the index's.
    let removed: string[] = [];
    if (!state.checkedRemovals) {
      const live = new Set(await source.recordIds());
      const [indexed] = await this.db.read([{ store: 'loc', keys: true }]);
      removed = (indexed as string[]).filter((id) => !live.has(id));
      state.checkedRemovals = true;
    }
    const chunk: typeof lagging = [];
    let docs = 0;
    for (const s of lagging) {
      if (chunk.length > 0 && docs + s.count > SYNC_DOCS) break;
      chunk.push(s);
      docs += s.count;
    }
    const problems: ReadProblem[] = [];
    const ids = chunk.length ? (await source.summaries(chunk.map((s) => s.n))).map((s) => s.id) : [];
    const put = ids.length ? await source.records(ids, problems) : [];
    const gone = new Set(removed);
    // Listed in a shard, but its record is gone or unreadable: not in the index either.
    const read = new Set(put.map((d) => d.id));
    for (const id of ids) if (!read.has(id)) gone.add(id);
    // A shard lags for one missed write (a popup closed before its index update): the digests the index holds at
    // the same version are not indexed again, so catching up costs what changed, not the shard.
    const [locs] = put.length ? await this.db.read([{ store: 'loc', get: put.map((d) => d.id) }]) : [[]];
    const changed = put.filter((d, i) => (locs![i] as Loc | undefined)?.v !== searchVersion(d));
    m = await this.write(m, {
      put: changed,
      removed: [...gone],
      epoch: layout.epoch,
      stamps: () => {
        const next: Record<string, number> = {};
        for (const [n, seq] of Object.entries(stamps)) if (known.has(n)) next[n] = seq;
        for (const s of chunk) next[s.n] = s.seq;
        return next;
      },
    });
    await this.mergeSmall(m);
    const left = lagging.slice(chunk.length);
    return { done: done + docs, total, problems, changed: true, finished: left.length === 0 };
  }

  /** How much of the store the index covers, from the shards' numbers alone (nothing read or indexed). */
  async coverage(source: DerivedSource): Promise<{ done: number; total: number; current: boolean }> {
    const read = await readManifest(this.db);
    const m = read && read.format === KEPT_FORMAT ? read : emptyManifest();
    const layout = (await source.shards()) ?? { epoch: m.epoch, shards: [] };
    const { done, total, current } = compare(layout, m);
    return { done, total, current };
  }
}

/** The records of a new segment (terms, positions, table, columns). */
function segmentWrites(seg: {
  g: number;
  terms: TermRecord[];
  pos: PosRecord[];
  table: SegTable;
  cols: SegColumns;
}): WriteOp[] {
  return [
    { store: 'terms', put: seg.terms.map((t) => [[t.w, seg.g], t]) },
    { store: 'pos', put: seg.pos.map((p) => [[p.w, seg.g], p]) },
    { store: 'segs', put: [[seg.g, seg.table]] },
    { store: 'cols', put: [[seg.g, seg.cols]] },
  ];
}

/**
 * Catches the index up with the store, one step per lock (so saves and edits interleave), yielding between
 * steps; `onProgress` hears after each. Returns the last progress.
 */
export async function syncKept(
  writer: KeptIndexWriter,
  source: DerivedSource,
  opts: { onProgress?: (p: SyncProgress) => void; pause?: () => Promise<void> } = {},
): Promise<SyncProgress> {
  const state = { checkedRemovals: false };
  const problems: ReadProblem[] = [];
  for (;;) {
    const step = await source.lock(() => writer.syncStep(source, state));
    problems.push(...step.problems);
    const progress = { done: step.done, total: step.total, problems, changed: step.changed };
    opts.onProgress?.(progress);
    if (step.finished) return progress;
    await (opts.pause ?? (() => new Promise<void>((r) => setTimeout(r, 0))))();
  }
}
