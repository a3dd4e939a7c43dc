// @vitest-environment happy-dom
// Remote images: on (the default), the reader loads the article's images from their site when a digest is
// opened, lazily and without a referrer; off, nothing is requested: placeholders with the alt text stand in,
// captions stay, and one button loads them for this digest. The library page holds the setting.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestView } from '../../components/common/DigestView';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { makeDigest } from '../library/make-digest';
import { fakePlatform } from '../popup/fake-platform';

afterEach(() => {
  cleanup();
  location.hash = '';
});

function digestWithImages() {
  const d = makeDigest({ id: 'img' });
  d.article = {
    ...d.article,
    bodyHtml:
      '<p>Đoạn một.</p><figure><img src="https://i.vnecdn.net/a.jpg" alt="Thủ tướng tại hội nghị"><figcaption>Thủ tướng tại hội nghị. Ảnh: TTXVN</figcaption></figure>' +
      '<p>Đoạn hai.</p><figure><img src="https://i.vnecdn.net/b.jpg" alt=""></figure>',
  };
  return d;
}

function show(remoteImages: boolean) {
  render(
    <I18nContext.Provider value={i18nFor('vi')}>
      <DigestView digest={digestWithImages()} remoteImages={remoteImages} />
    </I18nContext.Provider>,
  );
  return screen.getByTestId('article');
}

describe('remote images setting', () => {
  it('on: images load lazily without a referrer, no button', () => {
    const view = show(true);
    const imgs = [...view.querySelectorAll('img')];
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual([
      'https://i.vnecdn.net/a.jpg',
      'https://i.vnecdn.net/b.jpg',
    ]);
    for (const i of imgs) {
      expect(i.getAttribute('loading')).toBe('lazy');
      expect(i.getAttribute('referrerpolicy')).toBe('no-referrer');
    }
    expect(screen.queryByTestId('load-images')).toBeNull();
  });

  it('off: no image element at all, placeholders with the alt text, captions kept, a button loads them', async () => {
    const view = show(false);
    expect(view.querySelectorAll('img')).toHaveLength(0);
    expect(view.innerHTML).not.toContain('vnecdn');
    const placeholders = [...view.querySelectorAll('.article__image-off')];
    expect(placeholders.map((p) => p.getAttribute('aria-label'))).toEqual(['Thủ tướng tại hội nghị', 'Ảnh']);
    expect(view.querySelector('figcaption')?.textContent).toContain('Ảnh: TTXVN');
    const button = screen.getByTestId('load-images');
    expect(button.textContent).toBe('Tải 2 ảnh từ trang gốc');
    fireEvent.click(button);
    await waitFor(() => expect(view.querySelectorAll('img')).toHaveLength(2));
    expect(screen.queryByTestId('load-images')).toBeNull();
  });

  it('the library page holds the setting, and its digest view follows it', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const store = createDigestStore(p.area, { lock: p.lock });
    await store.restoreDigest(digestWithImages());
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    const box = (await screen.findByTestId('remote-images')) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(p.prefs.remoteImages).toBe(false));
    location.hash = '#/digest/img';
    const view = await screen.findByTestId('article');
    expect(view.querySelectorAll('img')).toHaveLength(0);
    expect(view.querySelectorAll('.article__image-off')).toHaveLength(2);
  });
});
