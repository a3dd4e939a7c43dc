// One test per rule of the agreements extractor: what a name is, where it ends, how acronyms link, what
// is not an agreement, how mentions count and where spans point.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import type { Agreement } from '../../../lib/entities/types';

const one = (text: string): Agreement => {
  const found = extractAgreements(text);
  expect(found.map((a) => a.name)).toHaveLength(1);
  return found[0]!;
};
const names = (text: string) => extractAgreements(text).map((a) => a.name);

describe('a capitalised head with a specific name', () => {
  it('links the parenthesised acronym right after the name', () => {
    const a = one('Hai bên thúc đẩy các nước thành viên phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - EU (EVIPA).');
    expect(a).toMatchObject({
      name: 'Hiệp định Bảo hộ đầu tư Việt Nam - EU',
      acronym: 'EVIPA',
      kind: 'agreement',
      mentions: 1,
    });
    expect(a.key).toBe('hiệp định bảo hộ đầu tư việt nam - eu');
  });

  it('takes head + acronym as the whole name ("Hiệp định EVFTA"), with the kind from the table', () => {
    const a = one('Hai năm triển khai Hiệp định EVFTA bất chấp khó khăn do đại dịch Covid-19.');
    expect(a).toMatchObject({ name: 'Hiệp định EVFTA', acronym: 'EVFTA', kind: 'fta' });
  });

  it('reads a year after the acronym and merges later acronym mentions into one agreement', () => {
    const a = one(
      'Trên cơ sở luật pháp quốc tế, trong đó có Công ước Liên hợp quốc về Luật Biển (UNCLOS) 1982. Hai bên ủng hộ đàm phán phù hợp với UNCLOS năm 1982.',
    );
    expect(a).toMatchObject({
      name: 'Công ước Liên hợp quốc về Luật Biển',
      acronym: 'UNCLOS',
      kind: 'convention',
      year: 1982,
      mentions: 2,
    });
  });

  it('keeps "năm 1982" written inside the name, and links a name without acronym to the table', () => {
    const a = one('Tính thống nhất của Công ước LHQ về Luật Biển năm 1982, trong đó đặt ra khuôn khổ pháp lý.');
    expect(a).toMatchObject({ name: 'Công ước LHQ về Luật Biển năm 1982', acronym: 'UNCLOS', year: 1982 });
  });

  it('gives no year to a period', () => {
    expect(one('Hai bên sẽ triển khai thành công Kế hoạch hành động ASEAN-EU 2018-2022.')).toMatchObject({
      name: 'Kế hoạch hành động ASEAN-EU 2018-2022',
      kind: 'action-plan',
      year: null,
    });
    expect(
      one('Hai bên triển khai tốt Thoả thuận hợp tác giữa hai Bộ từ năm 2021 đến năm 2025; duy trì đối thoại.'),
    ).toMatchObject({
      name: 'Thoả thuận hợp tác giữa hai Bộ từ năm 2021 đến năm 2025',
      year: null,
    });
  });

  it('gives no year to a horizon ("đến năm 2030")', () => {
    expect(
      one('Hai bên ký Tầm nhìn chung về quan hệ đối tác quốc phòng Việt Nam - Ấn Độ đến năm 2030.').year,
    ).toBeNull();
  });

  it('reads long descriptive names up to their acronym', () => {
    const found = extractAgreements(
      'Phù hợp với khuôn khổ Hiệp định khung đối tác và hợp tác toàn diện Việt Nam-EU (PCA) và Hiệp định giữa Chính phủ Việt Nam và EU về việc thiết lập khuôn khổ tham gia của Việt Nam vào các hoạt động quản lý khủng hoảng của EU (FPA), đạt nhiều kết quả.',
    );
    expect(found.map((a) => [a.name, a.acronym, a.kind])).toEqual([
      ['Hiệp định khung đối tác và hợp tác toàn diện Việt Nam-EU', 'PCA', 'framework-agreement'],
      [
        'Hiệp định giữa Chính phủ Việt Nam và EU về việc thiết lập khuôn khổ tham gia của Việt Nam vào các hoạt động quản lý khủng hoảng của EU',
        'FPA',
        'framework-agreement',
      ],
    ]);
  });

  it('ends a name before "và các ..." and before the verbs that follow it', () => {
    expect(
      names('Trên cơ sở tôn trọng Hiến chương Liên hợp quốc và các nguyên tắc cơ bản của luật pháp quốc tế.'),
    ).toEqual(['Hiến chương Liên hợp quốc']);
    expect(names('Thỏa thuận Paris về biến đổi khí hậu đã có hiệu lực từ năm 2016.')).toEqual([
      'Thỏa thuận Paris về biến đổi khí hậu',
    ]);
    expect(names('EU hoan nghênh Đồng thuận 5 điểm của tại Hội nghị Lãnh đạo ASEAN.')).toEqual(['Đồng thuận 5 điểm']);
    expect(names('Điều 22 Công ước Viên quy định rằng trụ sở cơ quan đại diện là bất khả xâm phạm.')).toEqual([
      'Công ước Viên',
    ]);
    expect(names('Thỏa thuận Paris thúc đẩy chuyển đổi năng lượng.')).toEqual(['Thỏa thuận Paris']);
  });

  it('keeps the session number of a meeting’s declaration ("lần thứ 58")', () => {
    expect(names('Các Bộ trưởng thông qua Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58.')).toEqual([
      'Tuyên bố chung Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58',
    ]);
  });

  it('stops at "về các ..." (the sentence’s topic, not the name’s)', () => {
    expect(names('EU đã ra Tuyên bố báo chí đồng Chủ tịch về các kết quả cuộc họp.')).toEqual([
      'Tuyên bố báo chí đồng Chủ tịch',
    ]);
  });

  it('accepts a mid-sentence head with a topic of three words or more, not a bare topic', () => {
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực an ninh lương thực.')).toEqual([
      'Bản ghi nhớ về hợp tác trong lĩnh vực an ninh lương thực',
    ]);
    expect(names('Hai bên ký Bản ghi nhớ hợp tác về chuyển đổi số quốc gia.')).toEqual([
      'Bản ghi nhớ hợp tác về chuyển đổi số quốc gia',
    ]);
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác.')).toEqual([]);
  });

  it('keeps an organisation acronym inside the name and does not take it for the agreement', () => {
    const a = one('Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EU) đã có hiệu lực.');
    expect(a.name).toBe('Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu');
    expect(a.kind).toBe('fta');
  });

  it('follows an enumeration inside "giữa A, B và C"', () => {
    expect(
      names(
        'Hai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực nguyên liệu giữa Bộ Công Thương Việt Nam và Tổng vụ Nội thị, Công nghiệp, Doanh nghiệp và Doanh nghiệp nhỏ và vừa của EC, được ký kết năm 2023.',
      ),
    ).toEqual([
      'Bản ghi nhớ về hợp tác trong lĩnh vực nguyên liệu giữa Bộ Công Thương Việt Nam và Tổng vụ Nội thị, Công nghiệp, Doanh nghiệp và Doanh nghiệp nhỏ và vừa của EC',
    ]);
  });

  it('reports a name inside a name as two agreements; the acronym belongs to the inner one', () => {
    const found = extractAgreements(
      'Các nước ký Nghị định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN (ATIGA) tại hội nghị.',
    );
    expect(found.map((a) => [a.name, a.acronym, a.kind])).toEqual([
      ['Nghị định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN', null, 'protocol'],
      ['Hiệp định Thương mại hàng hóa ASEAN', 'ATIGA', 'fta'],
    ]);
  });

  it('takes the parties of "giữa" when they are named, not "giữa hai nước" (the sentence’s two sides)', () => {
    expect(
      names('Hai bên ký Thoả thuận về hợp tác trong lĩnh vực di cư giữa hai nước, nhất trí tăng cường phối hợp.'),
    ).toEqual(['Thoả thuận về hợp tác trong lĩnh vực di cư']);
    expect(
      names('Hai bên ký Bản ghi nhớ về hợp tác trên biển giữa hai lực lượng, tạo cơ sở cho tuần tra chung.'),
    ).toEqual(['Bản ghi nhớ về hợp tác trên biển giữa hai lực lượng']);
  });

  it('lets a locative continue a lower-case name ("trên đất liền"), not start the rest of the sentence', () => {
    expect(
      names('Hai bên thực hiện tốt Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền.'),
    ).toEqual(['Hiệp định về quy chế quản lý biên giới và cửa khẩu biên giới trên đất liền']);
  });

  it('coordinates two inner names inside an outer one ("bổ sung Hiệp ước ... và Hiệp ước ...")', () => {
    expect(
      names(
        'Năm 2019, hai bên ký Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia năm 1985 và Hiệp ước bổ sung năm 2005, cùng Nghị định thư khác.',
      ),
    ).toEqual([
      'Hiệp ước bổ sung Hiệp ước hoạch định biên giới quốc gia năm 1985 và Hiệp ước bổ sung năm 2005',
      'Hiệp ước hoạch định biên giới quốc gia năm 1985',
      'Hiệp ước bổ sung năm 2005',
    ]);
  });

  it('takes a quoted title after the head; the key leaves the quotes out and a year inside is not the year', () => {
    const found = extractAgreements(
      'Các nhà lãnh đạo thông qua Tuyên bố “Tầm nhìn Cộng đồng ASEAN 2045” (TNCĐ) và Kế hoạch hành động "Đối tác xanh" năm 2024 giữa Việt Nam và Đan Mạch. Tuyên bố "ông ấy nói".',
    );
    expect(found.map((a) => [a.name, a.key, a.acronym, a.year])).toEqual([
      ['Tuyên bố “Tầm nhìn Cộng đồng ASEAN 2045”', 'tuyên bố tầm nhìn cộng đồng asean 2045', 'TNCĐ', null],
      [
        'Kế hoạch hành động "Đối tác xanh" năm 2024 giữa Việt Nam và Đan Mạch',
        'kế hoạch hành động đối tác xanh năm 2024 giữa việt nam và đan mạch',
        null,
        2024,
      ],
    ]);
    // A plan with a quoted title but no parties is a city's or a ministry's own plan.
    expect(names('Thành phố ban hành Kế hoạch hành động "Hà Nội xanh" năm 2024.')).toEqual([]);
  });

  it('follows a comma list inside a lower-case topic, and "từ A sang B"', () => {
    expect(
      names(
        'Hai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực khoa học, công nghệ và đổi mới sáng tạo, và Thoả thuận về công nhận lẫn nhau giấy phép lái xe.',
      ),
    ).toEqual([
      'Bản ghi nhớ về hợp tác trong lĩnh vực khoa học, công nghệ và đổi mới sáng tạo',
      'Thoả thuận về công nhận lẫn nhau giấy phép lái xe',
    ]);
    expect(names('Hai bên triển khai Bản ghi nhớ về hợp tác phòng, chống khai thác hải sản bất hợp pháp.')).toEqual([
      'Bản ghi nhớ về hợp tác phòng, chống khai thác hải sản bất hợp pháp',
    ]);
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác xuất khẩu điện từ Lào sang Việt Nam.')).toEqual([
      'Bản ghi nhớ về hợp tác xuất khẩu điện từ Lào sang Việt Nam',
    ]);
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác kinh tế, hai bên nhất trí tăng cường.')).toEqual([
      'Bản ghi nhớ về hợp tác kinh tế',
    ]);
  });

  it('reads "Tuyên bố Tầm nhìn chung ..." as one name, not two agreements', () => {
    expect(
      names(
        'Hai bên thực hiện tốt Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Trung Quốc đến năm 2025 và Hiệp định khác.',
      ),
    ).toEqual(['Tuyên bố Tầm nhìn chung về hợp tác quốc phòng Việt Nam - Trung Quốc đến năm 2025']);
  });

  it('does not take "Công ước bổ sung cho ..." (the Convention complements ...) for a name', () => {
    expect(names('Theo bà Waly, Công ước bổ sung cho Công ước Liên hợp quốc về chống tham nhũng (UNCAC).').length).toBe(
      1,
    );
  });

  it('reads a well-known name whole even where the scanner alone would stop', () => {
    expect(
      names(
        'Hai bên tuân thủ Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa Việt Nam và Trung Quốc, Công ước.',
      ),
    ).toEqual([
      'Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa Việt Nam và Trung Quốc',
    ]);
  });
});

describe('titles written in capitals', () => {
  it('reads a name in capitals as a name, and only Latin capitals as an acronym', () => {
    const a = one('HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM - EU (EVFTA) CÓ HIỆU LỰC.');
    expect(a).toMatchObject({ name: 'HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM - EU', acronym: 'EVFTA', kind: 'fta' });
  });
});

describe('acronyms standing alone', () => {
  it('recognises well-known acronyms and spells them out from the table', () => {
    const found = extractAgreements(
      'Hai bên nhất trí thực hiện hiệu quả DOC, nỗ lực sớm đạt COC hiệu lực và hiệu quả.',
    );
    expect(found.map((a) => [a.name, a.acronym, a.kind])).toEqual([
      ['Tuyên bố về ứng xử của các bên ở Biển Đông', 'DOC', 'declaration'],
      ['Bộ Quy tắc ứng xử ở Biển Đông', 'COC', 'code-of-conduct'],
    ]);
  });

  it('uses the name the article gives when it gives one, wherever it comes', () => {
    const a = one('Sớm hoàn tất đàm phán COC. Hai bên hướng tới Bộ Quy tắc ứng xử ở Biển Đông (COC) hiệu lực.');
    expect(a).toMatchObject({ name: 'Bộ Quy tắc ứng xử ở Biển Đông', acronym: 'COC', mentions: 2 });
  });

  it('recognises an acronym the article defined, even if the table does not know it', () => {
    const a = one('Hai bên ký Hiệp định Hợp tác Hải quan Việt Nam - Lào (HCVL). Sau đó HCVL được triển khai.');
    expect(a).toMatchObject({ acronym: 'HCVL', mentions: 2 });
  });

  it('needs EU context for the generic PCA and never takes MoU or CEPA alone', () => {
    expect(names('Hai bên bàn về PCA và MoU, CEPA.')).toEqual([]);
    expect(extractAgreements('EU và Việt Nam triển khai PCA.').map((a) => a.acronym)).toEqual(['PCA']);
  });
});

describe('what is not an agreement', () => {
  it('ignores lower-case generic uses of head words', () => {
    expect(
      names('Hai bên đạt được thỏa thuận về thuế quan. Bộ trưởng tuyên bố rằng hiệp định sẽ có hiệu lực.'),
    ).toEqual([]);
  });

  it('ignores a sentence-initial head that is a verb or a reference back', () => {
    expect(
      names('Tuyên bố rằng Việt Nam sẵn sàng hợp tác. Thỏa thuận này rất quan trọng. Hiệp định đó có hiệu lực.'),
    ).toEqual([]);
  });

  it('does not count references back ("Công ước trên") as mentions', () => {
    const a = one(
      'Tôn trọng Công ước LHQ về Luật Biển năm 1982. Các tranh chấp cần được giải quyết phù hợp với Công ước trên.',
    );
    expect(a.mentions).toBe(1);
  });

  it('ignores strategies, initiatives, mechanisms, partnership statuses and sanctions', () => {
    expect(
      names(
        'ASEAN và EU nâng cấp quan hệ lên Đối tác chiến lược. EU đóng góp qua cơ chế COVAX, triển khai Chiến lược hợp tác với Ấn Độ Dương - Thái Bình Dương, Cổng kết nối toàn cầu và đề nghị gỡ thẻ vàng IUU. Các nước tham gia IPEF và JETP.',
      ),
    ).toEqual([]);
  });

  it('ignores somebody’s statement ("Tuyên bố của ...") and domestic national action plans', () => {
    expect(names('Ông nhắc lại Tuyên bố của Bộ Ngoại giao Trung Quốc hôm 12/7.')).toEqual([]);
    expect(names('Chính phủ ban hành Kế hoạch hành động quốc gia về tăng trưởng xanh giai đoạn 2021-2030.')).toEqual(
      [],
    );
  });

  it('drops a generic acronym from the name but keeps it as the acronym', () => {
    const a = one('Hai bên ký Biên bản ghi nhớ (MoU) về hợp tác đào tạo nguồn nhân lực với Đại học Quốc gia Hà Nội.');
    expect(a).toMatchObject({
      name: 'Biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực với Đại học Quốc gia Hà Nội',
      acronym: 'MoU',
      kind: 'mou',
    });
  });

  it('ignores a class of agreements ("Hiệp định thương mại tự do (FTA)")', () => {
    expect(
      names('Việt Nam đã ký 17 Hiệp định thương mại tự do (FTA) và các Hiệp định thương mại tự do thế hệ mới.'),
    ).toEqual([]);
  });

  it('ignores a head that is part of the name of a law or a body', () => {
    expect(names('Luật Thỏa thuận quốc tế năm 2020 và Luật Điều ước quốc tế năm 2016 quy định rõ.')).toEqual([]);
  });
});

describe('spelling variants, mentions and spans', () => {
  it('treats both tone placements as one head and one agreement', () => {
    const a = one('Việt Nam ủng hộ Thoả thuận Paris về khí hậu. Các nước cam kết với Thỏa thuận Paris về khí hậu.');
    expect(a.mentions).toBe(2);
  });

  it('reports spans in the NFC input, also when invisible characters were removed before matching', () => {
    const input =
      'Hai bên phê chuẩn Hiệp\u200B định Bảo hộ đầu tư Việt\u00A0Nam - EU (EVIPA). Sau đó EVIPA có hiệu lực.';
    const a = one(input);
    expect(a.spans).toHaveLength(2);
    expect(input.slice(a.spans[0]!.start, a.spans[0]!.end)).toBe(
      'Hiệp\u200B định Bảo hộ đầu tư Việt\u00A0Nam - EU (EVIPA)',
    );
    expect(input.slice(a.spans[1]!.start, a.spans[1]!.end)).toBe('EVIPA');
    expect(a.name).toBe('Hiệp định Bảo hộ đầu tư Việt Nam - EU');
  });

  it('gives the sentence of the first mention', () => {
    const a = one('Mở đầu bài viết. Hai bên nhất trí thực hiện hiệu quả DOC. Kết thúc.');
    expect(a.firstSentence).toBe('Hai bên nhất trí thực hiện hiệu quả DOC.');
  });

  it('orders agreements by first mention and returns [] for empty or entity-free text', () => {
    expect(names('Hiến chương ASEAN và Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á (TAC).')).toEqual([
      'Hiến chương ASEAN',
      'Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á',
    ]);
    expect(extractAgreements('')).toEqual([]);
    expect(extractAgreements('Hôm nay trời đẹp.')).toEqual([]);
  });
});

// Sentences from real articles outside the project's corpora (a trade-press site on EVFTA and the FTAs, Tuổi Trẻ on
// President Putin's 2024 visit, a history textbook on the sea), each a shape of Vietnamese writing about
// instruments that the real-text tune half did not hold.
describe('shapes seen on real text outside the corpora', () => {
  it('needs the parties after the acronym head "FTA"', () => {
    expect(
      names('Từng doanh nghiệp đều được chuẩn bị cho việc hiện thực hóa các cơ hội của FTA đầy tiềm năng này.'),
    ).toEqual([]);
    expect(
      extractAgreements('Các FTA thế hệ mới như CPTPP và FTA Việt Nam-EU (EVFTA) cũng đặt ra yêu cầu khắt khe.').map(
        (a) => [a.name, a.acronym],
      ),
    ).toEqual([
      ['Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', 'CPTPP'],
      ['FTA Việt Nam-EU', 'EVFTA'],
    ]);
  });

  it('reads "của" + a topic word on to the parties that close the name', () => {
    expect(
      names(
        'Việt Nam và Nga kỷ niệm 30 năm ngày ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga.',
      ),
    ).toEqual([
      'Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga',
    ]);
    // Without the parties, "của" + a lower-case word still ends the name.
    expect(names('Hai bên ký Hiệp định về hợp tác nghề cá của ngư dân hai nước.')).toEqual([
      'Hiệp định về hợp tác nghề cá',
    ]);
  });

  it('takes a bare "Tuyên bố" + what it declares, naming only a country, for one side’s statement', () => {
    expect(
      names('Tuyên bố xác định đường cơ sở thẳng ven bờ lục địa Việt Nam gồm 10 đoạn nối 11 điểm (năm 1982).'),
    ).toEqual([]);
    expect(names('Hai bên ra Tuyên bố báo chí đồng Chủ tịch về các kết quả cuộc họp.')).toEqual([
      'Tuyên bố báo chí đồng Chủ tịch',
    ]);
    expect(names('Các nước thực hiện Tuyên bố ứng xử của các bên trên Biển Đông (DOC).')).toEqual([
      'Tuyên bố ứng xử của các bên trên Biển Đông',
    ]);
  });
});

describe('plans and programmes need their parties', () => {
  it('leaves out a domestic action or cooperation plan, keeps one that names its sides or an international body', () => {
    expect(names('Bộ ban hành Kế hoạch hành động ứng phó biến đổi khí hậu của ngành nông nghiệp.')).toEqual([]);
    expect(names('Tỉnh triển khai Kế hoạch hợp tác phát triển du lịch năm 2025.')).toEqual([]);
    expect(
      names(
        'Hai nước thông qua Kế hoạch hành động triển khai quan hệ Đối tác chiến lược toàn diện Việt Nam - Hàn Quốc giai đoạn 2023-2027.',
      ),
    ).toHaveLength(1);
    expect(names('Các nước thông qua Kế hoạch hành động Hà Nội triển khai Tầm nhìn ARF 2020.')).toHaveLength(1);
  });

  it('keeps the plan of another year of a series signed between parties', () => {
    expect(
      names(
        'Hai bên đánh giá kết quả Kế hoạch hợp tác quốc phòng năm 2024 và ký Kế hoạch hợp tác quốc phòng năm 2025 giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào.',
      ),
    ).toEqual([
      'Kế hoạch hợp tác quốc phòng năm 2024',
      'Kế hoạch hợp tác quốc phòng năm 2025 giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào',
    ]);
  });

  it('does not give a convention the acronym of the conference of its parties', () => {
    const a = one(
      'Hội nghị lần thứ 26 các Bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP26) khai mạc.',
    );
    expect(a.acronym).toBe('UNFCCC');
  });
});

describe('heads inside a name', () => {
  it('takes head words alone for no name, and ends a name at a third head inside it', () => {
    expect(names('Hiệp định Hiệp định Hiệp định Hiệp định. Tuyên bố chung Tuyên bố chung Tuyên bố chung.')).toEqual([]);
    const found = names('Hiệp định Việt Nam Hiệp định Lào Hiệp định Campuchia Hiệp định Thái Lan.');
    expect(found[0]).toBe('Hiệp định Việt Nam Hiệp định Lào Hiệp định Campuchia');
  });
});

describe('a title-case list opening a name', () => {
  const names = (text: string) => extractAgreements(text).map((a) => a.name);

  it('reads "Hòa bình, Hữu nghị và Hợp tác" whole', () => {
    expect(names('Năm 1979, hai nước ký Hiệp ước Hòa bình, Hữu nghị và Hợp tác giữa Việt Nam và Campuchia.')).toEqual([
      'Hiệp ước Hòa bình, Hữu nghị và Hợp tác giữa Việt Nam và Campuchia',
    ]);
  });

  it('stops before a list of places or of bodies', () => {
    expect(names('Sau Hiệp định Paris, Mỹ và Pháp rút quân.')).toEqual(['Hiệp định Paris']);
    expect(names('Theo Hiệp định Geneva, Hà Nội và Huế được chia.')).toEqual(['Hiệp định Geneva']);
    expect(names('Ký Hiệp định Thương mại (ATIGA), Bộ Công Thương và Bộ Tài chính cùng làm.')).toEqual([
      'Hiệp định Thương mại',
    ]);
  });
});

describe('a year before a head', () => {
  it('is no count of instruments ("năm 2005 Hiệp ước ...")', () => {
    const names = extractAgreements(
      'Hai bên ký Hiệp ước bổ sung năm 2005 Hiệp ước hoạch định biên giới quốc gia năm 1985 giữa Việt Nam và Campuchia. Việt Nam đã ký 12 Hiệp định thương mại tự do.',
    ).map((a) => a.name);
    expect(names).toEqual([
      'Hiệp ước bổ sung năm 2005',
      'Hiệp ước hoạch định biên giới quốc gia năm 1985 giữa Việt Nam và Campuchia',
    ]);
  });
});

describe('a head in a clause about an agreement, not its name', () => {
  const names = (text: string) => extractAgreements(text).map((a) => a.name);

  it('takes a person after a lower-case head for who made it ("thỏa thuận ông Trump ký")', () => {
    expect(names('Ông cho rằng thỏa thuận ông Trump ký với Triều Tiên là sai lầm.')).toEqual([]);
  });

  it('takes a state alone then a verb for the subject ("thỏa thuận Mỹ đạt được", "Tuyên bố Nga sẽ")', () => {
    expect(names('Theo thỏa thuận Mỹ đạt được với Trung Quốc, thuế giảm.')).toEqual([]);
    expect(names('Tuyên bố Nga sẽ rút quân, ông Putin nói thêm.')).toEqual([]);
    // A name with the year, or at the end of its clause, stays.
    expect(names('Mỹ rút khỏi thỏa thuận Iran năm 2018. Thỏa thuận Paris có hiệu lực.')).toEqual([
      'thỏa thuận Iran năm 2018',
      'Thỏa thuận Paris',
    ]);
  });

  it('reads a body named by an acronym among the parties ("giữa UBND tỉnh Quảng Ninh và ...")', () => {
    expect(names('Bản ghi nhớ hợp tác giữa UBND tỉnh Quảng Ninh và Tập đoàn Vingroup được ký sáng nay.')).toEqual([
      'Bản ghi nhớ hợp tác giữa UBND tỉnh Quảng Ninh và Tập đoàn Vingroup',
    ]);
  });
});
