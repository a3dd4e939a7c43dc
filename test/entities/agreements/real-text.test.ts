// The classes of issue 12 (agreements), each on real sentences of the tune half of the real-text corpus
// (../shared/corpus/real-text, odd article numbers), quoted as they stand there and cited by file name; a few
// written sentences test the same rule where the corpus has no example. The corpus itself is scored by
// scripts/real-text.ts and the benchmark, not here.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';
import { swapTonePlacement } from '../../support/entity-views';

const names = (text: string) => extractAgreements(text).map((a) => a.name);
const mentionTexts = (text: string) => {
  const nfc = text.normalize('NFC');
  return extractAgreements(text).map((a) => a.spans.map((s) => nfc.slice(s.start, s.end)));
};

describe('lower-case heads with a proper name or a topic', () => {
  it('names "thỏa thuận hạt nhân Iran" (world-005)', () => {
    expect(
      names(
        'Các cuộc thảo luận để đưa Mỹ trở lại thỏa thuận hạt nhân Iran đã được tiến hành, nhưng chưa có gì bảo đảm thành công.',
      ),
    ).toEqual(['thỏa thuận hạt nhân Iran']);
  });

  it('names a lower-case head before a proper name, a treaty topic or a year, and "các thỏa thuận Minsk"', () => {
    expect(names('Nga kêu gọi Ukraine tuân thủ các thỏa thuận Minsk.')).toEqual(['thỏa thuận Minsk']);
    expect(names('Hai nước là thành viên của công ước cấm vũ khí hóa học.')).toEqual(['công ước cấm vũ khí hóa học']);
    expect(names('Washington rút khỏi thỏa thuận hạt nhân năm 2015 với Tehran.')).toEqual([
      'thỏa thuận hạt nhân năm 2015',
    ]);
  });

  it('leaves generic lower-case references out: "các thỏa thuận ...", "thỏa thuận này", "văn kiện hợp tác", a draft (world-025, domestic-025, domestic-027, world-033)', () => {
    expect(
      names(
        'Bộ trưởng Ngoại giao Bồ Đào Nha Augusto Santos Silva hoan nghênh và đánh giá cao chuyến thăm của Phó Thủ tướng Phạm Binh Minh, coi đây là dịp để hai bên tăng cường hiểu biết lẫn nhau, trao đổi và thống nhất phương hướng, các biện pháp cụ thể nhằm triển khai các thỏa thuận đạt được giữa Lãnh đạo cấp cao giữa hai nước.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Chủ tịch Quốc hội Nguyễn Thị Kim Ngân khẳng định, Quốc hội Việt Nam sẽ phối hợp chặt chẽ Quốc hội Lào tiếp tục tạo điều kiện thuận lợi để Chính phủ hai nước triển khai hiệu quả các thỏa thuận cấp cao hai nước và các hiệp định hợp tác giữa hai Chính phủ… Bình Giang',
      ),
    ).toEqual([]);
    expect(
      names(
        'Ngày 25/5, Tổng công ty Hàng không Việt Nam (Vietnam Airlines) và Công ty Cổ phần FPT (FPT) đã ký thỏa thuận hợp tác chiến lược trong vòng 3 năm (2017 – 2020). Cũng theo thỏa thuận này, Vietnam Airlines và FPT sẽ cùng hợp tác trong việc nghiên cứu.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Ký 4 văn kiện hợp tác Trong năm 2017, hai bên thống nhất tập trung thực hiện tốt chỉ đạo của hai Bộ Chính trị.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Cùng ngày, Thủ tướng Theresa May đã đồng ý trao cho Quốc hội nước này quyền bỏ phiếu thông qua dự thảo thỏa thuận về Brexit, trước khi văn bản này được hoàn tất giữa Anh và EU.',
      ),
    ).toEqual([]);
  });

  it('finds the same lower-case name in NFD, with the other tone placement and with Ð for Đ', () => {
    const text = 'Các cuộc thảo luận để đưa Mỹ trở lại thỏa thuận hạt nhân Iran đã được tiến hành.';
    for (const input of [
      text.normalize('NFD'),
      swapTonePlacement(text),
      text.replace(/đ/g, 'đ').replace('Đ', 'Ð'),
      text.replace(/ /g, '\u00A0'),
    ]) {
      expect(extractAgreements(input).map((a) => a.key)).toEqual(['thoả thuận hạt nhân iran']);
    }
  });
});

describe('long names with commas and "và", ended by structure', () => {
  it('keeps "thông tin, tài liệu giữa ... và ..." in the name (world-025)', () => {
    expect(
      names(
        'Nhân dịp này, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh và Bộ trưởng Ngoại giao Bồ Đào Nha đã chứng kiến lễ ký Bản ghi nhớ thiết lập cơ chế tham vấn chính trị giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Bồ Đào Nha; Bản ghi nhớ về đào tạo ngoại giao và trao đổi thông tin, tài liệu giữa Học viện Ngoại giao Việt Nam và Bộ Ngoại giao Bồ Đào Nha.',
      ),
    ).toEqual([
      'Bản ghi nhớ thiết lập cơ chế tham vấn chính trị giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Bồ Đào Nha',
      'Bản ghi nhớ về đào tạo ngoại giao và trao đổi thông tin, tài liệu giữa Học viện Ngoại giao Việt Nam và Bộ Ngoại giao Bồ Đào Nha',
    ]);
  });

  it('reads the four documents of one signing whole, each ended by ";" (domestic-025)', () => {
    expect(
      names(
        'Ngay sau kỳ họp, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Thongloun Sisoulith chứng kiến lễ ký 4 văn kiện hợp tác, gồm Thỏa thuận về kế hoạch hợp tác giữa Chính phủ Việt Nam và Chính phủ Lào năm 2017; Biên bản Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương giữa Chính phủ Việt Nam và Chính phủ Lào; Kế hoạch hợp tác năm 2017 giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào; Biên bản Thỏa thuận thành lập công ty liên doanh đầu tư Dự án xây dựng đường dây tải điện 500 kV Lào-Việt Nam.',
      ),
    ).toEqual([
      'Thỏa thuận về kế hoạch hợp tác giữa Chính phủ Việt Nam và Chính phủ Lào năm 2017',
      'Biên bản Kỳ họp lần thứ 39 Ủy ban liên Chính phủ về hợp tác song phương giữa Chính phủ Việt Nam và Chính phủ Lào',
      'Kế hoạch hợp tác năm 2017 giữa Bộ Giáo dục và Đào tạo Việt Nam và Bộ Giáo dục và Thể thao Lào',
      'Biên bản Thỏa thuận thành lập công ty liên doanh đầu tư Dự án xây dựng đường dây tải điện 500 kV Lào-Việt Nam',
    ]);
  });

  it('ends a name before a price ("trị giá", domestic-023), a negation, and after a foreign proper name before a verb', () => {
    expect(names('Ký Hiệp định vay tài trợ Dự án Cầu Đầm Vạc trị giá 21,8 triệu USD')).toEqual([
      'Hiệp định vay tài trợ Dự án Cầu Đầm Vạc',
    ]);
    expect(names('Công ước Geneva bảo vệ thường dân trong thời chiến.')).toEqual(['Công ước Geneva']);
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác giáo dục không chỉ mở ra cơ hội cho sinh viên.')).toEqual([
      'Bản ghi nhớ về hợp tác giáo dục',
    ]);
    expect(names('Hai bên ký Bản ghi nhớ về hợp tác hàng không và Hiệp ước không xâm phạm lẫn nhau.')).toEqual([
      'Bản ghi nhớ về hợp tác hàng không',
      'Hiệp ước không xâm phạm lẫn nhau',
    ]);
  });

  it('reads a description of what the instrument does as its name (world-009), not a description of its quality (world-027)', () => {
    expect(
      names(
        'Đại sứ Argentina tại Áo Rafael Grossi đề xuất sử dụng hệ thống thu âm dưới nước (hydrophone) quốc tế, vốn dùng cho việc giám sát Hiệp ước cấm thử vũ khí hạt nhân, để tìm kiếm tàu ngầm.',
      ),
    ).toEqual(['Hiệp ước cấm thử vũ khí hạt nhân']);
    expect(
      names(
        'Theo hướng đó, các Bộ trưởng nhất trí giao cấp kỹ thuật nghiên cứu các kịch bản phù hợp để nhanh chóng đưa Hiệp định toàn diện và tiêu chuẩn cao vào thực thi.',
      ),
    ).toEqual([]);
  });
});

describe('plans and programmes between ministries and countries', () => {
  it('takes a signed coordination programme with its period (domestic-017)', () => {
    expect(
      names(
        'Chiều 23/6, tại Hà Nội, Tổng Liên đoàn Lao động Việt Nam và Thông tấn xã Việt Nam tổ chức Lễ ký kết Chương trình phối hợp tuyên truyền về kết quả phong trào công nhân và tổ chức Công đoàn giai đoạn 2017 - 2022.',
      ),
    ).toEqual([
      'Chương trình phối hợp tuyên truyền về kết quả phong trào công nhân và tổ chức Công đoàn giai đoạn 2017 - 2022',
    ]);
  });

  it('takes the parties after the period, and a later short mention run into a caption is the same programme (domestic-037)', () => {
    const found = extractAgreements(
      'Ngày 13/6, tại Hà Nội, đã diễn ra Lễ ký kết Chương trình phối hợp công tác giai đoạn 2017 - 2021 giữa UBND TP Hà Nội với Thông tấn xã Việt Nam và Báo Quân đội nhân dân.\n\nLễ ký kết hợp tác tuyên truyền Chương trình phối hợp công tác giai đoạn 2017 - 2021 Phát biểu tại lễ ký kết, ông Nguyễn Đức Chung nhấn mạnh.',
    );
    expect(found.map((a) => [a.name, a.mentions])).toEqual([
      [
        'Chương trình phối hợp công tác giai đoạn 2017 - 2021 giữa UBND TP Hà Nội với Thông tấn xã Việt Nam và Báo Quân đội nhân dân',
        2,
      ],
    ]);
  });

  it('leaves out a body’s own programme, a television programme and an event (domestic-029, domestic-017)', () => {
    expect(
      names(
        'Bám sát Nghị quyết Đại hội Đảng toàn quốc lần thứ XII, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII mà cụ thể là những nhiệm vụ trọng tâm và giải pháp chủ yếu theo Chương trình hành động của Tỉnh ủy thực hiện các nghị quyết đó.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Trong đó Chương trình Truyền hình Công đoàn Việt Nam ngày càng thu hút đông đảo cán bộ, đoàn viên và công nhân viên chức lao động quan tâm theo dõi. Các chương trình hoạt động về đời sống văn hóa tinh thần cho công nhân lao động khu công nghiệp, khu chế xuất; Chương trình Tết sum vầy, Tháng Công nhân…',
      ),
    ).toEqual([]);
  });

  it('leaves out a plan that carries out a domestic instrument, and a body’s own plan', () => {
    expect(names('UBND tỉnh ban hành Kế hoạch hành động thực hiện Nghị quyết số 36 của Bộ Chính trị.')).toEqual([]);
    expect(
      names('Sở đã triển khai Kế hoạch hành động của UBND tỉnh về ứng phó với biến đổi khí hậu năm 2024.'),
    ).toEqual([]);
  });
});

describe('organisations with a treaty word are never treaties', () => {
  it('counts only the treaty in "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) theo Điều 5 Hiệp ước Bắc Đại Tây Dương" (world-031)', () => {
    const text =
      'Hạ viện Mỹ đã thông qua nghị quyết tái khẳng định cam kết an ninh đối với các nước thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) theo Điều 5 Hiệp ước Bắc Đại Tây Dương.';
    expect(mentionTexts(text)).toEqual([['Hiệp ước Bắc Đại Tây Dương']]);
    expect(extractAgreements(text)[0]!.spans[0]!.start).toBe(text.lastIndexOf('Hiệp ước'));
  });

  it('also for other bodies named after a treaty', () => {
    expect(names('Các nước thành viên Tổ chức Hiệp ước An ninh Tập thể (CSTO) họp tại Moskva.')).toEqual([]);
  });
});

describe('one entry per instrument', () => {
  it('merges the short form into the one long name it begins (world-035)', () => {
    const found = extractAgreements(
      'Chuyến thăm dự các hoạt động chào mừng kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao Việt Nam-Lào, 40 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam-Lào, tại tỉnh Sơn La. Ngày 18/7/1977, hai nước đã ký Hiệp ước Hữu nghị và Hợp tác, khẳng định tình đoàn kết đặc biệt.',
    );
    expect(found.map((a) => [a.name, a.mentions])).toEqual([['Hiệp ước Hữu nghị và Hợp tác Việt Nam-Lào', 2]]);
  });

  it('merges names that differ by a joining word, title and body (domestic-023)', () => {
    const found = extractAgreements(
      'Ký Hiệp định vay tài trợ Dự án Cầu Đầm Vạc trị giá 21,8 triệu USD\n\nChiều 22/5, tại trụ sở Bộ Tài chính, Bộ trưởng Bộ Tài chính Đinh Tiến Dũng và ông Suleiman Jasir Al-Herbish, Tổng Giám đốc Quỹ Phát triển Quốc tế của các nước xuất khẩu dầu mỏ (OFID) đã ký Hiệp định vay tài trợ cho Dự án Cầu Đầm Vạc (Dam Vac Bridge Project) với khoản tài trợ 21,8 triệu USD.',
    );
    expect(found.map((a) => [a.name, a.mentions])).toEqual([['Hiệp định vay tài trợ cho Dự án Cầu Đầm Vạc', 2]]);
  });

  it('links "Hiệp định VPA/FLEGT" to the agreement defined as "(VPA)" (world-039)', () => {
    const found = extractAgreements(
      'Ngày 11/5, Việt Nam và Liên minh châu Âu (EU) kết thúc đàm phán Hiệp định đối tác tự nguyện (VPA) về thực thi Lâm luật, quản trị rừng và thương mại lâm sản (FLEGT). Hai trưởng đoàn đàm phán đã ký tắt lời văn của Hiệp định VPA/FLEGT.',
    );
    expect(found.map((a) => [a.acronym, a.mentions])).toEqual([['VPA', 2]]);
  });

  it('names the agreement by its fullest mention, whichever comes first (world-027)', () => {
    const found = extractAgreements(
      'Các bộ trưởng nhất trí cần hiện thực hóa những lợi ích của Hiệp định TPP. Các Bộ trưởng đã nhóm họp để thảo luận về Hiệp định Đối tác xuyên Thái Bình Dương ( TPP ).',
    );
    expect(found.map((a) => [a.name, a.acronym, a.mentions])).toEqual([
      ['Hiệp định Đối tác xuyên Thái Bình Dương', 'TPP', 2],
    ]);
  });

  it('links "FTA Việt Nam - EU" and the spelled-out name to EVFTA (domestic-019)', () => {
    const found = extractAgreements(
      'Việt Nam đã ký 12 FTA và đang trong quá trình hoàn tất các thủ tục của FTA Việt Nam - EU. Hiệp định Thương mại tự do giữa Việt Nam và EU sẽ mở đường cho các DN Đức.',
    );
    expect(found.map((a) => [a.acronym, a.kind, a.mentions])).toEqual([['EVFTA', 'fta', 2]]);
  });

  it('links the press name of a well-known agreement to its table entry ("thỏa thuận hạt nhân Iran" is the JCPOA)', () => {
    const found = extractAgreements(
      'Mỹ muốn trở lại thỏa thuận hạt nhân Iran. Kế hoạch hành động chung toàn diện (JCPOA) được ký năm 2015.',
    );
    expect(found.map((a) => [a.name, a.acronym, a.mentions])).toEqual([
      ['Kế hoạch hành động chung toàn diện', 'JCPOA', 2],
    ]);
  });

  it('keeps plans of different years apart although their words are the same', () => {
    expect(
      names('Hai bên ký Kế hoạch hợp tác quốc phòng năm 2024 và sau đó Kế hoạch hợp tác quốc phòng năm 2025.'),
    ).toEqual(['Kế hoạch hợp tác quốc phòng năm 2024', 'Kế hoạch hợp tác quốc phòng năm 2025']);
  });

  it('drops a class name that is no short form of a longer one', () => {
    expect(names('Khi Hiệp định Thương mại tự do có hiệu lực, thuế giảm.')).toEqual([]);
  });

  it('does not take an acronym the article spells out for a body for the agreement of the same letters', () => {
    expect(names('Bộ Thương mại Mỹ (DOC) công bố kết luận. Theo DOC, mức thuế là 2%.')).toEqual([]);
    expect(names('Các bên thực hiện đầy đủ DOC.')).toEqual(['Tuyên bố về ứng xử của các bên ở Biển Đông']);
  });
});

describe('a headline that describes the instrument the body names', () => {
  const world039 =
    'Việt Nam và EU hoàn tất đàm phán Thỏa thuận chống khai thác gỗ bất hợp pháp\n\nNgày 11/5, Việt Nam và Liên minh châu Âu (EU) kết thúc đàm phán Hiệp định đối tác tự nguyện (VPA) về thực thi Lâm luật, quản trị rừng và thương mại lâm sản (FLEGT).';

  it('is the one agreement the body names, not an entry of its own (world-039)', () => {
    const found = extractAgreements(world039);
    expect(found.map((a) => [a.name, a.acronym, a.mentions])).toEqual([['Hiệp định đối tác tự nguyện', 'VPA', 1]]);
    expect(mentionTexts(world039)).toEqual([['Hiệp định đối tác tự nguyện (VPA)']]);
  });

  it('stays apart when the body names two agreements of its kind, or when it is not in the headline', () => {
    expect(
      names(
        'Ký Thỏa thuận chống khai thác gỗ bất hợp pháp\n\nHai bên đã ký Hiệp định đối tác tự nguyện (VPA) và Hiệp định Thương mại tự do Việt Nam - EU (EVFTA).',
      ),
    ).toEqual([
      'Thỏa thuận chống khai thác gỗ bất hợp pháp',
      'Hiệp định đối tác tự nguyện',
      'Hiệp định Thương mại tự do Việt Nam - EU',
    ]);
    expect(
      names(
        'Hai bên bàn về Thỏa thuận chống khai thác gỗ bất hợp pháp. Hai bên đã ký Hiệp định đối tác tự nguyện (VPA).',
      ),
    ).toEqual(['Thỏa thuận chống khai thác gỗ bất hợp pháp', 'Hiệp định đối tác tự nguyện']);
  });

  it('merges only into an agreement of its kind, not a joint statement', () => {
    expect(
      names('Hai nước ký Thỏa thuận chống khai thác gỗ bất hợp pháp\n\nHai bên ra Tuyên bố chung Việt Nam - Lào.'),
    ).toEqual(['Thỏa thuận chống khai thác gỗ bất hợp pháp', 'Tuyên bố chung Việt Nam - Lào']);
  });
});
