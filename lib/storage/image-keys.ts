// A digest's kept images in storage.local (the "keep images in the library" setting), beside its record:
//   img:<id>       ImageSetIndex: which pictures are kept (their address, format, size, and their key's n) and
//                  which of the digest's images could not be kept, with the reason (the digest says so)
//   img:<id>:<n>   one KeptImage: { src, type, data } with the bytes as base64, at most IMAGE_CAPS.imageBytes
// Written in the same storage.local.set as the record (a save, a restore), removed with it (a delete). Each
// picture key names its own address, so a set cut short by a crash can never show a picture under another
// picture's address: at worst a picture is missing and the digest loads it as an address again.
import {
  IMAGE_CAPS,
  base64Bytes,
  checkKeptImage,
  checkSkipped,
  type ImageCapture,
  type KeptImage,
  type SkippedImage,
} from '../images';
import { RECORD_PREFIX } from './layout';

export const IMAGE_PREFIX = 'img:';
export const imageSetKey = (id: string) => `${IMAGE_PREFIX}${id}`;
export const imageKey = (id: string, n: number) => `${IMAGE_PREFIX}${id}:${n}`;

export interface ImageSetEntry {
  n: number;
  src: string;
  type: string;
  /** The picture's size in bytes (decoded). */
  bytes: number;
}

export interface ImageSetIndex {
  items: ImageSetEntry[];
  skipped: SkippedImage[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored index read without trusting it; null when absent or damaged (the pictures are then not shown). */
export function readImageSetIndex(raw: unknown): ImageSetIndex | null {
  if (!isObject(raw) || !Array.isArray(raw.items)) return null;
  const items = raw.items.filter(
    (e: unknown): e is ImageSetEntry =>
      isObject(e) &&
      Number.isInteger(e.n) &&
      (e.n as number) >= 0 &&
      typeof e.src === 'string' &&
      typeof e.type === 'string' &&
      typeof e.bytes === 'number',
  );
  const skipped = (Array.isArray(raw.skipped) ? raw.skipped : []).flatMap((s: unknown) => checkSkipped(s) ?? []);
  return { items, skipped };
}

/**
 * A hold: the pictures of digest <id>, deleted while its undo is offered (the library's delete with `keepImages`),
 * stay stored although no record owns them. Written in the delete's own set, removed when the offer ends
 * (releaseImages) or the undo puts the record back, and ignored once `until` has passed: a hold never released
 * (the window closed, the browser crashed) protects nothing after IMAGE_HOLD_MS: the first start-up check after
 * that removes it with the pictures.
 */
export const IMAGE_HOLD_PREFIX = 'imghold:';
export const imageHoldKey = (id: string) => `${IMAGE_HOLD_PREFIX}${id}`;
/**
 * How long a hold lasts: one day. The library's offer lasts 10 s unless the pointer or the keyboard's focus
 * stays on it, and the library ends an offer before its hold expires, so a day is never reached by a user and
 * bounds what a lost hold keeps.
 */
export const IMAGE_HOLD_MS = 24 * 60 * 60 * 1000;

export interface ImageHold {
  /** When the hold ends, in ms since the epoch. */
  until: number;
}

export const newImageHold = (nowMs: number): ImageHold => ({ until: nowMs + IMAGE_HOLD_MS });

/**
 * Whether a stored hold still holds at `nowMs`. A damaged value, or one further ahead than a hold made now could
 * be (a clock set back by more than a day), holds nothing: no hold may keep pictures for ever.
 */
export function holdsAt(raw: unknown, nowMs: number): boolean {
  if (!isObject(raw) || typeof raw.until !== 'number' || !Number.isFinite(raw.until)) return false;
  return raw.until > nowMs && raw.until - nowMs <= 2 * IMAGE_HOLD_MS;
}

/** The digest ids of the hold keys in a listing. */
export const heldIdsIn = (keys: readonly string[]): string[] =>
  keys.filter((k) => k.startsWith(IMAGE_HOLD_PREFIX)).map((k) => k.slice(IMAGE_HOLD_PREFIX.length));

/**
 * The picture keys of `keys` (a listing of the whole area) whose digest has no record and no live hold (`held`:
 * the ids whose hold has not expired): a set cut short by a crash that landed pictures without their record, a
 * record deleted by a version before kept images, or a delete whose undo is no longer offered. They are never
 * shown and only count in the usage line. Decided from the listing alone (no picture or record read). An imported
 * id may itself hold ':', so a key belongs to a record when any of its readings (the whole rest, or the part
 * before any ':') is a record's or a held id.
 */
export function orphanImageKeys(keys: readonly string[], held: ReadonlySet<string> = new Set()): string[] {
  const ids = new Set(keys.filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length)));
  for (const id of held) ids.add(id);
  const owned = (rest: string) => {
    if (ids.has(rest)) return true;
    for (let i = rest.indexOf(':'); i >= 0; i = rest.indexOf(':', i + 1)) if (ids.has(rest.slice(0, i))) return true;
    return false;
  };
  return keys.filter((k) => k.startsWith(IMAGE_PREFIX) && !owned(k.slice(IMAGE_PREFIX.length)));
}

/** Every key a stored set occupies. */
export function imageSetKeys(id: string, index: ImageSetIndex | null): string[] {
  return index ? [imageSetKey(id), ...index.items.map((e) => imageKey(id, e.n))] : [];
}

export interface ImageWrite {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * What to write and remove so that the kept set of digest `id` follows a save, a refresh or a restore.
 * `shown`: the addresses of the images the digest now shows. `capture`: the pictures read now (null: none were,
 * the setting is off). Pictures read now are written (a picture already kept keeps its key); a kept picture the
 * digest still shows stays kept, unwritten, even when it could not be read this time (a refresh never loses a
 * picture the article still has); a kept picture the digest no longer shows is removed. The pictures read now
 * come first under the digest's cap, then those kept before.
 */
export function planImageWrite(
  id: string,
  shown: readonly string[],
  old: ImageSetIndex | null,
  capture: ImageCapture | null,
): ImageWrite {
  const out: ImageWrite = { set: {}, remove: [] };
  if (!old && (!capture || (!capture.images.length && !capture.skipped.length))) return out;
  const showing = new Set(shown);
  const oldBySrc = new Map((old?.items ?? []).map((e) => [e.src, e]));
  const used = new Set((old?.items ?? []).map((e) => e.n));
  let free = 0;
  const nextN = () => {
    while (used.has(free)) free++;
    used.add(free);
    return free;
  };
  const items: ImageSetEntry[] = [];
  let total = 0;
  const fresh = new Set<string>();
  for (const image of capture?.images ?? []) {
    if (!showing.has(image.src) || fresh.has(image.src)) continue;
    const bytes = base64Bytes(image.data);
    if (total + bytes > IMAGE_CAPS.digestBytes) continue;
    total += bytes;
    fresh.add(image.src);
    const n = oldBySrc.get(image.src)?.n ?? nextN();
    items.push({ n, src: image.src, type: image.type, bytes });
    out.set[imageKey(id, n)] = { src: image.src, type: image.type, data: image.data } satisfies KeptImage;
  }
  for (const e of old?.items ?? []) {
    if (fresh.has(e.src)) continue;
    if (showing.has(e.src) && total + e.bytes <= IMAGE_CAPS.digestBytes) {
      total += e.bytes;
      items.push(e);
    } else out.remove.push(imageKey(id, e.n));
  }
  const keptSrcs = new Set(items.map((e) => e.src));
  const skipped = (capture ? capture.skipped : (old?.skipped ?? [])).filter(
    (s) => showing.has(s.src) && !keptSrcs.has(s.src),
  );
  // The index in the article's order.
  const order = new Map(shown.map((src, i) => [src, i]));
  items.sort((a, b) => order.get(a.src)! - order.get(b.src)!);
  if (items.length || skipped.length) out.set[imageSetKey(id)] = { items, skipped } satisfies ImageSetIndex;
  else out.remove.push(imageSetKey(id));
  return out;
}

/** The stored picture keys of `old` that `plan` overwrites or removes (their values are read before it is written). */
export function keysReplacedBy(id: string, old: ImageSetIndex | null, plan: ImageWrite): string[] {
  const touched = new Set([...Object.keys(plan.set), ...plan.remove]);
  return (old?.items ?? []).map((e) => imageKey(id, e.n)).filter((k) => touched.has(k));
}

/**
 * `plan` without the pictures it would write with the bytes already stored (a refresh that reads a picture again
 * rewrites nothing), and what it replaces of the stored set `old`: the pictures it overwrites with other bytes or
 * removes (`stored`: their values, keysReplacedBy) with the set's skipped list, as an ImageCapture that
 * restoreDigest puts back with the earlier record (undo of a refresh); null when the write touches no image key.
 */
export function trimImageWrite(
  id: string,
  old: ImageSetIndex | null,
  plan: ImageWrite,
  stored: Record<string, unknown>,
): { write: ImageWrite; replaced: ImageCapture | null } {
  const set = { ...plan.set };
  const images: KeptImage[] = [];
  for (const e of old?.items ?? []) {
    const key = imageKey(id, e.n);
    const before = checkKeptImage(stored[key]);
    if (!before || before.src !== e.src) continue; // damaged or missing: nothing to put back
    const next = set[key] as KeptImage | undefined;
    if (next && next.src === before.src && next.type === before.type && next.data === before.data) delete set[key];
    else if (next || plan.remove.includes(key)) images.push(before);
  }
  const write = { set, remove: plan.remove };
  const touched = Object.keys(set).length > 0 || plan.remove.length > 0;
  return { write, replaced: touched ? { images, skipped: old?.skipped ?? [] } : null };
}

/** The pictures of a stored set, each checked (a damaged or foreign value is left out, never shown). */
export function readImageSet(index: ImageSetIndex, id: string, got: Record<string, unknown>): ImageCapture {
  const images: KeptImage[] = [];
  for (const e of index.items) {
    const image = checkKeptImage(got[imageKey(id, e.n)]);
    if (image && image.src === e.src) images.push(image);
  }
  return { images, skipped: index.skipped };
}
