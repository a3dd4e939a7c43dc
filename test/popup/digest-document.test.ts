// What the injected script computes, on the seed pages parsed with linkedom (the extension runs the same
// function on the live document).
import { describe, expect, it } from 'vitest';
import { digestDocument, selectionInfo, withEntities, entityText } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { loadSeedFixture } from '../seeds/seed-fixtures';

describe('digestDocument', () => {
  it('extracts the article and its entities, with spans that point into lead + body', async () => {
    const seed = loadSeedFixture('003');
    const answer = withEntities(
      await digestDocument(parseHtml(seed.html), seed.facts.url, { mode: 'page', force: false }, null),
    );
    if (!answer.ok || answer.result.kind !== 'article') throw new Error('not an article');
    expect(answer.result.title).toBe(seed.facts.title);
    const text = entityText(answer.result).normalize('NFC');
    const son = answer.entities!.people.find((p) => p.name === 'Bùi Thanh Sơn')!;
    expect(son.spans.length).toBeGreaterThan(0);
    for (const s of son.spans) expect(text.slice(s.start, s.end)).toMatch(/Sơn/);
    expect(answer.selection).toBeNull();
  });

  it('digests the selection, keeping the page title and site, and reports a short selection as missing', async () => {
    const seed = loadSeedFixture('003');
    const selected =
      'Hai bên nhất trí thúc đẩy triển khai hiệu quả Hiệp định EVFTA.\n\nBộ trưởng Bùi Thanh Sơn đề nghị EU sớm phê chuẩn EVIPA.';
    const answer = withEntities(
      await digestDocument(parseHtml(seed.html), seed.facts.url, { mode: 'selection', force: true }, selected),
    );
    if (!answer.ok || answer.result.kind !== 'article') throw new Error('not an article');
    expect(answer.result.extractor.path).toBe('selection');
    expect(answer.result.title).toBe(seed.facts.title);
    expect(answer.result.lead).toBeNull();
    expect(answer.result.bodyText).toBe(selected);
    expect(answer.result.bodyHtml).toBe(
      selected
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join(''),
    );
    expect(answer.entities!.agreements.map((a) => a.acronym)).toEqual(expect.arrayContaining(['EVFTA', 'EVIPA']));
    expect(
      await digestDocument(parseHtml(seed.html), seed.facts.url, { mode: 'selection', force: true }, 'hai từ'),
    ).toEqual({ ok: false, error: 'no-selection' });
  });

  it('escapes selected text that looks like markup', async () => {
    const sel = selectionInfo('<img src=x onerror=alert(1)> một hai ba bốn năm sáu bảy tám');
    expect(sel?.words).toBeGreaterThanOrEqual(8);
    const seed = loadSeedFixture('000');
    const answer = await digestDocument(
      parseHtml(seed.html),
      seed.facts.url,
      { mode: 'selection', force: true },
      sel!.text,
    );
    if (!answer.ok || answer.result.kind !== 'article') throw new Error('not an article');
    expect(answer.result.bodyHtml).toContain('&lt;img');
    expect(answer.result.bodyHtml).not.toContain('<img');
  });
});

describe('entities are found outside the page', () => {
  it('the injected answer carries none; withEntities adds them and leaves failures and refusals alone', async () => {
    const seed = loadSeedFixture('003');
    const raw = await digestDocument(parseHtml(seed.html), seed.facts.url, { mode: 'page', force: false }, null);
    expect(raw.ok && raw.entities).toBe(null);
    const full = withEntities(raw);
    expect(full.ok && full.entities!.people.length).toBeGreaterThan(0);
    const failed = { ok: false as const, error: 'no-selection' };
    expect(withEntities(failed)).toBe(failed);
  });
});
