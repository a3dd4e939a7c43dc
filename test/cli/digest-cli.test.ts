// The digest command line, spawned for real: exit codes 0 (printed), 2 (bad usage, unreadable input),
// 3 (not an article), JSON and Markdown output, charset handling, stdin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, CLI_TEST_TIMEOUT, CORPUS_PAGES, runCli } from './run-cli';
import { cleanInline } from '../../lib/text';

const PAGE = 'vnexpress.net__2022-cong-nhan-mat-viec-lo-tet';
const pagePath = join(CORPUS_PAGES, `${PAGE}.html`);
const gold = JSON.parse(readFileSync(join(CORPUS_PAGES, `${PAGE}.gold.json`), 'utf8')) as {
  url: string;
  title: string;
};

describe('npm run digest on a page', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('prints the digest as JSON and exits 0', () => {
    const r = runCli([pagePath]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest.kind).toBe('article');
    expect(cleanInline(digest.title)).toBe(cleanInline(gold.title));
    expect(digest.domain).toBe('vnexpress.net');
    expect(digest.bodyText.length).toBeGreaterThan(500);
    expect(Array.isArray(digest.entities.people)).toBe(true);
    expect(Array.isArray(digest.entities.agreements)).toBe(true);
    // The page's sides are printed too, each with the spans of its mentions.
    expect(digest.entities.sides.length).toBeGreaterThan(0);
    for (const side of digest.entities.sides) expect(side.spans.length).toBe(side.mentions);
  });

  it("prints Markdown with --format md: the library's Obsidian-ready note, in English", () => {
    const r = runCli([pagePath, '--format', 'md', '--url', gold.url]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: ')).toBe(true);
    expect(r.stdout).toContain(`\n# ${cleanInline(gold.title)}\n`);
    expect(r.stdout).toContain('## People');
    expect(r.stdout).toContain('## Agreements');
    expect(r.stdout).toContain('\nSource: [VnExpress](<');
  });

  it("prints the page's citation with --format csl-json, ris or biblatex", () => {
    const csl = JSON.parse(runCli([pagePath, '--format', 'csl-json']).stdout) as {
      type: string;
      title: string;
      author: { literal: string }[];
    }[];
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({
      type: 'article-newspaper',
      title: cleanInline(gold.title),
      author: [{ literal: 'Lê Tuyết' }],
    });
    const ris = runCli([pagePath, '--format', 'ris']);
    expect(ris.status).toBe(0);
    expect(ris.stdout).toMatch(/^TY {2}- NEWS\r\n/);
    expect(ris.stdout).toContain('AU  - Lê Tuyết\r\n');
    const bib = runCli([pagePath, '--format', 'biblatex']);
    expect(bib.stdout).toMatch(/^@article\{letuyet2022/);
    expect(bib.stdout).toContain('{{Lê Tuyết}}');
  });

  it('reads the page from standard input with "-" and honours --url', () => {
    const url = 'https://example.org/some/copy.html';
    const r = runCli(['-', '--url', url], readFileSync(pagePath));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe(url);
  });

  it('takes the address from the "saved from" note of a page saved by a browser', () => {
    const html = readFileSync(join(CORPUS_PAGES, 'vnexpress.net__2012-vo-ngoai-tinh.html'), 'utf8');
    const r = runCli(['-'], `<!-- saved from url=(0041)https://vnexpress.net/gl/ban-doc/vo.html -->\n${html}`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).url).toBe('https://vnexpress.net/gl/ban-doc/vo.html');
  });

  it('honours the charset the page declares (windows-1258)', () => {
    const r = runCli([join(CLI_FIXTURES, 'windows-1258-article.html')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const digest = JSON.parse(r.stdout);
    expect(digest.title).toBe('Tham vấn lần thứ hai về An ninh và Quốc phòng giữa Liên minh châu Âu và Việt Nam');
    expect(digest.bodyText).toContain('Thượng tướng Hoàng Xuân Chiến');
    expect(digest.url).toBe('https://example.org/tin-tuc/tham-van-an-ninh-quoc-phong-eu-viet-nam.html');
  });
});

describe('npm run digest refuses', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('a page that is not an article: exit 3 with the reason on stderr', () => {
    const r = runCli([join(CLI_FIXTURES, 'listing-page.html')]);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not an article/);
  });

  it('a missing file: exit 2', () => {
    const r = runCli(['no/such/page.html']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Cannot read "no\/such\/page.html": no such file/);
  });

  it('no page at all: exit 2 with the usage', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it('an unknown option or format: exit 2', () => {
    expect(runCli([pagePath, '--frmat', 'md']).status).toBe(2);
    const r = runCli([pagePath, '--format', 'pdf']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format must be one of json, md, csl-json, ris, biblatex/);
  });

  it('a page without an address of its own and no --url: exit 2 asking for --url', () => {
    const r = runCli(['-'], '<html><body><article><h1>Tiêu đề</h1><p>Nội dung bài viết.</p></article></body></html>');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--url/);
  });

  it('a relative --url: exit 2', () => {
    const r = runCli([pagePath, '--url', 'vnexpress.net/abc']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/absolute http/);
  });
});

describe('npm run digest --text', { timeout: CLI_TEST_TIMEOUT }, () => {
  const text =
    'Thứ trưởng Ngoại giao Nguyễn Quốc Dũng đã gặp Trưởng SOM EU Gunnar Wiegan. Hai bên khẳng định tầm quan trọng của Công ước Liên hợp quốc về Luật Biển năm 1982 (UNCLOS 1982).';

  it('prints people, agreements and sides with offsets into the NFC text, even from NFD input', () => {
    const r = runCli(['--text', '-'], text.normalize('NFD'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.textLength).toBe(text.normalize('NFC').length);
    const names = out.people.map((p: { name: string }) => p.name);
    expect(names).toContain('Nguyễn Quốc Dũng');
    // The sides: the EU with its acronym, found as written.
    const eu = out.sides.find((s: { acronym: string | null }) => s.acronym === 'EU');
    expect(eu?.kind).toBe('organisation');
    expect(eu?.mentionsAt.map((m: { text: string }) => m.text)).toEqual(['EU']);
    for (const group of [out.people, out.agreements, out.sides]) {
      for (const entity of group) {
        for (const m of entity.mentionsAt) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
    expect(out.agreements.some((a: { acronym: string | null }) => a.acronym === 'UNCLOS')).toBe(true);
  });

  it('refuses a text file that is not UTF-8: exit 2', () => {
    const r = runCli(['--text', '-'], Buffer.from([0x48, 0xe0, 0x20, 0xff, 0xfe, 0x41]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not UTF-8/);
  });
});
