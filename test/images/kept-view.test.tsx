// @vitest-environment happy-dom
// A digest whose pictures were kept in the library: the library page shows them from the stored bytes (blob:
// URLs, no address of the network in the page) whatever the image setting, says how many were not kept, holds
// the setting, and counts the pictures apart in its usage line.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { bytesToBase64, type ImageCapture } from '../../lib/images/kept';
import { createDigestStore } from '../../lib/storage';
import { makeDigest } from '../library/make-digest';
import { fakePlatform } from '../popup/fake-platform';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const A = 'https://i.vnecdn.net/a.jpg';
const B = 'https://i.vnecdn.net/b.jpg';

function digestWithImages() {
  const d = makeDigest({ id: 'kept' });
  d.article = {
    ...d.article,
    bodyHtml: `<p>Đoạn một.</p><figure><img src="${A}" alt="Thủ tướng tại hội nghị"><figcaption>Thủ tướng tại hội nghị.</figcaption></figure><p>Đoạn hai.</p><figure><img src="${B}" alt=""></figure>`,
    images: [A, B].map((src) => ({ src, alt: '', caption: null, credit: null })),
  };
  return d;
}

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 2000 }, (_, i) => i & 0xff)]);
const keptA: ImageCapture = {
  images: [{ src: A, type: 'image/jpeg', data: bytesToBase64(jpeg) }],
  skipped: [{ src: B, reason: 'unreadable' }],
};

async function library() {
  const p = fakePlatform({ uiLanguage: 'vi' });
  const store = createDigestStore(p.area, { lock: p.lock });
  await store.restoreDigest(digestWithImages(), { images: keptA });
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  return p;
}

describe('kept images in the library page', () => {
  it('opened with images from the site off: the kept picture from its bytes, the other a placeholder, and a note', async () => {
    const p = await library();
    await p.setPrefs({ remoteImages: false });
    location.hash = '#/digest/kept';
    const view = await screen.findByTestId('article');
    await waitFor(() => expect(view.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/));
    expect(view.querySelectorAll('img')).toHaveLength(1);
    expect(view.querySelector('img')?.getAttribute('alt')).toBe('Thủ tướng tại hội nghị');
    expect(view.innerHTML).not.toContain(`src="${A}"`);
    expect(view.querySelectorAll('.article__image-off')).toHaveLength(1);
    expect(screen.getByTestId('images-not-kept').textContent).toContain('1 ảnh');
  });

  it('the setting is off by default, the library page holds it, and the usage line counts images apart', async () => {
    const p = await library();
    const box = (await screen.findByTestId('keep-images')) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(p.prefs.keepImages).toBe(true));
    await waitFor(() =>
      expect(screen.getByTestId('usage').textContent).toMatch(/^1 bản tin · \d+ KB, trong đó ảnh \d+ KB$/),
    );
  });
});
