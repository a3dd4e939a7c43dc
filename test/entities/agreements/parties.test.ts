// Instruments named or made by their parties: a lower-case title with its topic and parties, a joint statement
// named after those who made it, a programme that two sides carry out, and classes of instruments that only
// name their parties. Real sentences are cited by file (real-text tune half, text-extra odd half); written
// ones test the same rule where the development sets hold no example.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const names = (text: string) => extractAgreements(text).map((a) => a.name);

describe('lower-case titles', () => {
  it('reads a lower-case head with its topic after "về" and its named parties', () => {
    expect(
      names('Hai bên đã ký hiệp định về nguyên tắc giải quyết vấn đề biên giới lãnh thổ giữa Việt Nam và Trung Quốc.'),
    ).toEqual(['hiệp định về nguyên tắc giải quyết vấn đề biên giới lãnh thổ giữa Việt Nam và Trung Quốc']);
    // The plural after "về" belongs to the title when the parties close it.
    expect(
      names(
        'Hai nước tuân thủ thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa Việt Nam và Trung Quốc.',
      ),
    ).toEqual([
      'thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa Việt Nam và Trung Quốc',
    ]);
  });

  it('leaves a lower-case deal without named parties or topic out', () => {
    expect(
      names('Việt Nam và Campuchia đã đạt thỏa thuận về các nguyên tắc giải quyết vấn đề biên giới giữa hai nước.'),
    ).toEqual([]);
    expect(names('Hai công ty đạt được thỏa thuận giữa Vietjet và Boeing.')).toEqual([]);
  });

  it('names a lower-case joint statement by its parties, not a class of them (real-text world-017)', () => {
    expect(
      names('Sau hội đàm, hai Thủ tướng ra tuyên bố chung giữa Việt Nam và Campuchia về tăng cường hợp tác.'),
    ).toEqual(['tuyên bố chung giữa Việt Nam và Campuchia về tăng cường hợp tác']);
    expect(names('Hai bên thông qua tuyên bố tầm nhìn chung Việt Nam - Hoa Kỳ.')).toEqual([
      'tuyên bố tầm nhìn chung Việt Nam - Hoa Kỳ',
    ]);
    expect(
      names(
        'Trung Quốc nhiều lần hối thúc Mỹ tuân thủ nguyên tắc "Một Trung Quốc" và 3 tuyên bố chung Mỹ - Trung, dừng bán vũ khí cho Đài Loan, chấm dứt các liên kết quân sự với hòn đảo.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Ông Vương Nghị hối thúc Mỹ tuân thủ nghiêm ngặt nguyên tắc Một Trung Quốc và tôn trọng các cam kết của Washington trong các tuyên bố chung giữa hai nước.',
      ),
    ).toEqual([]);
  });
});

describe('a joint statement with no name after its head', () => {
  it('is the one the parties of its sentence issued', () => {
    expect(
      names('Năm 2015, hai nước ra Tuyên bố Tầm nhìn chung, trong đó nhấn mạnh tôn trọng thể chế chính trị của nhau.'),
    ).toEqual(['Tuyên bố Tầm nhìn chung']);
    expect(names('Tổng thống và Thủ tướng đã thông qua Thông cáo chung.')).toEqual(['Thông cáo chung']);
  });

  it('is another mention of the named one, and alone it is no instrument (real-text world-037)', () => {
    const found = extractAgreements(
      'Ngoài Tuyên bố chung Astana, các thành viên tham gia Hội nghị sẽ ký kết 11 văn kiện quan trọng phản ánh quan điểm thống nhất của các nước thành viên SCO về phát triển Tổ chức, những đánh giá về các vấn đề quốc tế then chốt, chẳng hạn Tuyên bố chung sẽ nhấn mạnh tầm quan trọng của việc xây dựng một mô hình trật tự thế giới đa trung tâm hơn.',
    );
    expect(found.map((a) => [a.name, a.mentions])).toEqual([['Tuyên bố chung Astana', 2]]);
    expect(names('Tuyên bố chung sẽ nhấn mạnh tầm quan trọng của hợp tác.')).toEqual([]);
    expect(names('Hai bên ra Tuyên bố chung Việt Nam - Lào. Tuyên bố chung này khẳng định tình hữu nghị.').length).toBe(
      1,
    );
    expect(
      extractAgreements('Hai bên ra Tuyên bố chung Việt Nam - Lào. Tuyên bố chung này khẳng định tình hữu nghị.')[0]!
        .mentions,
    ).toBe(1);
  });
});

describe('a head that is no verb may open a sentence', () => {
  it('reads "Tuyên bố Tầm nhìn chung ..." at a sentence start, not "Thỏa thuận hợp tác ..." (a verb there)', () => {
    expect(names('Tuyên bố Tầm nhìn chung về hợp tác quốc phòng được hai Bộ trưởng ký năm 2015.')).toEqual([
      'Tuyên bố Tầm nhìn chung về hợp tác quốc phòng',
    ]);
    expect(names('Thỏa thuận hợp tác về phát triển nguồn nhân lực, hai bên cam kết hỗ trợ nhau.')).toEqual([]);
  });
});

describe('programmes that two sides carry out', () => {
  it('keeps a programme when its sentence names two sides, and not a body’s own', () => {
    expect(
      names('Hai bên nhất trí triển khai hiệu quả Chương trình hành động đến 2025 của quan hệ Đối tác chiến lược.'),
    ).toEqual(['Chương trình hành động đến 2025']);
    expect(names('Chương trình hành động đến năm 2025 được hai nước nhất trí thông qua.')).toEqual([
      'Chương trình hành động đến năm 2025',
    ]);
    expect(names('Thủ tướng yêu cầu các bộ thực hiện Chương trình hành động đến năm 2025 của Chính phủ.')).toEqual([]);
  });
});

describe('classes of instruments', () => {
  it('takes "one of the government-level agreements between A and B" for a class (text-extra world-005)', () => {
    expect(
      names(
        'Hay Hiệp định hỗ trợ lẫn nhau trong lĩnh vực hải quan giữa Việt Nam và Hoa Kỳ- là một trong những Hiệp định cấp Chính phủ đầu tiên trong lĩnh vực nghiệp vụ giữa Việt Nam và Hoa Kỳ được ký kết.',
      ),
    ).toEqual(['Hiệp định hỗ trợ lẫn nhau trong lĩnh vực hải quan giữa Việt Nam và Hoa Kỳ']);
  });

  it('still takes a class named by a proper name ("các Công ước Geneva năm 1949")', () => {
    expect(names('Các bên phải tôn trọng các Công ước Geneva năm 1949 về bảo vệ nạn nhân chiến tranh.')).toEqual([
      'Công ước Geneva năm 1949 về bảo vệ nạn nhân chiến tranh',
    ]);
  });
});
