import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from '../../lib/text/sentences';

describe('sentence splitting', () => {
  it('splits on sentence punctuation and line breaks, not on abbreviations or initials', () => {
    const text = 'Ông A đến TP. Hồ Chí Minh. Bà B nói: "Tốt!" Sau đó\nJohn D. Rockefeller đến.';
    const parts = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Ông A đến TP. Hồ Chí Minh.', 'Bà B nói: "Tốt!"', 'Sau đó', 'John D. Rockefeller đến.']);
  });
  it('ends a sentence after a run of marks only when white space follows the run', () => {
    const text = `Mục lục${'.'.repeat(40)}3 Chương một. Thật sao?!… Vâng${'!'.repeat(30)}x cuối`;
    const parts = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual([`Mục lục${'.'.repeat(40)}3 Chương một.`, 'Thật sao?!…', `Vâng${'!'.repeat(30)}x cuối`]);
  });
  it('finds the sentence around an offset', () => {
    const text = 'Câu một. Câu hai có tên.';
    expect(sentenceAt(text, text.indexOf('tên'))).toBe('Câu hai có tên.');
  });
});
