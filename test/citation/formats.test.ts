// CSL-JSON, RIS and BibLaTeX per name kind (Vietnamese, foreign, agency, none), each read back by an
// independent parser: Citation.js's CSL data model and citeproc-js, astrocite's RIS parser, Better BibTeX's
// BibLaTeX parser (which keeps Unicode).
import { describe, expect, it } from 'vitest';
import {
  biblatexFile,
  citationRecord,
  citationRecords,
  cslItem,
  cslJson,
  risFile,
  texEscape,
  withUniqueKeys,
  type CitationRecord,
} from '../../lib/export/citation';
import { citeproc, cslStrictClean, parseBiblatex, parseRis } from './independent';
import { shapedDigest } from './records';

const KINDS = {
  Vietnamese: shapedDigest('vn', { authors: ['Nguyễn Văn An', 'Tùng Nguyên'] }),
  foreign: shapedDigest('fo', {
    authors: ['Julian Borger', 'Jean-Paul van Gogh'],
    lang: 'en',
    title: 'Vietnam and the EU',
  }),
  agency: shapedDigest('ag', { authors: [], source: 'TTXVN' }),
  none: shapedDigest('no', { authors: [], source: null }),
};
const record = (k: keyof typeof KINDS, includeNotes = false) =>
  citationRecord({ ...KINDS[k], notes: 'Ghi chú:\nER  - dòng 2', highlights: [] }, { lang: 'vi', includeNotes });

describe('CSL-JSON', () => {
  it('is valid CSL data (nothing dropped by a strict reader) and renders in citeproc-js, for every name kind', () => {
    const items = Object.keys(KINDS).map((k) => cslItem(record(k as keyof typeof KINDS)));
    expect(cslStrictClean(items)).toEqual(items);
    for (const item of items) expect(citeproc(item, 'apa', 'en-US').bibliography).toContain(item.title);
  });

  it('writes each name kind where CSL expects it', () => {
    expect(cslItem(record('Vietnamese')).author).toEqual([{ literal: 'Nguyễn Văn An' }, { literal: 'Tùng Nguyên' }]);
    expect(cslItem(record('foreign')).author).toEqual([
      { family: 'Borger', given: 'Julian' },
      { family: 'Gogh', given: 'Jean-Paul', 'non-dropping-particle': 'van' },
    ]);
    expect(cslItem(record('agency')).author).toEqual([{ literal: 'TTXVN' }]);
    expect(cslItem(record('none')).author).toBeUndefined();
    const item = cslItem(record('Vietnamese'));
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Báo Quốc tế',
      URL: 'https://baoquocte.vn/vn.html',
      language: 'vi',
      abstract: 'Sapo của bài.',
    });
    expect(item.issued).toEqual({ 'date-parts': [[2025, 10, 22]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 10, 23]] });
  });

  it('puts an agency credited beside reporters in a note, and the user notes only when asked', () => {
    const both = citationRecord({ article: { ...KINDS.Vietnamese.article, source: 'TTXVN' } }, { lang: 'en' });
    expect(cslItem(both)).toMatchObject({
      author: [{ literal: 'Nguyễn Văn An' }, { literal: 'Tùng Nguyên' }],
      note: 'Source: TTXVN',
    });
    expect(cslItem(record('Vietnamese')).annote).toBeUndefined();
    expect(cslItem(record('Vietnamese', true)).annote).toBe('Ghi chú:\nER  - dòng 2');
    const compiled = citationRecord({ article: { ...KINDS.none.article, source: 'tổng hợp' } }, { lang: 'vi' });
    expect(cslItem(compiled).author).toBeUndefined();
    expect(cslItem(compiled).note).toBe('Nguồn: tổng hợp');
  });

  it('is an array even for one item, and parses back', () => {
    expect(JSON.parse(cslJson([record('none')]))).toEqual([cslItem(record('none'))]);
  });
});

describe('RIS', () => {
  const parsed = (r: CitationRecord) => parseRis(risFile([r]))[0]!;

  it('gives one AU per author as written; a parser reads Vietnamese names whole and Western ones split', () => {
    expect(parsed(record('Vietnamese')).author).toEqual([{ family: 'Nguyễn Văn An' }, { family: 'Tùng Nguyên' }]);
    expect(parsed(record('foreign')).author).toEqual([
      { family: 'Borger', given: 'Julian' },
      { family: 'van Gogh', given: 'Jean-Paul' },
    ]);
    expect(parsed(record('agency')).author).toEqual([{ family: 'TTXVN' }]);
    expect(parsed(record('none')).author).toBeUndefined();
  });

  it('is a newspaper record with site, dates, address, language and abstract', () => {
    const text = risFile([record('Vietnamese')]);
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      'TY  - NEWS',
      'TI  - Đối thoại Quốc phòng Việt Nam - EU lần thứ 3',
    ]);
    expect(text).toContain('PY  - 2025\r\nDA  - 2025/10/22/\r\n');
    expect(parsed(record('Vietnamese'))).toMatchObject({
      type: 'article-newspaper',
      title: 'Đối thoại Quốc phòng Việt Nam - EU lần thứ 3',
      'container-title': 'Báo Quốc tế',
      URL: 'https://baoquocte.vn/vn.html',
      issued: { 'date-parts': [['2025', '10', '22']] },
      accessed: { 'date-parts': [['2025', '10', '23']] },
      language: 'vi',
      abstract: 'Sapo của bài.',
    });
  });

  it('keeps a multi-line note on one line, so text in it cannot end the record', () => {
    const text = risFile([record('Vietnamese', true), record('agency')]);
    expect(text).toContain('N1  - Ghi chú: ER - dòng 2\r\n');
    expect(parseRis(text)).toHaveLength(2);
  });
});

describe('BibLaTeX', () => {
  const entry = (r: CitationRecord) => {
    const out = parseBiblatex(biblatexFile([r]));
    expect(out.errors).toEqual([]);
    return out.entries[0]!;
  };

  it('is UTF-8 with hooks and horns kept, Vietnamese names in double braces', () => {
    const text = biblatexFile([record('Vietnamese')]);
    expect(text).toContain('author       = {{Nguyễn Văn An} and {Tùng Nguyên}},');
    expect(text).not.toMatch(/\\['`~^.]|\\d\{/);
    const e = entry(record('Vietnamese'));
    expect(e.type).toBe('article');
    expect(e.fields).toMatchObject({
      author: [{ name: 'Nguyễn Văn An' }, { name: 'Tùng Nguyên' }],
      title: 'Đối thoại Quốc phòng Việt Nam - EU lần thứ 3',
      journaltitle: 'Báo Quốc tế',
      entrysubtype: 'newspaper',
      date: '2025-10-22',
      urldate: '2025-10-23',
      url: 'https://baoquocte.vn/vn.html',
      langid: 'vietnamese',
    });
  });

  it('writes Western names as Family, Given and an agency as an institutional (braced) author', () => {
    expect(entry(record('foreign')).fields.author).toEqual([
      { lastName: 'Borger', firstName: 'Julian' },
      { lastName: 'Gogh', firstName: 'Jean-Paul', prefix: 'van' },
    ]);
    expect(entry(record('agency')).fields.author).toEqual([{ name: 'TTXVN' }]);
    expect(entry(record('none')).fields.author).toBeUndefined();
  });

  it('escapes TeX specials so the parser gives the text back', () => {
    const tricky = 'Giá 50% & lãi $5 #1 a_b ~ ^ \\ {mở} và } lẻ {';
    const r = citationRecord({ article: { ...KINDS.none.article, title: tricky } }, { lang: 'vi' });
    expect(texEscape('a{b}c')).toBe('a\\{b\\}c');
    expect(entry(r).fields.title).toBe(tricky);
  });

  it('has stable ASCII keys, unique within a file', () => {
    const r = record('Vietnamese');
    expect(r.key).toMatch(/^nguyenvanan2025doithoai-[0-9a-z]{4}$/);
    expect(record('Vietnamese').key).toBe(r.key);
    const keys = withUniqueKeys([r, r, r]).map((x) => x.key);
    expect(new Set(keys).size).toBe(3);
    expect(citationRecords([KINDS.agency, KINDS.none], { lang: 'en' }).map((x) => x.key.replace(/-.*/, ''))).toEqual([
      'ttxvn2025doithoai',
      'baoquocte2025doithoai',
    ]);
  });
});
