// Whose acronym is it? An acronym after a head names the instrument only when nothing says it stands for a
// body: not one of the organisations lexicon, nor one the article gives in brackets after a body's name, nor
// the brackets right after a party named by "giữa"/"với". Written sentences: they test the rules, they are no
// evidence that they work.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const found = (text: string) => extractAgreements(text).map((a) => [a.name, a.acronym]);

describe('an acronym after the head that stands for a body', () => {
  it('ends the name before an organisation the clause is about', () => {
    // VCCI (organisations lexicon) is the subject: what is left is only a class of agreements.
    expect(found('Hiệp định thương mại tự do VCCI đánh giá cao về tác động.')).toEqual([]);
    // EVN is given in brackets after a company's name: "Hiệp định EVN" names no instrument.
    expect(
      found('Tập đoàn Điện lực Việt Nam (EVN) cho biết Hiệp định EVN ký với Lào năm 2020 giúp nhập khẩu điện.'),
    ).toEqual([]);
  });

  it('ends the name before an acronym the article names as a body ("Liên minh AUKUS")', () => {
    expect(
      found('Tin\n\nHiệp định AUKUS giữa Australia, Anh và Mỹ gây tranh cãi. Liên minh AUKUS được thành lập năm 2021.'),
    ).toEqual([]);
  });

  it('keeps acronyms nothing marks as a body, known or not', () => {
    expect(found('Hiệp định SPS và Hiệp định TBT của WTO, cùng Công ước MARPOL, được nhắc tới.')).toEqual([
      ['Hiệp định SPS', 'SPS'],
      ['Hiệp định TBT', 'TBT'],
      ['Công ước MARPOL', 'MARPOL'],
    ]);
  });
});

describe('brackets after a party', () => {
  it('give the party’s acronym, not the instrument’s', () => {
    expect(
      found('Bộ Y tế ký Bản ghi nhớ hợp tác với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) hôm qua. JICA sẽ hỗ trợ.'),
    ).toEqual([['Bản ghi nhớ hợp tác với Cơ quan Hợp tác Quốc tế Nhật Bản', null]]);
  });

  it('still give a known or agreement-shaped acronym to the instrument', () => {
    expect(found('Hai bên ký Hiệp định thương mại tự do giữa Việt Nam và Israel (VIFTA).')).toEqual([
      ['Hiệp định thương mại tự do giữa Việt Nam và Israel', 'VIFTA'],
    ]);
    expect(found('Hai bên ký Hiệp định đối tác đầu tư giữa Việt Nam và Chile (VCIPA).')).toEqual([
      ['Hiệp định đối tác đầu tư giữa Việt Nam và Chile', 'VCIPA'],
    ]);
  });
});

describe('an unknown acronym in brackets a few words after where the name stopped', () => {
  it('closes the name when no stop word stands between', () => {
    expect(
      found('Tin\n\nNga đình chỉ tham gia Hiệp ước Kiểm soát vũ khí thông thường ở châu Âu (CFE) từ năm 2007.'),
    ).toEqual([['Hiệp ước Kiểm soát vũ khí thông thường ở châu Âu', 'CFE']]);
    expect(found('Tin\n\nHai bên ký Hiệp định Thương mại Việt Nam - Chile được báo Tuổi Trẻ (TTO) đưa tin.')).toEqual([
      ['Hiệp định Thương mại Việt Nam - Chile', null],
    ]);
  });
});
