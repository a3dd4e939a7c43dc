// The Vietnamese pages with gold (real corpus pages and seed fixtures) keep the body F1 they had when the
// generic path learnt to clean English and European pages (issue 11, item 5): work on other languages must
// not cost a Vietnamese page anything. The floors are the measured values (lead + body, 4-word shingles,
// rounded down to 0.001); raise one when a change improves its page.
import { describe, expect, it } from 'vitest';
import { vnPages } from '../support/vn-pages';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import { shingleScore } from '../support/shingles';

const FLOORS: Record<string, number> = {
  '24h.com.vn__2012-dot-nhap-lo-luyen-thi-cong-chuc-han-quoc': 0.993,
  'dantri.com.vn__2012-chot-lich-nghi-le-tet-2013': 0.998,
  'genk.vn__2012-amazon-ke-lao-luyen': 1.0,
  'plo.vn__2025-doan-dai-bieu-tphcm-dang-hoa-tuong-niem': 0.999,
  'thanhnien.vn__2012-5-bong-hong-buon-ma-tuy': 0.997,
  'tuoitre.vn__2015-chat-cay-xanh-ha-noi_desktop-saved': 0.999,
  'vnexpress.net__2012-vo-ngoai-tinh': 1.0,
  'vnexpress.net__2022-cong-nhan-mat-viec-lo-tet': 0.999,
  'vnexpress.net__2025-dau-bung-keo-dai-lymphoma_fundus': 1.0,
  'zing.vn__2012-moi-nga-duong-ve-nha-tho': 0.99,
  'seed 000': 1.0,
  'seed 001': 1.0,
  'seed 002': 1.0,
  'seed 003': 1.0,
  'seed 004': 1.0,
};

describe('Vietnamese pages keep their body F1 and source', () => {
  const pages = vnPages();
  it('has a floor for every page', () => {
    expect(pages.map((p) => p.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });
  for (const p of pages) {
    it(`${p.name}: F1 >= ${FLOORS[p.name]}, source ${p.source ?? 'none'}`, () => {
      const r = extractArticle(parseHtml(p.html, p.url), p.url);
      expect(r.kind).toBe('article');
      const text = r.kind === 'article' ? [r.lead ?? '', r.bodyText].join('\n\n') : '';
      expect(shingleScore(text, p.body).f1).toBeGreaterThanOrEqual(FLOORS[p.name] ?? 1);
      expect(r.kind === 'article' ? r.source : null).toBe(p.source);
    });
  }
});
