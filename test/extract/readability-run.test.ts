// Readability without its serialised copy of the body (lib/extract/readability-run.ts): the result is
// Readability's own, byte for byte, both when its first search succeeds (no second copy is made) and when it
// searches again with looser rules (the run is redone on a fresh copy, which Readability restores itself).
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { runReadability } from '../../lib/extract/readability-run';
import { extractArticle } from '../../lib/extract';
import { parseHtml } from '../../node/parse-html';
import { listSuitePages, SUITE_URL } from '../readability-suite/suite-pages';

const OPTIONS = { keepClasses: false, serializer: (el: Node) => el as Element };

/** Readability as it comes, on a copy of `doc`. */
function plain(doc: Document) {
  return new Readability<Element>(doc.cloneNode(true) as Document, OPTIONS).parse();
}

function viaRun(doc: Document) {
  let copies = 0;
  const result = runReadability(doc.cloneNode(true) as Document, () => {
    copies++;
    return doc.cloneNode(true) as Document;
  });
  return { result, copies };
}

const sentence = 'The minister said the agreement would be signed next month, after talks in the capital.';

/** A page whose article text sits in a box Readability first strips as unlikely ("sidebar"), and is short:
 * its first search finds under 500 characters, so it searches again without stripping. */
const retryPage = `<!doctype html><html><head><title>Talks resume</title></head><body>
  <div class="sidebar"><p>${sentence}</p><p>${sentence} ${sentence}</p><p>${sentence} ${sentence}</p></div>
  <div id="main"><p>Short note.</p></div></body></html>`;

describe('runReadability', () => {
  it("gives Readability's result when Readability searches again, from a fresh copy", () => {
    const doc = parseHtml(retryPage);
    const expected = plain(doc);
    const { result, copies } = viaRun(doc);
    expect(copies).toBe(1);
    expect(expected?.content).toBeTruthy();
    expect(result?.content?.outerHTML).toBe(expected?.content?.outerHTML);
    expect(result?.textContent).toContain('agreement would be signed');
  });

  it('gives null when a second search is needed and no fresh copy can be made', () => {
    expect(runReadability(parseHtml(retryPage), () => null)).toBeNull();
  });

  // Every fifth page of the suite (in name order): the whole suite runs end to end in its own test.
  it("gives Readability's result on the pages of Readability's suite, nearly all without a second copy", () => {
    const pages = listSuitePages().filter((_, i) => i % 5 === 0);
    let oneSearch = 0;
    for (const page of pages) {
      const doc = parseHtml(page.source, SUITE_URL);
      const expected = plain(doc);
      const { result, copies } = viaRun(doc);
      expect(result?.content?.outerHTML, page.name).toBe(expected?.content?.outerHTML);
      expect(result?.byline, page.name).toBe(expected?.byline);
      if (copies === 0) oneSearch++;
    }
    expect(oneSearch).toBeGreaterThanOrEqual(pages.length - 2);
  }, 240_000);

  it("leaves the body's innerHTML the DOM's own once Readability is done", () => {
    const copy = parseHtml(`<html><body><article><p>${sentence.repeat(8)}</p></article></body></html>`);
    expect(runReadability(copy, () => null)?.textContent).toContain('agreement');
    expect(Object.getOwnPropertyDescriptor(copy.body, 'innerHTML')).toBeUndefined();
    copy.body.innerHTML = '<p>replaced</p>';
    expect(copy.body.querySelector('p')?.textContent).toBe('replaced');
  });

  it('extracts the short page through the pipeline with the text Readability found on its second search', () => {
    const r = extractArticle(parseHtml(retryPage), 'https://example.com/world/talks-resume');
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.bodyText).toContain('agreement would be signed');
  });
});
