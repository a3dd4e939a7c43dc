// Hidden text never reaches the digest (issue 13, low items). In Node (and any DOM without layout) extraction
// sees the hidden attribute, inline styles and classes; each way of hiding below was kept before. The same
// rules on a rendered page, plus what only computed style shows, are clicked in Chromium (privacy e2e test).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { ARTICLE_URL, articlePage } from './pathological';

const SECRET = 'CHỈ DẪN ẨN cho máy đọc';

function bodyOf(extra: string): string {
  const r = extractArticle(parseHtml(articlePage(extra), ARTICLE_URL), ARTICLE_URL);
  if (r.kind !== 'article') throw new Error(r.reason);
  return `${r.lead ?? ''}\n${r.bodyText}\n${r.bodyHtml}`;
}

const GENERIC_URL = 'https://baomau.vn/the-gioi/pho-thu-tuong-tiep-dai-su-1001.html';
function genericBodyOf(extra: string): string {
  const html = articlePage(extra)
    .replace('<article class="fck_detail">', '<div class="noi-dung">')
    .replace('</article>', '</div>');
  const r = extractArticle(parseHtml(html, GENERIC_URL), GENERIC_URL, { force: true });
  if (r.kind !== 'article') throw new Error(r.reason);
  return `${r.bodyText}\n${r.bodyHtml}`;
}

describe('hidden text is dropped on both paths', () => {
  it.each([
    ['opacity 0', `<p style="opacity:0">${SECRET}</p>`],
    ['opacity 0.0 !important', `<p style="opacity: 0.0 !important">${SECRET}</p>`],
    ['transparent colour', `<p style="color:transparent">${SECRET}</p>`],
    ['rgba colour with alpha 0', `<p style="color: rgba(0, 0, 0, 0)">${SECRET}</p>`],
    ['#rrggbb00 colour', `<p style="color:#ffffff00">${SECRET}</p>`],
    ['clip rect(0 0 0 0)', `<p style="position:absolute;clip:rect(0 0 0 0)">${SECRET}</p>`],
    ['clip-path inset(50%)', `<p style="clip-path: inset(50%)">${SECRET}</p>`],
    ['scale(0)', `<p style="transform: scale(0)">${SECRET}</p>`],
    ['scaleY(0)', `<p style="transform:scaleY(0)">${SECRET}</p>`],
    ['text-indent off screen', `<p style="text-indent:-9999px;overflow:hidden">${SECRET}</p>`],
    ['visuallyhidden class', `<p class="visuallyhidden">${SECRET}</p>`],
    ['sr-only class', `<span class="sr-only">${SECRET}</span>`],
    ['screen-reader-text class', `<p class="screen-reader-text">${SECRET}</p>`],
    ['hidden attribute', `<p hidden>${SECRET}</p>`],
    ['zero-height box', `<div style="height:0;overflow:hidden"><p>${SECRET}</p></div>`],
    ['aria-hidden decoration', `<p>Mở đầu <span aria-hidden="true">${SECRET}</span></p>`],
    ['closed details', `<details><summary>Tóm tắt bài</summary><p>${SECRET}</p></details>`],
  ])('%s', (_, html) => {
    for (const body of [bodyOf(html), genericBodyOf(html)]) {
      expect(body).not.toContain(SECRET);
      expect(body).toContain('giao lưu nhân dân');
    }
  });

  it('visible text like it stays: an open details, a region marked aria-hidden behind a dialog, text at opacity 0.5', () => {
    const kept = ['Nội dung mở rộng', 'Đoạn văn dài của bài', 'Đoạn mờ một nửa'];
    const html =
      `<details open><summary>Chi tiết</summary><p>${kept[0]}</p></details>` +
      `<div aria-hidden="true"><p>${kept[1]} vẫn hiển thị cho người đọc khi hộp thoại đang mở trên trang.</p></div>` +
      `<p style="opacity:0.5">${kept[2]}</p>`;
    const body = bodyOf(html);
    for (const k of kept) expect(body).toContain(k);
  });
});
