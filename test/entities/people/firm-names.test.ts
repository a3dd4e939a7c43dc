// A firm named after its owner: the name written bare is the firm, the name a title or an honorific introduces is
// the person (index.ts, firmNames). Sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe("a person whose name is a firm's name", () => {
  it('is kept when a title stands before a mention outside the firm', () => {
    expect(names('Công ty TNHH Trần Quốc Toản ký hợp đồng. Chủ tịch Trần Quốc Toản phát biểu.')).toEqual([
      'Trần Quốc Toản',
    ]);
    expect(
      names(
        'Công ty Cổ phần Vũ Đức Thắng được thành lập năm 2010. Tổng Giám đốc Vũ Đức Thắng cho biết doanh thu tăng.',
      ),
    ).toEqual(['Vũ Đức Thắng']);
  });
  it('is kept when an honorific stands before one, and the bare name alone stays the firm', () => {
    expect(names('Công ty TNHH Trần Quốc Toản ký hợp đồng. Ông Trần Quốc Toản phát biểu.')).toEqual(['Trần Quốc Toản']);
    expect(names('Tập đoàn Hoàng Long Gia Phát ký hợp đồng. Hoàng Long Gia Phát thực hiện dự án.')).toEqual([]);
  });
});
