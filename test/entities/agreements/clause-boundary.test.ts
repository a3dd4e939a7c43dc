// Where a name ends at the clause around it: a head in a subject's place followed by lower-case words only is
// the subject of a predicate, not a name; after the parties, "tại"/"ở" + a place says where it was signed; "từ
// năm 1990" alone says since when, not a period. Written sentences: they test the rules, they are no evidence
// that they work.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const names = (text: string) => extractAgreements(text).map((a) => a.name);

describe('a head as the subject of a clause', () => {
  it('names nothing when lower-case words after it are its predicate', () => {
    expect(names('Theo ông Nam, Hiệp định đồng ý giảm thuế nhập khẩu ô tô từ năm sau.')).toEqual([]);
    expect(names('Ông cho biết Thỏa thuận mở cửa thị trường nông sản.')).toEqual([]);
  });

  it('still names an instrument described in a subject’s place when a predicate follows, or as an object', () => {
    expect(names('Hiệp ước cấm thử vũ khí hạt nhân có hiệu lực từ năm 1996.')).toEqual([
      'Hiệp ước cấm thử vũ khí hạt nhân',
    ]);
    expect(names('Hai nước ký Hiệp định tránh đánh thuế hai lần.')).toEqual(['Hiệp định tránh đánh thuế hai lần']);
  });

  it('still names an instrument by its topic after "về" in a list or after a reporting verb', () => {
    expect(
      names(
        'Tin\n\nHai bên ký Hiệp định miễn thị thực với Brazil; Bản ghi nhớ về tăng cường hợp tác chuỗi cung ứng nông sản; và các văn kiện khác.',
      ),
    ).toContain('Bản ghi nhớ về tăng cường hợp tác chuỗi cung ứng nông sản');
    expect(
      names(
        'Tin\n\nÔng Austin cho biết Bản ghi nhớ về thúc đẩy hợp tác quốc phòng song phương ký năm 2011 vẫn là nền tảng.',
      ),
    ).toEqual(['Bản ghi nhớ về thúc đẩy hợp tác quốc phòng song phương']);
  });
});

describe('the end of a name after its parties or a year', () => {
  it('leaves the place of signing out', () => {
    expect(
      names('Thủ tướng dự lễ ký Hiệp định hợp tác về lao động giữa Việt Nam và Israel tại Jerusalem ngày 5/3.'),
    ).toEqual(['Hiệp định hợp tác về lao động giữa Việt Nam và Israel']);
    expect(names('Hai bên ký Hiệp định khung về hợp tác toàn diện Việt Nam - Mỹ tại Hà Nội vào ngày 12/7.')).toEqual([
      'Hiệp định khung về hợp tác toàn diện Việt Nam - Mỹ',
    ]);
    // A place that is the topic, with no parties before it, stays.
    expect(names('Các bên đàm phán Bộ Quy tắc ứng xử ở Biển Đông.')).toEqual(['Bộ Quy tắc ứng xử ở Biển Đông']);
  });

  it('leaves "từ năm 1990" (since when) out, and keeps a period', () => {
    expect(names('Việt Nam là thành viên của Công ước về quyền trẻ em của Liên hợp quốc từ năm 1990.')).toEqual([
      'Công ước về quyền trẻ em của Liên hợp quốc',
    ]);
    expect(names('Hai bên ký Kế hoạch hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Lào từ năm 2021 đến năm 2025.')).toEqual(
      ['Kế hoạch hợp tác giữa Bộ Y tế Việt Nam và Bộ Y tế Lào từ năm 2021 đến năm 2025'],
    );
  });
});

describe('parties and topics of programmes between bodies', () => {
  it('reads a second party after what it is ("và tỉnh Vân Nam") and a party’s acronym between parties', () => {
    expect(names('Tin\n\nHai tỉnh ký Kế hoạch hợp tác năm 2024 giữa tỉnh Lào Cai và tỉnh Vân Nam.')).toEqual([
      'Kế hoạch hợp tác năm 2024 giữa tỉnh Lào Cai và tỉnh Vân Nam',
    ]);
    expect(
      extractAgreements(
        'Tin\n\nThủ tướng chứng kiến lễ trao Bản ghi nhớ hợp tác giữa Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn ExxonMobil.',
      ).map((a) => [a.name, a.acronym]),
    ).toEqual([['Bản ghi nhớ hợp tác giữa Tập đoàn Dầu khí Việt Nam (PVN) và Tập đoàn ExxonMobil', null]]);
  });

  it('reads a topic listed with a comma up to its period or the clause end, not into the next clause', () => {
    expect(
      names(
        'Tin\n\nChương trình phối hợp giữa Bộ Tư pháp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về phổ biến, giáo dục pháp luật giai đoạn 2021 - 2025 đã đạt kết quả.',
      ),
    ).toEqual([
      'Chương trình phối hợp giữa Bộ Tư pháp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về phổ biến, giáo dục pháp luật giai đoạn 2021 - 2025',
    ]);
    expect(names('Tin\n\nHai bên ký Bản ghi nhớ về tuyên truyền, giáo dục pháp luật.')).toEqual([
      'Bản ghi nhớ về tuyên truyền, giáo dục pháp luật',
    ]);
    expect(names('Tin\n\nHai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực y tế, hai bên sẽ làm việc tiếp.')).toEqual([
      'Bản ghi nhớ về hợp tác trong lĩnh vực y tế',
    ]);
  });
});
