// Every real page of the corpus, through the real pipeline, exported in each citation format and read back by
// an independent parser: the Vietnamese authors whole, the title with all its diacritics, the site, the
// dates and the address must all survive (compared with the page's gold, not with our own extraction).
import { describe, expect, it } from 'vitest';
import { biblatexFile, citationRecords, cslJson, datePartsOf, risFile, type CslItem } from '../../lib/export/citation';
import { cleanInline, matchKey } from '../../lib/text';
import { citeproc, cslStrictClean, parseBiblatex, parseRis } from './independent';
import { corpusDigests } from './records';

const pages = corpusDigests();
const records = citationRecords(
  pages.map((p) => p.digest),
  { lang: 'vi' },
);
const gold = pages.map((p) => p.gold);
const goldDate = (i: number) => datePartsOf(gold[i]!.published);
/** Each name as read back, in written order ("given family" when a parser split it). */
const names = (list: { literal?: string; given?: string; family?: string; name?: string }[] | undefined) =>
  (list ?? []).map((n) => matchKey(n.literal ?? n.name ?? [n.given, n.family].filter(Boolean).join(' ')));
const straightQuotes = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

describe('citations of every real page, read back by independent parsers', () => {
  it('covers the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('CSL-JSON: valid CSL data, rendered by citeproc-js, with the gold authors whole, title, site, date and address', () => {
    const items = JSON.parse(cslJson(records)) as CslItem[];
    expect(cslStrictClean(items)).toEqual(items);
    items.forEach((item, i) => {
      const g = gold[i]!;
      expect(names(item.author as { literal: string }[]), g.file).toEqual(g.authors.map(matchKey));
      expect(item.title).toBe(cleanInline(g.title));
      expect(item['container-title']).toBe(pages[i]!.digest.article.siteName);
      expect(item.URL).toBe(pages[i]!.digest.article.canonicalUrl);
      const d = goldDate(i)!;
      expect(item.issued).toEqual({ 'date-parts': [[d.year, d.month, d.day]] });
      expect(item.accessed).toEqual({ 'date-parts': [[2026, 1, 15]] });
      const apa = citeproc(item, 'apa', 'en-US').bibliography;
      for (const a of item.author as { literal: string }[]) expect(apa).toContain(a.literal);
      expect(straightQuotes(apa)).toContain(straightQuotes(item.title));
    });
  });

  // astrocite reads a comma-less name made only of ASCII letters as "Given Family" ("Quang Phong" → given
  // "Quang", family "Phong"): the name comes back whole and in order, but split. With any diacritic it keeps
  // the name in one piece. (RIS has no other way to say "do not split"; a trailing comma empties the name there.)
  it('RIS: parsed by astrocite-ris', () => {
    const parsed = parseRis(risFile(records));
    expect(parsed).toHaveLength(records.length);
    parsed.forEach((item, i) => {
      const g = gold[i]!;
      expect(item.type).toBe('article-newspaper');
      expect(names(item.author as { family: string }[]), g.file).toEqual(g.authors.map(matchKey));
      expect(item.title).toBe(cleanInline(g.title));
      expect(item['container-title']).toBe(pages[i]!.digest.article.siteName);
      expect(item.URL).toBe(pages[i]!.digest.article.canonicalUrl);
      const d = goldDate(i)!;
      expect(item.issued).toEqual({
        'date-parts': [[String(d.year), String(d.month).padStart(2, '0'), String(d.day).padStart(2, '0')]],
      });
      expect(item.accessed).toEqual({ 'date-parts': [['2026', '01', '15']] });
    });
  });

  it('BibLaTeX: parsed by @retorquere/bibtex-parser with Unicode kept', () => {
    const out = parseBiblatex(biblatexFile(records));
    expect(out.errors).toEqual([]);
    expect(out.entries).toHaveLength(records.length);
    out.entries.forEach((e, i) => {
      const g = gold[i]!;
      expect(e.key).toBe(records[i]!.key);
      expect(e.key).toMatch(/^[a-z0-9-]+$/);
      expect(names(e.fields.author as { name: string }[]), g.file).toEqual(g.authors.map(matchKey));
      expect(e.fields.title).toBe(cleanInline(g.title));
      expect(e.fields.journaltitle).toBe(pages[i]!.digest.article.siteName);
      expect(e.fields.url).toBe(pages[i]!.digest.article.canonicalUrl);
      expect(e.fields.date).toBe(gold[i]!.published!.slice(0, 10));
      expect(e.fields.urldate).toBe('2026-01-15');
    });
  });
});
