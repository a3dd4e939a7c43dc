// Credits and bylines masked from people (lib/entities/people/masks.ts): the photo-credit pattern reads the
// character after an agency's acronym instead of looking ahead, and gives it back; these pin what it covers.
import { describe, expect, it } from 'vitest';
import { creditSpans } from '../../../lib/entities/people/masks';

const covered = (text: string) => creditSpans(text).map((s) => text.slice(s.start, s.end));

describe('credit masks', () => {
  it('stops an agency credit before a caption glued to it', () => {
    expect(covered('Ảnh: TTXVN Thủ tướng phát biểu tại hội nghị')).toEqual(['Ảnh: TTXVN']);
    expect(covered('Ảnh: AFP/TTXVN\nÔng Lavrov nói')).toEqual(['Ảnh: AFP/TTXVN']);
  });

  it('never takes a capital that starts a lower-case word as part of the acronym', () => {
    // "TTXVNThủ": a lost space; the acronym may not end inside "Thủ".
    const [span] = covered('Ảnh: TTXVNThủ tướng');
    expect(span).toBe('Ảnh: TTXVN');
  });

  it('gives back the character read after the acronym, so the next credit is still found', () => {
    expect(covered('Ảnh: TTXVNẢnh: AFP')).toEqual(['Ảnh: TTXVN', 'Ảnh: AFP']);
    expect(covered('Ảnh: Quang Hiếu/VOV')).toEqual(['Ảnh: Quang Hiếu/VOV']);
  });

  it('reads a credit without a colon at a line end, with spaces around its full stop', () => {
    expect(covered('Ảnh Tuấn Anh .  \nTiếp theo')).toEqual(['Ảnh Tuấn Anh .  ']);
  });
});
