// Not-an-article, both ways. Every real page (corpus, Readability's suite) is accepted, also with video
// metadata and with its paragraphs set in <div>s or <br>-separated text; hand-made listing, home and tag pages
// built like real ones, and real pages turned into their site's section page, are refused as listings.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import type { Block } from '../../lib/extract/body';
import { postVerdict } from '../../lib/extract/not-article';
import { parseHtml } from '../../node/parse-html';
import { scanPage } from '../../lib/extract/page-scan';
import { profileForHost } from '../../lib/profiles';
import { siteDomain } from '../../lib/meta';
import {
  asSectionPage,
  corpusPages,
  handMadeListings,
  listingHtml,
  paragraphsAsBreaks,
  paragraphsAsDivs,
  suitePages,
  withVideoMetadata,
  type VerdictPage,
} from './not-article-pages';

const real = [...corpusPages(), ...suitePages()];
const verdict = (doc: Document, url: string) => {
  const r = extractArticle(doc, url);
  return r.kind === 'article' ? 'article' : `${r.code}: ${r.reason}`;
};

/** Whole-corpus runs: minutes on a loaded two-core machine. */
const SLOW = { timeout: 600_000 };

describe('real pages are articles', SLOW, () => {
  // Each page once as it is: its verdict, its length, whether it has a headline of its own.
  const plain = real.map((p) => {
    const doc = p.doc();
    const r = extractArticle(doc, p.url);
    return { p, r, ownHeadline: scanPage(doc).ownHeadline };
  });

  it('has the pages', () => {
    expect(real.length).toBeGreaterThanOrEqual(140);
  });

  it('every corpus and suite page is accepted', () => {
    const refused = plain
      .filter(({ r }) => r.kind !== 'article')
      .map(({ p, r }) => [p.name, r.kind === 'not-article' ? r.reason : '']);
    expect(refused).toEqual([]);
  });

  // The articles of 250+ words with a headline of their own (the refused articles had 312 to 2,014).
  const articles: VerdictPage[] = plain
    .filter(({ r, ownHeadline }) => r.kind === 'article' && r.wordCount >= 250 && ownHeadline)
    .map(({ p }) => p);

  it('enough of them are long articles to test the variants on', () => {
    expect(articles.length).toBeGreaterThanOrEqual(60);
  });

  const variants: [string, (d: Document) => Document][] = [
    ['VideoObject JSON-LD and og:type=video.other', withVideoMetadata],
    ['video metadata, paragraphs in <div>s', (d) => withVideoMetadata(paragraphsAsDivs(d))],
    ['video metadata, paragraphs separated by <br><br>', (d) => withVideoMetadata(paragraphsAsBreaks(d))],
  ];
  for (const [name, transform] of variants) {
    it(`an article with ${name} is still an article`, () => {
      const refused = articles
        .map((p) => [p.name, verdict(transform(p.doc()), p.url)])
        .filter(([, v]) => v !== 'article');
      expect(refused).toEqual([]);
    });
  }

  it('the <br> variant really has no paragraphs left, and still counts as prose', () => {
    const doc = paragraphsAsBreaks(articles[0]!.doc());
    expect(doc.querySelectorAll('p').length).toBe(0);
    expect(scanPage(doc).shape.continuousProse).toBeGreaterThan(1000);
  });
});

describe('listings are refused', SLOW, () => {
  for (const p of handMadeListings()) {
    it(`hand-made: ${p.name}`, () => {
      const r = extractArticle(p.doc(), p.url);
      expect(r).toMatchObject({ kind: 'not-article', code: 'listing' });
    });
  }

  it('the business category page holds 1,300 words of teasers (more text than many articles)', () => {
    const doc = handMadeListings()[0]!.doc();
    const words = (doc.body?.textContent ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    expect(words).toBeGreaterThan(1300);
  });

  it('real pages turned into their section page (the article replaced by teasers of it) are refused', () => {
    // Pages of sites with a profile are left to the profile path, which takes its body from the profile.
    const candidates = real.filter((p) => !profileForHost(siteDomain(p.url)));
    const made = candidates.map((p) => [p, asSectionPage(p.doc())] as const).filter(([, d]) => d);
    expect(made.length).toBeGreaterThanOrEqual(100);
    const accepted = made.map(([p, d]) => [p.name, verdict(d!, p.url)]).filter(([, v]) => !v!.startsWith('listing'));
    expect(accepted).toEqual([]);
  });

  it('a short news item among long teaser sidebars stays an article', () => {
    // The teasers after the article, as a "more news" block of the same page.
    const html = listingHtml({
      items: 30,
      item: 'div-thumb',
      h1: 'Minister meets EU trade commissioner in Hanoi',
      sidebar: true,
    }).replace(
      '<section class="category">',
      '<article class="story-body"><p>The trade minister met the European trade commissioner in Hanoi on Monday to discuss the free trade agreement and the next steps of its implementation.</p><p>Both sides agreed to speed up the removal of the yellow card on seafood exports, the ministry said in a statement after the meeting.</p></article><section class="category">',
    );
    expect(
      verdict(
        parseHtml(html, 'https://news.example.com/minister-meets-eu-1234.html'),
        'https://news.example.com/minister-meets-eu-1234.html',
      ),
    ).toBe('article');
  });

  it('the reason says why', () => {
    const p = handMadeListings()[2]!;
    const r = extractArticle(p.doc(), p.url);
    expect(r.kind === 'not-article' && r.reason).toMatch(/listing/);
  });
});

describe('profiled sites: a layout match on a home page is still a home page', () => {
  // A 2012-style home page whose first story is marked up as the profile's article body ('.content
  // div[cpms_content]'): its sapo of some 50 words matches, twenty-odd teasers follow.
  const firstStory =
    '<div class="content"><div class="folder-top"><h2 class="Title"><a href="/tin-tuc/thoi-su/thu-tuong-tiep-dai-su-2400001.html">Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt</a></h2>' +
    '<div cpms_content="true"><p>Chiều 20/12, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam. Thủ tướng đánh giá cao những đóng góp của Đại sứ đối với quan hệ đối tác chiến lược giữa hai nước trong những năm qua và mong ông tiếp tục là cầu nối hữu nghị.</p></div></div></div>';
  const html = listingHtml({ vi: true, items: 24, item: 'div-thumb', h1: null, sidebar: true }).replace(
    '<section class="category">',
    `${firstStory}<section class="category">`,
  );

  it.each(['https://vnexpress.net/', 'https://vnexpress.net/tin-tuc/thoi-su'])('%s is refused as a listing', (url) => {
    expect(verdict(parseHtml(html, url), url)).toMatch(/^listing/);
  });

  it('the same story as an article page of that layout (a headline, its body, a few related teasers) is an article', () => {
    const url = 'https://vnexpress.net/tin-tuc/thoi-su/thu-tuong-tiep-dai-su-2400001.html';
    const article = listingHtml({ vi: true, items: 24, item: 'div-thumb', h1: null, sidebar: true }).replace(
      '<section class="category">',
      `<div class="content"><h1 class="Title">Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt</h1><div cpms_content="true"><p>Chiều 20/12, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.</p><p>Thủ tướng đánh giá cao những đóng góp của Đại sứ đối với quan hệ đối tác chiến lược giữa hai nước trong những năm qua.</p></div></div><section class="category">`,
    );
    expect(verdict(parseHtml(article, url), url)).toBe('article');
  });
});

describe("a result whose only prose is the site's colophon", () => {
  // The generic path on an old home page of teasers picked the footer, the one run of text on the page.
  const block = (text: string): Block => ({ kind: 'p', html: `<p>${text}</p>`, text, right: false, linkShare: 0 });
  const colophon = [
    'Tòa soạn: Tầng 18, Tòa nhà Truyền thông, 18 Phố Mẫu, Hà Nội. Điện thoại: 024.3974.3410, máy lẻ 300. Email: toasoan@example.vn',
    'Copyright 2012 – Công ty cổ phần truyền thông Mẫu. Giấy phép số 25/GP-TTĐT Sở Thông tin và Truyền thông Hà Nội.',
    'Liên hệ quảng cáo: Ms. Thúy: 0932 888 819 - (84 4) 3974 8899. Email: qc@example.vn',
  ].map(block);
  const prose = Array.from({ length: 4 }, (_, i) =>
    block(
      `Đoạn ${i + 1}: Hội nghị thượng đỉnh đã khai mạc sáng nay với sự tham dự của lãnh đạo hơn hai mươi quốc gia và vùng lãnh thổ, bàn về hợp tác kinh tế và an ninh năng lượng.`,
    ),
  );

  it('is refused, and the reason says why', () => {
    expect(postVerdict(colophon, null)?.reason).toMatch(/contact and copyright/);
  });
  it('counts a mark only as a whole word, in any case ("TEL", "Fax", not "hotel", "telephoned", "licensed")', () => {
    expect(
      postVerdict([block('Contact us. TEL 024 3974 3410, Fax 024 3974 3411, Copyright 2012 Example Media.')], null)
        ?.code,
    ).toBe('listing');
    expect(
      postVerdict(
        [
          block(
            'The hotel owner telephoned the licensed addressee twice before the faxes were sent to the copyrighted archive.',
          ),
        ],
        null,
      ),
    ).toBeNull();
  });
  it('an article that ends with the colophon, or a short news item with a phone number, stays an article', () => {
    expect(postVerdict([...prose, ...colophon], null)).toBeNull();
    expect(
      postVerdict(
        [
          block(
            'Đường dây nóng của Bộ Y tế: điện thoại 1900 9095, hoạt động 24/24 giờ để giải đáp thắc mắc của người dân về tiêm chủng.',
          ),
        ],
        null,
      ),
    ).toBeNull();
  });
});
