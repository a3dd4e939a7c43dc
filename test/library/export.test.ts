import { createRequire } from 'node:module';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import {
  buildExport,
  csvField,
  digestToMarkdown,
  digestsCsv,
  htmlToMarkdown,
  neutralise,
  notebookMarkdown,
  obsidianTags,
  slugify,
  toCsv,
  UniqueNames,
  yamlString,
  zipFiles,
} from '../../lib/export';
import { digestArbitrary, libraryArbitrary, vnText } from '../support/digest-arbitrary';
import { agreement, makeDigest, person } from './make-digest';
import { parseCsv } from './csv-parse';

// js-yaml comes with eslint; a real YAML parser is the honest check of our front matter.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

function frontMatterOf(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  return yaml.load(m[1]!) as Record<string, unknown>;
}

const digest = {
  ...makeDigest({
    id: 'a',
    title: 'Đối thoại: "Việt Nam - EU" # lần 3\nthứ hai',
    lead: 'Thượng tướng Hoàng Xuân Chiến đồng chủ trì.',
    people: [person('Hoàng Xuân Chiến', ['Thượng tướng'])],
    agreements: [agreement('Hiệp định Thương mại tự do Việt Nam - EU', 'EVFTA', 'fta')],
    tags: ['- quốc phòng', 'EU: ưu tiên'],
    notes: 'Theo dõi *EVFTA*.\nHỏi lại Bộ.',
  }),
  highlights: [
    {
      id: 'h1',
      quote: 'hợp tác quốc phòng',
      start: 10,
      prefix: '',
      suffix: '',
      comment: '=quan trọng',
      createdAt: '2025-01-02T00:00:00.000Z',
    },
  ],
};
digest.article.bodyHtml =
  '<p>Đoạn một <strong>đậm</strong>.</p><h2>Tiểu mục</h2><ul><li>Một</li><li>Hai</li></ul><figure><img src="https://qdnd.vn/a.jpg" alt="Ảnh"><figcaption>Chú thích ảnh</figcaption></figure><table><tr><th>Năm</th><th>Giá trị</th></tr><tr><td>2020</td><td>5</td></tr></table><blockquote><p>Trích</p></blockquote>';

describe('Markdown export', () => {
  // Property names as Obsidian Web Clipper writes them (issue 15): source, author, published, created.
  it('writes Obsidian properties a YAML parser reads back exactly', () => {
    const md = digestToMarkdown(digest, parseHtml);
    expect(frontMatterOf(md)).toEqual({
      title: digest.article.title,
      source: digest.article.canonicalUrl,
      author: ['Phương Linh'],
      published: '2025-01-01',
      created: '2025-01-01',
      site: 'VnExpress',
      tags: ['quốc-phòng', 'EU-ưu-tiên'],
      people: ['Hoàng Xuân Chiến'],
      agreements: ['Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)'],
      sides: [],
    });
  });

  it('then gives lead, notes, highlights and the article as Markdown', () => {
    const md = digestToMarkdown(digest, parseHtml);
    expect(md).toContain('**Thượng tướng Hoàng Xuân Chiến đồng chủ trì.**');
    expect(md).toContain('## Ghi chú\n\nTheo dõi *EVFTA*.\nHỏi lại Bộ.');
    expect(md).toContain('> hợp tác quốc phòng\n\n\\=quan trọng');
    expect(md).toContain('Đoạn một **đậm**.');
    expect(md).toContain('### Tiểu mục');
    expect(md).toContain('- Một\n- Hai');
    expect(md).toContain('![Ảnh](<https://qdnd.vn/a.jpg>)\n\n*Chú thích ảnh*');
    expect(md).toContain('| Năm | Giá trị |\n| --- | --- |\n| 2020 | 5 |');
    expect(md).toContain('> Trích');
    expect(md.indexOf('## Ghi chú')).toBeLessThan(md.indexOf('## Bài viết'));
  });

  it('escapes Markdown syntax in article text', () => {
    expect(
      htmlToMarkdown(
        '<p>*a* [b] `c` 1_000</p><p>- not a list</p><p>1. not a list</p><p># not a heading</p>',
        parseHtml,
      ),
    ).toBe('\\*a\\* \\[b\\] \\`c\\` 1\\_000\n\n\\- not a list\n\n1\\. not a list\n\n\\# not a heading');
  });

  it('never crashes and always yields front matter YAML can read (property)', () => {
    fc.assert(
      fc.property(digestArbitrary, (d) => {
        const md = digestToMarkdown(d, parseHtml);
        const fm = frontMatterOf(md);
        expect(fm.title).toBe(d.article.title);
        expect(fm.tags).toEqual(obsidianTags(d.tags));
        expect(fm.people).toEqual(d.entities.people.map((p) => p.name));
      }),
      { numRuns: 150 },
    );
  });

  it('quotes strings YAML would misread', () => {
    for (const s of ['a: b', '"q"', '- x', '#c', 'yes', 'null', '1.5', 'line\nbreak', '\u2028', '@x', ''])
      expect(yaml.load(`k: ${yamlString(s)}`)).toEqual({ k: s });
  });
});

describe('notebook', () => {
  const other = makeDigest({ id: 'b', title: 'Không ghi chú', people: [person('Hoàng Xuân Chiến')] });
  const noPeople = makeDigest({ id: 'c', title: 'Bài không nhân vật', notes: 'Ghi chú lẻ' });

  it('groups notes and highlights by article, person and agreement, leaving out digests without notes', () => {
    const byArticle = notebookMarkdown([digest, other, noPeople], 'article', { now: new Date('2025-05-01T00:00:00Z') });
    expect(byArticle).toContain('# Sổ ghi chép: theo bài viết');
    expect(byArticle).toContain('*2 bài · 2025-05-01*');
    expect(byArticle).not.toContain('Không ghi chú');
    const byPerson = notebookMarkdown([digest, other, noPeople], 'person');
    expect(byPerson).toMatch(/## Hoàng Xuân Chiến\n\n\*Thượng tướng\*\n\n### \[Đối thoại/);
    expect(byPerson).toContain('## Bài không nêu nhân vật nào\n\n### [Bài không nhân vật]');
    const byAgreement = notebookMarkdown([digest], 'agreement');
    expect(byAgreement).toContain('## Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)');
    expect(byAgreement).toContain('> hợp tác quốc phòng');
  });

  it('says so when there is nothing to gather', () => {
    expect(notebookMarkdown([other], 'person')).toContain('Chưa có ghi chú');
  });
});

describe('CSV export', () => {
  it('quotes every field per RFC 4180 and neutralises formula triggers', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const s of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('Hà Nội')).toBe('Hà Nội');
    expect(neutralise(-2)).toBe('-2');
    expect(neutralise(null)).toBe('');
    expect(csvField('Hà Nội')).toBe('"Hà Nội"');
    expect(toCsv(['a'], [['x']])).toBe('\uFEFF"a"\r\n"x"\r\n');
  });

  it('neutralises a formula behind any separator a spreadsheet may use (issue 13: ";" in a headline)', () => {
    expect(neutralise('Giá vàng hôm nay;=1+1;tăng mạnh')).toBe("Giá vàng hôm nay;'=1+1;tăng mạnh");
    expect(neutralise('a, -2')).toBe("a, '-2");
    expect(neutralise('a;\t=1')).toBe("a;'\t'=1");
    expect(neutralise('dòng 1\r\n@x')).toBe("dòng 1\r\n'@x");
    expect(neutralise('a; "=1"')).toBe('a; "\'=1"');
  });

  it('exports digests with one row each', () => {
    const rows = parseCsv(digestsCsv([digest]));
    expect(rows[0]).toContain('title');
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row.title).toBe(digest.article.title);
    expect(row.tags).toBe("'- quốc phòng; EU: ưu tiên");
    expect(row.highlights).toBe('hợp tác quốc phòng (=quan trọng)');
    expect(row.agreements).toBe('Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)');
  });

  /** Every piece a spreadsheet could cut the cell into, by any separator it may guess, is safe. */
  const safeUnderAnySeparator = (cell: string) => {
    for (const piece of cell.split(/[;,\t\r\n]/)) expect(piece.replace(/^[ "]*/, '')).not.toMatch(/^[=+\-@]/);
    expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  };

  it('parses back to the same (neutralised) cells for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(vnText(10), fc.string(), fc.integer()), { minLength: 3, maxLength: 3 }), {
          maxLength: 10,
        }),
        (rows) => {
          const parsed = parseCsv(toCsv(['a', 'b', 'c'], rows));
          expect(parsed).toEqual([['a', 'b', 'c'], ...rows.map((r) => r.map((c) => neutralise(c)))]);
          // Text cells can never start a formula, under any separator; numbers stay numbers ("-1").
          rows.flat().forEach((orig, i) => {
            if (typeof orig === 'string') safeUnderAnySeparator(parsed.slice(1).flat()[i]!);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is safe under any separator whatever the text holds (property)', () => {
    const hostile = fc
      .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', ',', ' ', '"', 'a', 'Hà'), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(hostile, (text) => safeUnderAnySeparator(neutralise(text))),
      { numRuns: 500 },
    );
  });

  it('never crashes on arbitrary digests and every cell is safe (property)', () => {
    fc.assert(
      fc.property(libraryArbitrary(5), (ds) => {
        const parsed = parseCsv(digestsCsv(ds));
        expect(parsed).toHaveLength(ds.length + 1);
        for (const cell of parsed.slice(1).flat()) if (!/^-?\d+$/.test(cell)) safeUnderAnySeparator(cell);
      }),
      { numRuns: 100 },
    );
  });
});

describe('file names and zip', () => {
  it('folds Vietnamese titles to short unique ASCII slugs', () => {
    expect(slugify('Đối thoại Quốc phòng An ninh Việt Nam - EU lần thứ 3')).toBe(
      'doi-thoai-quoc-phong-an-ninh-viet-nam-eu-lan-thu-3',
    );
    expect(slugify('Thoả thuận'.normalize('NFD'))).toBe('thoa-thuan');
    expect(slugify('!!!')).toBe('untitled');
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(60);
    const names = new UniqueNames();
    expect([names.take('a', 'md'), names.take('a', 'md'), names.take('A', 'md')]).toEqual(['a.md', 'a-2.md', 'A-3.md']);
  });

  it('packs several files into a zip fflate reads back', () => {
    const zip = zipFiles([
      { name: 'a.md', data: 'Hoàng Xuân Chiến' },
      { name: 'b/c.csv', data: new Uint8Array([1, 2, 3]) },
    ]);
    const files = unzipSync(zip);
    expect(strFromU8(files['a.md']!)).toBe('Hoàng Xuân Chiến');
    expect([...files['b/c.csv']!]).toEqual([1, 2, 3]);
    expect(() =>
      zipFiles([
        { name: 'x', data: '' },
        { name: 'x', data: '' },
      ]),
    ).toThrow(/duplicate/);
  });

  it('builds each export format', () => {
    const now = new Date('2025-05-01T00:00:00Z');
    const twin = { ...digest, id: 'a2', urlKey: 'x/a2' };
    const md = buildExport([digest, twin], { format: 'markdown', parseHtml, now });
    expect(md.filename).toBe('tin-gon-2025-05-01-markdown.zip');
    const files = unzipSync(md.data as Uint8Array);
    expect(Object.keys(files)).toEqual([
      '2025-01-01-doi-thoai-viet-nam-eu-lan-3-thu-hai.md',
      '2025-01-01-doi-thoai-viet-nam-eu-lan-3-thu-hai-2.md',
    ]);
    expect(strFromU8(Object.values(files)[0]!)).toBe(digestToMarkdown(digest, parseHtml));
    const single = buildExport([digest], { format: 'markdown', parseHtml, now });
    expect(single.mime).toMatch(/markdown/);
    const csv = buildExport([digest], { format: 'csv', now });
    expect(Object.keys(unzipSync(csv.data as Uint8Array)).sort()).toEqual([
      'agreements.csv',
      'digests.csv',
      'people.csv',
      'sides.csv',
    ]);
    const people = parseCsv(strFromU8(unzipSync(csv.data as Uint8Array)['people.csv']!));
    expect(people[1]![0]).toBe('Hoàng Xuân Chiến');
    const json = buildExport([digest], { format: 'json', now });
    expect(JSON.parse(json.data as string)).toMatchObject({
      format: 'tin-gon-backup',
      version: 1,
      exportedAt: now.toISOString(),
    });
    const notebook = buildExport([digest], { format: 'notebook', grouping: 'person', now });
    expect(notebook.filename).toBe('tin-gon-2025-05-01-notebook-person.md');
  });

  it('builds the citation formats and formatted references, in the language asked', () => {
    const now = new Date('2025-05-01T00:00:00Z');
    const csl = buildExport([digest], { format: 'csl-json', now, lang: 'en' });
    expect(csl).toMatchObject({
      filename: 'tin-gon-2025-05-01-citations.json',
      mime: 'application/vnd.citationstyles.csl+json',
      files: 1,
    });
    expect(JSON.parse(csl.data as string)[0]).toMatchObject({
      type: 'article-newspaper',
      title: 'Đối thoại: "Việt Nam - EU" # lần 3 thứ hai',
      author: [{ literal: 'Phương Linh' }],
    });
    const ris = buildExport([digest], { format: 'ris', now, includeNotes: true });
    expect(ris.filename).toBe('tin-gon-2025-05-01-citations.ris');
    expect(ris.data).toContain('N1  - Theo dõi *EVFTA*. Hỏi lại Bộ. “hợp tác quốc phòng” (=quan trọng)\r\n');
    expect(buildExport([digest], { format: 'ris', now }).data).not.toContain('Theo dõi');
    expect(buildExport([digest], { format: 'biblatex', now }).data).toMatch(
      /^@article\{phuonglinh2025doithoai-[0-9a-z]{4},\n/,
    );
    const apa = buildExport([digest], { format: 'references', style: 'apa', now, lang: 'vi' });
    expect(apa.filename).toBe('tin-gon-2025-05-01-references-apa.txt');
    expect(apa.data).toBe(
      'Phương Linh. (2025, ngày 1 tháng 1). Đối thoại: “Việt Nam - EU” # lần 3 thứ hai. VnExpress. https://vnexpress.net/a.html\n',
    );
    const note = buildExport([digest], { format: 'references', style: 'chicago-note', now, lang: 'en' });
    expect(note.data).toBe(
      'Phương Linh, “Đối thoại: ‘Việt Nam - EU’ # lần 3 thứ hai,” VnExpress, January 1, 2025, https://vnexpress.net/a.html.\n',
    );
  });
});
