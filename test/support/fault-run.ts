// Runs a sequence of library operations against the digest store over a FaultyArea, with a fault aimed at a
// chosen write of some operations, and checks after every step what users care about:
//   - every acknowledged write is in storage exactly (a later failure never takes it away);
//   - an operation that failed left its record either as before or fully as intended (never half-written);
//     after a failure that is not a crash, exactly as before;
//   - the error is a StorageError whose code the UI translates ('quota' for a full storage);
//   - after recovery (a new store object, reconcile() as the background does at startup) the index equals
//     the index rebuilt from the records.
// Used by test/storage/faults.test.ts (fast-check generates the sequences) and bench/sections/60-faults.ts.
import { isDeepStrictEqual } from 'node:util';
import { digestIdFor, makeDigest, urlKeyOf } from '../../lib/digest';
import type { Digest } from '../../lib/digest';
import {
  mergeDigest,
  planRestore,
  createDigestStore,
  RECORD_PREFIX,
  type DigestStore,
  StorageError,
  sameEntries,
  createQueueLock,
  checkRecord,
  summarise,
} from '../../lib/storage';
import { createMemorySearchDb, KeptIndex, KeptIndexWriter, searchVersion, type SearchDb } from '../../lib/search';
import type { DerivedIndex } from '../../lib/storage';
import { storedLayout } from './stored-layout';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { createFaultyArea, type FaultKind, type FaultyArea } from './faulty-area';

export type Op =
  | { kind: 'save'; n: number; variant: number }
  | { kind: 'notes'; n: number; text: string }
  | { kind: 'tags'; n: number; tags: string[] }
  | { kind: 'highlight'; n: number; quote: string }
  | { kind: 'delete'; n: number }
  | { kind: 'restore' }
  | { kind: 'import'; n: number; notes: string };

export interface Step {
  op: Op;
  /** The fault injected into the `at`-th write (set or remove) of this operation, if it gets that far. */
  fault?: FaultKind;
  at?: number;
}

export interface FaultStats {
  steps: number;
  acknowledged: number;
  /** Operations that failed (a fault, or the real quota). */
  failed: number;
  /** Edits of an article that is not saved (refused with 'not-found', as the UI never offers them). */
  notFound: number;
  faultsInjected: number;
  crashes: number;
  /** Acknowledged data (a record or a user edit) missing or changed afterwards. Must be 0. */
  lost: number;
  /** A record neither as before nor as intended by the failed operation. Must be 0. */
  halfWritten: number;
  /** A failure surfaced as something else than a StorageError with a translatable code. Must be 0. */
  untypedErrors: number;
  /** Writes refused by the real byte quota (FaultyArea's quotaBytes). */
  quotaRefusals: number;
  /** A quota fault reported with another code. Must be 0. */
  wrongCodes: number;
  /** Index out of step right after a failure (repaired by reconcile). */
  indexRepairs: number;
  /** Index repairs refused by a full storage (the listing is rebuilt in memory meanwhile). */
  repairsDeferred: number;
  /** Index still different from the rebuilt one after recovery. Must be 0. */
  indexWrongAfterRecovery: number;
  /**
   * Only with `keptIndex`: records the kept search index, caught up after the step, holds in another version (or
   * removed ones it still holds). Must be 0.
   */
  keptIndexWrong?: number;
  /** Only with `keptIndex`: edits written as the record alone (the index prepared first: a note typed). */
  recordAloneWrites?: number;
  problems: string[];
}

type Check = (d: Digest | null) => boolean;

export const ARTICLES = 4;

const variantOf = (n: number, variant: number) =>
  makeArticle(n, variant ? { title: `Tiêu đề ${n} bản ${variant}`, wordCount: 40 + variant } : {});
const idOf = (n: number) => digestIdFor(urlKeyOf(makeArticle(n)));
const same = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
const without = (d: Digest | null, fields: (keyof Digest)[]) => {
  if (!d) return null;
  const copy: Partial<Digest> = { ...d };
  for (const f of fields) delete copy[f];
  return copy;
};

export async function runFaultSequence(
  steps: Step[],
  options: {
    seed?: number;
    quotaBytes?: number;
    maxDelayMs?: number;
    /** Called after each step's operation, before the checks (the runner's own test tampers with storage here). */
    afterStep?: (index: number, area: FaultyArea) => void;
    /**
     * Every store keeps a kept search index (in memory, outside the faulty area; a stopped context tells it
     * nothing more), and after each step the index, caught up, must hold every record as it is.
     */
    keptIndex?: boolean;
  } = {},
): Promise<FaultStats> {
  let s = options.seed ?? 1;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  let current: { fault?: FaultKind; at: number; writes: number } = { at: 0, writes: 0 };
  const area = createFaultyArea({
    rand,
    quotaBytes: options.quotaBytes,
    maxDelayMs: options.maxDelayMs,
    plan: () => (current.writes++ === current.at ? current.fault : undefined),
  });
  let t = Date.parse('2025-06-01T08:00:00Z');
  const now = () => new Date((t += 1000));
  const searchDb = options.keptIndex ? createMemorySearchDb() : null;
  const open = () =>
    createDigestStore(area, {
      now,
      lock: createQueueLock(),
      ...(searchDb ? { derived: stoppable(searchDb, area, () => stats.recordAloneWrites!++) } : {}),
    });
  let store: DigestStore = open();
  const stats: FaultStats = {
    steps: 0,
    acknowledged: 0,
    failed: 0,
    notFound: 0,
    faultsInjected: 0,
    crashes: 0,
    lost: 0,
    halfWritten: 0,
    untypedErrors: 0,
    wrongCodes: 0,
    quotaRefusals: 0,
    indexRepairs: 0,
    repairsDeferred: 0,
    indexWrongAfterRecovery: 0,
    ...(searchDb ? { keptIndexWrong: 0, recordAloneWrites: 0 } : {}),
    problems: [],
  };
  const known: (Digest | null)[] = Array.from({ length: ARTICLES }, () => null);
  let lastDeleted: Digest | null = null;
  let repairPending = false;

  for (const step of steps) {
    stats.steps++;
    const { op } = step;
    const before = op.kind === 'restore' ? null : known[op.n];
    current = { fault: step.fault, at: step.at ?? 0, writes: 0 };
    const injectedBefore = area.injected.quota + area.injected.fail + area.injected.crash;
    // What each article may look like after this step: as before, or (for the target) as acknowledged/intended.
    const checks: Check[][] = known.map((d) => [(x) => same(x, d)]);
    let error: unknown = null;
    try {
      const acked = await apply(store, op, known, lastDeleted);
      stats.acknowledged++;
      if (acked.target !== null) checks[acked.target] = [(x) => same(x, acked.value)];
      if (op.kind === 'delete' && acked.value === null && before) lastDeleted = before;
      if (op.kind === 'restore') lastDeleted = null;
    } catch (err) {
      error = err;
      if (err instanceof StorageError && err.code === 'not-found') stats.notFound++;
      else stats.failed++;
    }
    options.afterStep?.(stats.steps - 1, area);
    const fired = area.injected.quota + area.injected.fail + area.injected.crash - injectedBefore;
    stats.faultsInjected += fired;
    const crashed = area.dead;
    if (error) {
      const notFound = error instanceof StorageError && error.code === 'not-found';
      if (!(error instanceof StorageError)) {
        stats.untypedErrors++;
        stats.problems.push(`step ${stats.steps} ${op.kind}: untyped error ${String(error)}`);
      } else if (fired && step.fault === 'quota' && error.code !== 'quota') stats.wrongCodes++;
      const realQuota = options.quotaBytes !== undefined && error instanceof StorageError && error.code === 'quota';
      if (realQuota) stats.quotaRefusals++;
      if (!fired && !notFound && !realQuota)
        stats.problems.push(`step ${stats.steps} ${op.kind}: failed without a fault: ${String(error)}`);
      // A crash may have landed part of the operation's keys: the target may now be fully as intended.
      if (crashed) {
        const target = op.kind === 'restore' ? (lastDeleted ? indexOfDigest(lastDeleted) : null) : op.n;
        if (target !== null) checks[target]!.push(intended(op, known[target] ?? null, lastDeleted));
      }
    }
    if (crashed) {
      stats.crashes++;
      area.revive();
      store = open(); // the worker's next start: a new store object
    }
    // Without a fault the index must already be right; after one, reconcile() (the background's startup
    // check) may repair it, and must leave it right.
    current = { at: -1, writes: 0 };
    let deferred = false;
    if (fired || error || repairPending) {
      if (!(await indexMatches(area))) stats.indexRepairs++;
      try {
        await store.reconcile();
      } catch (err) {
        // A full storage can refuse the repaired index too: then what the library lists must still be right
        // (inspect rebuilds in memory), and the repair is written by a later reconcile once there is room.
        if (!(err instanceof StorageError && err.code === 'quota')) throw err;
        deferred = true;
        if (!repairPending) stats.repairsDeferred++;
        const { summaries } = await store.inspect({ full: true });
        if (!sameEntries(summaries, recordEntries(area))) {
          stats.indexWrongAfterRecovery++;
          stats.problems.push(`step ${stats.steps} ${op.kind}: listing differs from the records with a full storage`);
        }
      }
    }
    repairPending = deferred; // retried after the next steps, as the library's next opening would
    if (!deferred && !(await indexMatches(area))) {
      stats.indexWrongAfterRecovery++;
      stats.problems.push(`step ${stats.steps} ${op.kind}: index differs from the records`);
    }
    for (let n = 0; n < ARTICLES; n++) {
      const actual = readRecord(area, n);
      if (checks[n]!.some((c) => c(actual))) {
        known[n] = actual;
        continue;
      }
      if (known[n] && !actual) stats.lost++;
      else stats.halfWritten++;
      stats.problems.push(
        `step ${stats.steps} ${op.kind}${step.fault ? `/${step.fault}` : ''}: article ${n} is ${JSON.stringify(without(actual, ['article', 'entities']))}`,
      );
      known[n] = actual;
    }
    if (lastDeleted && known[indexOfDigest(lastDeleted)]) lastDeleted = null; // it came back (a failed delete)
    if (searchDb && !deferred) {
      const wrong = await keptIndexDiffers(searchDb, store);
      stats.keptIndexWrong! += wrong.length;
      for (const w of wrong) stats.problems.push(`step ${stats.steps} ${op.kind}: kept index ${w}`);
    }
  }
  return stats;
}

/** The kept index's writer in a context that stops when the area crashes: nothing reaches it after that. */
function stoppable(db: SearchDb, area: FaultyArea, prepared: () => void): DerivedIndex {
  const writer = new KeptIndexWriter(db);
  const alive = () => (area.dead ? Promise.reject(new Error('the context stopped')) : Promise.resolve());
  return {
    prepare: (epoch, shards) =>
      alive()
        .then(() => writer.prepare(epoch, shards))
        .then(prepared),
    apply: (change, read) => alive().then(() => writer.apply(change, read)),
  };
}

/** The kept index caught up (as the library's next opening does), then compared with the records, id by id. */
async function keptIndexDiffers(db: SearchDb, store: DigestStore): Promise<string[]> {
  const source = store.derivedSource();
  await new KeptIndex(db).catchUp(source);
  const records = await store.getDigests(await source.recordIds());
  const [held] = await db.read([{ store: 'loc', keys: true }]);
  const [locs] = await db.read([{ store: 'loc', get: records.map((d) => d.id) }]);
  const wrong: string[] = [];
  records.forEach((d, i) => {
    const loc = locs![i] as { v: string } | undefined;
    if (loc?.v !== searchVersion(d)) wrong.push(`holds ${d.id} as ${loc?.v ?? 'nothing'}, not ${searchVersion(d)}`);
  });
  const stored = new Set(records.map((d) => d.id));
  for (const id of held as string[]) if (!stored.has(id)) wrong.push(`still holds the removed ${id}`);
  return wrong;
}

function indexOfDigest(d: Digest): number {
  for (let n = 0; n < ARTICLES; n++) if (idOf(n) === d.id) return n;
  return -1;
}

/** The record as stored (null when absent); unreadable counts as half-written by the caller. */
function readRecord(area: FaultyArea, n: number): Digest | null {
  const raw = area.data.get(RECORD_PREFIX + idOf(n));
  if (raw === undefined) return null;
  const checked = checkRecord(RECORD_PREFIX + idOf(n), JSON.parse(raw));
  return checked.ok ? checked.digest : ({ unreadable: checked.problem } as unknown as Digest);
}

function recordEntries(area: FaultyArea) {
  const records = [...area.data.keys()]
    .filter((k) => k.startsWith(RECORD_PREFIX))
    .map((k) => checkRecord(k, JSON.parse(area.data.get(k)!)));
  return records.flatMap((r) => (r.ok ? [summarise(r.digest)] : []));
}

async function indexMatches(area: FaultyArea): Promise<boolean> {
  const layout = storedLayout(area.data);
  const entries = recordEntries(area);
  return layout
    ? sameEntries(layout.summaries, entries) && layout.problems.length === 0 && !layout.journal
    : entries.length === 0;
}

/** What the target record looks like if a crashed operation did land in full. */
function intended(op: Op, before: Digest | null, lastDeleted: Digest | null): Check {
  switch (op.kind) {
    case 'save':
      return (d) =>
        !!d &&
        same(d.article, variantOf(op.n, op.variant)) &&
        same(d.notes, before?.notes ?? '') &&
        same(d.tags, before?.tags ?? []) &&
        same(d.highlights, before?.highlights ?? []);
    case 'notes':
      return (d) =>
        !!before && same(without(d, ['notesUpdatedAt']), without({ ...before, notes: op.text }, ['notesUpdatedAt']));
    case 'tags':
      return (d) => !!before && same(without(d, ['tags']), without(before, ['tags']));
    case 'highlight':
      return (d) =>
        !!before &&
        !!d &&
        same(without(d, ['highlights']), without(before, ['highlights'])) &&
        d.highlights.length === before.highlights.length + 1;
    case 'delete':
      return (d) => d === null;
    case 'restore':
      return (d) => same(d, restored(lastDeleted!, before));
    case 'import':
      return (d) => same(d, importedDigest(op, before));
  }
}

/** The stored digest after importing the backup copy: the copy when new, else merged with what was stored. */
function importedDigest(op: Extract<Op, { kind: 'import' }>, before: Digest | null): Digest {
  const a = variantOf(op.n, 9);
  const d = { ...makeDigest(a, makeEntities(a), 'page', new Date('2025-01-02T03:04:05Z')), notes: op.notes };
  return before ? mergeDigest(before, { ...d, id: before.id, urlKey: before.urlKey }) : { ...d, id: idOf(op.n) };
}

/** The record after undoing a delete: the deleted one, or the article saved again since with its work merged in. */
function restored(deleted: Digest, now: Digest | null): Digest | null {
  return planRestore(deleted, null, now).write ?? now;
}

/** Runs the operation; returns which article it changed and how (as acknowledged by the store). */
async function apply(
  store: DigestStore,
  op: Op,
  known: (Digest | null)[],
  lastDeleted: Digest | null,
): Promise<{ target: number | null; value: Digest | null }> {
  switch (op.kind) {
    case 'save': {
      const a = variantOf(op.n, op.variant);
      const r = await store.saveDigest(a, makeEntities(a), 'page');
      // A refresh keeps the user's notes, tags and highlights: anything else is data lost.
      const before = known[op.n];
      if (
        before &&
        !(
          same(r.digest.notes, before.notes) &&
          same(r.digest.tags, before.tags) &&
          same(r.digest.highlights, before.highlights)
        )
      ) {
        return { target: op.n, value: { ...r.digest, notes: '\u0000lost' } };
      }
      return { target: op.n, value: r.digest };
    }
    case 'notes':
      return { target: op.n, value: await store.updateNotes(idOf(op.n), op.text) };
    case 'tags':
      return { target: op.n, value: await store.setTags(idOf(op.n), op.tags) };
    case 'highlight': {
      const h = await store.addHighlight(idOf(op.n), { quote: op.quote });
      const before = known[op.n]!;
      return { target: op.n, value: { ...before, highlights: [...before.highlights, h] } };
    }
    case 'delete':
      await store.deleteDigest(idOf(op.n));
      return { target: op.n, value: null };
    case 'restore':
      if (!lastDeleted) return { target: null, value: null };
      await store.restoreDigest(lastDeleted);
      return {
        target: indexOfDigest(lastDeleted),
        value: restored(lastDeleted, known[indexOfDigest(lastDeleted)] ?? null),
      };
    case 'import': {
      const before = known[op.n];
      const a = variantOf(op.n, 9);
      const r = await store.importDigests([
        { ...makeDigest(a, makeEntities(a), 'page', new Date('2025-01-02T03:04:05Z')), notes: op.notes },
      ]);
      if (r.unchanged) return { target: null, value: null };
      return { target: op.n, value: importedDigest(op, before ?? null) };
    }
  }
}
