// The same agreements whatever the input's Unicode form, tone placement, invisible characters or `Ð` for
// `Đ`, on the seeds, the annotated set and the tune half of the real-text corpus; and the spans still point at
// the agreement in that input.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import type { Agreement } from '../../../lib/entities/types';
import { matchKey } from '../../../lib/text';
import { annotatedDir, cutToArticle, loadGoldTexts, seedsDir } from '../../support/entity-scoring';
import { agreementView, swapTonePlacement } from '../../support/entity-views';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfOf, realTextDir, realTextIds } from '../../../scripts/real-text';

const variants: Array<[string, (s: string) => string]> = [
  ['NFD', (s) => s.normalize('NFD')],
  ['tone placement swapped', swapTonePlacement],
  ['Ð (U+00D0) for Đ', (s) => s.replace(/Đ/g, '\u00D0')],
  ['non-breaking spaces', (s) => s.replace(/ /g, '\u00A0')],
  ['zero-width spaces at every gap', (s) => s.replace(/ /g, ' \u200B')],
  ['zero-width spaces inside words', (s) => s.replace(/(\p{L})(\p{L})/gu, '$1\u200B$2')],
  ['all at once', (s) => swapTonePlacement(s).replace(/Đ/g, '\u00D0').replace(/ /g, '\u00A0\u200B').normalize('NFD')],
];

const view = (found: Agreement[], input: string) => found.map((a) => agreementView(a, input));

// The tune half of the real-text corpus (odd article numbers) too: real writing, lower-case heads, long names.
const realText = realTextIds()
  .filter((id) => halfOf(id) === 'tune')
  .map((id) => ({ id: `real-text ${id}`, text: readFileSync(join(realTextDir, `${id}.txt`), 'utf8') }));
const articles = [...loadGoldTexts(seedsDir), ...loadGoldTexts(annotatedDir)]
  .map((t) => ({ id: t.id, text: cutToArticle(t.text, t.gold).article }))
  .concat(realText);

describe('agreements are the same under input transformations', () => {
  it('has articles to run on', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  for (const { id, text } of articles) {
    it(`${id}: NFD, tone swap, Ð, NBSP and zero-width spaces give the same agreements`, () => {
      const expected = view(extractAgreements(text), text);
      for (const [label, transform] of variants) {
        const input = transform(text);
        expect(view(extractAgreements(input), input), label).toEqual(expected);
      }
    });
  }

  it('every span lies inside the NFC input and shows the name or the acronym', () => {
    for (const { id, text } of articles) {
      const nfc = text.normalize('NFC');
      for (const a of extractAgreements(text)) {
        expect(a.mentions, `${id} ${a.name}`).toBe(a.spans.length);
        for (const s of a.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(nfc.length);
          const shown = matchKey(nfc.slice(s.start, s.end));
          const fits =
            shown.startsWith(matchKey(a.name).split(' ')[0]!) ||
            (a.acronym !== null && shown.startsWith(a.acronym.toLowerCase()));
          expect(fits, `${id}: span "${shown}" for ${a.name}`).toBe(true);
        }
      }
    }
  });
});

describe('bare acronyms found by one pattern of shared prefixes', () => {
  it('tells acronyms with a common prefix apart, takes the longest one written, and not a longer word', () => {
    const text =
      'Hiệp định Thương mại hàng hóa ASEAN (ATIGA) và Hiệp định Thương mại dịch vụ ASEAN (ATISA) đã có hiệu lực. ATIGA giảm thuế, ATISA mở cửa dịch vụ; ATIGAX không phải hiệp định. Việt Nam thực hiện VPA/FLEGT với EU.';
    const found = extractAgreements(text).map((a) => [a.acronym, a.spans.map((s) => text.slice(s.start, s.end))]);
    expect(found).toEqual([
      ['ATIGA', ['Hiệp định Thương mại hàng hóa ASEAN (ATIGA)', 'ATIGA']],
      ['ATISA', ['Hiệp định Thương mại dịch vụ ASEAN (ATISA)', 'ATISA']],
      ['VPA/FLEGT', ['VPA/FLEGT']],
    ]);
  });
});
