// Titles without what sites append (issue 11 item 3, issue 13 item 7): site names and their variants,
// sections, media labels, the site's self-description, an accentless keyword echo; and a pathological
// og:title handled in linear time with a cap.
import { describe, expect, it } from 'vitest';
import { cleanTitle, MAX_TITLE_CHARS, stripSiteSuffix } from '../../lib/meta';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../node/parse-html';

describe('title suffixes', () => {
  it.each([
    [
      'Tàu cá bị đâm chìm - Ảnh | Trang thông tin điện tử tổng hợp Báo Mẫu',
      'Báo Mẫu',
      'baomau.vn',
      'Tàu cá bị đâm chìm',
    ],
    ['Lễ hội pháo hoa quốc tế | Video 2 - Báo Mẫu', 'Báo Mẫu', 'baomau.vn', 'Lễ hội pháo hoa quốc tế'],
    [
      'Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh - Zing News | Xã hội',
      'Znews',
      'news.zing.vn',
      'Mọi ngả đường về nhà thờ tắc nghẽn đêm Giáng sinh',
    ],
    ['Hội nghị ASEAN-EU - Báo điện tử VietNamNet News', 'VietNamNet', 'vietnamnet.vn', 'Hội nghị ASEAN-EU'],
    [
      'Đột nhập lò luyện thi công chức Hàn Quốc-lo luyen thi cong chuc o han',
      '24h',
      '24h.com.vn',
      'Đột nhập lò luyện thi công chức Hàn Quốc',
    ],
    ['Baomau.vn - Giá vàng hôm nay tăng mạnh', 'Báo Mẫu', 'baomau.vn', 'Giá vàng hôm nay tăng mạnh'],
  ])('%s', (raw, site, domain, expected) => {
    expect(stripSiteSuffix(raw, site, domain)).toBe(expected);
  });

  it.each([
    ['Bình Dương, Bà Rịa - Vũng Tàu (cũ)', 'a dash inside the title'],
    ['Việt Nam - Lào: Tham khảo chính trị cấp Thứ trưởng', 'a country pair and a colon'],
    ['Bộ Y tế - Thông tin về dịch bệnh', 'a short phrase that only starts like a description'],
    ['iPhone 17 - đánh giá nhanh', 'a lower-case tail with accents is no keyword echo'],
  ])('keeps %s (%s)', (raw) => {
    expect(stripSiteSuffix(raw, 'Báo Mẫu', 'baomau.vn')).toBe(raw);
  });

  it('cuts a 54 KB og:title of repeated separators to a bounded title', () => {
    const huge = `Tiêu đề thật ${' - |'.repeat(13_500)} Báo Mẫu`;
    const out = stripSiteSuffix(huge, 'Báo Mẫu', 'baomau.vn');
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(out.startsWith('Tiêu đề thật')).toBe(true);
  });

  it('drops markup debris and caps a title', () => {
    expect(cleanTitle('Amazon: Kẻ lão luyện</>')).toBe('Amazon: Kẻ lão luyện');
    expect(cleanTitle(`Từ ${'rất '.repeat(300)}dài`).length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  it('gives an article without a headline its metadata title without the junk', () => {
    const html = `<html lang="vi"><head><meta property="og:title" content="Tàu cá bị đâm chìm - Ảnh | Trang thông tin điện tử tổng hợp Báo Mẫu"><meta property="og:site_name" content="Báo Mẫu"></head><body><div class="noi-dung">${'<p>Ngư dân đã được cứu sống sau nhiều giờ trôi dạt trên biển, lực lượng cứu hộ cho biết sáng nay.</p>'.repeat(6)}</div></body></html>`;
    const r = extractArticle(parseHtml(html), 'https://baomau.vn/tau-ca-bi-dam-chim-123.html');
    expect(r.kind === 'article' && r.title).toBe('Tàu cá bị đâm chìm');
  });
});
