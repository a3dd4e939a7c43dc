// Reporters, not publishers (issue 11 item 3): a byline's people are the authors, the source it credits is
// `source`; publications, roles and CMS accounts are never authors; a byline taken out of the body is reported,
// and one left at the end of the body does not stay there. Trailing credit fragments are not article text.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { isBylineText, parseByline, parseCredit } from '../../lib/meta';

describe('credits', () => {
  it.each([
    ['Theo TTXVN', [], 'TTXVN'],
    ['Theo Ngôi Sao', [], 'Ngôi Sao'],
    ['(tổng hợp)', [], 'tổng hợp'],
    ['(theo online-tech-tips)', [], 'online-tech-tips'],
    ['Hà Thu (tổng hợp)', ['Hà Thu'], 'tổng hợp'],
    ['Ca Tiếu(theo online-tech-tips)', ['Ca Tiếu'], 'online-tech-tips'],
    ['Theo Sầm Hoa (Vietnamnet/Reuters)', ['Sầm Hoa'], 'Vietnamnet/Reuters'],
    ['Theo Minh Nguyễn/Vcamp.vn', ['Minh Nguyễn'], 'Vcamp.vn'],
    ['Minh Anh - Theo Reuters', ['Minh Anh'], 'Reuters'],
    ['Nguồn tin: vov.vn', [], 'vov.vn'],
    ['Theo Hoàng Lan - Báo Đất Việt', ['Hoàng Lan'], 'Báo Đất Việt'],
    ['Theo Hà Thu / Dân trí', ['Hà Thu'], 'Dân trí'],
    ['Hoàng Lan - Tạp chí Cộng sản', ['Hoàng Lan'], 'Tạp chí Cộng sản'],
    ['Tin, ảnh: PHƯƠNG LINH', ['PHƯƠNG LINH'], null],
    ['Quang Phong - Tùng Nguyên', ['Quang Phong', 'Tùng Nguyên'], null],
    ['Ảnh: Misso', [], null],
  ])('%s', (line, names, source) => {
    expect(parseCredit(line)).toEqual({ names, source });
  });

  it.each([
    'Admin',
    'SEO',
    'Traffic Team',
    'BTV',
    'PV',
    'Ban Biên tập',
    'Ngoisao',
    'XinhXinh',
    'VietNamNet News',
    '2024',
    '***',
  ])('never an author: %s', (name) => {
    expect(parseByline(name)).toEqual([]);
  });

  it.each([
    'Staff Writer',
    'By Staff Writer',
    'Senior Correspondent',
    'Chief Political Correspondent',
    'Opinion Columnist',
    'Contributor',
    'Tuesday',
    'Tuesday, March 5, 2019',
    'March',
    'Updated',
    'Posted',
    'Thứ Ba',
    'Chủ Nhật',
    'Associated Press',
  ])('role, job title, date word or publisher, never an author: %s', (text) => {
    expect(parseByline(text)).toEqual([]);
  });

  it.each([
    ['By John Smith', ['John Smith']],
    ['John Smith, Staff Writer', ['John Smith']],
    ['Jane Doe | Reporter', ['Jane Doe']],
    ['Written by Theresa May', ['Theresa May']],
    ['Nam', ['Nam']],
    ['Trần Thị Mai', ['Trần Thị Mai']],
  ])('keeps the person of %s', (text, names) => {
    expect(parseByline(text)).toEqual(names);
  });

  it('keeps a team of reporters and initials', () => {
    expect(parseByline('Nhóm PV')).toEqual(['Nhóm PV']);
    expect(parseByline('H.V.')).toEqual(['H.V']);
  });

  it('reads short credit lines as bylines, sentences not', () => {
    expect(isBylineText('Hà Thu (tổng hợp)')).toBe(true);
    expect(isBylineText('(theo online-tech-tips)')).toBe(true);
    expect(isBylineText('Kế hoạch triển khai theo lộ trình mới')).toBe(false);
    expect(isBylineText('Ông cho biết dự án sẽ hoàn thành trong năm nay.')).toBe(false);
  });
});

const P = [
  'Hội nghị thượng đỉnh đã khai mạc sáng nay với sự tham dự của lãnh đạo hơn hai mươi quốc gia và vùng lãnh thổ trong khu vực.',
  'Các nhà lãnh đạo thảo luận về hợp tác kinh tế, an ninh năng lượng và ứng phó với biến đổi khí hậu trong giai đoạn mới.',
  'Nước chủ nhà đề xuất thành lập quỹ chung nhằm hỗ trợ các nước đang phát triển chuyển đổi sang năng lượng sạch.',
  'Hội nghị dự kiến thông qua tuyên bố chung vào cuối ngày mai, sau hai ngày làm việc với nhiều phiên thảo luận chuyên đề.',
];
const TITLE = 'Khai mạc hội nghị thượng đỉnh về hợp tác năng lượng khu vực';

function extract(url: string, body: string, head = ''): Article {
  const html = `<!doctype html><html lang="vi"><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`;
  const r = extractArticle(parseHtml(html, url), url);
  if (r.kind !== 'article') throw new Error(`not an article: ${r.reason}`);
  return r;
}
const vnexpress = (last: string[], head = '') =>
  extract(
    'https://vnexpress.net/khai-mac-hoi-nghi-4800100.html',
    `<h1 class="title-detail">${TITLE}</h1><p class="description">Lãnh đạo hơn hai mươi nước dự hội nghị thượng đỉnh về năng lượng khai mạc sáng nay.</p>
     <article class="fck_detail">${P.map((t) => `<p class="Normal">${t}</p>`).join('')}${last.map((t) => `<p class="Normal" style="text-align:right;">${t}</p>`).join('')}</article>`,
    head,
  );

describe('bylines in pages', () => {
  it('a byline with its source at the end of the body: author and source, out of the body', () => {
    const a = vnexpress(['Ca Tiếu(theo online-tech-tips)']);
    expect(a.authors).toEqual(['Ca Tiếu']);
    expect(a.source).toBe('online-tech-tips');
    expect(a.bodyText).not.toContain('Ca Tiếu');
  });

  it('"Theo TTXVN": the source, no author', () => {
    const a = vnexpress(['Theo TTXVN']);
    expect(a.authors).toEqual([]);
    expect(a.source).toBe('TTXVN');
    expect(a.bodyText).not.toContain('TTXVN');
  });

  it('credit fragments at the end are not article text; a photo credit names no author', () => {
    const a = vnexpress(['H.V.', 'Ảnh: Misso']);
    expect(a.bodyText.endsWith(P[3]!)).toBe(true);
    expect(a.authors).toEqual(['H.V']);
  });

  it('a reporter and a photo credit on one line ("H.V.<br>Ảnh: Misso"): the reporter is the author', () => {
    expect(parseCredit('H.V. Ảnh: Misso')).toEqual({ names: ['H.V'], source: null });
    expect(parseCredit('Tin, ảnh: PHƯƠNG LINH')).toEqual({ names: ['PHƯƠNG LINH'], source: null });
    expect(parseCredit('Ảnh: Misso')).toEqual({ names: [], source: null });
    const a = vnexpress(['H.V.<br>Ảnh: Misso']);
    expect(a.authors).toEqual(['H.V']);
    expect(a.bodyText.endsWith(P[3]!)).toBe(true);
  });

  it('a widget counter after the signature ("6 người") neither stays in the body nor hides the byline', () => {
    const a = extract(
      'https://vnexpress.net/khai-mac-hoi-nghi-4800102.html',
      `<h1 class="title-detail">${TITLE}</h1><p class="description">Lãnh đạo hơn hai mươi nước dự hội nghị thượng đỉnh về năng lượng khai mạc sáng nay.</p>
       <article class="fck_detail">${P.map((t) => `<p class="Normal">${t}</p>`).join('')}<p class="Normal" align="right"><strong>Nguyễn Đình Quân</strong></p><p>6 người</p></article>`,
    );
    expect(a.authors).toEqual(['Nguyễn Đình Quân']);
    expect(a.bodyText.endsWith(P[3]!)).toBe(true);
  });

  it('a byline the profile removes from the body is reported', () => {
    const a = extract(
      'https://plo.vn/khai-mac-hoi-nghi-post900.html',
      `<h1 class="article__title">${TITLE}</h1><div class="article__sapo">Lãnh đạo hơn hai mươi nước dự hội nghị thượng đỉnh về năng lượng khai mạc sáng nay.</div>
       <div class="article__body cms-body">${P.map((t) => `<p>${t}</p>`).join('')}<div class="article__author"><span class="ten">Hà Thu (tổng hợp)</span></div></div>`,
    );
    expect(a.authors).toEqual(['Hà Thu']);
    expect(a.source).toBe('tổng hợp');
    expect(a.bodyText).not.toContain('Hà Thu');
  });

  it('an author box right after a long body is the article’s own', () => {
    const long = Array.from({ length: 12 }, () => P).flat();
    const a = extract(
      'https://plo.vn/khai-mac-hoi-nghi-post901.html',
      `<h1 class="article__title">${TITLE}</h1><div class="article__sapo">Lãnh đạo hơn hai mươi nước dự hội nghị thượng đỉnh về năng lượng khai mạc sáng nay.</div>
       <div class="article__body cms-body">${long.map((t) => `<p>${t}</p>`).join('')}</div><div class="article__author"><p class="name">Hà Thu</p></div>`,
    );
    expect(a.authors).toEqual(['Hà Thu']);
  });

  it.each(['Ngoisao', 'XinhXinh', 'VietNamNet News', 'SEO', 'Traffic Team', 'Admin'])(
    'meta author "%s" is no author',
    (who) => {
      const a = extract(
        'https://ngoisao.vnexpress.net/khai-mac-hoi-nghi-4800200.html',
        `<h1 class="title-detail">${TITLE}</h1><article class="fck_detail">${P.map((t) => `<p class="Normal">${t}</p>`).join('')}</article>`,
        `<meta name="author" content="${who}">`,
      );
      expect(a.authors).toEqual([]);
    },
  );

  it("the page's own publication is no author, even on a site without a profile", () => {
    const a = extract(
      'https://baomau.vn/khai-mac-hoi-nghi.html',
      `<article><h1>${TITLE}</h1><div class="entry">${P.map((t) => `<p>${t}</p>`).join('')}</div></article>`,
      '<meta property="og:site_name" content="Báo Mẫu"><meta name="author" content="Báo Mẫu">',
    );
    expect(a.authors).toEqual([]);
  });

  it('the generic path credits the source a trailing line names (a republished article)', () => {
    const a = extract(
      'https://baomau.vn/khai-mac-hoi-nghi-2.html',
      `<article><h1>${TITLE}</h1><div class="entry">${P.map((t) => `<p>${t}</p>`).join('')}<p>Nguồn tin: vov.vn</p></div></article>`,
    );
    expect(a.extractor.path).toBe('generic');
    expect(a.source).toBe('vov.vn');
    expect(a.bodyText).not.toContain('Nguồn tin');
  });
});
