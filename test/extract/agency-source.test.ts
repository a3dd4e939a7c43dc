// Agencies and credited outlets as the article's `source` (issue 11, item 3): a dateline's agency tag, an
// agency named as the author in metadata, a byline naming an outlet beside the people, "Theo X" and "Nguồn: X"
// at the end. Never an author, never the page's own publication. Hand-made pages test the rules.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { datelineAgency } from '../../lib/meta';
import { EN } from '../support/english-article';

const VI = [
  'Bộ trưởng Ngoại giao hai nước đã hội đàm về việc triển khai hiệp định thương mại được ký kết năm ngoái tại Hà Nội.',
  'Hai bên nhất trí đẩy nhanh việc phê chuẩn hiệp định bảo hộ đầu tư và tăng cường hợp tác ứng phó biến đổi khí hậu.',
  'Bộ trưởng cũng đề nghị Ủy ban châu Âu sớm gỡ thẻ vàng đối với hải sản xuất khẩu của Việt Nam trong thời gian tới.',
  'Cuộc gặp tiếp theo sẽ diễn ra tại Brussels trước cuối năm với sự tham gia của cộng đồng doanh nghiệp hai nước.',
];

function extract(
  body: string,
  head = '',
  lang = 'en',
  url = 'https://news.example.com/world/ministers-meet-123',
): Article {
  const doc = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet to discuss trade</title>${head}</head><body><article><h1>Ministers meet to discuss trade</h1>${body}</article></body></html>`,
    url,
  );
  const r = extractArticle(doc, url);
  expect(r.kind).toBe('article');
  return r as Article;
}
const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');

describe('datelineAgency', () => {
  it('reads the agency of a dateline', () => {
    expect(datelineAgency('WASHINGTON (AP) — The Senate voted on Tuesday')).toBe('AP');
    expect(datelineAgency('(Reuters) - Vietnam said on Monday')).toBe('Reuters');
    expect(datelineAgency('HANOI, May 5 (Reuters) - Vietnam said on Monday')).toBe('Reuters');
    expect(datelineAgency('Hà Nội (TTXVN) - Chiều 5/5, Thủ tướng đã tiếp')).toBe('TTXVN');
  });
  it('is no source when the bracket is an outlet tag, a note or inside a sentence', () => {
    expect(datelineAgency('(PLO)- Chiều 5/5, UBND TP đã họp')).toBeNull();
    expect(datelineAgency('The minister (right) - seen here in Hanoi - said')).toBeNull();
    expect(datelineAgency('Officials said the agency (AP) - had not replied')).toBeNull();
  });
});

describe('source on the page', () => {
  it('an English dateline gives source, the text stays', () => {
    const a = extract(paras([`WASHINGTON (AP) — ${EN[0]}`, ...EN.slice(1)]));
    expect(a.source).toBe('AP');
    expect(a.bodyText).toContain('WASHINGTON (AP)');
  });
  it('an agency as the metadata author is the source, not an author', () => {
    const a = extract(paras(EN), '<meta name="author" content="Reuters">');
    expect(a.authors).toEqual([]);
    expect(a.source).toBe('Reuters');
  });
  it('a byline naming an agency beside the reporter', () => {
    const a = extract(`<p class="byline">By Jane Doe, Reuters</p>${paras(EN)}`);
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.source).toBe('Reuters');
  });
  it("the page's own publication is never its source", () => {
    const a = extract(
      paras(EN),
      '<meta name="author" content="Reuters">',
      'en',
      'https://www.reuters.com/world/ministers-meet-123',
    );
    expect(a.source).toBeNull();
  });
  it('a Vietnamese page: "(TTXVN) -" in the first paragraph, and "Theo Ngôi Sao" as the last line', () => {
    const a = extract(
      paras([`Hà Nội (TTXVN) - ${VI[0]}`, ...VI.slice(1)]),
      '',
      'vi',
      'https://baomau.vn/the-gioi/bo-truong-hoi-dam-123.html',
    );
    expect(a.source).toBe('TTXVN');
    const b = extract(
      `${paras(VI)}<p>Theo Ngôi Sao</p>`,
      '',
      'vi',
      'https://baomau.vn/the-gioi/bo-truong-hoi-dam-123.html',
    );
    expect(b.source).toBe('Ngôi Sao');
    expect(b.authors).toEqual([]);
    expect(b.bodyText).not.toContain('Theo Ngôi Sao');
  });
});
