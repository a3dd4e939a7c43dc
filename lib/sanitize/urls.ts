// The addresses article HTML may carry: links to any http(s) address; images only over https from a public
// host, at a sane length (what a digest may make the reader's browser request when it is opened).
import { FIELD_CAPS } from '../article';
import { isPublicWebHost } from './public-host';

/** An absolute http(s) URL, or null (javascript:, data:, vbscript:, garbage). */
export function safeHttpUrl(raw: string | null, baseUrl: string): string | null {
  if (!raw) return null;
  // Control characters and white space inside the scheme are a classic filter bypass ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = raw.replace(/[\u0000-\u0020\u007F-\u009F]+/g, (m, off: number) => (off === 0 ? '' : m)).trim();
  try {
    const url = new URL(cleaned, baseUrl || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * An image address a digest may keep and show: http(s) made https (opening a digest never makes a clear-text
 * request; browsers upgrade mixed-content images the same way), a public host, not absurdly long; else null.
 */
export function keepableImageUrl(raw: string | null, baseUrl: string): string | null {
  if (!raw || raw.length > FIELD_CAPS.imageUrl) return null;
  const url = safeHttpUrl(raw, baseUrl);
  if (!url) return null;
  const u = new URL(url);
  if (!isPublicWebHost(u.hostname)) return null;
  if (u.protocol === 'http:') {
    u.protocol = 'https:';
    if (u.port === '80') u.port = '';
  }
  const out = u.toString();
  return out.length > FIELD_CAPS.imageUrl ? null : out;
}
