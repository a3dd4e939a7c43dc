// Makes and models are kept out of people by the shape of a model's code after its make, not by a list of
// brands (the list of car and phone makers was dropped: it helped one article only). Sentences written for the
// test; the real sentence of mixed-029 is in real-text-classes.test.ts.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

const names = (text: string) => extractPeople(text).map((p) => p.name);

describe('products by the code of a model', () => {
  it('in an article that writes a model by its code, makes and models are not people', () => {
    expect(names('Suzuki XL7 bán chạy nhất tháng. Toyota Vios đứng thứ hai, còn Ford Ranger xếp thứ ba.')).toEqual([]);
    expect(names('Chiếc Airbus A321 hạ cánh. Boeing Dreamliner cất cánh sau đó.')).toEqual([]);
  });

  it('a person there still counts when the article says so: a verb only people do, a title, an honorific', () => {
    expect(names('Mazda CX-5 giảm giá. Elon Musk nói thị trường sẽ khó.')).toEqual(['Elon Musk']);
    expect(names('Honda CR-V bán chạy. CEO Toshihiro Mibe đánh giá cao.')).toEqual(['Toshihiro Mibe']);
  });

  it('a code after a word that is not a make decides nothing ("Thượng đỉnh G20", "tiêm kích F-16")', () => {
    expect(names('Tại Thượng đỉnh G20, Joe Biden gặp Emmanuel Macron.').sort()).toEqual([
      'Emmanuel Macron',
      'Joe Biden',
    ]);
    expect(names('Tiêm kích F-16 bay qua. Mark Rutte gặp Jens Stoltenberg.').sort()).toEqual([
      'Jens Stoltenberg',
      'Mark Rutte',
    ]);
  });
});

describe('beauty pageants', () => {
  it('"Miss Universe" is a contest, not a person after the honorific "Miss"; the winner named after it is one', () => {
    expect(extractPeople("Hoa hậu H'Hen Niê tham gia Miss Universe 2017 tại Las Vegas.").map((p) => p.name)).toEqual([
      "H'Hen Niê",
    ]);
    expect(extractPeople('Mister Vietnam Phạm Tuấn Ngọc đăng quang.').map((p) => p.name)).toEqual(['Phạm Tuấn Ngọc']);
  });
});

describe('teams by a contest with a team', () => {
  it('the other side after a team and a contest verb is a team', () => {
    expect(extractPeople('Hà Nội FC thắng Hoàng Anh Gia Lai 3-0 trên sân Hàng Đẫy.').map((p) => p.name)).toEqual([]);
    expect(extractPeople('Real Sociedad thua Athletic Bilbao ở vòng 5.').map((p) => p.name)).toEqual([]);
  });

  it('a player after a player is still a person, and coordination with a company decides nothing', () => {
    expect(extractPeople('Djokovic thắng Rafael Nadal 3-1.').map((p) => p.name)).toEqual(['Rafael Nadal']);
    expect(extractPeople('Vietnam Airlines và Jeff Williams ký hợp đồng.').map((p) => p.name)).toEqual([
      'Jeff Williams',
    ]);
  });
});
