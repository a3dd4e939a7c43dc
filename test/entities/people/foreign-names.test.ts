// Foreign names: lower-case particles inside and before them, a single name right after a title's complement,
// and later short mentions that join the full name (any part of a foreign name, the surname of a Chinese one).
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('particles in foreign names', () => {
  it('keeps "von der", "da", "de" inside the name and joins "bà von der Leyen" to it', () => {
    const people = extractPeople(
      'Thủ tướng gặp Chủ tịch Ủy ban châu Âu Ursula von der Leyen. Tại cuộc gặp, bà von der Leyen chúc mừng Việt Nam.',
    );
    const ursula = people.find((p) => p.name === 'Ursula von der Leyen');
    expect(ursula?.titles).toEqual(['Chủ tịch Ủy ban châu Âu']);
    expect(ursula?.mentions).toBe(2);
    expect(people).toHaveLength(1);
    expect(names('Tướng Charles de Gaulle và nhà văn Antoine de Saint-Exupéry.')).toEqual([
      'Charles de Gaulle',
      'Antoine de Saint-Exupéry',
    ]);
  });

  it('does not glue a particle to a name when no capitalised part follows', () => {
    expect(names('Ông Gunnar Wiegan đến thăm, da vàng nắng.')).toEqual(['Gunnar Wiegan']);
  });
});

describe('a single name right after the title and its complement', () => {
  it('takes a lone foreign name after a ministry short name or a country', () => {
    const a = extractPeople('Ông cho biết Bộ trưởng Ngoại giao Sugiono sẽ trao đổi với các cơ quan liên quan.');
    expect(a.map((p) => [p.name, p.titles])).toEqual([['Sugiono', ['Bộ trưởng Ngoại giao']]]);
    const b = extractPeople('Thủ tướng đã hội kiến Nhà vua Bỉ Philippe.');
    expect(b.map((p) => [p.name, p.titles])).toEqual([['Philippe', ['Nhà vua Bỉ']]]);
  });

  it('but not a brand after a title and a country', () => {
    expect(names('Bộ trưởng Y tế Mỹ Pfizer là cách gọi sai.')).toEqual([]);
  });

  it('but not a Vietnamese-looking word after a place ("Chợ Rẫy Việt Nhật")', () => {
    expect(names('BS Cao Thị Hồng, Trưởng Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật (HECI), cho biết.')).toEqual([
      'Cao Thị Hồng',
    ]);
  });
});

describe('short mentions join the full name', () => {
  it('any part of a foreign name: "Tổng thống Lula", "Thứ trưởng Havas"', () => {
    const lula = extractPeople(
      'Tổng thống Brazil Luiz Inácio Lula da Silva thăm Việt Nam. Tổng thống Lula cho biết Brazil coi trọng Việt Nam.',
    );
    expect(lula.map((p) => [p.name, p.mentions])).toEqual([['Luiz Inácio Lula da Silva', 2]]);
    const havas = extractPeople(
      'Thứ trưởng Ngoại giao Indonesia Arif Havas Oegroseno dự họp. Thứ trưởng Havas cho biết Indonesia mong muốn hợp tác.',
    );
    expect(havas.map((p) => [p.name, p.mentions])).toEqual([['Arif Havas Oegroseno', 2]]);
  });

  it('the surname of a Chinese leader: "ông Tập"', () => {
    const people = extractPeople(
      'Chủ tịch Trung Quốc Tập Cận Bình đến Hà Nội. Ông Tập cho rằng hai nước cần tăng cường kết nối.',
    );
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Tập Cận Bình', 2]]);
  });
});

describe('regnal numbers and foreign offices', () => {
  it('keeps "III" after a titled name, not after capitalised English words', () => {
    expect(extractPeople('Thủ tướng gặp Nhà vua Charles III tại London.').map((p) => [p.name, p.titles])).toEqual([
      ['Charles III', ['Nhà vua']],
    ]);
    expect(names('Sau World War II, cuốn Volume IV ra đời.')).toEqual([]);
  });

  it('reads a provincial governor of Laos, Thailand or Cambodia', () => {
    const p = extractPeople('Tỉnh trưởng Savannakhet Santiphap Phomvihane tiếp đoàn.');
    expect(p.map((x) => [x.name, x.titles, x.organisation])).toEqual([
      ['Santiphap Phomvihane', ['Tỉnh trưởng Savannakhet'], 'Savannakhet'],
    ]);
  });

  it('an acronym ending a sentence keeps no full stop; an abbreviated title keeps its own', () => {
    const p = extractPeople(
      'Phó Chủ tịch Ủy ban châu Âu Kaja Kallas, Đại diện cấp cao EU. GS. Carlyle Thayer nhận định.',
    );
    expect(p.find((x) => x.name === 'Kaja Kallas')?.titles).toEqual([
      'Phó Chủ tịch Ủy ban châu Âu',
      'Đại diện cấp cao EU',
    ]);
    expect(p.find((x) => x.name === 'Carlyle Thayer')?.titles).toEqual(['GS.']);
  });
});

describe('Korean names', () => {
  it('"Park" is a surname, not the word park', () => {
    const p = extractPeople('Tổng thống Hàn Quốc Park Geun-hye phát biểu. Bà Park nhấn mạnh hợp tác.');
    expect(p.map((x) => [x.name, x.mentions])).toEqual([['Park Geun-hye', 2]]);
    expect(names('Du khách dạo Central Park và nghỉ ở khách sạn Park Hyatt.')).toEqual([]);
  });

  it('a surname that is also an organisation head ("Ban") opens a romanised Korean given name', () => {
    expect(extractPeople('Tổng Thư ký Liên hợp quốc Ban Ki-moon phát biểu.').map((x) => [x.name, x.titles])).toEqual([
      ['Ban Ki-moon', ['Tổng Thư ký Liên hợp quốc']],
    ]);
    expect(names('Hôm qua, Ban Ki-moon phát biểu tại hội nghị.')).toEqual(['Ban Ki-moon']);
    expect(names('Ông Ban Ki-moon (Tổng thư ký LHQ) kêu gọi các bên kiềm chế.')).toEqual(['Ban Ki-moon']);
    // A committee is still a committee, and a transliteration of three parts no Korean name.
    expect(names('Ban Chỉ đạo Tây Nguyên họp với Đại sứ quán Cam-pu-chia.')).toEqual([]);
    // A loanword spelt the Vietnamese way keeps its hyphen and is no romanised name.
    expect(names('Học viên ăn trưa ở Căng-tin của trung tâm.')).toEqual([]);
  });
});
