// Dates of pages in other languages (issue 11, item 4): named months in English, French, German and Spanish;
// numbers month first only on a US-English page or when the page's metadata agrees, else day first, the note
// saying which; a time only with its zone; a date a script writes only when nothing visible gives one.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { isMonthFirstLanguage, parseForeignDate } from '../../lib/meta';
import { EN } from '../support/english-article';

describe('parseForeignDate', () => {
  it('reads named months in four languages', () => {
    expect(parseForeignDate('May 12, 2019').iso).toBe('2019-05-12');
    expect(parseForeignDate('Published: 12 May 2019').iso).toBe('2019-05-12');
    expect(parseForeignDate('Dec. 5, 2019').iso).toBe('2019-12-05');
    expect(parseForeignDate('le 12 mai 2019').iso).toBe('2019-05-12');
    expect(parseForeignDate('12. Mai 2019').iso).toBe('2019-05-12');
    expect(parseForeignDate('12 de mayo de 2019').iso).toBe('2019-05-12');
  });
  it('keeps a time only with a zone it states', () => {
    expect(parseForeignDate('Sunday, Feb 1, 2015 11:57 AM UTC').iso).toBe('2015-02-01T11:57:00+00:00');
    expect(parseForeignDate('2/26/2015 7:11 AM PST', { monthFirst: true }).iso).toBe('2015-02-26T07:11:00-08:00');
    const noZone = parseForeignDate('May 12, 2019 at 3:45 pm');
    expect(noZone).toMatchObject({ iso: '2019-05-12', hasTime: false });
    expect(noZone.note).toMatch(/time zone/);
  });
  it('numbers: month first on a US-English page, day first otherwise, and says so', () => {
    const us = parseForeignDate('12-05-2019', { monthFirst: true });
    expect(us.iso).toBe('2019-12-05');
    expect(us.note).toMatch(/month first/);
    const other = parseForeignDate('12-05-2019', { monthFirst: false });
    expect(other.iso).toBe('2019-05-12');
    expect(other.note).toMatch(/day first/);
    // A number above 12 decides whatever the language.
    expect(parseForeignDate('25/05/2019', { monthFirst: true }).iso).toBe('2019-05-25');
    expect(parseForeignDate('05/25/2019', { monthFirst: false }).iso).toBe('2019-05-25');
  });
  it("numbers: the page's metadata date decides an ambiguous order", () => {
    const r = parseForeignDate('12-05-2019', { monthFirst: true, otherDate: '2019-05-12T08:00:00Z' });
    expect(r.iso).toBe('2019-05-12');
    expect(r.note).toMatch(/metadata/);
  });
  it('knows which English writes month first', () => {
    expect(isMonthFirstLanguage('en-US')).toBe(true);
    expect(isMonthFirstLanguage('en')).toBe(true);
    expect(isMonthFirstLanguage('en-GB')).toBe(false);
    expect(isMonthFirstLanguage('fr')).toBe(false);
    expect(isMonthFirstLanguage(null)).toBe(false);
  });
});

const URL = 'https://forum.example.com/threads/ministers-meet.123/';
function extract(body: string, lang: string, head = ''): Article {
  const doc = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet to discuss trade</title>${head}</head><body><article><h1>Ministers meet to discuss trade</h1>${body}${EN.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    URL,
  );
  const r = extractArticle(doc, URL);
  expect(r.kind).toBe('article');
  return r as Article;
}

describe('dates on the generic path', () => {
  it('a visible US-English date in numbers is month first', () => {
    expect(extract('<span class="date">12-05-2019</span>', 'en-US').published).toBe('2019-12-05');
  });
  it('the same on a page in another language is day first', () => {
    expect(extract('<span class="date">12-05-2019</span>', 'de').published).toBe('2019-05-12');
  });
  it('a date only a script writes is used, and the note says so', () => {
    const a = extract('<span class="date"><script>document.write("May 12, 2019")</script></span>', 'en');
    expect(a.published).toBe('2019-05-12');
    expect(a.publishedNote).toMatch(/script/);
  });
  it('a visible date wins over one a script writes', () => {
    const a = extract('<script>document.write("01-02-2018")</script><span class="date">May 12, 2019</span>', 'en');
    expect(a.published).toBe('2019-05-12');
  });
});

// Issue 11 review: a time belongs to the date it stands next to, and a zone name some countries share is read
// by the page's country or not at all.
describe('a time next to its own date', () => {
  it("does not take a later update stamp's time", () => {
    const r = parseForeignDate('Published March 4, 2024. Updated March 5, 2024 at 11:02 a.m. EST', {
      monthFirst: true,
    });
    expect(r).toMatchObject({ iso: '2024-03-04', hasTime: false });
    expect(parseForeignDate('March 4, 2024 — updated 2 days later, 11:02 PM GMT').iso).toBe('2024-03-04');
  });
  it('still reads a time right after or right before its date', () => {
    expect(parseForeignDate('March 5, 2024 at 11:02 a.m. EST').iso).toBe('2024-03-05T11:02:00-05:00');
    expect(parseForeignDate('Updated 3:45 PM EST, May 12, 2019').iso).toBe('2019-05-12T15:45:00-05:00');
    expect(parseForeignDate('4 March 2024, 9:05pm GMT').iso).toBe('2024-03-04T21:05:00+00:00');
    expect(parseForeignDate('Updated 3:45 PM EST, Sunday, May 12, 2019').iso).toBe('2019-05-12T15:45:00-05:00');
  });
  it('reads CST by the country of the page: China on a Chinese site, the US on a US page, else no time', () => {
    expect(parseForeignDate('May 12, 2019 3:45 pm CST', { zoneRegion: 'cn' }).iso).toBe('2019-05-12T15:45:00+08:00');
    expect(parseForeignDate('May 12, 2019 3:45 pm CST', { zoneRegion: 'us' }).iso).toBe('2019-05-12T15:45:00-06:00');
    const unknown = parseForeignDate('May 12, 2019 3:45 pm CST');
    expect(unknown).toMatchObject({ iso: '2019-05-12', hasTime: false });
    expect(unknown.note).toMatch(/CST/);
  });
});

describe('metadata dates without a zone', () => {
  it('on an English page keep their day and say the zone is unknown (not +07:00)', () => {
    const a = extract('', 'en-US', '<meta property="article:published_time" content="2019-04-28 06:01:07">');
    expect(a.published).toBe('2019-04-28');
    expect(a.publishedNote).toMatch(/06:01.*time zone/);
    const b = extract('<time datetime="2019-04-28T23:30">April 28</time>', 'en-GB');
    expect(b.published).toBe('2019-04-28');
  });
  it("on a Vietnamese page are read in Vietnam's time, as before", () => {
    const doc = parseHtml(
      `<!doctype html><html lang="vi"><head><title>Bộ trưởng hai nước hội đàm</title><meta property="article:published_time" content="2019-04-28 06:01:07"></head><body><article><h1>Bộ trưởng hai nước hội đàm</h1>${[
        'Bộ trưởng Ngoại giao hai nước đã hội đàm tại Hà Nội về việc triển khai hiệp định thương mại tự do ký năm ngoái.',
        'Hai bên nhất trí đẩy nhanh việc phê chuẩn hiệp định bảo hộ đầu tư và hợp tác ứng phó với biến đổi khí hậu.',
        'Bộ trưởng cũng đề nghị Ủy ban châu Âu sớm gỡ thẻ vàng đối với hải sản xuất khẩu của Việt Nam, các quan chức cho biết.',
      ]
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
      'https://tin.example.vn/bo-truong-hoi-dam.html',
    );
    const a = extractArticle(doc, 'https://tin.example.vn/bo-truong-hoi-dam.html') as Article;
    expect(a.published).toBe('2019-04-28T06:01:07+07:00');
    expect(a.publishedNote).toMatch(/\+07:00 assumed/);
  });
});
