// Things shaped like names that are not people: places, streets and bridges, organisations, zodiac signs,
// lunar years, photo credits and bylines.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('not people', () => {
  it('places shaped like names, with or without a context word', () => {
    expect(
      names('Thủ tướng dự lễ khởi công cầu Tứ Liên tại huyện Đông Anh, TP Hà Nội, nối với đường Trường Sa.'),
    ).toEqual([]);
    expect(names('Hà Nội và Quy Nhơn đón khách. Tàu tuần tra ở Biển Đông và Hoàng Sa.')).toEqual([]);
    expect(names('Đoàn đến nghĩa trang Bà Rịa-Vũng Tàu và phường Hai Bà Trưng.')).toEqual([]);
  });

  it('historical figures as streets, bridges and addresses, but people with a title', () => {
    expect(names('Cầu Trần Hưng Đạo qua sông Hồng. Trụ sở ở số 54 Hai Bà Trưng và hẻm 49 Lê Đình Thám.')).toEqual([]);
    expect(names('Từ 19h, các ngả đường như Lê Lợi, Nguyễn Huệ, Phạm Ngọc Thạch, Đồng Khởi đã kín người.')).toEqual([]);
    expect(names('Đoàn dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại TP Hồ Chí Minh.')).toEqual(['Hồ Chí Minh']);
    expect(extractPeople('Đoàn dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại TP Hồ Chí Minh.')[0]!.mentions).toBe(1);
  });

  it('organisations', () => {
    expect(
      names('Bộ Ngoại giao và Liên minh châu Âu ký kết. Liên Hợp Quốc hoan nghênh. Bệnh viện Chợ Rẫy tiếp nhận.'),
    ).toEqual([]);
    expect(names('Chi cục trưởng Chi cục quản lý thị trường xử phạt Hộ kinh doanh Nguyễn Anh Minh.')).toEqual([]);
  });

  it('zodiac signs and lunar years', () => {
    expect(names('Tử vi hôm nay: Bạch Dương, Kim Ngưu, Song Tử, Xử Nữ. Tết Bính Ngọ 2026 và năm Quý Tỵ.')).toEqual([]);
  });

  it('photo credits and bylines belong to the authors', () => {
    expect(names('Thứ trưởng Nguyễn Quốc Dũng dự họp ngày 8/7. (Ảnh: Tuấn Anh)')).toEqual(['Nguyễn Quốc Dũng']);
    expect(names('Đoàn đại biểu dâng hoa. Ảnh: THUẬN VĂN\nCác đại biểu dâng hương. Ảnh Trọng Đức.')).toEqual([]);
    expect(names('Hai bên nhất trí tăng cường hợp tác.\nTin, ảnh: PHƯƠNG LINH')).toEqual([]);
    expect(names('Hai bên nhất trí tăng cường hợp tác.\nTheo Sầm Hoa (Vietnamnet/Reuters)')).toEqual([]);
    expect(names('Hai bên nhất trí tăng cường hợp tác.\nLê Tuyết')).toEqual([]);
    // "Theo" followed by a title is a source in the sentence, not a byline.
    expect(names('Theo Thứ trưởng Đỗ Hùng Việt, hai bên sẽ phối hợp.')).toEqual(['Đỗ Hùng Việt']);
  });

  it('sentence-initial words and capitalised foreign things', () => {
    expect(names('Tin mới. Việc Israel và Hezbollah chấp thuận ngừng bắn. Đội châu Âu (Team Europe) hỗ trợ.')).toEqual(
      [],
    );
    expect(names('Amazon là General Electric của hiện tại.')).toEqual([]);
  });

  it("bylines with the reporter's post, brands before a name, monuments named after a person", () => {
    expect(names('Hai bên ký kết.\nĐỗ Bá Thành (Phóng viên TTXVN tại Lào)')).toEqual([]);
    expect(names('Nhà sáng lập Apple Steve Jobs và bài học về sự tập trung.')).toEqual(['Steve Jobs']);
    expect(names('Tháp Bà Ponagar đón khách dịp lễ hội.')).toEqual([]);
    expect(names('Tổng Thư ký Cơ quan Đối ngoại châu Âu Stefano Sannino tới Hà Nội.')).toEqual(['Stefano Sannino']);
  });

  it('a heading in Title Case is not a run of names', () => {
    expect(names('Đào Tạo Nguồn Nhân Lực Chất Lượng Cao\nHai bên nhất trí tăng cường hợp tác.')).toEqual([]);
  });

  it('a rare surname that is a common word needs a middle name after it', () => {
    expect(names('Trường mang tên Châu Văn Liêm. Phố Châu Long rất đẹp.')).toEqual(['Châu Văn Liêm']);
  });

  it('returns nothing for empty or name-free text', () => {
    expect(extractPeople('')).toEqual([]);
    expect(extractPeople('Hai bên nhất trí tăng cường hợp tác kinh tế.')).toEqual([]);
  });
});
