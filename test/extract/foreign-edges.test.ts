// What English and other European pages leave at the edges of the article's body: a date line ("Sept. 25,
// 2018", "Updated 3:05 p.m. ET") as its first or last line, and a wire story's closing credit ("Reporting by
// …; Editing by …"), whose reporters become the authors when no byline names any. Each with the prose that
// only looks like it and must stay.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { isDateLine } from '../../lib/extract/foreign-cleanup';
import { wireCreditLine } from '../../lib/extract/foreign-lines';
import { isDateOnlyLine } from '../../lib/meta';
import { EN_URL as URL, paras } from '../support/english-article';

const EN = [
  'The foreign ministers of the two countries met on Tuesday to discuss the implementation of the trade agreement signed last year.',
  'Both sides agreed to speed up the ratification of the investment protection agreement and to cooperate on climate change.',
  'The minister also asked the European Commission to lift the yellow card on seafood exports as soon as possible, officials said.',
  'A follow-up meeting will take place in Brussels before the end of the year, with business leaders from both sides invited to attend.',
  'Analysts said the talks showed how much the relationship had deepened since the agreement entered into force three years ago.',
];

function extract(body: string, head = '', lang = 'en'): Article {
  const doc = parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>Ministers meet to discuss trade</title>${head}</head><body><article><h1>Ministers meet to discuss trade</h1>${body}</article></body></html>`,
    URL,
  );
  const r = extractArticle(doc, URL);
  expect(r.kind).toBe('article');
  return r as Article;
}
const keepsAll = (a: Article) => {
  for (const p of EN) expect(a.bodyText).toContain(p);
};

describe('a line that is only a date', () => {
  it('in the languages the date reader knows, with its label, a time, a zone or an age', () => {
    for (const t of [
      'Sept. 25, 2018',
      'Updated 3:05 p.m. ET',
      'Published 2 hours ago',
      '22 Dec, 2016 22 Dec, 2016',
      'Tuesday 15 October 2019',
      'Mis à jour le 12 mai 2019 à 10h31',
      'Veröffentlicht am 12. Mai 2019, 10:31 Uhr',
      'Publicado el 12 de mayo de 2019',
      'vor 2 Stunden',
      '2019-02-15',
    ])
      expect(isDateOnlyLine(t), t).toBe(true);
  });

  it('and with its byline ("… BY TMZ STAFF", "By Jane Doe | Published …")', () => {
    expect(isDateLine('2/26/2015 7:11 AM PST BY TMZ STAFF')).toBe(true);
    expect(isDateLine('Tuesday 15 October 2019 by Bradley M. Kuhn')).toBe(true);
    expect(isDateLine('By Jane Doe | Published 2 hours ago')).toBe(true);
  });

  it('not a paragraph that opens with a date and goes on, nor a date inside a sentence', () => {
    for (const t of [
      'Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade.',
      'March 4, 2024: the day the ministers signed the agreement in Hanoi.',
      'The meeting on May 5, 2019 ended without a statement.',
      'In 2019',
      '1 / 5',
      'Published by Penguin in 2019',
    ])
      expect(isDateLine(t), t).toBe(false);
  });

  it('is removed as the first line of the body (a header list) and as the last one', () => {
    const a = extract(`<ul><li>Sept. 25, 2018</li></ul>${paras(EN)}<p>Updated 3:05 p.m. ET</p>`);
    keepsAll(a);
    expect(a.bodyText).not.toMatch(/Sept\. 25|3:05/);
  });

  it('stays in the middle of the article, and in a chronology (three dated lines or more)', () => {
    const middle = extract(`${paras(EN.slice(0, 2))}<h3>March 4, 2024</h3>${paras(EN.slice(2))}`);
    expect(middle.bodyText).toContain('March 4, 2024');
    const timeline = extract(
      `<h3>Jan. 5, 2024</h3><p>${EN[0]}</p><h3>March 4, 2024</h3><p>${EN[1]}</p><h3>May 12, 2024</h3><p>${EN[2]}</p>${paras(EN.slice(3))}<h3>June 1, 2024</h3>`,
    );
    for (const d of ['Jan. 5, 2024', 'March 4, 2024', 'May 12, 2024', 'June 1, 2024'])
      expect(timeline.bodyText).toContain(d);
  });

  it('keeps a first paragraph that is a dateline of the story', () => {
    const a = extract(paras([`Feb. 23, 2015 -- ${EN[0]}`, ...EN.slice(1)]));
    expect(a.bodyText).toContain(`Feb. 23, 2015 -- ${EN[0]}`);
  });
});

describe("a wire story's closing credit line", () => {
  it('reads the reporters and leaves the editors out', () => {
    expect(
      wireCreditLine(
        '(Reporting by Khanh Vu and Phuong Nguyen in Hanoi; Writing by Martin Petty; Editing by Kim Coghill)',
      ),
    ).toEqual({ reporters: ['Khanh Vu', 'Phuong Nguyen', 'Martin Petty'] });
    expect(wireCreditLine('Editing by Nick Macfie')).toEqual({ reporters: [] });
    expect(wireCreditLine('Reporting By Jane Doe; editing by John Smith')).toEqual({ reporters: ['Jane Doe'] });
  });

  it('is not a sentence about reporting, nor a quote of a person named Reporting', () => {
    for (const t of [
      'Reporting by the BBC showed that the ministry had ignored the warnings for months.',
      'Reporting by Reuters found that the ministry ignored warnings.',
      '“Reporting by journalists is vital,” she said.',
      'Reporting, by contrast, was thin.',
      'Reporting said: “We will sign the agreement by Friday.”',
    ])
      expect(wireCreditLine(t), t).toBeNull();
  });

  it('is removed from the end; its reporters are the authors when the page names none', () => {
    const a = extract(
      `${paras(EN)}<p>(Reporting by Khanh Vu in Hanoi; Writing by Martin Petty; Editing by Kim Coghill)</p>`,
    );
    keepsAll(a);
    expect(a.bodyText).not.toContain('Reporting by');
    expect(a.authors).toEqual(['Khanh Vu', 'Martin Petty']);
  });

  it("the page's own byline stays the authors", () => {
    const a = extract(
      `<p class="byline">By Jane Porter</p>${paras(EN)}<p>Reporting by Khanh Vu; Editing by Kim Coghill</p>`,
      '<meta name="author" content="Jane Porter">',
    );
    keepsAll(a);
    expect(a.authors).toEqual(['Jane Porter']);
  });

  it('stays when it is a sentence in the middle of the article', () => {
    const line = 'Reporting by local journalists, the ministry said, had been unfair to the negotiators.';
    const a = extract(`${paras(EN.slice(0, 3))}<p>${line}</p>${paras(EN.slice(3))}`);
    expect(a.bodyText).toContain(line);
  });
});

describe("the print edition's note at the end", () => {
  it('goes with its date, page and headline; the article stays', () => {
    const a = extract(
      `${paras(EN)}<p>A version of this article appears in print on</p><p>Feb. 21, 2019</p><p>, on Page</p><p>A22</p><p>of the New York edition</p><p>with the headline:</p><p>Ministers Meet to Discuss Trade. Order Reprints | Today’s Paper | Subscribe</p>`,
    );
    keepsAll(a);
    expect(a.bodyText).not.toMatch(/in print|New York edition|Order Reprints/);
  });

  it('stays when a long text follows it (not a closing note), or when prose only mentions the print edition', () => {
    const note = 'This article appeared in the print edition of the weekly under the headline "Trade talks".';
    const a = extract(`${paras(EN.slice(0, 2))}<p>${note}</p>${paras(EN.slice(2))}`);
    expect(a.bodyText).toContain(note);
    const prose = 'The minister said a version of this article appears in print in three languages, officials added.';
    const b = extract(`${paras(EN)}<p>${prose}</p>`);
    expect(b.bodyText).toContain(prose);
  });
});
