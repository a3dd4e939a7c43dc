// The same agreements whatever the input's Unicode form, tone placement, invisible characters or `Ð` for
// `Đ`, on the seeds and on the annotated set; and the spans still point at the agreement in that input.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import type { Agreement } from '../../../lib/entities/types';
import { matchKey } from '../../../lib/text/normalize';
import { annotatedDir, cutToArticle, loadGoldTexts, seedsDir } from '../../support/entity-scoring';

const TONES = '\u0300\u0301\u0303\u0309\u0323';
/** hoà <-> hòa, thoả <-> thỏa, uỷ <-> ủy, both ways (the tone mark moves to the other vowel). */
function swapTones(input: string): string {
  const re = new RegExp(`(?<![qQ\\p{M}])([oOuU])([${TONES}]?)([aAeEyY])([${TONES}]?)(?![\\p{L}\\p{M}])`, 'gu');
  return input
    .normalize('NFD')
    .replace(re, (m, a: string, t1: string, b: string, t2: string) => {
      if (!['oa', 'oe', 'uy'].includes((a + b).toLowerCase())) return m;
      if (t1 && !t2) return a + b + t1;
      if (t2 && !t1) return a + t2 + b;
      return m;
    })
    .normalize('NFC');
}

const variants: Array<[string, (s: string) => string]> = [
  ['NFD', (s) => s.normalize('NFD')],
  ['tone placement swapped', swapTones],
  ['Ð (U+00D0) for Đ', (s) => s.replace(/Đ/g, '\u00D0')],
  ['non-breaking spaces', (s) => s.replace(/ /g, '\u00A0')],
  ['zero-width spaces at every gap', (s) => s.replace(/ /g, ' \u200B')],
  ['zero-width spaces inside words', (s) => s.replace(/(\p{L})(\p{L})/gu, '$1\u200B$2')],
  ['all at once', (s) => swapTones(s).replace(/Đ/g, '\u00D0').replace(/ /g, '\u00A0\u200B').normalize('NFD')],
];

const view = (found: Agreement[], input: string) => {
  const nfc = input.normalize('NFC');
  return found.map((a) => ({
    key: a.key,
    name: matchKey(a.name),
    acronym: a.acronym,
    kind: a.kind,
    year: a.year,
    mentions: a.mentions,
    spans: a.spans.map((s) => matchKey(nfc.slice(s.start, s.end))),
    firstSentence: matchKey(a.firstSentence),
  }));
};

const articles = [...loadGoldTexts(seedsDir), ...loadGoldTexts(annotatedDir)].map((t) => ({ id: t.id, text: cutToArticle(t.text, t.gold).article }));

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
          const fits = shown.startsWith(matchKey(a.name).split(' ')[0]!) || (a.acronym !== null && shown.startsWith(a.acronym.toLowerCase()));
          expect(fits, `${id}: span "${shown}" for ${a.name}`).toBe(true);
        }
      }
    }
  });
});
