// Texts cut into words are kept for the next keystrokes (lib/search/highlight.ts): the marks and snippets
// found from a kept cut are those found reading the text word by word (the path of texts too long to keep).
import { describe, expect, it } from 'vitest';
import { matchRanges, parseSearch, snippet } from '../../lib/search';

const PARAGRAPH =
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ. Hai bên trao đổi về hợp tác quốc phòng, an ninh năng lượng ' +
  'và Bộ Quy tắc ứng xử ở Biển Đông (COC); TP.HCM và Hà Nội đón đoàn. Hoà bình, hòa giải, thoả thuận, thỏa thuận; ' +
  'Ðà Nẵng nhận đầu tư. Hoàng Xuân Chiến, Thượng tướng, phát biểu.\n\n';

const QUERIES = [
  'hoang xuan chien',
  'Hoàng X',
  'h',
  'thu t',
  'hoà bình',
  'hòa',
  '"an ninh năng lượng"',
  'TP HCM',
  'COC',
  'đà n',
  'quoc phong bien dong',
];

describe('a text cut once and kept', () => {
  it('marks and cuts snippets as reading it word by word does', () => {
    // Too long to keep: read word by word up to the snippet's window (the reference).
    const long = PARAGRAPH.repeat(Math.ceil(60_000 / PARAGRAPH.length));
    // Kept: the same words, fewer of them (every match below is well inside both).
    const short = PARAGRAPH.repeat(40);
    expect(long.length).toBeGreaterThan(50_000);
    expect(short.length).toBeLessThan(50_000);
    for (const text of QUERIES) {
      const q = parseSearch(text);
      for (const scattered of [false, true]) {
        const kept = snippet(short, q, 220, scattered);
        expect(kept, text).toEqual(snippet(long, q, 220, scattered));
        // Asked again: from the kept cut.
        expect(snippet(short, q, 220, scattered), text).toEqual(kept);
        const inside = (r: { end: number }) => r.end < short.length - PARAGRAPH.length;
        expect(matchRanges(short, q, scattered).filter(inside), text).toEqual(
          matchRanges(long, q, scattered).filter(inside),
        );
      }
    }
  });
});
