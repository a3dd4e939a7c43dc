// What a text can make the agreement extractor report and read: at most MAX_AGREEMENTS agreements (the first in
// order of first mention), at most MAX_HEADS heads read; misspelt acronyms still merged when the text defines
// many. Timings are in bench 20 ("Agreements on big and adversarial texts"), not here.
import { describe, expect, it } from 'vitest';
import { extractAgreements, MAX_AGREEMENTS, MAX_HEADS } from '../../../lib/entities/agreements';

/** A distinct five-letter acronym for each number. */
function letters(n: number): string {
  let s = '';
  for (let i = 0; i < 5; i++, n = Math.floor(n / 26)) s += String.fromCharCode(65 + (n % 26));
  return s;
}

describe('agreement bounds', () => {
  it('reports at most MAX_AGREEMENTS agreements, the first ones named', () => {
    const text = Array.from(
      { length: 300 },
      (_, k) => `Hai bên ký Hiệp định Thương mại tự do (${letters(k * 7)}).`,
    ).join(' ');
    const found = extractAgreements(text);
    expect(found).toHaveLength(MAX_AGREEMENTS);
    expect(found[0]!.acronym).toBe(letters(0));
    expect(found[MAX_AGREEMENTS - 1]!.acronym).toBe(letters((MAX_AGREEMENTS - 1) * 7));
  });

  it('still counts later mentions of an agreement kept under the cap', () => {
    const others = Array.from({ length: 300 }, (_, k) => `Hiệp định Thương mại (${letters(k * 11 + 3)}).`).join(' ');
    const text = `Hai nước ký Hiệp định Thương mại tự do Việt Nam - EU (EVFTA). ${others} EVFTA có hiệu lực.`;
    const evfta = extractAgreements(text).find((a) => a.acronym === 'EVFTA');
    expect(evfta?.mentions).toBe(2);
  });

  it('reads at most MAX_HEADS heads', () => {
    // An agreement named before MAX_HEADS heads is read; one named after them is not.
    const text = `Hiệp định Thương mại (ABCDE). ${'Hiệp định. '.repeat(MAX_HEADS)} Hiệp định Thương mại (FGHIJ).`;
    expect(extractAgreements(text).map((a) => a.acronym)).toEqual(['ABCDE']);
  });

  it('merges a misspelt acronym among many defined ones', () => {
    const defined = Array.from({ length: 60 }, (_, k) => `Hiệp định Thương mại (${letters(k * 17 + 5)}).`).join(' ');
    const text = `${defined} Hai bên thực thi Hiệp định Thương mại tự do Việt Nam - Anh (UKVFTA). UKVFTA mở ra cơ hội; Hiệp định UKFTA có hiệu lực.`;
    const found = extractAgreements(text);
    expect(found.filter((a) => /^UK/u.test(a.acronym ?? '')).map((a) => [a.acronym, a.mentions])).toEqual([
      ['UKVFTA', 3],
    ]);
  });
});
