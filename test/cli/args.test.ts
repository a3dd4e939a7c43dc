// Argument parsing of the digest command line, and the Markdown it prints (the library's one renderer,
// lib/export, in English), without spawning it.
import { describe, expect, it } from 'vitest';
import { CliError, parseCommandLine } from '../../cli/args';
import type { Article } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { digestToMarkdown, escapeMarkdown } from '../../lib/export';

function usageError(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (err) {
    if (err instanceof CliError) return err;
    throw err;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('reads a page with its options', () => {
    expect(parseCommandLine(['page.html'])).toEqual({
      kind: 'page',
      input: 'page.html',
      url: null,
      format: 'json',
      force: false,
    });
    expect(parseCommandLine(['-', '--url', 'https://vnexpress.net/a-1.html', '--format', 'md', '--force'])).toEqual({
      kind: 'page',
      input: '-',
      url: 'https://vnexpress.net/a-1.html',
      format: 'md',
      force: true,
    });
  });

  it('reads --text', () => {
    expect(parseCommandLine(['--text', 'a.txt'])).toEqual({ kind: 'text', input: 'a.txt', format: 'json' });
  });

  it('reads --batch with --force', () => {
    expect(parseCommandLine(['--batch', 'list.tsv'])).toEqual({ kind: 'batch', list: 'list.tsv', force: false });
    expect(parseCommandLine(['--batch', 'list.tsv', '--force'])).toEqual({
      kind: 'batch',
      list: 'list.tsv',
      force: true,
    });
  });

  it('answers --help', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
  });

  it('takes the citation formats for a page, not for --text', () => {
    for (const format of ['csl-json', 'ris', 'biblatex'] as const)
      expect(parseCommandLine(['a.html', '--format', format])).toMatchObject({ kind: 'page', format });
    expect(usageError(['--text', 'a.txt', '--format', 'ris']).message).toMatch(/needs a page/);
  });

  it('refuses bad usage with exit code 2', () => {
    for (const argv of [
      [],
      ['a.html', 'b.html'],
      ['a.html', '--format', 'html'],
      ['a.html', '--format', 'bibtex'],
      ['a.html', '--url', 'ftp://x/y'],
      ['a.html', '--nope'],
      ['--text', 'a.txt', 'b.html'],
      ['--text', 'a.txt', '--url', 'https://x.vn/'],
    ]) {
      expect(usageError(argv).exitCode, argv.join(' ')).toBe(2);
    }
  });
});

describe('the Markdown the command line prints', () => {
  const article: Article = {
    kind: 'article',
    url: 'https://baoquocte.vn/a-1.html',
    canonicalUrl: 'https://baoquocte.vn/a-1.html',
    domain: 'baoquocte.vn',
    siteName: 'Báo Quốc tế',
    title: 'Thứ trưởng *Nguyễn Quốc Dũng* dự họp',
    authors: ['Bảo Chi'],
    published: null,
    publishedNote: 'no year on the page',
    lead: 'Lead.',
    bodyHtml: '<p>Một.</p><p># Hai.</p>',
    bodyText: 'Một.\n\n# Hai.',
    images: [{ src: 'https://baoquocte.vn/a.jpg', alt: '', caption: 'Ảnh hội nghị', credit: 'Ảnh: Tuấn Anh' }],
    lang: 'vi',
    wordCount: 3,
    extractor: { path: 'profile', profile: 'baoquocte', fallbackReason: null, ms: 1 },
  };

  it('renders properties, title, source line, lead, body and the entity lists, with markup escaped', () => {
    const md = digestToMarkdown({ article, entities: { people: [], agreements: [] } }, parseHtml, { lang: 'en' });
    expect(
      md.startsWith(
        '---\ntitle: "Thứ trưởng *Nguyễn Quốc Dũng* dự họp"\nsource: "https://baoquocte.vn/a-1.html"\nauthor:\n  - "Bảo Chi"\npublished: null\n',
      ),
    ).toBe(true);
    expect(md).toContain('\n# Thứ trưởng \\*Nguyễn Quốc Dũng\\* dự họp\n');
    expect(md).toContain('Source: [Báo Quốc tế](<https://baoquocte.vn/a-1.html>) · Bảo Chi\n');
    expect(md).toContain('**Lead.**');
    expect(md).toContain('\n\\# Hai.\n');
    expect(md).toContain('## People\n\n*None found.*');
    expect(md).toContain('## Agreements\n\n*None found.*');
  });

  it('escapes list and heading markers only at the start of a line', () => {
    expect(escapeMarkdown('- a - b')).toBe('\\- a - b');
    expect(escapeMarkdown('1. x 2. y')).toBe('1\\. x 2. y');
  });
});
