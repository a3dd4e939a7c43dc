// Object URLs for a digest's kept pictures (lib/images/kept.ts): made from the stored bytes when the digest is
// shown, revoked when it is left, so the page holds them only while it shows them. A blob: URL of the
// extension's own page requests nothing from the network.
import { useEffect, useMemo } from 'preact/hooks';
import { base64ToBytes, type ImageCapture } from '../../lib/images';

const NONE: ReadonlyMap<string, string> = new Map();

/** The pictures' object URLs by the address the digest shows them under. */
export function useKeptImageUrls(kept: ImageCapture | null): ReadonlyMap<string, string> {
  const urls = useMemo(() => {
    if (!kept?.images.length || typeof URL.createObjectURL !== 'function') return NONE;
    const out = new Map<string, string>();
    for (const image of kept.images) {
      const bytes = base64ToBytes(image.data);
      if (bytes) out.set(image.src, URL.createObjectURL(new Blob([bytes], { type: image.type })));
    }
    return out;
  }, [kept]);
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}
