// The phrase tree every lexicon look-up goes through: the longest phrase wins, a gap that is no joining gap ends
// a phrase, the first of two identical phrases keeps its value, and matchAll lists every phrase longest first.
import { describe, expect, it } from 'vitest';
import { PhraseDict, wordsOf } from '../../../lib/entities/people/lexicon';

// The look-up's input is canonical lower-case words, as Token.low.
const words = (s: string) => wordsOf(s);
const always = () => true;

describe('PhraseDict', () => {
  const dict = new PhraseDict<string>().addAll(
    ['Phó', 'Phó Thủ tướng', 'Phó Chủ tịch', 'Phó Chủ tịch nước', 'Uỷ viên'],
    (k) => `entry ${k}`,
  );
  dict.add('Phó Thủ tướng', 'duplicate');

  it('matches the longest phrase, with either tone placement', () => {
    expect(dict.match(words('phó chủ tịch nước lê văn an'), 0, always)).toEqual({ length: 4, value: 'entry 3' });
    expect(dict.match(words('phó chủ tịch quốc hội'), 0, always)).toEqual({ length: 3, value: 'entry 2' });
    expect(dict.match(words('ông ủy viên'), 1, always)).toEqual({ length: 2, value: 'entry 4' });
  });

  it('falls back to a shorter phrase when the longer one breaks off', () => {
    expect(dict.match(words('phó chủ nhiệm'), 0, always)).toEqual({ length: 1, value: 'entry 0' });
    expect(dict.match(words('phó chủ'), 0, always)).toEqual({ length: 1, value: 'entry 0' });
    expect(dict.match(words('chủ tịch'), 0, always)).toBeNull();
    expect(dict.match(words('phó'), 3, always)).toBeNull();
  });

  it('stops a phrase at a gap that does not join words', () => {
    const notAt2 = (k: number) => k !== 2;
    expect(dict.match(words('phó chủ tịch nước'), 0, notAt2)).toEqual({ length: 1, value: 'entry 0' });
  });

  it('keeps the first value of a phrase added twice, and lists every match longest first', () => {
    expect(dict.match(words('phó thủ tướng'), 0, always)?.value).toBe('entry 1');
    expect(dict.matchAll(words('phó thủ tướng'), 0, always)).toEqual([
      { length: 3, value: 'entry 1' },
      { length: 3, value: 'duplicate' },
      { length: 1, value: 'entry 0' },
    ]);
    expect(dict.matchAll(words('chủ tịch'), 0, always)).toEqual([]);
  });
});
