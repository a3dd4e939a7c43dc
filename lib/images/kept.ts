// A digest's images kept inside the extension (the "keep images in the library" setting): what one kept image
// is, why an image was not kept, the caps, and the bytes as base64 (storage.local holds JSON: base64 is the
// most compact form of bytes a JSON string can carry without escapes). The picture's format is read from its
// first bytes, never from a server's Content-Type: only raster formats every browser shows in an <img> are kept.

/** One kept picture: the address the digest shows it under, its format, and its bytes as base64. */
export interface KeptImage {
  src: string;
  type: KeptImageType;
  data: string;
}

/**
 * Why an image of the digest was not kept (it stays an address and loads, or waits, as without the setting):
 * `not-requested`: the page never loaded it and it is not on the article's own site family (reading it would be
 * a request the page did not make); `unreadable`: the browser refused to hand its bytes to the page (another
 * site without CORS, a network error, an HTTP error); `not-an-image`: the bytes are not a picture format kept;
 * `too-large` / `over-total` / `over-count`: the caps below; `timeout`: it took too long; `quota`: storage was
 * full, the digest was saved without its new images.
 */
export type SkipReason =
  'not-requested' | 'unreadable' | 'not-an-image' | 'too-large' | 'over-total' | 'over-count' | 'timeout' | 'quota';

export interface SkippedImage {
  src: string;
  reason: SkipReason;
}

/** What a save read of a digest's images in the article's tab. */
export interface ImageCapture {
  images: KeptImage[];
  skipped: SkippedImage[];
}

export const IMAGE_CAPS = {
  /** One picture: a news photo is 50–500 KB; 2 MB allows a large infographic, not a raw camera file. */
  imageBytes: 2 * 1024 * 1024,
  /** All the pictures of one digest. */
  digestBytes: 8 * 1024 * 1024,
  /** Pictures per digest: a photo story has a few dozen. */
  images: 40,
  /** The whole reading in the tab; what is still unread then stays an address. */
  totalMs: 15_000,
  /** One picture. */
  imageMs: 8_000,
} as const;

export type ImageCaps = { -readonly [K in keyof typeof IMAGE_CAPS]: number };

export const KEPT_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
] as const;
export type KeptImageType = (typeof KEPT_IMAGE_TYPES)[number];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));

/** The picture format of these bytes by their signature, or null (HTML error pages, SVG, scripts, anything else). */
export function sniffImageType(b: Uint8Array): KeptImageType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(b, 4, 4) === 'ftyp' && /^avi[fs]$/.test(ascii(b, 8, 4))) return 'image/avif';
  if (ascii(b, 0, 2) === 'BM' && b.length > 26) return 'image/bmp';
  return null;
}

const CHUNK = 0x8000;

/** Bytes as base64 (btoa over chunks: one String.fromCharCode call per 32 KB, linear). */
export function bytesToBase64(b: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < b.length; i += CHUNK) binary += String.fromCharCode(...b.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Base64 back to bytes; null when it is not base64. */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(data);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** How many bytes a base64 string holds (without decoding it). */
export function base64Bytes(data: string): number {
  const pad = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - pad);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A kept image read back from storage (or from the tab's answer) without trusting it: an https address, a kept
 * format whose signature matches the bytes, base64 within the cap. Null for anything else.
 */
export function checkKeptImage(raw: unknown): KeptImage | null {
  if (!isObject(raw) || typeof raw.src !== 'string' || typeof raw.type !== 'string' || typeof raw.data !== 'string')
    return null;
  if (!raw.src.startsWith('https://') || !(KEPT_IMAGE_TYPES as readonly string[]).includes(raw.type)) return null;
  // base64 of the cap, plus a little: a longer string is not one of ours.
  if (
    raw.data.length === 0 ||
    raw.data.length > Math.ceil(IMAGE_CAPS.imageBytes / 3) * 4 + 4 ||
    raw.data.length % 4 !== 0 ||
    !BASE64.test(raw.data)
  )
    return null;
  const head = base64ToBytes(raw.data.slice(0, 64));
  if (!head || sniffImageType(head) !== raw.type) return null;
  return { src: raw.src, type: raw.type as KeptImageType, data: raw.data };
}

const SKIP_REASONS: readonly SkipReason[] = [
  'not-requested',
  'unreadable',
  'not-an-image',
  'too-large',
  'over-total',
  'over-count',
  'timeout',
  'quota',
];

export function checkSkipped(raw: unknown): SkippedImage | null {
  if (!isObject(raw) || typeof raw.src !== 'string' || !(SKIP_REASONS as readonly unknown[]).includes(raw.reason))
    return null;
  return { src: raw.src, reason: raw.reason as SkipReason };
}

/** The tab's answer, checked like stored data (it comes from a page's world). */
export function checkCapture(raw: unknown): ImageCapture {
  const r = isObject(raw) ? raw : {};
  const images = (Array.isArray(r.images) ? r.images : [])
    .slice(0, IMAGE_CAPS.images)
    .flatMap((i) => checkKeptImage(i) ?? []);
  const skipped = (Array.isArray(r.skipped) ? r.skipped : []).slice(0, 500).flatMap((s) => checkSkipped(s) ?? []);
  return { images, skipped };
}
