// The seed fixtures are the specification of extraction on the five seed sites: each page must give the
// gold title, lead, first and last body sentences, captions and authors, and none of the boilerplate lines.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../node/parse-html';
import type { Article, ExtractionResult } from '../../lib/article';
import { cleanInline, matchKey } from '../../lib/text';
import { containsSnippet } from '../support/shingles';
import { loadSeedFixture, SEED_IDS } from './seed-fixtures';

const norm = (s: string) => cleanInline(s);
/** "(Ảnh: Tuấn Anh)" at the end of a caption: the photo credit, which may be kept apart from the caption. */
const CREDIT = /\s*\(?\s*(Ảnh|Photo)\s*:\s*([^)]+)\)?\s*$/u;

function asArticle(result: ExtractionResult, id: string): Article {
  if (result.kind !== 'article') throw new Error(`seed ${id}: not an article (${result.code}: ${result.reason})`);
  return result;
}

for (const id of SEED_IDS) {
  const { html, gold, facts } = loadSeedFixture(id);
  describe(`seed fixture ${id} (${gold.site ?? 'Hanoi paper'})`, () => {
    // Extracted once per fixture, on first use, so a throwing extractor fails the tests instead of the file.
    let cached: { article: Article; body: string } | undefined;
    const get = () => {
      if (!cached) {
        const article = asArticle(extractArticle(parseHtml(html, facts.url), facts.url), id);
        cached = { article, body: norm(article.bodyText) };
      }
      return cached;
    };

    it('gives the gold title', () => {
      const { article } = get();
      expect(norm(article.title)).toBe(norm(gold.title ?? facts.title));
    });

    it('gives the gold lead', () => {
      const { article } = get();
      if (gold.lead === null) expect(article.lead).toBeNull();
      else expect(norm(article.lead ?? '')).toBe(norm(gold.lead));
    });

    it('starts the body with the gold first sentence and ends it with the last', () => {
      // A photo may open or close the body: its caption paragraph is not a body sentence, so it is skipped.
      const { article } = get();
      const captions = new Set(
        [
          ...gold.captions,
          ...article.images.flatMap((i) => [
            i.caption ?? '',
            `${i.caption ?? ''} (${i.credit ?? ''})`,
            `${i.caption ?? ''} ${i.credit ?? ''}`,
          ]),
        ]
          .map(norm)
          .filter(Boolean),
      );
      const paragraphs = article.bodyText
        .split(/\n\s*\n/)
        .map(norm)
        .filter((p) => p && !captions.has(p));
      const text = paragraphs.join(' ');
      expect(text.startsWith(norm(gold.body_first)), `body starts "${text.slice(0, 120)}"`).toBe(true);
      expect(text.endsWith(norm(gold.body_last)), `body ends "${text.slice(-160)}"`).toBe(true);
    });

    it('keeps every caption (with its photo credit)', () => {
      const { article, body } = get();
      const imageText = article.images.map((img) => `${img.caption ?? ''} ${img.credit ?? ''}`).join('\n');
      for (const caption of gold.captions) {
        const credit = CREDIT.exec(caption);
        const core = credit ? caption.slice(0, credit.index) : caption;
        expect(containsSnippet(body, core) || containsSnippet(imageText, core), `caption "${core}"`).toBe(true);
        if (credit) {
          const who = credit[2]!.trim();
          expect(containsSnippet(body, who) || containsSnippet(imageText, who), `credit "${who}"`).toBe(true);
        }
      }
    });

    it('leaves out every boilerplate line', () => {
      const { article } = get();
      const fields = {
        title: article.title,
        lead: article.lead ?? '',
        body: article.bodyText,
        authors: article.authors.join('\n'),
      };
      for (const line of gold.boilerplate) {
        for (const [field, text] of Object.entries(fields)) {
          expect(containsSnippet(text, line), `"${line}" in ${field}`).toBe(false);
        }
      }
    });

    it('credits the gold authors', () => {
      const { article } = get();
      expect(article.authors.map(matchKey)).toEqual(gold.authors.map(matchKey));
    });

    it('dates the article only from a date the page gives with its year', () => {
      const { article } = get();
      if (facts.publishedDate === null) expect(article.published).toBeNull();
      else expect(article.published?.slice(0, 10)).toBe(facts.publishedDate);
    });
  });
}

// Pages come in NFD too (some CMSs and copy-pasted text): the same page decomposed must give the same digest.
describe('seed fixtures in NFD', () => {
  for (const id of SEED_IDS) {
    it(`${id}: same title, lead, body and authors as the NFC page`, () => {
      const { html, facts } = loadSeedFixture(id);
      const nfc = asArticle(extractArticle(parseHtml(html, facts.url), facts.url), id);
      const nfd = asArticle(extractArticle(parseHtml(html.normalize('NFD'), facts.url), facts.url), id);
      expect(norm(nfd.title)).toBe(norm(nfc.title));
      expect(norm(nfd.lead ?? '')).toBe(norm(nfc.lead ?? ''));
      expect(norm(nfd.bodyText)).toBe(norm(nfc.bodyText));
      expect(nfd.authors.map(matchKey)).toEqual(nfc.authors.map(matchKey));
    });
  }
});
