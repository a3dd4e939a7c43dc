// One entry per instrument, and never one for two: names of the same head and topic merge only when they name
// the same parties (states in any of their forms, international bodies), Việt Nam being the side a Vietnamese
// article often leaves out; a short form of several words in brackets is the name's acronym. Written
// sentences: they test the rules, they are no evidence that they work.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const found = (text: string) => extractAgreements(text).map((a) => [a.name, a.mentions]);

describe('merging names that state their parties', () => {
  it('keeps instruments with one shared party and another one apart', () => {
    expect(
      found(
        'Hiệp định hợp tác hải quan giữa Việt Nam và Campuchia đã được ký. Sau đó là Hiệp định hợp tác hải quan giữa Việt Nam, Campuchia và Lào.',
      ),
    ).toEqual([
      ['Hiệp định hợp tác hải quan giữa Việt Nam và Campuchia', 1],
      ['Hiệp định hợp tác hải quan giữa Việt Nam, Campuchia và Lào', 1],
    ]);
    expect(
      found('Hiệp định miễn thị thực với Chile có hiệu lực. Hiệp định miễn thị thực Việt Nam - Chile - Peru cũng vậy.'),
    ).toEqual([
      ['Hiệp định miễn thị thực với Chile', 1],
      ['Hiệp định miễn thị thực Việt Nam - Chile - Peru', 1],
    ]);
  });

  it('merges the same parties in other forms, Việt Nam left out or not', () => {
    expect(
      found(
        'Hiệp định hải quan Việt Nam - Singapore có hiệu lực. Theo Hiệp định hải quan Singapore, hàng hóa được miễn kiểm tra.',
      ),
    ).toEqual([['Hiệp định hải quan Việt Nam - Singapore', 2]]);
    expect(
      found(
        'Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào được ký năm 1977. Hiệp ước Hữu nghị và Hợp tác Việt - Lào là nền tảng.',
      ),
    ).toEqual([
      [
        'Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào',
        2,
      ],
    ]);
  });

  it('keeps instruments named after one place apart when their topics differ', () => {
    expect(
      found('Mỹ và Taliban ký Thỏa thuận Doha về hòa bình. Vòng đàm phán dẫn tới Hiệp định Doha về nông nghiệp.'),
    ).toEqual([
      ['Thỏa thuận Doha về hòa bình', 1],
      ['Hiệp định Doha về nông nghiệp', 1],
    ]);
    expect(
      found('Thỏa thuận Paris về biến đổi khí hậu được ký năm 2015. Thỏa thuận khí hậu Paris có hiệu lực.'),
    ).toEqual([['Thỏa thuận Paris về biến đổi khí hậu', 2]]);
  });

  it('keeps instruments named after one place apart when their parties differ', () => {
    expect(
      found('Thỏa thuận Minsk giữa Nga và Ukraine đổ vỡ. Thỏa thuận Minsk về khí đốt giữa Belarus và Ukraine vẫn còn.'),
    ).toHaveLength(2);
    expect(
      found('Thỏa thuận Minsk đổ vỡ. Thỏa thuận Minsk về ngừng bắn giữa Nga và Ukraine từng được ca ngợi.'),
    ).toHaveLength(1);
  });
});

describe('a short form of several words in brackets', () => {
  it('reads "(New START)" as the acronym of the name before it, and its later mentions as that treaty', () => {
    const text =
      'Hiệp ước cắt giảm vũ khí chiến lược mới (New START) hết hạn vào năm 2026. Nga cho biết New START vẫn còn giá trị.';
    expect(extractAgreements(text).map((a) => [a.name, a.acronym, a.mentions])).toEqual([
      ['Hiệp ước cắt giảm vũ khí chiến lược mới', 'New START', 2],
    ]);
  });

  it('does not take a source line or a Vietnamese word in brackets for a short form', () => {
    expect(
      extractAgreements('Hai bên ký Hiệp định Thương mại Việt Nam - Chile (Theo AFP).').map((a) => a.acronym),
    ).toEqual([null]);
  });
});

describe('short and long forms of one programme or memorandum', () => {
  it('merges a name without its period or "công tác", and the two sides counted ("giữa hai Bộ ...")', () => {
    const text = [
      'Sáng nay, hai bên ký Chương trình phối hợp công tác giai đoạn 2017 - 2021 giữa UBND TP Hà Nội với Thông tấn xã Việt Nam. Theo ông Chung, Chương trình phối hợp giữa UBND TP Hà Nội và Thông tấn xã Việt Nam sẽ giúp thông tin.',
      'Hai bên ký Bản ghi nhớ hợp tác giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào giai đoạn 2020 - 2025. Bản ghi nhớ hợp tác giữa hai Bộ Ngoại giao được đánh giá cao. Bản ghi nhớ giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào tạo khuôn khổ.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      ['Chương trình phối hợp công tác giai đoạn 2017 - 2021 giữa UBND TP Hà Nội với Thông tấn xã Việt Nam', 2],
      ['Bản ghi nhớ hợp tác giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Lào giai đoạn 2020 - 2025', 3],
    ]);
  });

  it('keeps plans of two different years apart', () => {
    expect(
      found(
        'Hai bên ký Kế hoạch hợp tác năm 2024 giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào, sau Kế hoạch hợp tác năm 2023 giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào.',
      ),
    ).toHaveLength(2);
  });
});

describe('sides joined by "và" with the clause going on', () => {
  it('are who made the deal, not its name', () => {
    expect(found('Theo thỏa thuận Washington và Bắc Kinh đạt được hôm qua, thuế sẽ giảm.')).toEqual([]);
    expect(found('Theo hiệp ước Mỹ - Nhật, Washington có nghĩa vụ bảo vệ Tokyo.')).toEqual([['hiệp ước Mỹ - Nhật', 1]]);
  });
});

describe('a headline naming the body’s instrument by a place', () => {
  it('is that instrument when its other words all stand in the one body name of its head', () => {
    const text =
      'Thỏa thuận đình chiến ở Sudan: Hy vọng mong manh\n\nThỏa thuận đình chiến giữa quân đội và RSF có hiệu lực từ ngày 19/1.';
    expect(found(text)).toEqual([['Thỏa thuận đình chiến giữa quân đội và RSF', 2]]);
  });

  it('stays apart when the body names another instrument of that wording or none', () => {
    expect(
      found(
        'Thỏa thuận đình chiến ở Sudan: Hy vọng mong manh\n\nThỏa thuận đình chiến giữa Nga và Ukraine có hiệu lực. Thỏa thuận đình chiến giữa Israel và Hamas cũng vậy.',
      ),
    ).toHaveLength(3);
  });
});

describe('a table name told apart only by its year', () => {
  const found3 = (text: string) => extractAgreements(`Tin\n\n${text}`).map((a) => [a.name, a.mentions, a.year]);

  it('is not what a name without that year means: "Hiệp định Paris" beside the climate agreement is that one', () => {
    expect(
      found3('Mỹ tái gia nhập Thỏa thuận Paris về biến đổi khí hậu. Hiệp định Paris đặt mục tiêu hạn chế nhiệt độ.'),
    ).toEqual([['Thỏa thuận Paris về biến đổi khí hậu', 2, null]]);
  });

  it('is found by a name that states the year', () => {
    expect(found3('Hiệp định Paris năm 1973 chấm dứt chiến tranh. Sau Hiệp định Paris, Mỹ rút quân.')).toEqual([
      ['Hiệp định Paris năm 1973', 2, 1973],
    ]);
  });
});

describe('a joint statement named by its topic and by its parties', () => {
  const found2 = (text: string) => extractAgreements(`Tin\n\n${text}`).map((a) => [a.name, a.mentions]);

  it('is one statement when the article names one of each', () => {
    expect(
      found2(
        'Hai nước ra Tuyên bố chung về nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Tuyên bố chung Việt Nam - Hoa Kỳ nêu rõ hai bên tôn trọng nhau.',
      ),
    ).toEqual([['Tuyên bố chung về nâng cấp quan hệ lên Đối tác chiến lược toàn diện', 2]]);
  });

  it('stays two with two statements named by their parties', () => {
    expect(
      found2(
        'Hai nước ra Tuyên bố chung về nâng cấp quan hệ lên Đối tác chiến lược toàn diện. Tuyên bố chung Việt Nam - Hoa Kỳ và Tuyên bố chung Việt Nam - Nhật Bản được nhắc lại.',
      ).length,
    ).toBe(3);
  });

  it('stays two when the years differ', () => {
    expect(
      found2(
        'Hai nước ra Tuyên bố chung về quan hệ Đối tác toàn diện năm 2013. Tuyên bố chung Việt Nam - Hoa Kỳ năm 2023 nâng cấp quan hệ.',
      ).length,
    ).toBe(2);
  });
});
