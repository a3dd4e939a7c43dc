import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from '../../lib/text/sentences';

describe('sentence splitting', () => {
  it('splits on sentence punctuation and line breaks, not on abbreviations or initials', () => {
    const text = 'Ông A đến TP. Hồ Chí Minh. Bà B nói: "Tốt!" Sau đó\nJohn D. Rockefeller đến.';
    const parts = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Ông A đến TP. Hồ Chí Minh.', 'Bà B nói: "Tốt!"', 'Sau đó', 'John D. Rockefeller đến.']);
  });
  it('finds the sentence around an offset', () => {
    const text = 'Câu một. Câu hai có tên.';
    expect(sentenceAt(text, text.indexOf('tên'))).toBe('Câu hai có tên.');
  });
});
