// The pipeline on crafted pages: generic Vietnamese path, profile fall-through, not-an-article verdicts.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';

const PARA = [
  'Chiều 24/5, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã điện đàm với Phó Chủ tịch Ủy ban châu Âu về quan hệ hợp tác giữa hai bên trong thời gian tới.',
  'Hai bên nhất trí thúc đẩy triển khai hiệu quả Hiệp định Thương mại tự do Việt Nam - EU (EVFTA), tạo thuận lợi cho doanh nghiệp hai bên tiếp cận thị trường của nhau.',
  'Bộ trưởng đề nghị EU sớm phê chuẩn Hiệp định Bảo hộ đầu tư (EVIPA) và gỡ bỏ thẻ vàng đối với thủy sản Việt Nam trong thời gian sớm nhất có thể.',
  'Phía EU khẳng định coi trọng quan hệ Đối tác và Hợp tác toàn diện với Việt Nam, mong muốn tăng cường hợp tác trong các lĩnh vực thương mại, đầu tư và biến đổi khí hậu.',
];

function page(body: string, head = ''): Document {
  return parseHtml(
    `<!doctype html><html lang="vi"><head><title>Thúc đẩy quan hệ Việt Nam - EU | Báo Mẫu</title>${head}</head><body>${body}</body></html>`,
  );
}

const related = (title: string) =>
  `<div class="box-more"><h3>${title}</h3><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/tin-${i}.html">Tiêu đề tin số ${i} về một sự kiện khác hoàn toàn</a></li>`).join('')}</ul></div>`;

describe('generic Vietnamese path', () => {
  const doc = page(
    `<header><nav><a href="/">Trang chủ</a><a href="/the-gioi">Thế giới</a></nav></header>
     <main><article>
       <h1>Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU tương xứng với tiềm năng</h1>
       <div class="meta"><span class="date">Thứ tư, 25/05/2022, 08:30 (GMT+7)</span></div>
       <div class="sapo">Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Đại diện cấp cao EU về chính sách an ninh và đối ngoại Josep Borrell.</div>
       <div class="content">${PARA.map((p) => `<p>${p}</p>`).join('')}
         <figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" alt="Điện đàm"><figcaption>Bộ trưởng Bùi Thanh Sơn điện đàm. Ảnh: Tuấn Anh</figcaption></figure>
         <p style="text-align:right"><strong>Hoàng Phương</strong></p>
       </div>
       ${related('Tin liên quan')}${related('Có thể bạn quan tâm')}
       <div class="follow">Theo dõi Báo Mẫu trên <a href="https://news.google.com">Google News</a></div>
     </article>${related('Xem nhiều')}</main><footer>Phiên bản di động</footer>`,
  );
  const r = extractArticle(
    doc,
    'https://bao-mau.example.vn/the-gioi/thuc-day-quan-he-123.html?utm_source=fb',
  ) as Article;

  it('extracts the article with the generic path', () => {
    expect(r.kind).toBe('article');
    expect(r.extractor.path).toBe('generic');
    expect(r.canonicalUrl).toBe('https://bao-mau.example.vn/the-gioi/thuc-day-quan-he-123.html');
    expect(r.title).toBe('Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU tương xứng với tiềm năng');
  });
  it('keeps the lead, the body and the caption, drops boilerplate boxes', () => {
    expect(r.lead).toMatch(/^Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm/);
    for (const p of PARA) expect(r.bodyText).toContain(p);
    expect(r.bodyText).toContain('Bộ trưởng Bùi Thanh Sơn điện đàm. Ảnh: Tuấn Anh');
    expect(r.bodyText).not.toMatch(
      /Tin liên quan|Có thể bạn quan tâm|Xem nhiều|Tiêu đề tin số|Theo dõi|Phiên bản di động/,
    );
  });
  it('finds the byline and the date', () => {
    expect(r.authors).toEqual(['Hoàng Phương']);
    expect(r.bodyText).not.toContain('Hoàng Phương');
    expect(r.published).toBe('2022-05-25T08:30:00+07:00');
  });
  it('resolves lazy images and splits the photo credit', () => {
    expect(r.images).toEqual([
      {
        src: 'https://bao-mau.example.vn/img/a.jpg',
        alt: 'Điện đàm',
        caption: 'Bộ trưởng Bùi Thanh Sơn điện đàm.',
        credit: 'Ảnh: Tuấn Anh',
      },
    ]);
    expect(r.bodyHtml).toContain('<img src="https://bao-mau.example.vn/img/a.jpg"');
    expect(r.lang).toBe('vi');
    expect(r.wordCount).toBeGreaterThan(100);
  });
  it('says when the year of a visible date is missing', () => {
    const d = page(
      `<h1>Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU</h1><span class="date">Chiều 24/5</span>${PARA.map((p) => `<p>${p}</p>`).join('')}`,
    );
    const a = extractArticle(d, 'https://bao-mau.example.vn/bai-viet-123.html') as Article;
    expect(a.published).toBeNull();
    expect(a.publishedNote).toMatch(/without a year/);
  });
});

describe('relative links', () => {
  it('resolve against <base href> or the page address, never the canonical of a syndicated page', () => {
    const doc = parseHtml(
      `<html><head><base href="https://cdn.example.vn/assets/"><link rel="canonical" href="https://other.example.com/x"></head><body><h1>Tiêu đề bài báo thử nghiệm đường dẫn</h1><p>${PARA[0]} <a href="rel/link">liên kết</a></p><p>${PARA[1]}</p><img src="img/a.jpg" alt=""><p>${PARA[2]}</p></body></html>`,
    );
    const r = extractArticle(doc, 'https://bao.example.vn/bai-1.html', { force: true }) as Article;
    expect(r.bodyHtml).toContain('href="https://cdn.example.vn/assets/rel/link"');
    expect(r.images.map((i) => i.src)).toEqual(['https://cdn.example.vn/assets/img/a.jpg']);
    expect(r.canonicalUrl).toBe('https://other.example.com/x');
  });
});

describe('a claimed site redesigned', () => {
  // Issue 11: a redesign is the normal case. With no body selector matching, the profile path reads the
  // page's prose region (found from the text alone) instead of handing the page to Readability.
  it('is read from its prose region, and says so', () => {
    const doc = page(
      `<h1 class="new-title">Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU</h1><div class="new-body">${PARA.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const r = extractArticle(doc, 'https://vnexpress.net/thuc-day-quan-he-4420519.html') as Article;
    expect(r.kind).toBe('article');
    expect(r.extractor.path).toBe('profile');
    expect(r.extractor.profile).toBe('vnexpress');
    expect(r.extractor.fallbackReason).toMatch(/no vnexpress layout matched.*prose region/);
    expect(r.siteName).toBe('VnExpress');
    expect(r.title).toBe('Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU');
    expect(r.bodyText).toContain(PARA[2]);
  });
  it('falls through to the generic path when the page has no running prose of its own', () => {
    const doc = page(
      `<h1 class="new-title">Thúc đẩy quan hệ hợp tác giữa Việt Nam và EU</h1><div class="new-body"><p>${PARA[0]}</p></div>`,
    );
    const r = extractArticle(doc, 'https://vnexpress.net/thuc-day-quan-he-4420519.html') as Article;
    expect(r.kind).toBe('article');
    expect(r.extractor.path).toBe('generic');
    expect(r.extractor.fallbackReason).toMatch(/no vnexpress layout matched/);
  });
});

describe('not an article', () => {
  const headlines = Array.from(
    { length: 30 },
    (_, i) =>
      `<article class="story"><h3><a href="/tin-${i}.html">Tiêu đề bài báo số ${i} về thời sự trong nước</a></h3><p>Mô tả ngắn.</p></article>`,
  ).join('');
  it('refuses a home page', () => {
    const r = extractArticle(page(headlines), 'https://bao-mau.example.vn/');
    expect(r).toMatchObject({ kind: 'not-article', code: 'listing' });
  });
  it('refuses a section page', () => {
    const r = extractArticle(page(`<h1>Thời sự</h1>${headlines}`), 'https://bao-mau.example.vn/thoi-su');
    expect(r).toMatchObject({ kind: 'not-article', code: 'listing' });
  });
  it('refuses a search results page', () => {
    const r = extractArticle(page(headlines), 'https://bao-mau.example.vn/tim-kiem?q=EVFTA');
    expect(r).toMatchObject({ kind: 'not-article', code: 'listing' });
    if (r.kind === 'not-article') expect(r.reason).toMatch(/search/);
  });
  it('refuses a video-only page', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"VideoObject","name":"Bản tin"}</script><meta property="og:type" content="video.other">';
    const r = extractArticle(
      page('<h1>Bản tin thời sự 19h</h1><video src="/v.mp4"></video><p>Xem video.</p>', ld),
      'https://bao-mau.example.vn/video/ban-tin-1.html',
    );
    expect(r).toMatchObject({ kind: 'not-article', code: 'video' });
  });
  it('never refuses a short real article surrounded by headline lists', () => {
    const short = `<h1>Thủ tướng tiếp Đại sứ Liên minh châu Âu tại Việt Nam</h1><div class="content"><p>${PARA[0]}</p><p>${PARA[1]}</p></div>`;
    const r = extractArticle(page(short + headlines), 'https://bao-mau.example.vn/thu-tuong-tiep-dai-su-eu-123.html');
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.bodyText).toContain(PARA[1]);
  });
  it('extracts anyway when forced', () => {
    const r = extractArticle(
      page(`<h1>Thời sự hôm nay</h1>${PARA.map((p) => `<p>${p}</p>`).join('')}`),
      'https://bao-mau.example.vn/',
      { force: true },
    );
    expect(r.kind).toBe('article');
  });
  it('refuses a document without a body', () => {
    const r = extractArticle({ documentElement: null, body: null } as unknown as Document, 'https://x.vn/a');
    expect(r).toMatchObject({ kind: 'not-article', code: 'unsupported' });
  });
});
