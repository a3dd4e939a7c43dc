// One agreement per instrument when an article writes it in more than one way: misspelt acronyms, the same
// words in another order, an acronym standing among type words, a word of description before the acronym.
// Real sentences come from the odd-numbered articles of the extra real-text set (/work/eval/text-extra,
// origin in its SOURCES.tsv: hddtvn.com trade news, 2018-2020), cited by file; written ones test the limits.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../../lib/entities/agreements';

const found = (text: string) => extractAgreements(text).map((a) => [a.name, a.acronym, a.mentions]);

describe('misspelt acronyms of one instrument', () => {
  it('merges "UKFTA" and "UKFVTA" into the UKVFTA the article defines (text-extra world-017)', () => {
    const text = [
      'Hiệp định Thương mại tự do Việt Nam-Vương quốc Anh (UKVFTA) vừa ký kết kết thúc đàm phán, dự kiến sẽ có hiệu lực vào đầu năm 2021.',
      'Với Hiệp định UKFTA, chúng tôi kỳ vọng sẽ tốt hơn cho thủy sản XK vào Anh sau khi Covid-19 chấm dứt bởi hiện tại quốc gia này đã triển khai tiêm chủng đại trà vắc xin Covid-19.',
      'Dù vậy, lãnh đạo Vụ Thị trường châu Âu-châu Mỹ cũng lưu ý, Hiệp định UKFVTA đặt ra những thách thức nhất định cho Việt Nam trong việc tận dụng cam kết cũng như sức ép đối với thị trường trong nước.',
    ].join('\n\n');
    expect(found(text)).toEqual([['Hiệp định Thương mại tự do Việt Nam-Vương quốc Anh', 'UKVFTA', 3]]);
  });

  it('merges a letter changed ("CTTPP") into the known acronym mentioned in the article', () => {
    expect(found('Doanh nghiệp tận dụng Hiệp định CPTPP. Hiệp định CTTPP giúp xuất khẩu tăng mạnh.')).toEqual([
      ['Hiệp định CPTPP', 'CPTPP', 2],
    ]);
  });

  it('keeps two acronyms that both stand on their own, and undefined ones with nothing to lean on', () => {
    expect(found('Việt Nam tận dụng Hiệp định ACFTA và Hiệp định AKFTA.')).toEqual([
      ['Hiệp định ACFTA', 'ACFTA', 1],
      ['Hiệp định AKFTA', 'AKFTA', 1],
    ]);
    expect(found('Hai bên ký Hiệp định XYZAB và Hiệp định XYZAC.')).toEqual([
      ['Hiệp định XYZAB', 'XYZAB', 1],
      ['Hiệp định XYZAC', 'XYZAC', 1],
    ]);
    // Three letters are too few to call one a misspelling of another.
    expect(found('Hai bên nhắc lại DOC và Hiệp định DOX.').map((a) => a[1])).toEqual(['DOC', 'DOX']);
  });
});

describe('one name in other words', () => {
  it('merges the same words in another order, "châu Âu" for the EU (text-extra world-011)', () => {
    const text = [
      'Đại diện lãnh đạo hai bên trong Lễ công bố Sách Trắng và Hiệp định thương mại tự do Châu Âu – Việt Nam 2018.',
      'Có những kiến nghị đã được đưa vào các cam kết trong khuôn Hiệp định tự do thương mại Việt Nam – EU (EVFTA).',
    ].join('\n\n');
    expect(found(text)).toEqual([['Hiệp định thương mại tự do Châu Âu – Việt Nam 2018', 'EVFTA', 2]]);
  });

  it('takes the acronym standing among type words for the name (text-extra world-001)', () => {
    const text = [
      'Hiệp định Đối tác kinh tế toàn diện (RCEP) chính thức được ký kết ngày 15/11.',
      'Năm 2020 chính là thời khắc lịch sử khi ASEAN lần đầu tiên với vai trò trung tâm của mình đã ký được Hiệp định thương mại tự do RCEP với 5 đối tác.',
    ].join('\n\n');
    expect(found(text)).toEqual([['Hiệp định Đối tác kinh tế toàn diện', 'RCEP', 2]]);
  });

  it('names a word of description and an acronym after the acronym (text-extra world-021)', () => {
    expect(
      found(
        'Ngay từ khi mới có thông tin về Hiệp định cũ (TPP) và khi nối lại đàm phán sang CPTPP, DN đã lên kế hoạch.',
      ),
    ).toEqual([
      ['Hiệp định Đối tác xuyên Thái Bình Dương', 'TPP', 1],
      ['Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', 'CPTPP', 1],
    ]);
  });

  it('keeps a short name apart when two longer names hold its words, and a name read inside another apart from it', () => {
    expect(
      found(
        'Hai bên ký Hiệp định Thương mại Việt Nam - Lào, Hiệp định Thương mại biên giới Việt Nam - Lào và nhắc lại Hiệp định Thương mại.',
      ).map((a) => a[0]),
    ).toEqual(['Hiệp định Thương mại Việt Nam - Lào', 'Hiệp định Thương mại biên giới Việt Nam - Lào']);
    expect(
      found(
        'Các nước ký Nghị định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN (ATIGA). Hiệp định Thương mại hàng hóa ASEAN có hiệu lực.',
      ),
    ).toEqual([
      ['Nghị định thư nâng cấp Hiệp định Thương mại hàng hóa ASEAN', null, 1],
      ['Hiệp định Thương mại hàng hóa ASEAN', 'ATIGA', 2],
    ]);
  });

  it('merges a name with a tone mark left out', () => {
    expect(
      found(
        'Hai bên ký Hiệp định về hợp tác nghề cá ở Vịnh Thái Lan. Hiệp định về hợp tac nghề cá ở Vịnh Thái Lan có hiệu lực.',
      ).map((a) => a[2]),
    ).toEqual([2]);
  });
});

describe('the parties written in other forms', () => {
  it('reads the official title to its second party and joins the other forms of the parties and the short form', () => {
    const text = [
      'Năm 1977, hai nước ký Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa Xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào.',
      'Kỷ niệm 45 năm ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào, hai bên khẳng định Hiệp ước Hữu nghị và Hợp tác là nền tảng.',
      'Hiệp ước hữu nghị và hợp tác Lào - Việt Nam mở ra thời kỳ mới.',
    ].join('\n\n');
    expect(found(text)).toEqual([
      [
        'Hiệp ước Hữu nghị và Hợp tác giữa nước Cộng hòa Xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào',
        null,
        4,
      ],
    ]);
  });

  it('takes the first word of a state beside a dash for the state ("Việt - Lào")', () => {
    const text =
      'Hai nước ký Hiệp định Thương mại biên giới giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và nước Cộng hòa Dân chủ Nhân dân Lào. Hiệp định Thương mại biên giới Việt - Lào có hiệu lực.';
    expect(found(text).map((a) => a[2])).toEqual([2]);
  });

  it('keeps instruments between other parties apart', () => {
    const text =
      'Việt Nam ký Hiệp định Thương mại biên giới Việt Nam - Lào và Hiệp định Thương mại biên giới Việt Nam - Campuchia.';
    expect(found(text).map((a) => a[0])).toEqual([
      'Hiệp định Thương mại biên giới Việt Nam - Lào',
      'Hiệp định Thương mại biên giới Việt Nam - Campuchia',
    ]);
  });
});

describe('an instrument named after a foreign place', () => {
  it('joins the wordings around the place, of one kind', () => {
    const text =
      'Mỹ rút khỏi Thỏa thuận Paris về biến đổi khí hậu. Thỏa thuận khí hậu Paris yêu cầu cắt giảm khí thải. Công ước Geneva năm 1949 vẫn được viện dẫn.';
    expect(found(text)).toEqual([
      ['Thỏa thuận Paris về biến đổi khí hậu', null, 2],
      ['Công ước Geneva năm 1949', null, 1],
    ]);
  });

  it('keeps two places, or another kind of instrument, apart', () => {
    const text =
      'EU vận hành theo Hiệp ước Lisbon. Trước đó là Hiệp ước Maastricht. Công ước Geneva bảo vệ thường dân. Hiệp định Geneva chia đôi đất nước.';
    expect(found(text).map((a) => a[0])).toEqual([
      'Hiệp ước Lisbon',
      'Hiệp ước Maastricht',
      'Công ước Geneva',
      'Hiệp định Geneva',
    ]);
  });
});
