// Date lines of older layouts found by position (round 2, class 4b): a page without date metadata or a dated
// element shows its date in a line next to the headline; it is read there, not from the top bar's clock or
// from the list of other stories (which holds many dates).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';

const P = [
  'Hội nghị thượng đỉnh đã khai mạc sáng nay với sự tham dự của lãnh đạo hơn hai mươi quốc gia và vùng lãnh thổ trong khu vực.',
  'Các nhà lãnh đạo thảo luận về hợp tác kinh tế, an ninh năng lượng và ứng phó với biến đổi khí hậu trong giai đoạn mới.',
  'Nước chủ nhà đề xuất thành lập quỹ chung nhằm hỗ trợ các nước đang phát triển chuyển đổi sang năng lượng sạch.',
  'Hội nghị dự kiến thông qua tuyên bố chung vào cuối ngày mai, sau hai ngày làm việc với nhiều phiên thảo luận chuyên đề.',
];
const H1 = 'Khai mạc hội nghị thượng đỉnh về hợp tác năng lượng khu vực';
const otherStories = `<div class="col-right"><div class="title-box">Tin khác</div><ul>${[1, 2, 3, 4, 5, 6]
  .map(
    (i) =>
      `<li><a href="/tin-${i}.html">Tin số ${i} về một sự kiện khác trong tuần</a> <span>(1${i}/12/2012)</span></li>`,
  )
  .join('')}</ul></div>`;

function old(headerLine: string, where: 'after' | 'before'): Article {
  const url = 'https://baocu.vn/News/the-gioi/2012/12/khai-mac-hoi-nghi.aspx';
  const line = `<div class="fon7">${headerLine}</div>`;
  const html = `<!doctype html><html lang="vi"><head><title>${H1}</title></head><body>
<table width="100%"><tr><td class="top">Hà Nội, thứ Sáu 21/12/2012 09:41</td></tr></table>${otherStories}
<table class="main"><tr><td>${where === 'before' ? line : ''}<h1 class="fon31">${H1}</h1>${where === 'after' ? line : ''}
<div class="fon34">${P.map((p) => `${p}<br><br>`).join('')}</div></td></tr></table></body></html>`;
  const r = extractArticle(parseHtml(html, url), url);
  if (r.kind !== 'article') throw new Error(r.reason);
  return r;
}

describe('date lines by position', () => {
  it.each([
    ['Thứ năm, 20/12/2012, 16:10 GMT+7', 'after', '2012-12-20T16:10:00+07:00'],
    ['20/12/2012 16:10', 'after', '2012-12-20T16:10:00+07:00'],
    ['Cập nhật lúc 16:10 ngày 20/12/2012', 'before', '2012-12-20T16:10:00+07:00'],
  ] as const)('%s (%s the headline)', (line, where, iso) => {
    expect(old(line, where).published).toBe(iso);
  });

  it('without a date line, neither the top bar’s clock nor another story’s date is taken', () => {
    const a = old('Bản in', 'after');
    expect(a.published).toBeNull();
  });
});
