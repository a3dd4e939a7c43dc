// Bad input never throws and never hangs: huge, deep, framed, shadow-DOM, infinite-scroll, legacy-encoded,
// empty, text-less and non-HTML input each give an article or a not-article with a reason. No timing is
// asserted here (the benchmark's robustness table measures it); a hang shows up as the test's own timeout.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../lib/article';
import { parseHtml } from '../../node/parse-html';
import { decodeHtmlBytes } from '../../lib/dom';
import { extractArticle } from '../../lib/extract';
import { badInputs, type BadInput } from './generate';

const URL = 'https://baomau.vn/the-gioi/pho-thu-tuong-tiep-dai-su-nhat-ban-1001.html';
const TITLE = 'Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ Nhật Bản';

function run(b: BadInput): ExtractionResult {
  const input = b.make();
  const html = typeof input === 'string' ? input : decodeHtmlBytes(input);
  return extractArticle(parseHtml(html, URL), URL);
}

describe('bad input', () => {
  for (const b of badInputs()) {
    it(`${b.name}: ${b.expect === 'either' ? 'a clear answer' : b.expect}`, { timeout: 120_000 }, () => {
      let r: ExtractionResult | undefined;
      expect(() => (r = run(b))).not.toThrow();
      r = r!;
      if (b.expect !== 'either') expect(r.kind).toBe(b.expect);
      if (r.kind === 'not-article') {
        expect(['no-content', 'listing', 'video', 'too-large', 'unsupported']).toContain(r.code);
        expect(r.reason.length).toBeGreaterThan(10);
      } else {
        expect(r.title.length).toBeGreaterThan(0);
        expect(r.bodyText.length).toBeGreaterThan(0);
        // Whatever came in, nothing unreadable goes out as article text.
        expect((r.bodyText.match(/\uFFFD/g) ?? []).length).toBeLessThan(r.bodyText.length / 100 + 1);
      }
      if (b.expect === 'article' && r.kind === 'article' && b.name !== 'windows-1258 page') {
        expect(r.title).toBe(TITLE);
        expect(r.bodyText).toContain('Chiều 12/6, tại Hà Nội');
        expect(r.bodyText).toContain('Liên hợp quốc, ASEAN và APEC');
        // The related-story list, ads and tag lists are not the article.
        expect(r.bodyText).not.toContain('Tin liên quan số');
        expect(r.bodyText.length).toBeLessThan(5000);
      }
    });
  }

  it('the windows-1258 page is decoded into proper Vietnamese', () => {
    const b = badInputs().find((x) => x.name === 'windows-1258 page')!;
    const r = run(b);
    expect(r.kind).toBe('article');
    if (r.kind === 'article')
      expect(r.title.normalize('NFC')).toBe(
        'Tham vấn lần thứ hai về An ninh và Quốc phòng giữa Liên minh châu Âu và Việt Nam',
      );
  });

  it('non-HTML bytes (PDF) and undecodable legacy text are refused with a reason, not shown as garbage', () => {
    for (const name of [
      'PDF bytes',
      'TCVN3 page under an unknown charset label',
      'VNI-Windows page served as windows-1252',
    ]) {
      const r = run(badInputs().find((x) => x.name === name)!);
      expect(r).toMatchObject({ kind: 'not-article', code: 'unsupported' });
    }
  });
});
