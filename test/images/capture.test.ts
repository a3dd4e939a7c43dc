// Reading a digest's images at save time (lib/images): which images are read at all, the caps, the order, and
// how an answer from the page's world is checked before it is kept.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureImages, pageLoadedUrls, type ImageReader } from '../../lib/images/capture';
import {
  base64Bytes,
  base64ToBytes,
  bytesToBase64,
  checkCapture,
  checkKeptImage,
  sniffImageType,
} from '../../lib/images/kept';
import { planImages } from '../../lib/images/plan';
import { samePage } from '../../lib/images/request';

/** Bytes with a real format signature, then `size` bytes of filler. */
function picture(kind: 'png' | 'jpeg' | 'gif' | 'webp', size = 100): Uint8Array {
  const head = {
    png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    jpeg: [0xff, 0xd8, 0xff, 0xe0],
    gif: [...'GIF89a'].map((c) => c.charCodeAt(0)),
    webp: [...'RIFF']
      .map((c) => c.charCodeAt(0))
      .concat(
        [0, 0, 0, 0],
        [...'WEBP'].map((c) => c.charCodeAt(0)),
      ),
  }[kind];
  const out = new Uint8Array(head.length + size);
  out.set(head);
  for (let i = head.length; i < out.length; i++) out[i] = (i * 37) & 0xff;
  return out;
}

const html = new TextEncoder().encode('<!doctype html><html><body>Not found</body></html>');

/** A reader over a fixed table of addresses, recording what it was asked. */
function tableReader(table: Record<string, Uint8Array | 'fail'>): ImageReader & { asked: string[] } {
  const asked: string[] = [];
  const read: ImageReader = async ({ src }, { maxBytes }) => {
    asked.push(src);
    const got = table[src];
    if (!got || got === 'fail') return { ok: false, reason: 'unreadable' };
    return got.length > maxBytes ? { ok: false, reason: 'too-large' } : { ok: true, bytes: got };
  };
  return Object.assign(read, { asked });
}

describe('formats and base64', () => {
  it('knows the raster formats by their signature and refuses anything else', () => {
    expect(sniffImageType(picture('png'))).toBe('image/png');
    expect(sniffImageType(picture('jpeg'))).toBe('image/jpeg');
    expect(sniffImageType(picture('gif'))).toBe('image/gif');
    expect(sniffImageType(picture('webp'))).toBe('image/webp');
    expect(sniffImageType(html)).toBeNull();
    expect(
      sniffImageType(
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      ),
    ).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('base64 round-trips bytes of every value and tells their size without decoding', () => {
    for (const n of [0, 1, 2, 3, 4, 100, 70_000]) {
      const bytes = picture('jpeg', n);
      const data = bytesToBase64(bytes);
      expect(base64ToBytes(data)).toEqual(bytes);
      expect(base64Bytes(data)).toBe(bytes.length);
    }
    expect(base64ToBytes('not base64 at all!')).toBeNull();
  });

  it('a kept image from storage or from the tab is checked: https address, known format matching its bytes', () => {
    const data = bytesToBase64(picture('png'));
    expect(checkKeptImage({ src: 'https://image.plo.vn/a.png', type: 'image/png', data })).toEqual({
      src: 'https://image.plo.vn/a.png',
      type: 'image/png',
      data,
    });
    expect(checkKeptImage({ src: 'https://image.plo.vn/a.png', type: 'image/jpeg', data })).toBeNull();
    expect(
      checkKeptImage({
        src: 'https://image.plo.vn/a.svg',
        type: 'image/svg+xml',
        data: bytesToBase64(new TextEncoder().encode('<svg/>')),
      }),
    ).toBeNull();
    expect(checkKeptImage({ src: 'javascript:alert(1)', type: 'image/png', data })).toBeNull();
    expect(checkKeptImage({ src: 'https://x.vn/a.png', type: 'image/png', data: 'aGVsbG8=<script>' })).toBeNull();
    expect(checkKeptImage(null)).toBeNull();
    const answer = checkCapture({
      images: [
        { src: 'https://x.vn/a.png', type: 'image/png', data },
        { src: 'https://x.vn/b.png', type: 'text/html', data },
      ],
      skipped: [
        { src: 'https://y.vn/c.jpg', reason: 'unreadable' },
        { src: 'x', reason: 'pwned' },
      ],
    });
    expect(answer.images.map((i) => i.src)).toEqual(['https://x.vn/a.png']);
    expect(answer.skipped).toEqual([{ src: 'https://y.vn/c.jpg', reason: 'unreadable' }]);
    expect(checkCapture('garbage')).toEqual({ images: [], skipped: [] });
  });
});

describe('which images a save reads', () => {
  it('the digest’s images once each, in order, marked when on the article’s site family, over the count cap skipped', () => {
    const plan = planImages(
      {
        url: 'https://plo.vn/bai-viet.html',
        images: [
          { src: 'https://image.plo.vn/1.jpg', alt: '', caption: null },
          { src: 'https://cdn.other-site.com/2.jpg', alt: '', caption: null },
          { src: 'https://image.plo.vn/1.jpg', alt: '', caption: null },
          { src: 'https://plo.vn/3.jpg', alt: '', caption: null },
        ],
      } as never,
      2,
    );
    expect(plan.items).toEqual([
      { src: 'https://image.plo.vn/1.jpg', family: true },
      { src: 'https://cdn.other-site.com/2.jpg', family: false },
    ]);
    expect(plan.skipped).toEqual([{ src: 'https://plo.vn/3.jpg', reason: 'over-count' }]);
  });

  it('an image the page did not load is read only on the article’s family: no new request to another host', async () => {
    const reader = tableReader({
      'https://image.plo.vn/a.jpg': picture('jpeg'),
      'https://tracker.example/p.gif': picture('gif'),
      'https://cdn.example/b.png': picture('png'),
    });
    const items = [
      { src: 'https://image.plo.vn/a.jpg', family: true },
      { src: 'https://tracker.example/p.gif', family: false },
      { src: 'https://cdn.example/b.png', family: false },
    ];
    const got = await captureImages(items, new Set(['https://cdn.example/b.png']), reader);
    expect(reader.asked.sort()).toEqual(['https://cdn.example/b.png', 'https://image.plo.vn/a.jpg']);
    expect(got.images.map((i) => [i.src, i.type])).toEqual([
      ['https://image.plo.vn/a.jpg', 'image/jpeg'],
      ['https://cdn.example/b.png', 'image/png'],
    ]);
    expect(got.skipped).toEqual([{ src: 'https://tracker.example/p.gif', reason: 'not-requested' }]);
    expect(base64ToBytes(got.images[0]!.data)).toEqual(picture('jpeg'));
  });

  it('over the size cap, not a picture, unreadable or a reader that throws: kept as an address, with the reason', async () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((n) => ({ src: `https://plo.vn/${n}.jpg`, family: true }));
    const reader = tableReader({
      'https://plo.vn/a.jpg': picture('jpeg', 5000),
      'https://plo.vn/b.jpg': html,
      'https://plo.vn/c.jpg': 'fail',
      'https://plo.vn/e.jpg': picture('png', 10),
    });
    const throwing: ImageReader = async (item, limits) => {
      if (item.src.endsWith('d.jpg')) throw new Error('boom');
      return reader(item, limits);
    };
    const got = await captureImages(items, new Set(), throwing, { caps: { imageBytes: 1000 } });
    expect(got.images.map((i) => i.src)).toEqual(['https://plo.vn/e.jpg']);
    expect(got.skipped).toEqual([
      { src: 'https://plo.vn/a.jpg', reason: 'too-large' },
      { src: 'https://plo.vn/b.jpg', reason: 'not-an-image' },
      { src: 'https://plo.vn/c.jpg', reason: 'unreadable' },
      { src: 'https://plo.vn/d.jpg', reason: 'unreadable' },
    ]);
  });

  it('the digest’s total cap keeps the first pictures in the article’s order, whatever order the reads finish in', async () => {
    const items = ['a', 'b', 'c'].map((n) => ({ src: `https://plo.vn/${n}.png`, family: true }));
    const slowFirst: ImageReader = async ({ src }) => {
      await new Promise((r) => setTimeout(r, src.endsWith('a.png') ? 30 : 0));
      return { ok: true, bytes: picture('png', 392) }; // 400 bytes each
    };
    const got = await captureImages(items, new Set(), slowFirst, { caps: { digestBytes: 900 }, concurrency: 3 });
    expect(got.images.map((i) => i.src)).toEqual(['https://plo.vn/a.png', 'https://plo.vn/b.png']);
    expect(got.skipped).toEqual([{ src: 'https://plo.vn/c.png', reason: 'over-total' }]);
  });

  it('past the time budget nothing more is read', async () => {
    let t = 0;
    const items = ['a', 'b'].map((n) => ({ src: `https://plo.vn/${n}.png`, family: true }));
    const reader: ImageReader = async () => {
      t += 20_000; // the first read takes longer than the whole budget
      return { ok: true, bytes: picture('png') };
    };
    const got = await captureImages(items, new Set(), reader, { now: () => t, concurrency: 1 });
    expect(got.images.map((i) => i.src)).toEqual(['https://plo.vn/a.png']);
    expect(got.skipped).toEqual([{ src: 'https://plo.vn/b.png', reason: 'timeout' }]);
  });

  it('what the page loaded: its resource entries and its finished <img> elements, as extraction writes addresses', () => {
    const { document } = parseHTML('<html><body><img src="/x.jpg"><img src="http://plo.vn/y.jpg"></body></html>');
    const imgs = [...document.querySelectorAll('img')] as unknown as Array<Record<string, unknown>>;
    Object.assign(imgs[1]!, { complete: true, naturalWidth: 600, currentSrc: 'http://plo.vn/y.jpg' });
    Object.defineProperty(document, 'baseURI', { value: 'https://plo.vn/bai.html' });
    const loaded = pageLoadedUrls(document as unknown as Document, [
      'https://image.plo.vn/z.png',
      'http://192.168.1.2/cam.jpg',
    ]);
    expect([...loaded].sort()).toEqual(['https://image.plo.vn/z.png', 'https://plo.vn/y.jpg']);
  });

  it('the tab must still show the article (a #fragment alone is the same page)', () => {
    expect(samePage('https://plo.vn/a.html#top', 'https://plo.vn/a.html')).toBe(true);
    expect(samePage('https://plo.vn/b.html', 'https://plo.vn/a.html')).toBe(false);
  });
});
