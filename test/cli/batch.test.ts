// `npm run digest -- --batch list.tsv`, spawned for real: one JSON line per listed page (digest, refusal or
// error, each with the file as the list gave it), the run goes on past bad lines and unreadable pages,
// progress on stderr, exit 0 once the list was read.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FIXTURES, CLI_TEST_TIMEOUT, CORPUS_PAGES, runCli } from './run-cli';
import { parseBatchList } from '../../cli/batch';
import { cleanInline } from '../../lib/text';

const ARTICLE = 'vnexpress.net__2022-cong-nhan-mat-viec-lo-tet';
const OLD_PAGE = 'vnexpress.net__2012-vo-ngoai-tinh';
const gold = (name: string) =>
  JSON.parse(readFileSync(join(CORPUS_PAGES, `${name}.gold.json`), 'utf8')) as { url: string; title: string };

describe('parseBatchList', () => {
  it('reads path<TAB>address lines, skipping blank and # lines, keeping bad lines with their problem', () => {
    const list =
      '\uFEFFa.html\thttps://x.vn/a-1.html\r\n\n# archive of 2024\nb.html\t\nc.html\n d.html \tftp://x/y\n\tx\ne.html\thttps://x.vn/e\textra\n';
    expect(parseBatchList(list)).toEqual([
      { line: 1, file: 'a.html', url: 'https://x.vn/a-1.html', problem: null },
      { line: 4, file: 'b.html', url: null, problem: null },
      { line: 5, file: 'c.html', url: null, problem: null },
      {
        line: 6,
        file: 'd.html',
        url: null,
        problem: 'line 6: the address must be an absolute http(s) address, not "ftp://x/y"',
      },
      { line: 7, file: '', url: null, problem: 'line 7 names no file' },
      {
        line: 8,
        file: 'e.html',
        url: null,
        problem: 'line 8 has 3 tab-separated columns; expected "path<TAB>address"',
      },
    ]);
  });
});

describe('npm run digest -- --batch', { timeout: CLI_TEST_TIMEOUT }, () => {
  it('digests every listed page in one run, one JSON line each, and goes on past errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tin-gon-batch-'));
    mkdirSync(join(dir, 'pages'));
    // Relative paths are read from the list's own folder, whatever the working directory.
    copyFileSync(join(CORPUS_PAGES, `${ARTICLE}.html`), join(dir, 'pages', 'article.html'));
    writeFileSync(join(dir, 'pages', 'empty.html'), '');
    writeFileSync(join(dir, 'pages', 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const lines = [
      `pages/article.html\t${gold(ARTICLE).url}`,
      `${join(CORPUS_PAGES, `${OLD_PAGE}.html`)}\t${gold(OLD_PAGE).url}`,
      `${join(CLI_FIXTURES, 'listing-page.html')}\t`,
      'pages/missing.html\thttps://example.org/missing',
      'pages/binary.html\thttps://example.org/binary',
      'pages/empty.html\thttps://example.org/empty',
      `${join(CORPUS_PAGES, `${OLD_PAGE}.html`)}`, // no address in the list, none in the page
      'pages/article.html\tnot an address',
    ];
    writeFileSync(join(dir, 'list.tsv'), lines.join('\n') + '\n');
    const r = runCli(['--batch', join(dir, 'list.tsv')]);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.file)).toEqual(lines.map((l) => l.split('\t')[0]));

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON lines read back, checked field by field below
    const [article, old, listing, missing, binary, empty, noAddress, badAddress] = out as Record<string, any>[];
    expect(article!.kind).toBe('article');
    expect(cleanInline(article!.title)).toBe(cleanInline(gold(ARTICLE).title));
    expect(article!.url).toBe(gold(ARTICLE).url);
    expect(Array.isArray(article!.entities.people)).toBe(true);
    expect(old!.kind).toBe('article');
    expect(cleanInline(old!.title)).toBe(cleanInline(gold(OLD_PAGE).title));
    expect(listing).toMatchObject({ kind: 'not-article', code: 'listing', url: 'https://example.org/thoi-su' });
    expect(listing!.reason).toMatch(/listing/);
    expect(missing).toMatchObject({ kind: 'error' });
    expect(missing!.error).toMatch(/no such file/);
    expect(binary!.error).toMatch(/binary file/);
    expect(empty!.kind).toBe('not-article');
    expect(noAddress!.error).toMatch(/names no address of its own.*list/);
    expect(badAddress!.error).toMatch(/line 8: the address must be an absolute http\(s\) address/);

    const progress = r.stderr.trim().split('\n');
    expect(progress[0]).toMatch(/^\[1\/8\] pages\/article\.html: article, \d+ words$/);
    expect(progress[2]).toMatch(/^\[3\/8\] .*listing-page\.html: not an article \(listing\)$/);
    expect(progress.at(-1)).toBe('digest --batch: 8 pages: 2 articles, 2 not articles, 4 errors');
  });

  it('an unreadable list: exit 2, nothing on stdout', () => {
    const r = runCli(['--batch', 'no/such/list.tsv']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Cannot read "no\/such\/list.tsv": no such file/);
  });

  it('bad usage with --batch: exit 2', () => {
    expect(runCli(['--batch', 'list.tsv', 'page.html']).status).toBe(2);
    expect(runCli(['--batch', 'list.tsv', '--format', 'md']).status).toBe(2);
    expect(runCli(['--batch', 'list.tsv', '--url', 'https://x.vn/']).status).toBe(2);
  });
});
