// Golden tests over every real page in shared/corpus/pages: snippets, leaks, title/authors/date, body F1.
import { describe, expect, it } from 'vitest';
import { GOLD_LEAD_TAGS, loadCorpus, withoutLeadTag } from './corpus';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { containsSnippet, shingleScore } from '../support/shingles';

const pages = loadCorpus();

describe('golden corpus pages', () => {
  it('finds the corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, html, gold } of pages) {
    describe(name, () => {
      const result = extractArticle(parseHtml(html, gold.url), gold.url);
      const article = result.kind === 'article' ? result : null;
      // Gold body = lead first, then the body paragraphs.
      const text = article ? [article.lead, article.bodyText].filter(Boolean).join('\n\n') : '';

      it('is extracted as an article', () => {
        expect(result.kind, result.kind === 'not-article' ? result.reason : '').toBe('article');
      });
      it('contains every must_include snippet', () => {
        expect(gold.must_include.map((s) => withoutLeadTag(name, s)).filter((s) => !containsSnippet(text, s))).toEqual(
          [],
        );
      });
      it('contains no must_exclude snippet', () => {
        expect(gold.must_exclude.filter((s) => containsSnippet(text, s))).toEqual([]);
      });
      it('has the gold title, authors, date and lead', () => {
        expect(article?.title).toBe(gold.title);
        expect(article?.authors).toEqual(gold.authors);
        expect(article?.published).toBe(gold.published);
        const tag = GOLD_LEAD_TAGS[name];
        if (tag) expect(gold.lead?.startsWith(tag), `gold lead opens with ${tag}`).toBe(true);
        expect(article?.lead ?? null).toBe(gold.lead === null ? null : withoutLeadTag(name, gold.lead));
      });
      it('scores body 4-word-shingle F1 >= 0.95', () => {
        expect(shingleScore(text, gold.body).f1).toBeGreaterThanOrEqual(0.95);
      });
      it('keeps the body HTML sanitised', () => {
        expect(article?.bodyHtml).not.toMatch(/<script|<iframe|\son\w+=|javascript:|style=/i);
      });
    });
  }
});
