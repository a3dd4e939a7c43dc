// What the generic path still got wrong on pages nobody tuned it for (issue 11, second measure), one small
// structure per class: a caption made of several runs, a byline box with buttons and action links in it.
// They test the rules; the Readability suite and the corpus pages (extract-diff, golden tests) are the evidence.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { spacedText } from '../../lib/extract/spaced-text';
import { creditText } from '../../lib/extract/credit-text';
import { EN, EN_URL as URL, paras } from '../support/english-article';

function extract(body: string, lang = 'en', url = URL): Article {
  const doc = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet to discuss trade | Example News</title></head><body>${body}</body></html>`,
    url,
  );
  const r = extractArticle(doc, url);
  expect(r.kind).toBe('article');
  return r as Article;
}

const el = (html: string) =>
  parseHtml(`<!doctype html><html><body><div id="x">${html}</div></body></html>`).getElementById('x')!;

describe('text runs apart as the layout shows them (spaced-text.ts)', () => {
  it('puts a space between a credit run and a text run, at <br> and at block edges', () => {
    expect(spacedText(el('<span>Photo: AFP</span><span>The minister arrives in Hanoi.</span>'))).toBe(
      'Photo: AFP The minister arrives in Hanoi.',
    );
    expect(spacedText(el('Bộ trưởng phát biểu.<br>Ảnh: TTXVN'))).toBe('Bộ trưởng phát biểu. Ảnh: TTXVN');
    expect(spacedText(el('<div>First line</div><div>second line</div>'))).toBe('First line second line');
  });

  it('keeps one word whole: a drop cap, a lower-case run, text and its own inline emphasis', () => {
    expect(spacedText(el('<span>T</span>he minister'))).toBe('The minister');
    expect(spacedText(el('<span>V</span>IETNAM'))).toBe('VIETNAM');
    expect(spacedText(el('Thủ <b>tướng</b> nói'))).toBe('Thủ tướng nói');
    expect(spacedText(el('the <em>Financial Times</em>, London'))).toBe('the Financial Times, London');
    expect(spacedText(el('co<b>operation</b>'))).toBe('cooperation');
  });
});

describe('captions made of several inline runs', () => {
  it('a figure caption of a credit span and a text span reads with a space between them', () => {
    const a = extract(
      `<article><h1>Ministers meet to discuss trade</h1>${paras(EN.slice(0, 2))}
       <figure><img src="https://news.example.com/img/ministers.jpg" width="800" height="500">
       <figcaption><span class="credit">Reuters</span><span class="text">The two ministers before their talks in Hanoi.</span></figcaption></figure>
       ${paras(EN.slice(2))}</article>`,
    );
    const caption = a.images.map((i) => i.caption ?? '').join(' ');
    expect(caption).toContain('The two ministers before their talks in Hanoi.');
    expect(caption).not.toMatch(/ReutersThe/);
  });
});

describe('a byline box with buttons and action links in it', () => {
  it('reads the name alone: no button, no link that runs a script, no hidden label', () => {
    const box = el(
      '<h4>Patricia Allen</h4><a class="btn" href="/people/patricia-allen">Profile</a><a href="#">Follow</a><a class="hidden" href="#">Unfollow</a><button>Share</button>',
    );
    expect(creditText(box)).toBe('Patricia Allen');
  });

  it('drops e-mail and social-network links, keeps a link to the author’s page', () => {
    const box = el(
      'By <a href="/authors/jane-doe">Jane Doe</a><a href="mailto:jane@example.com">Email</a><a href="https://twitter.com/janedoe">Twitter</a>',
    );
    expect(creditText(box)).toBe('By Jane Doe');
  });

  it('an English page: the author is the name, not the name glued to the Follow button', () => {
    const a = extract(
      `<article><h1>Ministers meet to discuss trade</h1><div class="author-box"><a href="/authors/jane-doe">Jane Doe</a><a class="follow" href="javascript:void(0)">Follow</a></div>${paras(EN)}</article>`,
    );
    expect(a.authors).toEqual(['Jane Doe']);
  });

  it('a Vietnamese page: the author is the name, not the name glued to "Theo dõi"', () => {
    const VI = [
      'Sáng 12/5, Thủ tướng đã chủ trì phiên họp Chính phủ thường kỳ tháng 4 với các bộ, ngành và địa phương trên cả nước.',
      'Phát biểu khai mạc, Thủ tướng nêu rõ kinh tế vĩ mô tiếp tục ổn định, lạm phát được kiểm soát, các cân đối lớn được bảo đảm.',
      'Các đại biểu đã thảo luận về tình hình giải ngân vốn đầu tư công, thúc đẩy sản xuất kinh doanh và tháo gỡ khó khăn cho doanh nghiệp.',
    ];
    const a = extract(
      `<article><h1>Chính phủ họp phiên thường kỳ tháng 4</h1><div class="author"><span>Minh Anh</span><span role="button">Theo dõi</span></div>${paras(VI)}</article>`,
      'vi',
      'https://tin.example.vn/chinh-phu-hop-phien-thuong-ky.html',
    );
    expect(a.authors).toEqual(['Minh Anh']);
  });
});

describe('a readers’ comment thread at the end of the article', () => {
  const thread = (heading: string, items: [string, string, string, string][]) =>
    `<div class="cmt-box">${heading}<ul class="cmt-list">${items
      .map(
        ([who, when, what, reply]) =>
          `<li><div class="cmt-head"><strong>${who}</strong> <span>${when}</span></div><p>${what}</p><a href="#r">${reply}</a></li>`,
      )
      .join('')}</ul></div>`;

  it('an English page: the comments under "Comments" go, the article stays', () => {
    const a = extract(
      `<article><h1>Ministers meet to discuss trade</h1>${paras(EN)}${thread('<h3>Comments</h3>', [
        [
          'Mark Tully',
          '2 hours ago',
          'This agreement will change everything for the seafood exporters in the region, believe me.',
          'Reply',
        ],
        [
          'Ann Lee',
          '3 hours ago',
          'I doubt the yellow card will be lifted this year, the inspections have not even started yet.',
          'Reply',
        ],
        [
          'Tom Hart',
          'March 4, 2024 at 3:05 pm',
          'Good to see both sides talking about climate change as well as trade and investment.',
          'Reply',
        ],
      ])}</article>`,
    );
    for (const p of EN) expect(a.bodyText).toContain(p);
    expect(a.bodyText).not.toContain('seafood exporters in the region');
    expect(a.bodyText).not.toContain('2 hours ago');
  });

  it('a Vietnamese page: comments with no heading go by their stamps and "Trả lời" controls', () => {
    const VI = [
      'Sáng 12/5, Thủ tướng đã chủ trì phiên họp Chính phủ thường kỳ tháng 4 với các bộ, ngành và địa phương trên cả nước.',
      'Phát biểu khai mạc, Thủ tướng nêu rõ kinh tế vĩ mô tiếp tục ổn định, lạm phát được kiểm soát, các cân đối lớn được bảo đảm.',
      'Các đại biểu đã thảo luận về tình hình giải ngân vốn đầu tư công, thúc đẩy sản xuất kinh doanh và tháo gỡ khó khăn cho doanh nghiệp.',
    ];
    const a = extract(
      `<article><h1>Chính phủ họp phiên thường kỳ tháng 4</h1>${paras(VI)}${thread('', [
        [
          'Nguyễn Văn Hùng',
          '2 giờ trước',
          'Mong Chính phủ quyết liệt hơn nữa trong việc giải ngân vốn đầu tư công để tạo việc làm.',
          'Trả lời',
        ],
        [
          'Lê Thị Mai',
          '5 giờ trước',
          'Cắt giảm thủ tục hành chính là việc cần làm ngay, doanh nghiệp nhỏ chờ đợi đã lâu rồi.',
          'Trả lời',
        ],
      ])}</article>`,
      'vi',
      'https://tin.example.vn/chinh-phu-hop-phien-thuong-ky.html',
    );
    for (const p of VI) expect(a.bodyText).toContain(p);
    expect(a.bodyText).not.toContain('Mong Chính phủ quyết liệt');
    expect(a.bodyText).not.toContain('2 giờ trước');
  });

  it('dated entries with no comment heading and no reply control (a live blog, a chronology) stay', () => {
    const entries = [
      [
        '10:30 am',
        'The two delegations arrived at the government guest house for the first round of talks this morning.',
      ],
      [
        '11:45 am',
        'The ministers agreed on the text of a joint statement covering trade, investment and climate change.',
      ],
      ['1:15 pm', 'A press conference followed, at which both ministers praised the progress made since last year.'],
    ];
    const a = extract(
      `<article><h1>Ministers meet to discuss trade</h1>${paras(EN.slice(0, 2))}<ul>${entries
        .map(([when, what]) => `<li><div><span>${when}</span></div><p>${what}</p></li>`)
        .join('')}</ul></article>`,
    );
    for (const [, what] of entries) expect(a.bodyText).toContain(what);
  });
});

describe('the writer’s bio closing the article', () => {
  it('an English page: "Jane Doe has covered …" after the last paragraph goes when Jane Doe is the byline', () => {
    const bio = 'Jane Doe has covered Southeast Asia for Example News since 2015, from Hanoi and Bangkok.';
    const a = extract(
      `<article><h1>Ministers meet to discuss trade</h1><div class="byline">By <a href="/authors/jane-doe">Jane Doe</a></div>${paras([...EN, bio])}</article>`,
    );
    for (const p of EN) expect(a.bodyText).toContain(p);
    expect(a.bodyText).not.toContain('has covered Southeast Asia');
  });

  it('a Vietnamese page: "Minh Anh là phóng viên …" closing the article goes when Minh Anh is the byline', () => {
    const VI = [
      'Sáng 12/5, Thủ tướng đã chủ trì phiên họp Chính phủ thường kỳ tháng 4 với các bộ, ngành và địa phương trên cả nước.',
      'Phát biểu khai mạc, Thủ tướng nêu rõ kinh tế vĩ mô tiếp tục ổn định, lạm phát được kiểm soát, các cân đối lớn được bảo đảm.',
      'Các đại biểu đã thảo luận về tình hình giải ngân vốn đầu tư công, thúc đẩy sản xuất kinh doanh và tháo gỡ khó khăn cho doanh nghiệp.',
    ];
    const bio = 'Minh Anh là phóng viên mảng kinh tế vĩ mô, theo dõi hoạt động của Chính phủ từ năm 2015.';
    const a = extract(
      `<article><h1>Chính phủ họp phiên thường kỳ tháng 4</h1><div class="author">Minh Anh</div>${paras([...VI, bio])}</article>`,
      'vi',
      'https://tin.example.vn/chinh-phu-hop-phien-thuong-ky.html',
    );
    for (const p of VI) expect(a.bodyText).toContain(p);
    expect(a.bodyText).not.toContain('là phóng viên mảng');
  });

  it('a closing paragraph about someone else who is a reporter stays', () => {
    const close =
      'Nguyễn Văn Hùng là phóng viên kỳ cựu của Thông tấn xã, người đã đưa tin về phiên họp đầu tiên năm 1976.';
    const VI = [
      'Sáng 12/5, Thủ tướng đã chủ trì phiên họp Chính phủ thường kỳ tháng 4 với các bộ, ngành và địa phương trên cả nước.',
      'Phát biểu khai mạc, Thủ tướng nêu rõ kinh tế vĩ mô tiếp tục ổn định, lạm phát được kiểm soát, các cân đối lớn được bảo đảm.',
      'Các đại biểu đã thảo luận về tình hình giải ngân vốn đầu tư công, thúc đẩy sản xuất kinh doanh và tháo gỡ khó khăn cho doanh nghiệp.',
    ];
    const a = extract(
      `<article><h1>Chính phủ họp phiên thường kỳ tháng 4</h1><div class="author">Minh Anh</div>${paras([...VI, close])}</article>`,
      'vi',
      'https://tin.example.vn/chinh-phu-hop-phien-thuong-ky.html',
    );
    expect(a.bodyText).toContain('phóng viên kỳ cựu');
  });
});

describe('the article’s own date when its JSON-LD is wrapped in CDATA', () => {
  const ld = (wrap: (json: string) => string) =>
    `<script type="application/ld+json">${wrap(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Ministers meet to discuss trade',
        datePublished: '2020-07-10T14:15:42+00:00',
        dateModified: '2025-01-07T09:08:22+00:00',
      }),
    )}</script>`;

  for (const [name, wrap] of [
    ['<![CDATA[ … ]]>', (j: string) => `\n<![CDATA[\n${j}\n]]>\n`],
    ['//<![CDATA[ … //]]>', (j: string) => `//<![CDATA[\n${j}\n//]]>`],
  ] as const)
    it(`${name}: datePublished wins over the visible "Last Updated" date`, () => {
      const doc = parseHtml(
        `<!doctype html><html lang="en"><head><title>Ministers meet to discuss trade</title>${ld(wrap)}<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00"></head><body><article><h1>Ministers meet to discuss trade</h1><div class="date" datetime="2025-01-07T09:08:22+00:00"><em>Last Updated:</em> January 7, 2025</div>${paras(EN)}</article></body></html>`,
        URL,
      );
      const a = extractArticle(doc, URL) as Article;
      expect(a.published).toBe('2020-07-10T14:15:42+00:00');
    });
});

describe('the visible date when the page states no date in its metadata', () => {
  it('a date labelled "Updated" gives way to the article’s own date, and is used only when it is the only one', () => {
    const page = (dates: string) =>
      extractArticle(
        parseHtml(
          `<!doctype html><html lang="en"><head><title>Ministers meet to discuss trade</title></head><body><article><h1>Ministers meet to discuss trade</h1>${dates}${paras(EN)}</article></body></html>`,
          URL,
        ),
        URL,
      ) as Article;
    const updated = '<p><span>Updated</span> <time datetime="2025-01-07T09:08:22Z">Jan. 7, 2025</time></p>';
    const published = '<p>Published <time datetime="2020-07-10T14:15:42Z">July 10, 2020</time></p>';
    expect(page(`${updated}${published}`).published?.slice(0, 10)).toBe('2020-07-10');
    expect(page('<div class="date">Last updated: January 7, 2025</div>').published?.slice(0, 10)).toBe('2025-01-07');
  });
});
