// Issue 3 robustness: the same people, titles, agreements, sides and mention counts whatever the Unicode form, the
// tone placement (hoà/hòa, thoả/thỏa, uỷ/ủy), invisible characters between words, and `Ð` written for `Đ`;
// and the spans still point at the right text of the transformed input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../lib/entities';
import type { Entities } from '../../lib/entities/types';
import { foldForSearch, matchKey } from '../../lib/text';
import { annotatedDir, cutToArticle, loadGoldTexts, seedsDir } from '../support/entity-scoring';
import { entitiesView, swapTonePlacement } from '../support/entity-views';

const toNfd = (s: string) => s.normalize('NFD');
const ethForDStroke = (s: string) => s.replace(/Đ/g, '\u00D0');

type Invisible = 'nbsp' | 'zwsp-before' | 'zwsp-after' | 'nbsp-zwsp';
function insertInvisibles(text: string, edits: Array<{ gap: number; kind: Invisible }>): string {
  const gaps: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ' ') gaps.push(i);
  if (gaps.length === 0) return text;
  const byPos = new Map<number, Invisible>();
  for (const e of edits) byPos.set(gaps[e.gap % gaps.length]!, e.kind);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const kind = byPos.get(i);
    if (kind === undefined) out += text[i];
    else if (kind === 'nbsp') out += '\u00A0';
    else if (kind === 'zwsp-before') out += '\u200B ';
    else if (kind === 'zwsp-after') out += ' \u200B';
    else out += '\u00A0\u200B';
  }
  return out;
}

const articles = [
  ...loadGoldTexts(seedsDir),
  ...loadGoldTexts(annotatedDir).map((a) => ({ ...a, id: `annotated ${a.id}` })),
].map((t) => ({ id: t.id, text: cutToArticle(t.text, t.gold).article }));

describe('swapTonePlacement (the test transformation itself)', () => {
  it('moves the tone both ways on oa, oe, uy and leaves other syllables alone', () => {
    expect(swapTonePlacement('hoà bình, Thỏa thuận, Uỷ ban, khoẻ')).toBe('hòa bình, Thoả thuận, Ủy ban, khỏe');
    expect(swapTonePlacement('hòa bình, Thoả thuận, Ủy ban, khỏe')).toBe('hoà bình, Thỏa thuận, Uỷ ban, khoẻ');
    expect(swapTonePlacement('Hoàng, hoạch, quý, quyết, Nguyễn, thuyết, hoặc')).toBe(
      'Hoàng, hoạch, quý, quyết, Nguyễn, thuyết, hoặc',
    );
    expect(matchKey(swapTonePlacement('Thoả thuận hợp tác'))).toBe(matchKey('Thoả thuận hợp tác'));
  });
});

describe('entities are the same under input transformations', () => {
  it('has seeds and annotated articles to run on, and the tone swap changes most of them', () => {
    expect(articles.length).toBeGreaterThanOrEqual(25);
    const changed = articles.filter((a) => swapTonePlacement(a.text) !== a.text.normalize('NFC'));
    expect(changed.length).toBeGreaterThanOrEqual(Math.floor(articles.length * 0.6));
  });

  for (const { id, text } of articles) {
    describe(id, () => {
      // Computed on first use, so that a failing extractor fails these tests rather than the file.
      let cached: { clean: Entities; expected: ReturnType<typeof entitiesView> } | undefined;
      const run = () =>
        (cached ??= (() => {
          const clean = extractEntities(text);
          return { clean, expected: entitiesView(clean, text) };
        })());

      it('the clean run gives spans inside the text that name the entity', () => {
        const nfc = text.normalize('NFC');
        const { clean } = run();
        for (const p of clean.people) {
          const nameWords = new Set(foldForSearch(p.name).split(' '));
          for (const s of p.spans) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(nfc.length);
            const words = foldForSearch(nfc.slice(s.start, s.end)).split(' ');
            expect(
              words.some((w) => nameWords.has(w)),
              `${p.name}: span "${nfc.slice(s.start, s.end)}"`,
            ).toBe(true);
          }
          expect(p.mentions).toBe(p.spans.length);
        }
        for (const a of clean.agreements) {
          const nameWords = new Set(foldForSearch(`${a.name} ${a.acronym ?? ''}`).split(' '));
          for (const s of a.spans) {
            const words = foldForSearch(nfc.slice(s.start, s.end)).split(' ');
            expect(
              words.some((w) => nameWords.has(w)),
              `${a.name}: span "${nfc.slice(s.start, s.end)}"`,
            ).toBe(true);
          }
        }
      });

      it('NFD input', () => {
        const input = toNfd(text);
        expect(entitiesView(extractEntities(input), input)).toEqual(run().expected);
      });

      it('tone placement swapped (hoà <-> hòa, thoả <-> thỏa, uỷ <-> ủy)', () => {
        const input = swapTonePlacement(text);
        expect(entitiesView(extractEntities(input), input)).toEqual(run().expected);
      });

      it('Ð (U+00D0) written for Đ', () => {
        const input = ethForDStroke(text);
        expect(entitiesView(extractEntities(input), input)).toEqual(run().expected);
      });

      it('every space a non-breaking space, and a zero-width space at every word gap', () => {
        const nbsp = text.replace(/ /g, '\u00A0');
        expect(entitiesView(extractEntities(nbsp), nbsp)).toEqual(run().expected);
        const zw = text.replace(/ /g, ' \u200B');
        expect(entitiesView(extractEntities(zw), zw)).toEqual(run().expected);
      });

      it('random non-breaking and zero-width spaces between words (fast-check, seeded)', () => {
        const edit = fc.record({
          gap: fc.nat({ max: 100_000 }),
          kind: fc.constantFrom<Invisible>('nbsp', 'zwsp-before', 'zwsp-after', 'nbsp-zwsp'),
        });
        fc.assert(
          fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
            const input = insertInvisibles(text, edits);
            expect(entitiesView(extractEntities(input), input)).toEqual(run().expected);
          }),
          { seed: 20261123, numRuns: 12, endOnFailure: true },
        );
      });

      it('all transformations at once', () => {
        const input = toNfd(
          ethForDStroke(
            insertInvisibles(swapTonePlacement(text), [
              { gap: 3, kind: 'nbsp' },
              { gap: 17, kind: 'zwsp-after' },
              { gap: 41, kind: 'nbsp-zwsp' },
            ]),
          ),
        );
        expect(entitiesView(extractEntities(input), input)).toEqual(run().expected);
      });
    });
  }
});
