// The size and time budgets: a page over the element budget gives the generic path only its article's region,
// the region's copy never exceeds the budget, a page with no article region is refused with a reason, the page
// itself is never modified, and a pipeline still running at the time budget stops with a clear verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countElementsUpTo, workingCopy } from '../../lib/extract/budget';
import { extractArticle, extractArticleAsync, type Stage } from '../../lib/extract';
import { scanPage } from '../../lib/extract/page-scan';
import { parseHtml } from '../../node/parse-html';
import { articlePage, manyNodesPage } from '../robustness/generate';
import { loadSeedFixture, SEED_IDS } from '../seeds/seed-fixtures';

const URL = 'https://baomau.vn/the-gioi/pho-thu-tuong-tiep-dai-su-nhat-ban-1001.html';
const all = (root: Element) => root.querySelectorAll('*').length;

describe('countElementsUpTo', () => {
  it('counts exactly the descendants of any tree, and stops just past the limit', () => {
    // Random trees written as nested <b>/<i> markup.
    const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant('t'),
        fc.array(tie('node'), { maxLength: 4 }).map((kids) => `<b>${kids.join('')}</b>`),
      ),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.nat(40), (kids, limit) => {
        const root = parseHtml(`<html><body><div id="r">${kids.join('')}</div></body></html>`).getElementById('r')!;
        const n = all(root);
        expect(countElementsUpTo(root, 1e9)).toBe(n);
        expect(countElementsUpTo(root, limit)).toBe(Math.min(n, limit + 1));
      }),
    );
  });
});

describe('workingCopy', () => {
  it('copies a page within the budget whole', () => {
    const doc = parseHtml(articlePage());
    const copy = workingCopy(doc, scanPage(doc).paragraphs);
    expect(copy.kind).toBe('whole');
    if (copy.kind !== 'whole') return;
    expect(copy.doc).not.toBe(doc);
    expect(copy.doc.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('keeps only the article region of a page over the budget, with its ancestors and <head>, and leaves the page alone', () => {
    const doc = parseHtml(manyNodesPage(100_000));
    const before = doc.documentElement.outerHTML;
    const copy = workingCopy(doc, scanPage(doc).paragraphs, null, 2_000);
    expect(copy.kind).toBe('region');
    if (copy.kind !== 'region') return;
    expect(copy.elements).toBeLessThanOrEqual(2_000);
    expect(all(copy.doc.body)).toBeLessThanOrEqual(2_000);
    expect(copy.doc.querySelector('h1')?.textContent).toBe('Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản');
    expect(copy.doc.querySelector('.sapo')).not.toBeNull();
    expect(copy.doc.querySelectorAll('.article-body p')).toHaveLength(5);
    expect(copy.doc.querySelector('head meta[property="og:type"]')).not.toBeNull();
    expect(copy.doc.querySelector('.tags')).toBeNull(); // the 100,000-node sidebar stays behind
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('cuts a region that is over the budget on its own, keeping its first children in order', () => {
    const paras = Array.from(
      { length: 3_000 },
      (_, i) => `<p>Đoạn số ${i} của một bài rất dài về hợp tác Việt Nam - Nhật Bản.</p>`,
    ).join('');
    const doc = parseHtml(articlePage('', { body: paras }));
    const copy = workingCopy(doc, scanPage(doc).paragraphs, null, 1_000);
    expect(copy.kind).toBe('region');
    if (copy.kind !== 'region') return;
    const kept = [...copy.doc.querySelectorAll('.article-body p')].map((p) => p.textContent);
    expect(kept.length).toBeGreaterThan(900);
    expect(kept.length).toBeLessThanOrEqual(1_000);
    expect(kept.slice(0, 3)).toEqual([
      'Đoạn số 0 của một bài rất dài về hợp tác Việt Nam - Nhật Bản.',
      'Đoạn số 1 của một bài rất dài về hợp tác Việt Nam - Nhật Bản.',
      'Đoạn số 2 của một bài rất dài về hợp tác Việt Nam - Nhật Bản.',
    ]);
  });

  it('on a page over the budget whose text is in <div>s and <br>s, keeps the region around the headline', () => {
    const text =
      'Chiều 12/6, tại Hà Nội, Phó Thủ tướng tiếp Đại sứ Nhật Bản.<br><br>Hai bên nhất trí tăng cường hợp tác.';
    const sidebar = '<div class="box"><span>ô</span></div>'.repeat(1_500);
    const doc = parseHtml(
      `<html><head><title>T</title></head><body><div id="wrap"><div class="detail"><h1>Phó Thủ tướng tiếp Đại sứ</h1><div class="content">${text}</div></div><div class="side">${sidebar}</div></div></body></html>`,
    );
    const scan = scanPage(doc);
    expect(scan.paragraphs).toHaveLength(0);
    const copy = workingCopy(doc, scan.paragraphs, scan.h1[0]!, 1_000);
    expect(copy.kind).toBe('region');
    if (copy.kind !== 'region') return;
    expect(copy.doc.querySelector('.detail h1')?.textContent).toBe('Phó Thủ tướng tiếp Đại sứ');
    expect(copy.doc.querySelector('.content')?.textContent).toContain('Hai bên nhất trí');
    expect(copy.doc.querySelector('.side')).toBeNull();
  });

  it('refuses a page over the budget whose paragraphs hold no article and that has no headline', () => {
    const cells = '<div><span>ô</span></div>'.repeat(3_000);
    const doc = parseHtml(
      `<html><head><title>Bảng</title></head><body><div class="grid">${cells}</div><p>Ngắn.</p></body></html>`,
    );
    expect(workingCopy(doc, scanPage(doc).paragraphs, null, 1_000)).toEqual({ kind: 'too-large' });
    // Over the default budget (25,000 elements), even "extract anyway" gets the verdict and its way out.
    const big = parseHtml(
      `<html><head><title>Bảng</title></head><body><div class="grid">${cells.repeat(5)}</div><p>Ngắn.</p></body></html>`,
    );
    const r = extractArticle(big, URL, { force: true });
    expect(r).toMatchObject({ kind: 'not-article', code: 'too-large' });
    if (r.kind === 'not-article') expect(r.reason).toMatch(/too large.*selection/);
  });
});

describe('the pipeline pauses between stages and keeps to its time budget', () => {
  it('gives the same result run straight through or with pauses, on every seed page', async () => {
    for (const id of SEED_IDS) {
      const seed = loadSeedFixture(id);
      const straight = extractArticle(parseHtml(seed.html), seed.facts.url, { now: () => 0 });
      const stages: Stage[] = [];
      const paused = await extractArticleAsync(
        parseHtml(seed.html),
        seed.facts.url,
        { now: () => 0 },
        () => Promise.resolve(),
        (s) => stages.push(s),
      );
      expect(paused).toEqual(straight);
      expect(stages.slice(0, 2)).toEqual(['checked', 'profile']);
    }
  });

  it('pauses inside the generic path too, with the page answering in between', async () => {
    const doc = parseHtml(articlePage());
    const stages: Stage[] = [];
    let turns = 0;
    const r = await extractArticleAsync(
      doc,
      URL,
      {},
      () => new Promise((resolve) => setTimeout(() => (turns++, resolve()), 0)),
      (s) => stages.push(s),
    );
    expect(r.kind).toBe('article');
    expect(stages).toEqual(['checked', 'profile', 'scanned', 'generic:prepared', 'generic:readability']);
    expect(turns).toBe(stages.length);
  });

  it('stops with a too-large verdict and a way out when the clock passes the budget', async () => {
    let t = 0;
    const slowClock = () => (t += 4_000); // every reading: 4 s later
    const r = extractArticle(parseHtml(articlePage()), URL, { now: slowClock, timeBudgetMs: 10_000 });
    expect(r).toMatchObject({ kind: 'not-article', code: 'too-large' });
    if (r.kind === 'not-article') expect(r.reason).toMatch(/longer than 10 s.*selection/);
    t = 0;
    const a = await extractArticleAsync(parseHtml(articlePage()), URL, { now: slowClock, timeBudgetMs: 10_000 }, () =>
      Promise.resolve(),
    );
    expect(a).toEqual(r);
  });

  it('refuses a page with more text than the text budget, before reading anything else', () => {
    const r = extractArticle(parseHtml(articlePage()), URL, { maxTextChars: 500 });
    expect(r).toMatchObject({ kind: 'not-article', code: 'too-large' });
    expect(extractArticle(parseHtml(articlePage()), URL).kind).toBe('article');
  });

  it('finishes a 100,000-node page as an article from its region, the related sidebar left out', () => {
    const r = extractArticle(parseHtml(manyNodesPage(100_000)), URL);
    expect(r.kind).toBe('article');
    if (r.kind !== 'article') return;
    expect(r.bodyText).toContain('Liên hợp quốc, ASEAN và APEC');
    expect(r.bodyText).not.toContain('Mục 1');
  });
});
