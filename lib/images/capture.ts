// Reading a digest's images in the article's tab, at save time, under three rules: an image the page did not
// load itself is read only when it is on the article's own site family (never a request the page did not make
// to another host); every picture and the digest as a whole stay under the caps; the whole reading stops after
// its time budget. How one picture's bytes are read (a fetch without cookies, a canvas) is the caller's
// (platform/page-image-reader.ts): this is the order, the rules and the accounting, and it runs in Node too.
import { keepableImageUrl } from '../sanitize';
import {
  IMAGE_CAPS,
  bytesToBase64,
  sniffImageType,
  type ImageCaps,
  type ImageCapture,
  type KeptImage,
  type SkippedImage,
} from './kept';
import type { ImagePlanItem } from './request';

export type ReadOutcome =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'unreadable' | 'too-large' | 'timeout' };

/** Reads one picture's bytes. `loadedByPage`: the page itself already requested this very address. */
export type ImageReader = (
  item: { src: string; loadedByPage: boolean },
  limits: { maxBytes: number; timeoutMs: number },
) => Promise<ReadOutcome>;

export interface CaptureOptions {
  caps?: Partial<ImageCaps>;
  now?: () => number;
  /** Pictures read at the same time. */
  concurrency?: number;
}

/**
 * The addresses the page has requested, in the form the plan uses (https, as extraction keeps them): its
 * resource timing entries and the pictures its <img> elements finished loading.
 */
export function pageLoadedUrls(doc: Document, resourceNames: readonly string[]): Set<string> {
  const out = new Set<string>();
  const add = (raw: string | null | undefined) => {
    const url = raw ? keepableImageUrl(raw, doc.baseURI || doc.URL) : null;
    if (url) out.add(url);
  };
  for (const name of resourceNames) add(name);
  for (const img of doc.querySelectorAll('img')) {
    const live = img as Partial<HTMLImageElement>;
    if (live.complete && live.naturalWidth) add(live.currentSrc);
  }
  return out;
}

type Slot = { kind: 'kept'; image: KeptImage; bytes: number } | { kind: 'skipped'; reason: SkippedImage['reason'] };

export async function captureImages(
  items: readonly ImagePlanItem[],
  loaded: ReadonlySet<string>,
  read: ImageReader,
  options: CaptureOptions = {},
): Promise<ImageCapture> {
  const caps: ImageCaps = { ...IMAGE_CAPS, ...options.caps };
  const now = options.now ?? (() => Date.now());
  const deadline = now() + caps.totalMs;
  const slots: (Slot | undefined)[] = new Array(items.length);
  let readBytes = 0;
  let next = 0;

  async function readOne(i: number): Promise<Slot> {
    const { src, family } = items[i]!;
    const loadedByPage = loaded.has(src);
    if (!loadedByPage && !family) return { kind: 'skipped', reason: 'not-requested' };
    // Enough was read already to fill the digest's cap: what follows would be read for nothing.
    if (readBytes >= caps.digestBytes) return { kind: 'skipped', reason: 'over-total' };
    const timeoutMs = Math.min(caps.imageMs, deadline - now());
    if (timeoutMs <= 0) return { kind: 'skipped', reason: 'timeout' };
    let got: ReadOutcome;
    try {
      got = await read({ src, loadedByPage }, { maxBytes: caps.imageBytes, timeoutMs });
    } catch {
      got = { ok: false, reason: 'unreadable' };
    }
    if (!got.ok) return { kind: 'skipped', reason: got.reason };
    if (got.bytes.length > caps.imageBytes) return { kind: 'skipped', reason: 'too-large' };
    const type = sniffImageType(got.bytes);
    if (!type) return { kind: 'skipped', reason: 'not-an-image' };
    readBytes += got.bytes.length;
    return { kind: 'kept', image: { src, type, data: bytesToBase64(got.bytes) }, bytes: got.bytes.length };
  }

  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      slots[i] = await readOne(i);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 3, items.length)) }, worker));

  // The digest's cap is applied in the article's order, whatever order the reads finished in.
  const out: ImageCapture = { images: [], skipped: [] };
  let total = 0;
  slots.forEach((slot, i) => {
    const src = items[i]!.src;
    if (!slot) out.skipped.push({ src, reason: 'timeout' });
    else if (slot.kind === 'skipped') out.skipped.push({ src, reason: slot.reason });
    else if (total + slot.bytes > caps.digestBytes) out.skipped.push({ src, reason: 'over-total' });
    else {
      total += slot.bytes;
      out.images.push(slot.image);
    }
  });
  return out;
}
