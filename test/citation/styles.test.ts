// Our APA 7 and Chicago references against citeproc-js running the official CSL styles on the same CSL-JSON:
// the same text and the same HTML, for every name kind and date shape and for every real page of the corpus.
// In Vietnamese two things differ on purpose (lib/export/citation/styles/terms.ts): Gregorian month names
// ("tháng 10", where the vi-VN locale has the lunar "Tháng Mười") with "ngày"/"năm", and "Truy cập" where the
// locale says "truy vấn". The comparison renders with the locale's own short month names and "truy cập"
// (test/citation/independent.ts) and then puts "ngày" and "năm" in the dates; everything else (order,
// punctuation, names) must be equal.
import { describe, expect, it } from 'vitest';
import { apaInText, citationRecord, cslItem, formatCitation, type CitationRecord } from '../../lib/export/citation';
import { citeproc, type CslLocale } from './independent';
import { corpusDigests, shapedRecords } from './records';

/** citeproc's Vietnamese dates ("22 tháng 10 2025", "(2025, tháng 10 22)") written "ngày 22 tháng 10 năm 2025". */
function vietnameseDates(text: string): string {
  return text
    .replace(/\((\d{4}), tháng (\d{1,2}) (\d{1,2})\)/g, '($1, ngày $3 tháng $2)')
    .replace(/(\d{1,2}) tháng (\d{1,2}) (\d{4})/g, 'ngày $1 tháng $2 năm $3')
    .replace(/(^|[^\d ] ?)tháng (\d{1,2}) (\d{4})/g, '$1tháng $2 năm $3');
}

/** A record's expected renderings: citeproc-js output, in English as is, in Vietnamese with the dates rewritten. */
function expected(r: CitationRecord, lang: 'en' | 'vi', format: 'text' | 'html') {
  const locale: CslLocale = lang === 'en' ? 'en-US' : 'vi-VN-gregorian';
  const fix = (s: string) => (lang === 'vi' ? vietnameseDates(s) : s);
  const apa = citeproc(cslItem(r), 'apa', locale, format);
  const chicago = citeproc(cslItem(r), 'chicago-fullnote-bibliography', locale, format);
  return {
    apa: fix(apa.bibliography),
    inText: fix(apa.citation),
    note: fix(chicago.note),
    bibliography: fix(chicago.bibliography),
  };
}

function ours(r: CitationRecord, lang: 'en' | 'vi', format: 'text' | 'html') {
  return {
    apa: formatCitation(r, 'apa', lang)[format],
    inText: apaInText(r, lang)[format],
    note: formatCitation(r, 'chicago-note', lang)[format],
    bibliography: formatCitation(r, 'chicago-bibliography', lang)[format],
  };
}

/**
 * citeproc-js prints a Western name on a Vietnamese-language item in Vietnamese order ("Borger J."): it goes
 * by the item's language, not the name. Ours goes by the name, so Western names are compared on English items.
 */
const comparable = (r: CitationRecord) => r.language === 'en' || r.authors.every((n) => n.kind === 'whole');

describe.each(['en', 'vi'] as const)('formatted references in %s match citeproc-js with the CSL styles', (lang) => {
  for (const [name, record] of shapedRecords(lang).filter(([, r]) => comparable(r))) {
    it(`${name}: text and HTML`, () => {
      expect(ours(record, lang, 'text')).toEqual(expected(record, lang, 'text'));
      expect(ours(record, lang, 'html')).toEqual(expected(record, lang, 'html'));
    });
  }

  it('every real page of the corpus, through the real pipeline', () => {
    const pages = corpusDigests();
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const { digest } of pages) {
      const r = citationRecord(digest, { lang });
      expect(ours(r, lang, 'text'), digest.article.url).toEqual(expected(r, lang, 'text'));
      expect(ours(r, lang, 'html'), digest.article.url).toEqual(expected(r, lang, 'html'));
    }
  }, 60_000);
});

describe('Vietnamese name order in formatted references', () => {
  const [, one] = shapedRecords('en')[0]!;
  it('APA prints the whole name, never "Nguyễn, V. A." or "(Nguyễn, 2025)"', () => {
    expect(formatCitation(one, 'apa', 'en').text).toBe(
      'Nguyễn Văn An. (2025, October 22). Đối thoại Quốc phòng Việt Nam - EU lần thứ 3. Báo Quốc tế. https://baoquocte.vn/s0.html',
    );
    expect(apaInText(one, 'en').text).toBe('(Nguyễn Văn An, 2025)');
  });
  it('Chicago neither inverts nor splits it', () => {
    expect(formatCitation(one, 'chicago-note', 'vi').text).toBe(
      'Nguyễn Văn An, “Đối thoại Quốc phòng Việt Nam - EU lần thứ 3”, Báo Quốc tế, ngày 22 tháng 10 năm 2025, https://baoquocte.vn/s0.html.',
    );
    expect(formatCitation(one, 'chicago-bibliography', 'en').html).toBe(
      'Nguyễn Văn An. “Đối thoại Quốc phòng Việt Nam - EU lần thứ 3.” <i>Báo Quốc tế</i>, October 22, 2025. https://baoquocte.vn/s0.html.',
    );
  });
  it('a Western name on a Vietnamese page is still inverted the Western way', () => {
    const r = citationRecord({ article: { ...shapedRecordsArticle(), authors: ['Julian Borger'] } }, { lang: 'vi' });
    expect(formatCitation(r, 'apa', 'vi').text).toMatch(/^Borger, J\. \(/);
    expect(formatCitation(r, 'chicago-bibliography', 'vi').text).toMatch(/^Borger, Julian\. /);
    expect(formatCitation(r, 'chicago-note', 'vi').text).toMatch(/^Julian Borger, /);
  });
});

function shapedRecordsArticle() {
  return corpusDigests()[0]!.digest.article;
}
