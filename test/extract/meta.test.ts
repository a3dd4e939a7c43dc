import { describe, expect, it } from 'vitest';
import {
  isBylineText,
  parseByline,
  canonicalUrlKey,
  findCanonicalUrl,
  stripTracking,
  stripSiteSuffix,
  siteNameFor,
} from '../../lib/meta';
import { parseHtml } from '../../node/parse-html';
import { decodeHtmlBytes } from '../../lib/dom';
import { PROFILES, profileForHost } from '../../lib/profiles';

describe('authors', () => {
  it.each([
    ['Hoàng Phương', ['Hoàng Phương']],
    ['Tin, ảnh: PHƯƠNG LINH', ['PHƯƠNG LINH']],
    ['Quang Phong - Tùng Nguyên', ['Quang Phong', 'Tùng Nguyên']],
    ['THUẬN VĂN, LÊ ÁNH', ['THUẬN VĂN', 'LÊ ÁNH']],
    ['Theo Sầm Hoa (Vietnamnet/Reuters)', ['Sầm Hoa']],
    ['Theo Minh Nguyễn/Vcamp.vn', ['Minh Nguyễn']],
    ['Nhóm PV', ['Nhóm PV']],
    ['Theo TTXVN', []],
    ['Theo Infonet', []],
    ['VnExpress', []],
    ['admin', []],
    ['Xin chân thành cảm ơn mọi người đã đọc', []],
  ])('%s', (text, names) => {
    expect(parseByline(text)).toEqual(names);
  });
  it('recognises credit lines', () => {
    expect(isBylineText('Tin, ảnh: Vũ Phương Thảo')).toBe(true);
    expect(isBylineText('Theo TTXVN')).toBe(true);
    expect(isBylineText('Ông cho biết dự án sẽ hoàn thành trong năm nay.')).toBe(false);
  });
});

describe('canonical URL', () => {
  it('strips tracking parameters', () => {
    expect(stripTracking('https://vnexpress.net/a-123.html?utm_source=fb&utm_medium=x&fbclid=abc&id=5#top')).toBe(
      'https://vnexpress.net/a-123.html?id=5',
    );
  });
  it('gives one key for the same article under different addresses', () => {
    const a = canonicalUrlKey('https://www.vnexpress.net/a-123.html?utm_source=zalo');
    expect(canonicalUrlKey('http://vnexpress.net/a-123.html/')).toBe(a);
    expect(canonicalUrlKey('https://m.vnexpress.net/a-123.html#x')).toBe(a);
    expect(canonicalUrlKey('https://vnexpress.net/b-124.html')).not.toBe(a);
  });
  it('prefers the canonical link, then og:url', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:url" content="https://x.vn/og"><link rel="canonical" href="/canon?utm_campaign=a"></head><body></body></html>',
    );
    expect(findCanonicalUrl(doc, 'https://x.vn/page?fbclid=1')).toBe('https://x.vn/canon');
  });
});

describe('titles and site names', () => {
  it('removes site suffixes but keeps dashes inside the title', () => {
    expect(stripSiteSuffix('Công nhân mất việc chật vật lo Tết - VnExpress', 'VnExpress', 'vnexpress.net')).toBe(
      'Công nhân mất việc chật vật lo Tết',
    );
    expect(
      stripSiteSuffix('Bình Dương, Bà Rịa - Vũng Tàu (cũ) | Báo Pháp Luật TP.HCM', 'Pháp Luật TP.HCM', 'plo.vn'),
    ).toBe('Bình Dương, Bà Rịa - Vũng Tàu (cũ)');
  });
  it('removes section names the page states, even when they contain the separator', () => {
    expect(
      stripSiteSuffix(
        'Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày - Chính trị - Xã hội - Tuổi Trẻ Online',
        'Tuổi Trẻ',
        'tuoitre.vn',
        ['Chính trị - Xã hội'],
      ),
    ).toBe('Thanh tra vụ chặt cây xanh Hà Nội trong 30 ngày');
  });
  it('names sites', () => {
    expect(siteNameFor('www.baoquocte.vn')).toBe('Báo Quốc tế');
    expect(siteNameFor('qdnd.vn')).toBe('Quân đội nhân dân');
    expect(siteNameFor('suckhoe.vnexpress.net')).toBe('VnExpress');
    expect(siteNameFor('example.vn')).toBe('example.vn');
  });
  it('has a profile for every site the product names', () => {
    const sites = [
      'vnexpress.net',
      'tuoitre.vn',
      'thanhnien.vn',
      'dantri.com.vn',
      'vietnamnet.vn',
      'znews.vn',
      'zingnews.vn',
      'news.zing.vn',
      'laodong.vn',
      'tienphong.vn',
      'nhandan.vn',
      'vietnamplus.vn',
      'baochinhphu.vn',
      'qdnd.vn',
      'cand.com.vn',
      'vov.vn',
      'vtv.vn',
      'baoquocte.vn',
      'plo.vn',
      'nld.com.vn',
      'kinhtedothi.vn',
      'hanoimoi.vn',
      '24h.com.vn',
      'soha.vn',
      'kenh14.vn',
      'cafef.vn',
      'genk.vn',
      'baomoi.com',
      'eeas.europa.eu',
      'mofa.gov.vn',
    ];
    expect(sites.filter((s) => !profileForHost(`www.${s}`))).toEqual([]);
    for (const p of PROFILES) for (const l of p.layouts) expect(l.body.length, `${p.id}/${l.name}`).toBeGreaterThan(0);
  });
  it('matches profiles by host and parent domain', () => {
    expect(profileForHost('news.zing.vn')?.id).toBe('znews');
    expect(profileForHost('www.plo.vn')?.id).toBe('plo');
    expect(profileForHost('example.com')).toBeNull();
  });
});

describe('decodeHtmlBytes', () => {
  it('honours BOM, declared charset and defaults to UTF-8', () => {
    const utf8 = new TextEncoder().encode('<p>Tiếng Việt</p>');
    expect(decodeHtmlBytes(utf8)).toBe('<p>Tiếng Việt</p>');
    expect(decodeHtmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe('<p>Tiếng Việt</p>');
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'),
      0xe9,
      ...new TextEncoder().encode('</p>'),
    ]);
    expect(decodeHtmlBytes(latin)).toContain('café');
    const w1258 = new Uint8Array([
      ...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>'),
      0xf0,
    ]);
    expect(decodeHtmlBytes(w1258)).toContain('đ');
  });
});
