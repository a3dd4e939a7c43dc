// @vitest-environment happy-dom
// A digest with kept pictures and one that could not be kept: the library says exactly what opening it does with
// that one: requested from its site while "Load images from the original site" is on, a placeholder (nothing
// requested) while it is off.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { bytesToBase64, type ImageCapture } from '../../lib/images/kept';
import { createDigestStore } from '../../lib/storage';
import { makeDigest } from '../library/make-digest';
import { fakePlatform } from '../popup/fake-platform';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(cleanup);

const A = 'https://i.vnecdn.net/a.jpg';
const B = 'https://i.vnecdn.net/b.jpg';
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 2000 }, (_, i) => i & 0xff)]);

async function open(remoteImages: boolean, uiLanguage: string) {
  const p = fakePlatform({ uiLanguage });
  const d = makeDigest({ id: 'kept' });
  d.article = {
    ...d.article,
    bodyHtml: `<p>Đoạn một.</p><figure><img src="${A}" alt="Ảnh A"></figure><p>Đoạn hai.</p><figure><img src="${B}" alt="Ảnh B"></figure>`,
    images: [A, B].map((src) => ({ src, alt: '', caption: null, credit: null })),
  };
  const kept: ImageCapture = {
    images: [{ src: A, type: 'image/jpeg', data: bytesToBase64(jpeg) }],
    skipped: [{ src: B, reason: 'unreadable' }],
  };
  await createDigestStore(p.area, { lock: p.lock }).restoreDigest(d, { images: kept });
  await p.setPrefs({ remoteImages });
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
  location.hash = '#/digest/kept';
  const view = await screen.findByTestId('article');
  await waitFor(() => expect(view.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/));
  return { view, note: screen.getByTestId('images-not-kept').textContent! };
}

it('images from the site on: the picture not kept is requested from its site, and the note says so', async () => {
  const { view, note } = await open(true, 'en');
  expect(view.querySelector(`img[src="${B}"]`)).not.toBeNull();
  expect(note).toBe(
    '1 image of this digest is not kept in the library: opening the digest requests it from its site (“Load images from the original site” is on).',
  );
});

it('images from the site off: the picture not kept is a placeholder, and the note says nothing is requested', async () => {
  const { view, note } = await open(false, 'vi');
  expect(view.querySelector(`img[src="${B}"]`)).toBeNull();
  expect(note).toBe('1 ảnh của bản tin này không được lưu trong thư viện: hiện ô thay thế, không tải gì từ trang gốc.');
});
