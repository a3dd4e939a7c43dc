// Huge pages in the real browser: a 100,000-element page is digested from its article region (the sidebar
// left out), a 10 MB page of markup too, and a huge page with no article region gets the "too large" message
// with the way out (select the text, digest the selection), which then works. The times these take and how
// long the tab is blocked are measured by `npm run bench` (section 55), not asserted here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeMarkupPage, manyNodesPage } from '../robustness/generate';
import {
  clickAction,
  closePopup,
  launchWithExtension,
  openTab,
  readStorage,
  startPageServer,
  type ExtensionBrowser,
  type PageServer,
} from './harness';

const NO_REGION_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bảng giá chứng khoán</title></head><body>
<div class="grid">${'<div class="cell"><span>12,5</span><span>+0,3</span></div>'.repeat(12_000)}</div>
<div class="note">Bảng giá cập nhật liên tục trong phiên giao dịch của Sở Giao dịch Chứng khoán TP Hồ Chí Minh hôm nay.</div></body></html>`;

let eb: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer([
    { path: '/nhieu-phan-tu.html', html: manyNodesPage(100_000) },
    { path: '/10-mb.html', html: hugeMarkupPage() },
    { path: '/bang-gia.html', html: NO_REGION_HTML },
  ]);
  eb = await launchWithExtension();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

const open = (path: string): Promise<Page> => openTab(eb, server, `https://baomau.vn${path}`, 60_000);

const ARTICLE_TEXT = `document.querySelector('[data-testid=article]')?.textContent ?? ''`;

describe('huge pages', () => {
  for (const path of ['/nhieu-phan-tu.html', '/10-mb.html']) {
    it(`${path}: the digest of the article, nothing of the rest`, async () => {
      const page = await open(path);
      const { popup } = await clickAction(eb, page);
      await popup.waitFor(`document.querySelector('.popup')?.dataset.state === 'digest'`, 60_000);
      expect(await popup.evaluate<string>(`document.querySelector('[data-testid=title]').textContent`)).toBe(
        'Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản',
      );
      const text = await popup.evaluate<string>(ARTICLE_TEXT);
      expect(text).toContain('Chiều 12/6, tại Hà Nội');
      expect(text).toContain('Liên hợp quốc, ASEAN và APEC');
      expect(text).not.toMatch(/Mục 1\b|QC/);
      await closePopup(eb, popup);
      await page.close();
    });
  }

  it('a huge page with no article region: "too large", the selection offered instead, nothing saved until then', async () => {
    const keys = async () => Object.keys(await readStorage(eb)).length;
    const before = await keys();
    const page = await open('/bang-gia.html');
    // The user selects the one paragraph worth keeping.
    await page.evaluate(() => {
      const note = document.querySelector('.note')!;
      const range = document.createRange();
      range.selectNodeContents(note);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const { popup } = await clickAction(eb, page);
    await popup.waitFor(`document.querySelector('.popup')?.dataset.state === 'not-article'`, 60_000);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid=not-article]').dataset.code`)).toBe(
      'too-large',
    );
    const message = await popup.evaluate<string>(`document.querySelector('[data-testid=not-article]').textContent`);
    expect(message).toMatch(/quá lớn.*Tóm tắt đoạn đã chọn|too large.*Digest the selection/);
    // Extracting anyway would meet the same budget: not offered.
    expect(await popup.evaluate<boolean>(`!!document.querySelector('[data-testid=extract-anyway]')`)).toBe(false);
    expect(await keys()).toBe(before);
    await popup.evaluate(`document.querySelector('[data-testid=use-selection]').click()`);
    await popup.waitFor(`document.querySelector('.popup')?.dataset.state === 'digest'`, 60_000);
    expect(await popup.evaluate<string>(ARTICLE_TEXT)).toContain('Bảng giá cập nhật liên tục');
    await closePopup(eb, popup);
    await page.close();
  });
});
