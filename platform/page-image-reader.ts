// How one picture's bytes are read in the article's tab (the injected entrypoints/read-images.ts runs this in
// the extension's isolated world of that tab, with the page's origin): THE one network request product code
// makes, and only here. The request is what the page itself does for a picture, made smaller: no cookies
// (`credentials: 'omit'`), no referrer, a CORS read under the page's own origin (the extension's origin is never
// sent), from the browser's cache when the picture is there (`cache: 'force-cache'`). A picture the page did not
// load itself must not redirect (it is on the article's site family, and may not lead anywhere else). When the
// server refuses a CORS read, a picture the page shows may still be readable through a canvas (same origin, or
// loaded by the page with CORS): that makes no request at all. Anything else stays an address.
import type { ImageReader, ReadOutcome } from '../lib/images';
import { keepableImageUrl } from '../lib/sanitize';

type Fetch = typeof globalThis.fetch;

/** Larger pictures are not drawn: 24 megapixels take ~100 MB of canvas memory. */
const MAX_CANVAS_PIXELS = 24_000_000;

/**
 * The fetch that requests as the page does. Firefox gives content scripts a fetch of their own that requests with
 * the extension's privileges; `content.fetch` is the page's. Chromium's content-script fetch is the page's already.
 */
function pageFetch(): Fetch {
  const content = (globalThis as { content?: { fetch?: Fetch } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : globalThis.fetch.bind(globalThis);
}

/** The response body, up to `max` bytes; null when it is longer (the rest is never downloaded). */
async function readCapped(res: Response, max: number, abort: () => void): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    abort();
    return null;
  }
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return all.length > max ? null : all;
  }
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      abort();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function fetchBytes(
  fetcher: Fetch,
  src: string,
  loadedByPage: boolean,
  maxBytes: number,
  timeoutMs: number,
): Promise<ReadOutcome> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetcher(src, {
      credentials: 'omit',
      mode: 'cors',
      cache: 'force-cache',
      referrerPolicy: 'no-referrer',
      redirect: loadedByPage ? 'follow' : 'error',
      signal: ctrl.signal,
    });
    if (!res.ok) return { ok: false, reason: 'unreadable' };
    const bytes = await readCapped(res, maxBytes, () => ctrl.abort());
    return bytes ? { ok: true, bytes } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: ctrl.signal.aborted ? 'timeout' : 'unreadable' };
  } finally {
    clearTimeout(timer);
  }
}

/** The page's loaded <img> showing `src`, if any. */
function shownImage(doc: Document, src: string): HTMLImageElement | null {
  for (const img of doc.querySelectorAll('img')) {
    const live = img as HTMLImageElement;
    if (live.complete && live.naturalWidth > 0 && keepableImageUrl(live.currentSrc, doc.baseURI) === src) return live;
  }
  return null;
}

/** A picture the page shows, re-encoded from a canvas; null when the canvas is tainted (another site without CORS). */
async function canvasBytes(doc: Document, src: string, maxBytes: number): Promise<ReadOutcome> {
  const img = shownImage(doc, src);
  if (!img) return { ok: false, reason: 'unreadable' };
  if (img.naturalWidth * img.naturalHeight > MAX_CANVAS_PIXELS) return { ok: false, reason: 'too-large' };
  const canvas = doc.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) return { ok: false, reason: 'unreadable' };
  try {
    ctx.drawImage(img, 0, 0);
    // WebP keeps transparency and stays small; a browser that cannot encode it gives PNG (sniffed later).
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/webp', 0.9));
    if (!blob) return { ok: false, reason: 'unreadable' };
    if (blob.size > maxBytes) return { ok: false, reason: 'too-large' };
    return { ok: true, bytes: new Uint8Array(await blob.arrayBuffer()) };
  } catch {
    return { ok: false, reason: 'unreadable' }; // SecurityError: the canvas is tainted
  }
}

/** The reader used in the tab: the page's kind of request first (original bytes), then its canvas. */
export function createPageImageReader(doc: Document, fetcher: Fetch = pageFetch()): ImageReader {
  return async ({ src, loadedByPage }, { maxBytes, timeoutMs }) => {
    const fetched = await fetchBytes(fetcher, src, loadedByPage, maxBytes, timeoutMs);
    if (fetched.ok || fetched.reason === 'too-large') return fetched;
    const drawn = await canvasBytes(doc, src, maxBytes);
    return drawn.ok ? drawn : fetched.reason === 'timeout' ? fetched : drawn;
  };
}
