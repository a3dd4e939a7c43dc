// The same extraction on a second, more browser-like DOM (happy-dom): results must not depend on linkedom.
import { afterAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../golden/corpus';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';

const windows: Window[] = [];
function happyDocument(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(win);
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

const comparable = (a: Article) => ({
  title: a.title,
  authors: a.authors,
  published: a.published,
  lead: a.lead,
  bodyText: a.bodyText,
  bodyHtml: a.bodyHtml,
  images: a.images,
  path: a.extractor.path,
});

describe('linkedom and happy-dom give the same article', () => {
  const seedDir = join(import.meta.dirname, '..', 'fixtures', 'seeds');
  const seeds = (() => {
    try {
      return readdirSync(seedDir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({
          name: `seed ${f}`,
          html: readFileSync(join(seedDir, f), 'utf8'),
          url: `https://seed.example.vn/${f}`,
        }));
    } catch {
      return [];
    }
  })();
  const pages = [...loadCorpus().map((p) => ({ name: p.name, html: p.html, url: p.gold.url })), ...seeds];
  for (const { name, html, url } of pages) {
    it(name, () => {
      const a = extractArticle(parseHtml(html, url), url, { force: true }) as Article;
      const doc = happyDocument(html, url);
      const before = doc.documentElement.outerHTML;
      const b = extractArticle(doc, url, { force: true }) as Article;
      expect(b.kind).toBe('article');
      expect(comparable(b)).toEqual(comparable(a));
      expect(doc.documentElement.outerHTML === before).toBe(true);
    });
  }
});
