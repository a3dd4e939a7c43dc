// Head words found word by word (heads.ts): whole words only, later words in either case, tabs between words,
// the longest form first, the first letter as the lexicon wants it.
import { describe, expect, it } from 'vitest';
import { findHeads } from '../../../lib/entities/agreements/heads';
import { canonicalTones } from '../../../lib/text';

const heads = (text: string) =>
  findHeads(canonicalTones(text)).map((h) => [text.slice(h.start, h.end), h.head, h.cap] as const);

describe('findHeads', () => {
  it('takes the longest form and any case after the first letter', () => {
    expect(heads('ký Hiệp định khung và HIỆP ĐỊNH Thương mại')).toEqual([
      ['Hiệp định khung', 'hiệp định khung', true],
      ['HIỆP ĐỊNH', 'hiệp định', true],
    ]);
  });

  it('falls back to a shorter form when the longer one ends inside a word', () => {
    expect(heads('Hiệp định khungX')).toEqual([['Hiệp định', 'hiệp định', true]]);
  });

  it('never starts or ends inside a word', () => {
    expect(heads('XHiệp định, Hiệp định2, Hiệp địnhđ')).toEqual([]);
  });

  it('reads spaces and tabs between the words of a head, not a line break', () => {
    expect(heads('Thỏa\t thuận Minsk; Thỏa\nthuận')).toEqual([['Thỏa\t thuận', 'thoả thuận', true]]);
  });

  it('finds lower-case forms only of the heads that may be written so, and "FTA" only in capitals', () => {
    expect(heads('thỏa thuận Minsk, kế hoạch hợp tác, FTA Việt Nam - EU, fta')).toEqual([
      ['thỏa thuận', 'thoả thuận', false],
      ['FTA', 'fta', true],
    ]);
  });

  it('reads a head at the end of the text and after a surrogate pair', () => {
    expect(heads('😀 Công ước')).toEqual([['Công ước', 'công ước', true]]);
  });
});
