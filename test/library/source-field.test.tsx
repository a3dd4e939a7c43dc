// @vitest-environment happy-dom
// The source an article credits (Article.source, issue 11 item 3) is shown as "Nguồn" / "Source" in the
// digest's header and carried once by each export: the Markdown note's source line ("Theo TTXVN"; its front
// matter's `source` is the article's address, as Obsidian Web Clipper names it), a CSV column, the JSON backup.
import { cleanup, render, screen } from '@testing-library/preact';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestHeader } from '../../components/common/DigestHeader';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import { parseHtml } from '../../node/parse-html';
import { backupJson, digestToMarkdown, digestsCsv } from '../../lib/export';
import { makeDigest } from './make-digest';
import { parseCsv } from './csv-parse';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const withSource = () => {
  const d = makeDigest({ id: 's' });
  d.article = { ...d.article, authors: ['Hà Thu'], source: 'TTXVN' };
  return d;
};

afterEach(cleanup);

describe('the credited source', () => {
  it.each([
    ['vi', 'Nguồn: TTXVN'],
    ['en', 'Source: TTXVN'],
  ] as const)('is shown in the digest header (%s)', (lang, shown) => {
    render(
      <I18nContext.Provider value={i18nFor(lang)}>
        <DigestHeader article={withSource().article} />
      </I18nContext.Provider>,
    );
    expect(screen.getByTestId('article-source').textContent).toBe(shown);
    expect(screen.getByTestId('authors').textContent).toContain('Hà Thu');
  });

  it('is absent when the article credits none (and in digests saved before the field existed)', () => {
    const d = makeDigest({ id: 'n' });
    delete d.article.source;
    render(
      <I18nContext.Provider value={i18nFor('vi')}>
        <DigestHeader article={d.article} />
      </I18nContext.Provider>,
    );
    expect(screen.queryByTestId('article-source')).toBeNull();
    const md = digestToMarkdown(d, parseHtml);
    expect(md).not.toMatch(/· Theo /);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(md)![1]!;
    expect(yaml.load(fm)).toMatchObject({ source: d.article.url });
  });

  it('is in the Markdown note once, the CSV and the JSON backup', () => {
    const d = withSource();
    const md = digestToMarkdown(d, parseHtml);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(md)![1]!;
    expect(yaml.load(fm)).toMatchObject({ author: ['Hà Thu'], source: d.article.url });
    expect(md.match(/TTXVN/g)).toHaveLength(1);
    expect(md).toMatch(/· Theo TTXVN/);
    const rows = parseCsv(digestsCsv([d]));
    expect(rows[1]![rows[0]!.indexOf('source')]).toBe('TTXVN');
    expect(JSON.parse(backupJson([d])).digests[0].article.source).toBe('TTXVN');
  });
});
