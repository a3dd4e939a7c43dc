// Injected into the article's tab at save time, only when "keep images in the library" is on (activeTab, like
// extract.js): reads the bytes of the digest's images as the page can (platform/page-image-reader.ts) under the
// rules of lib/images/capture.ts, and returns them as plain JSON. The request was handed over in a first, tiny
// injection in the same isolated world (platform/browser-adapter.ts: readImagesInTab).
import { captureImages, pageLoadedUrls, samePage, type ImageReadRequest } from '../lib/images';
import type { ImageCapture } from '../lib/images';
import { createPageImageReader } from '../platform/page-image-reader';

export default defineUnlistedScript({
  globalName: 'tinGonImagesResult',
  main(): Promise<ImageCapture> | ImageCapture {
    const holder = globalThis as unknown as { __tinGonImageRequest?: ImageReadRequest };
    const request = holder.__tinGonImageRequest;
    delete holder.__tinGonImageRequest;
    if (!request) return { images: [], skipped: [] };
    // The tab went on to another page since the article was read: its pictures are not this page's to read.
    if (!samePage(location.href, request.url))
      return { images: [], skipped: request.items.map(({ src }) => ({ src, reason: 'unreadable' })) };
    const resources = performance.getEntriesByType?.('resource').map((e) => e.name) ?? [];
    return captureImages(request.items, pageLoadedUrls(document, resources), createPageImageReader(document));
  },
});
