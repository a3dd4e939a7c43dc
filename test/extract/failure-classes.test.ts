// One small page per failure class of issue 11 (profiles that must fail safe) and issue 14 (lead prefixes),
// built on the templates the profiles describe. They test the rules; the real pages and their mutated copies
// (golden and layout-drift tests) are the evidence that the rules work.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';

const P = [
  'Sáng 12/5, Thủ tướng đã chủ trì phiên họp Chính phủ thường kỳ tháng 4 với các bộ, ngành và địa phương trên cả nước.',
  'Phát biểu khai mạc, Thủ tướng nêu rõ kinh tế vĩ mô tiếp tục ổn định, lạm phát được kiểm soát, các cân đối lớn được bảo đảm.',
  'Các đại biểu đã thảo luận về tình hình giải ngân vốn đầu tư công, thúc đẩy sản xuất kinh doanh và tháo gỡ khó khăn cho doanh nghiệp.',
  'Bộ trưởng Bộ Kế hoạch và Đầu tư báo cáo tổng kim ngạch xuất nhập khẩu bốn tháng đầu năm tăng hơn mười lăm phần trăm so với cùng kỳ.',
  'Thủ tướng yêu cầu các bộ, ngành tiếp tục cắt giảm thủ tục hành chính, đẩy mạnh chuyển đổi số và cải thiện môi trường đầu tư kinh doanh.',
  'Kết luận phiên họp, Thủ tướng nhấn mạnh quyết tâm hoàn thành cao nhất các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm nay.',
];
const SAPO =
  'Chính phủ họp phiên thường kỳ tháng 4, bàn các giải pháp thúc đẩy tăng trưởng, giải ngân đầu tư công và tháo gỡ khó khăn cho doanh nghiệp.';
const TITLE = 'Chính phủ họp phiên thường kỳ tháng 4 bàn giải pháp tăng trưởng';
const p = (t: string) => `<p>${t}</p>`;

function extract(body: string, url: string, head = ''): Article {
  const html = `<!doctype html><html lang="vi"><head><title>${TITLE}</title>${head}</head><body>${body}</body></html>`;
  const r = extractArticle(parseHtml(html, url), url);
  if (r.kind !== 'article') throw new Error(`not an article: ${r.reason}`);
  return r;
}
const text = (a: Article) => [a.lead ?? '', a.bodyText].join('\n\n');

describe('profiles fail safe', () => {
  it('keep an in-body editorial box of article prose that the profile removes (VCCorp div[type=content])', () => {
    const a = extract(
      `<h1 class="detail-title">${TITLE}</h1><h2 class="detail-sapo">${SAPO}</h2>
       <div class="detail-content afcbc-body">${p(P[0]!)}${p(P[1]!)}
         <div class="VCSortableInPreviewMode" type="content"><h3>Xuất nhập khẩu tăng mạnh</h3>${p(P[2]!)}${p(P[3]!)}${p(P[4]!)}</div>
         <div class="VCSortableInPreviewMode" type="RelatedNewsBox"><ul>${[1, 2, 3].map((i) => `<li><a href="/tin-${i}.htm">Tin liên quan số ${i} về một chủ đề khác hẳn</a></li>`).join('')}</ul></div>
         ${p(P[5]!)}</div>`,
      'https://tuoitre.vn/chinh-phu-hop-phien-thuong-ky-20260512.htm',
    );
    for (const para of P) expect(a.bodyText).toContain(para);
    expect(a.bodyText).toContain('Xuất nhập khẩu tăng mạnh');
    expect(a.bodyText).not.toContain('Tin liên quan số');
    expect(a.extractor.profile).toBe('tuoitre');
  });

  it('drop an in-body box of related-story cards laid out as table rows or list items (thumbnail, linked headline, sapo)', () => {
    const card = (i: number) =>
      `<a href="/tin-khac-${i}.htm"><img src="https://example-cdn.vn/thumb-${i}.jpg"></a><a href="/tin-khac-${i}.htm">Một câu chuyện khác hẳn số ${i} được nhiều người đọc</a>` +
      `<p>Tóm tắt của câu chuyện khác số ${i}, viết như một đoạn văn ngắn để mời người đọc bấm vào xem tiếp.</p>`;
    const rows = `<table><tbody>${[1, 2, 3].map((i) => `<tr><td valign="top">${card(i)}</td></tr>`).join('')}</tbody></table>`;
    const items = `<ul>${[4, 5, 6].map((i) => `<li>${card(i)}</li>`).join('')}</ul>`;
    // A redesigned layout (no body selector of the profile matches): the page's prose region is read.
    const a = extract(
      `<h1>${TITLE}</h1><div class="main-2026"><div class="story-2026">${P.slice(0, 3).map(p).join('')}<div class="box">${rows}</div>${P.slice(3).map(p).join('')}<div class="box">${items}</div></div></div>`,
      'https://soha.vn/chinh-phu-hop-phien-thuong-ky-20260512102525545.htm',
    );
    for (const para of P) expect(a.bodyText).toContain(para);
    expect(a.bodyText).not.toMatch(/câu chuyện khác/);
  });

  it('add the prose that continues right after a body half-found (the rest in a new container)', () => {
    const a = extract(
      `<h1 class="article__title">${TITLE}</h1><div class="article__sapo">${SAPO}</div>
       <div class="article__body cms-body">${p(P[0]!)}${p(P[1]!)}</div>
       <div class="ads"><script>ads()</script></div>
       <div class="article__body-continued">${P.slice(2).map(p).join('')}</div>
       <div class="article__tag"><a href="/tag/chinh-phu">Chính phủ</a></div>`,
      'https://plo.vn/chinh-phu-hop-phien-thuong-ky-post123.html',
    );
    for (const para of P) expect(a.bodyText).toContain(para);
    expect(a.bodyText).not.toContain('Chính phủ\n');
  });

  it('read the prose region when the body selector matches a small box instead of the article', () => {
    const a = extract(
      `<h1 class="title-detail">${TITLE}</h1><p class="description">${SAPO}</p>
       <aside><div class="fck_detail"><p>Bạn đọc có thể gửi ý kiến về bài viết cho tòa soạn.</p></div></aside>
       <article class="content-detail-2026">${P.map(p).join('')}</article>`,
      'https://vnexpress.net/chinh-phu-hop-phien-thuong-ky-4800000.html',
    );
    for (const para of P) expect(a.bodyText).toContain(para);
    expect(a.extractor.fallbackReason).toMatch(/prose region/);
  });

  it('keep a short article when more prose follows it (readers’ comments are no better body)', () => {
    const comment = (i: number) =>
      `<div class="cmt-item"><b>Bạn đọc ${i}</b><p>Tôi hoàn toàn đồng ý với ý kiến này, mong rằng các cơ quan chức năng sớm có giải pháp cụ thể và hiệu quả hơn nữa trong thời gian tới để người dân yên tâm.</p></div>`;
    const a = extract(
      `<h1 class="title-detail">${TITLE}</h1><p class="description">${SAPO}</p>
       <article class="fck_detail">${P.slice(0, 3).map(p).join('')}</article>
       <section class="comments">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</section>`,
      'https://vnexpress.net/chinh-phu-hop-phien-thuong-ky-4800003.html',
    );
    expect(a.bodyText).toContain(P[2]!);
    expect(a.bodyText).not.toContain('Tôi hoàn toàn đồng ý');
    expect(a.extractor.fallbackReason).toBeNull();
  });

  it('drop a linked banner from another host, keep a photo from the site’s own picture host', () => {
    const a = extract(
      `<h1 class="title-detail">${TITLE}</h1><p class="description">${SAPO}</p>
       <article class="fck_detail">${p(P[0]!)}<p><a href="https://shop.example.com/?utm_source=vnexpress"><img src="https://ads.example.net/banner-300x250.jpg" alt="Khuyến mãi"></a></p>
         ${p(P[1]!)}<figure><a href="https://i1-vnexpress.vnecdn.net/2026/05/12/hop-lon.jpg"><img src="https://i1-vnexpress.vnecdn.net/2026/05/12/hop.jpg" alt="Phiên họp"></a><figcaption>Toàn cảnh phiên họp.</figcaption></figure>
         ${P.slice(2).map(p).join('')}</article>`,
      'https://vnexpress.net/chinh-phu-hop-phien-thuong-ky-4800004.html',
    );
    expect(a.images.map((i) => i.src)).toEqual(['https://i1-vnexpress.vnecdn.net/2026/05/12/hop.jpg']);
  });

  it('find a new layout’s sapo in an h2, and take no lead from a related story card', () => {
    const card = `<div class="box-x1"><a href="/khac.html"><img src="/a.jpg" alt=""></a><h3><a href="/khac.html">Một bài báo khác hoàn toàn về giá vàng hôm nay</a></h3><p class="sapo">Giá vàng trong nước tăng mạnh phiên sáng nay theo đà thế giới, nhiều cửa hàng tạm ngừng giao dịch.</p></div>`;
    const a = extract(
      `${card}<div class="c-8f2a"><h1 class="c-1b7e">${TITLE}</h1><h2 class="c-93d0">${SAPO}</h2>
       <div class="c-77aa">${P.map(p).join('')}</div></div>`,
      'https://baoquocte.vn/chinh-phu-hop-phien-thuong-ky-250000.html',
    );
    expect(a.lead).toBe(SAPO);
    expect(a.bodyText).not.toContain(SAPO);
    expect(text(a)).not.toContain('Giá vàng trong nước');
  });

  it('date the article by its own date, never by the clock in the page header', () => {
    const header =
      '<div class="top-bar"><span class="date">Thứ Hai, 07/12/2026 08:15</span><a href="/">Trang chủ</a></div>';
    const withDate = extract(
      `${header}<h1 class="b-title">${TITLE}</h1><p class="meta-2026">12/05/2026 10:30</p><div class="b-maincontent">${P.map(p).join('')}</div>`,
      'https://hanoimoi.vn/chinh-phu-hop-phien-thuong-ky-700000.html',
    );
    expect(withDate.published).toBe('2026-05-12T10:30:00+07:00');
    const withoutDate = extract(
      `${header}<h1 class="b-title">${TITLE}</h1><div class="b-maincontent">${P.map(p).join('')}</div>`,
      'https://hanoimoi.vn/chinh-phu-hop-phien-thuong-ky-700001.html',
    );
    expect(withoutDate.published).toBeNull();
  });
});

describe('lead prefixes and glued datelines are not article text (issue 14)', () => {
  it.each([
    ['(PLO)- ', 'https://plo.vn/a-post1.html'],
    ['TT - ', 'https://tuoitre.vn/a-2026.htm'],
    ['(Dân trí) - ', 'https://dantri.com.vn/a-2026.htm'],
    ['TTO - ', 'https://tuoitre.vn/b-2026.htm'],
    ['HÀ NỘI - ', 'https://plo.vn/b-post2.html'],
  ])('%s', (prefix, url) => {
    const a = extract(
      `<h1 class="article__title detail-title title-page">${TITLE}</h1><h2 class="article__sapo detail-sapo singular-sapo">${prefix}${SAPO}</h2><div class="article__body detail-content afcbc-body singular-content">${P.map(p).join('')}</div>`,
      url,
    );
    expect(a.lead).toBe(SAPO);
  });

  it('drops a location stamp glued to the first word, marked or not', () => {
    const marked = extract(
      `<h1 class="title-detail">${TITLE}</h1><p class="description"><span class="location-stamp">TP HCM</span>${SAPO}</p><article class="fck_detail">${P.map(p).join('')}</article>`,
      'https://vnexpress.net/a-4800001.html',
    );
    expect(marked.lead).toBe(SAPO);
    const unmarked = extract(
      `<h1 class="title-detail">${TITLE}</h1><p class="description"><span class="x9">Hà Giang</span>${SAPO}</p><article class="fck_detail">${P.map(p).join('')}</article>`,
      'https://vnexpress.net/a-4800002.html',
    );
    expect(unmarked.lead).toBe(SAPO);
  });

  it('strips the outlet tag from the first paragraph on the generic path too', () => {
    const a = extract(
      `<div class="post"><h1>${TITLE}</h1><div class="entry">${p(`(Báo Mẫu) - ${P[0]}`)}${P.slice(1).map(p).join('')}</div></div>`,
      'https://baomau.vn/chinh-phu-hop.html',
      '<meta property="og:site_name" content="Báo Mẫu">',
    );
    expect(a.bodyText.startsWith(P[0]!)).toBe(true);
  });
});
