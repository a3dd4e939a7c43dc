// Dates of pages in other languages (issue 11, item 4): named months in English, French, German and Spanish;
// numbers month first only on a US-English page or when the page's metadata agrees, else day first, the note
// saying which; a time only with its zone; a date a script writes only when nothing visible gives one.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { isMonthFirstLanguage, parseForeignDate } from '../../lib/meta';

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

const EN = [
  'The foreign ministers of the two countries met on Tuesday to discuss the implementation of the trade agreement signed last year.',
  'Both sides agreed to speed up the ratification of the investment protection agreement and to cooperate on climate change.',
  'The minister also asked the European Commission to lift the yellow card on seafood exports as soon as possible, officials said.',
  'A follow-up meeting will take place in Brussels before the end of the year, with business leaders from both sides invited to attend.',
];
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
