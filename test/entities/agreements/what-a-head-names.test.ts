// Issue 12, classes of heads that name no instrument, or a shorter one than read:
// - a convention named inside the name of a meeting of its parties ("Hội nghị lần thứ 26 các bên tham gia Công
//   ước khung ... (COP26)"): the meeting's session, its acronym and where it was held are not the convention's
//   name; the bodies that serve a convention ("Ban Thư ký Công ước ...") are no mention of it;
// - a head after "đạt (được)" described in lower case only: the act of agreeing;
// - an indefinite head ("một Hiệp định ...", "bất kỳ ...") or one of none ("... nào"): a class, not an instrument.
// Written sentences: they test the rules, they are no evidence that the rules work (the real-text halves are).
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const names = (text: string) => extractAgreements(`Tin\n\n${text}`).map((a) => a.name);

describe('a session number ("lần thứ 26")', () => {
  it('ends a name that holds no meeting: it is the session of the meeting around the head', () => {
    expect(
      names(
        'Hội nghị các bên tham gia Công ước khung của LHQ về biến đổi khí hậu lần thứ 26 (COP26) khai mạc hôm nay.',
      ),
    ).toEqual(['Công ước khung của LHQ về biến đổi khí hậu']);
    expect(
      names('Hội nghị các bên Công ước về đa dạng sinh học lần thứ 15 (COP15) được tổ chức tại Côn Minh.'),
    ).toEqual(['Công ước về đa dạng sinh học']);
  });

  it('stays in a name that holds the meeting', () => {
    expect(names('Hai bên thông qua Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58.')).toEqual([
      'Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58',
    ]);
    expect(
      names(
        'Hai bên ký Biên bản Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương giữa Chính phủ Việt Nam và Chính phủ Lào.',
      ),
    ).toEqual([
      'Biên bản Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương giữa Chính phủ Việt Nam và Chính phủ Lào',
    ]);
  });
});

describe("a body's or a meeting's acronym in brackets", () => {
  it('closes the name: a lower-case word after it is the sentence going on', () => {
    expect(
      names(
        'Hội nghị lần thứ 26 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26) diễn ra.',
      ),
    ).toEqual(['Công ước khung của Liên hợp quốc về biến đổi khí hậu']);
  });

  it('is followed by where the meeting was held, not by more of the name', () => {
    expect(
      names(
        'Hội nghị lần thứ 26 các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26) tại Glasgow.',
      ),
    ).toEqual(['Công ước khung của Liên hợp quốc về biến đổi khí hậu']);
  });

  it('stays inside a name between its parties', () => {
    expect(names('Hai bên ký Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EU) năm 2019.')).toEqual([
      'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EU) năm 2019',
    ]);
  });
});

describe('the secretariat of a convention', () => {
  it('is a body: "Ban Thư ký Công ước ..." and "Thư ký Công ước ..." name no agreement', () => {
    expect(names('Ban Thư ký Công ước Ramsar vừa công bố báo cáo.')).toEqual([]);
    expect(names('Thư ký Công ước về các loài di cư cho biết số loài bị đe dọa tăng.')).toEqual([]);
  });
});

describe('a head after "đạt", "đạt được"', () => {
  it('described in lower case only, is the act of agreeing, not an instrument', () => {
    expect(names('Câu lạc bộ và tiền đạo đã đạt Thỏa thuận gia hạn hợp đồng thêm hai năm.')).toEqual([]);
    expect(names('Israel và Hamas đã đạt được Thỏa thuận ngừng bắn sau nhiều tuần đàm phán.')).toEqual([]);
  });

  it('named by a capital or a number, is the instrument reached', () => {
    expect(names('Gần 200 nước đã đạt được Thỏa thuận Paris về biến đổi khí hậu năm 2015.')).toEqual([
      'Thỏa thuận Paris về biến đổi khí hậu năm 2015',
    ]);
  });
});

describe('an indefinite head, or one of none', () => {
  it('after "một", "bất kỳ" names no instrument without a proper name', () => {
    expect(names('Anh muốn ký một Hiệp định thương mại tự do với Mỹ sau khi rời EU.')).toEqual([]);
    expect(names('Một Hiệp ước hòa bình giữa hai miền Triều Tiên có thể được ký kết.')).toEqual([]);
    expect(names('Mỹ phản đối bất kỳ Thỏa thuận thương mại nào với Trung Quốc.')).toEqual([]);
  });

  it('after "một" with a proper name, names it', () => {
    expect(names('Các nước cần một Hiệp định Paris mạnh mẽ hơn.')).toEqual(['Hiệp định Paris']);
  });

  it('followed by "nào" is any or none of a class', () => {
    expect(names('Nga và Ukraine chưa có Thỏa thuận hòa bình nào.')).toEqual([]);
  });
});
