// Tracking pixels and third-party images (issue 13 item 1), at extraction and at display. Extraction keeps no
// invisible image (0 or 1 px by attribute or inline style, hidden), no address the page never requested (a lazy
// attribute on another host behind a photo the page shows), no loopback, LAN or IP-literal host, and upgrades
// http to https. Display loads only the article's own site family (its registrable domain and the image hosts
// its profile names). Every case below was kept before.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { PROFILES } from '../../lib/profiles';
import { registrableDomain } from '../../lib/meta';
import { imageFamily, inImageFamily, siteImageHosts, isPublicWebHost } from '../../lib/sanitize';
import { ARTICLE_URL, articlePage } from './pathological';

const PHOTO = 'https://i1-vnexpress.vnecdn.net/2025/10/22/anh-thu-tuong.jpg';

function imagesOf(figures: string): string[] {
  const r = extractArticle(parseHtml(articlePage(figures), ARTICLE_URL), ARTICLE_URL);
  if (r.kind !== 'article') throw new Error(r.reason);
  return (r as Article).images.map((i) => i.src);
}

const fig = (img: string) => `<figure>${img}<figcaption>Thủ tướng tiếp Đại sứ. Ảnh: TTXVN</figcaption></figure>`;

describe('extraction keeps no tracking or invisible image', () => {
  it.each([
    ['width="0"', `<img src="https://t.example.com/p.gif" width="0" height="0">`],
    ['width="1px"', `<img src="https://t.example.com/p.gif" width="1px" height="1px">`],
    ['CSS-sized 1 px', `<img src="https://t.example.com/p.gif" style="width:1px;height:1px">`],
    ['display:none', `<img src="https://t.example.com/p.jpg" style="display:none">`],
    ['hidden attribute', `<img src="https://t.example.com/p.jpg" hidden>`],
    ['opacity 0', `<img src="https://t.example.com/p.jpg" style="opacity:0">`],
  ])('%s', (_, img) => {
    expect(imagesOf(fig(img) + fig(`<img src="${PHOTO}" width="680">`))).toEqual([PHOTO]);
  });

  it('a data-src on another host behind a photo the page shows: the photo, not the tracker', () => {
    expect(imagesOf(fig(`<img src="${PHOTO}" data-src="https://beacon.tracker.com/read?u=1" width="680">`))).toEqual([
      PHOTO,
    ]);
  });

  it('a lazy placeholder with the real photo in data-src: the photo (the page loads it when scrolled to)', () => {
    expect(
      imagesOf(
        fig(
          `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="${PHOTO}" width="680">`,
        ),
      ),
    ).toEqual([PHOTO]);
  });

  it('a small image in src and its large version on the same host in data-src: the large one', () => {
    expect(imagesOf(fig(`<img src="https://i1-vnexpress.vnecdn.net/thumb.jpg" data-src="${PHOTO}">`))).toEqual([PHOTO]);
  });

  it.each([
    'https://192.168.1.10/p.jpg',
    'https://10.0.0.1/p.jpg',
    'https://127.0.0.1/p.jpg',
    'https://[::1]/p.jpg',
    'https://localhost/p.jpg',
    'https://nas.local/p.jpg',
    'https://printer/p.jpg',
    'https://router.lan/p.jpg',
    'https://2130706433/p.jpg',
    'https://0x7f.1/p.jpg',
  ])('no image from %s', (src) => {
    expect(imagesOf(fig(`<img src="${src}" width="680">`))).toEqual([]);
  });

  it('an http image is kept as https (opening a digest never makes a clear-text request)', () => {
    expect(imagesOf(fig(`<img src="http://i1-vnexpress.vnecdn.net/a.jpg" width="680">`))).toEqual([
      'https://i1-vnexpress.vnecdn.net/a.jpg',
    ]);
  });
});

describe('the hosts a digest may load images from', () => {
  it('public hosts only', () => {
    expect(isPublicWebHost('image.plo.vn')).toBe(true);
    for (const h of [
      '192.168.0.1',
      'localhost',
      'a.localhost',
      'x.local',
      'printer',
      'fritz.box.internal',
      'router.home.arpa',
      '[::1]',
    ])
      expect(isPublicWebHost(h), h).toBe(false);
  });

  it('the registrable domain, public-suffix aware', () => {
    expect(registrableDomain('image.plo.vn')).toBe('plo.vn');
    expect(registrableDomain('a.b.com.vn')).toBe('b.com.vn');
    expect(registrableDomain('foo.github.io')).toBe('foo.github.io');
    expect(registrableDomain('192.168.1.1')).toBe(null);
    expect(registrableDomain('printer.lan')).toBe(null);
  });

  it("the article's own site family and its profile's image hosts", () => {
    const vne = imageFamily('https://vnexpress.net/a-1.html');
    expect(siteImageHosts('vnexpress.net')).toContain('vnecdn.net');
    expect(inImageFamily(PHOTO, vne)).toBe(true);
    expect(inImageFamily('https://s1.vnecdn.net/x.jpg', vne)).toBe(true);
    expect(inImageFamily('https://beacon.tracker.com/p.gif', vne)).toBe(false);
    expect(inImageFamily('http://i1-vnexpress.vnecdn.net/x.jpg', vne)).toBe(false);
    const plo = imageFamily('https://plo.vn/bai-1.html');
    expect(inImageFamily('https://image.plo.vn/a.jpg', plo)).toBe(true);
    expect(inImageFamily(PHOTO, plo)).toBe(false);
    const pages = imageFamily('https://foo.github.io/post.html');
    expect(inImageFamily('https://foo.github.io/a.png', pages)).toBe(true);
    expect(inImageFamily('https://bar.github.io/a.png', pages)).toBe(false);
  });

  it('reads the image hosts from the profiles, their one owner', () => {
    for (const profile of PROFILES) {
      for (const domain of profile.domains) expect(siteImageHosts(domain)).toEqual(profile.imageHosts ?? []);
    }
    expect(siteImageHosts('example.org')).toEqual([]);
  });
});
