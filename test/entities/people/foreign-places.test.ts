// Foreign places are not people: a place noun heading a foreign place's name, names listed after plural place
// nouns, names the article lists with known countries, and the gazetteer's foreign provinces and ports.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('foreign places', () => {
  it('a capitalised place noun heads a foreign place name ("Cảng ...", "Sân bay ...", "Tỉnh ...")', () => {
    // None of these names is in the gazetteer: the head noun decides.
    expect(names('Hai bên ký kết giữa Cảng Zeebrugge và Sân bay Schiphol. Tỉnh Amnat Charoen cử đoàn sang.')).toEqual(
      [],
    );
    expect(names('Trận đấu diễn ra trên sân Santiago Bernabeu.')).toEqual([]);
    // A surname that is also a place noun ("Hồ") still starts a person.
    expect(names('Đoàn viếng Lăng Chủ tịch Hồ Chí Minh. Ông Hồ Đức Phớc phát biểu.')).toContain('Hồ Đức Phớc');
  });

  it('names listed after "các tỉnh/nước/cảng ... như" are places, people lists are not', () => {
    expect(names('Cộng đồng người Việt tại các tỉnh đông bắc như Amnat Charoen, Sa Kaeo đã tham dự.')).toEqual([]);
    expect(names('Hàng hóa đi qua các cảng lớn như Le Havre, Port Klang.')).toEqual([]);
    expect(names('Các nhà lãnh đạo như Donald Trump, Joe Biden đã phát biểu.')).toEqual(['Donald Trump', 'Joe Biden']);
  });

  it('a name listed with known countries is a place, so a title before it takes it as its complement', () => {
    const text =
      'Thỏa thuận được Guyana, Ai Cập và Mỹ làm trung gian. Thủ tướng Guyana, Ngoại trưởng Hugh Todd nhấn mạnh.';
    const people = extractPeople(text);
    expect(people.map((p) => p.name)).toEqual(['Hugh Todd']);
    expect(people[0]!.titles).toEqual(['Thủ tướng Guyana', 'Ngoại trưởng']);
    // Without the list there is no evidence, and a list of leaders is no list of places.
    expect(names('Tổng thống Putin, Thủ tướng Modi và Chủ tịch Tập Cận Bình dự họp.')).toEqual([
      'Putin',
      'Modi',
      'Tập Cận Bình',
    ]);
  });

  it('the gazetteer knows more countries and the provinces of neighbours', () => {
    const people = extractPeople(
      'Thủ tướng Qatar, Ngoại trưởng Sheikh Mohammed bin Abdulrahman Al Thani công bố thỏa thuận.',
    );
    expect(people.map((p) => p.name)).toEqual(['Sheikh Mohammed bin Abdulrahman Al Thani']);
    expect(people[0]!.titles).toEqual(['Thủ tướng Qatar', 'Ngoại trưởng']);
    expect(names('Đoàn thăm Udon Thani, Luang Prabang và Siem Reap.')).toEqual([]);
  });
});

describe('a place inside a title', () => {
  it('after an administrative unit, the unknown place name comes first, then the person', () => {
    const a = extractPeople('Thống đốc bang California Gavin Newsom phát biểu.');
    expect(a.map((p) => [p.name, p.titles])).toEqual([['Gavin Newsom', ['Thống đốc bang California']]]);
    const b = extractPeople('Chủ tịch UBND xã Tân Lập Nguyễn Văn Bình cho biết.');
    expect(b.map((p) => [p.name, p.titles])).toEqual([['Nguyễn Văn Bình', ['Chủ tịch UBND xã Tân Lập']]]);
    // A place with no person after it is no person.
    expect(extractPeople('Chủ tịch UBND tỉnh Gyeonggi cho biết.').map((p) => p.name)).toEqual([]);
  });
});
