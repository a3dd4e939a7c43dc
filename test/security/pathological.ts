// Pages for the pathological-input tests and the bench's robustness section: a VnExpress-layout article (the
// profile path) into which a test puts the hostile part, so what is measured is that part alone.

export const ARTICLE_URL = 'https://vnexpress.net/thu-tuong-tiep-dai-su-nhat-ban-4800001.html';

export const PARAGRAPH =
  '<p>Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội chiều 22/10; hai bên trao đổi về hợp tác kinh tế, đầu tư, lao động và giao lưu nhân dân giữa hai nước.</p>';

/** An article page of the VnExpress layout with `extra` inside its body, after three paragraphs. */
export function articlePage(extra: string, parts: { head?: string; h1?: string } = {}): string {
  const h1 = parts.h1 ?? 'Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${h1} - VnExpress</title>${parts.head ?? ''}</head><body>
<div class="header-content"><span class="date">Thứ tư, 22/10/2025, 19:25 (GMT+7)</span></div>
${h1 ? `<h1 class="title-detail">${h1}</h1>` : ''}
<p class="description">Chiều 22/10, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam.</p>
<article class="fck_detail">${PARAGRAPH.repeat(3)}${extra}<p class="Normal" style="text-align:right;"><strong>Hoàng Phương</strong></p></article>
</body></html>`;
}
