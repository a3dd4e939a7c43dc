// A side's mentions (popup chips, sides.csv `mentions`) count every place the text names it (review defect: with
// "Bà Lê Thị Nga" in the text, Russia counted 2 of its 3 mentions; with "Nguyễn Hoàng Anh", the UK 1 of 2). A
// title qualified by a country before a person's full name ("Tổng thống Nga Vladimir Putin") names the country,
// even when the article also has someone whose given name is that word.
import { describe, expect, it } from 'vitest';
import { extractSides } from '../../../lib/entities/sides';

function mentionsOf(text: string, id: string) {
  const side = extractSides(text).find((s) => `${s.kind}:${s.name}` === id);
  return side ? { count: side.mentions, at: side.spans.map((s) => text.slice(s.start, s.end)) } : null;
}

describe('side mention counts', () => {
  it('Russia: every mention, next to an article that names Bà Lê Thị Nga', () => {
    const text =
      'Bà Lê Thị Nga, Chủ nhiệm Ủy ban Tư pháp, phát biểu tại hội nghị. Nga và Ukraine tiếp tục giao tranh ở miền Đông. Tổng thống Nga Vladimir Putin nói rằng Nga sẵn sàng đàm phán.';
    expect(mentionsOf(text, 'country:Nga')).toEqual({ count: 3, at: ['Nga', 'Nga', 'Nga'] });
  });

  it('the UK: every mention, next to an article that names Bộ trưởng Nguyễn Hoàng Anh', () => {
    const text =
      'Bộ trưởng Nguyễn Hoàng Anh nói. Quan hệ Việt Nam - Anh phát triển tốt. Thủ tướng Anh Keir Starmer thăm Hà Nội.';
    expect(mentionsOf(text, 'country:Anh')?.count).toBe(2);
  });

  it('a title before the given name alone is still the person, and not counted', () => {
    const text =
      'Ông Nguyễn Minh Đức, Thứ trưởng Bộ Công Thương, cho biết Đức là đối tác lớn. Thứ trưởng Đức nhấn mạnh hợp tác.';
    expect(mentionsOf(text, 'country:Đức')?.count).toBe(1);
  });
});
