// Titles and roles attach to the person they describe: before the name (with the body the title names),
// as a chain of titles, and as appositive roles after the name.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';

function person(text: string, name: string) {
  const p = extractPeople(text).find((x) => x.name === name);
  if (!p) throw new Error(`${name} not found in: ${JSON.stringify(extractPeople(text).map((x) => x.name))}`);
  return p;
}

describe('titles before the name', () => {
  it('keeps the ministry or body the title names', () => {
    const p = person('Sáng 5/3, Thứ trưởng Bộ Quốc phòng Việt Nam Lê Văn Tám đã tiếp đoàn.', 'Lê Văn Tám');
    expect(p.titles).toEqual(['Thứ trưởng Bộ Quốc phòng Việt Nam']);
    expect(p.organisation).toBe('Bộ Quốc phòng Việt Nam');
  });

  it('reads ministry short names and turns them into the organisation', () => {
    const p = person('Thứ trưởng Ngoại giao Trần Minh Khoa chủ trì cuộc họp.', 'Trần Minh Khoa');
    expect(p.titles).toEqual(['Thứ trưởng Ngoại giao']);
    expect(p.organisation).toBe('Bộ Ngoại giao');
  });

  it('skips a country and acronyms between the title and a foreign name', () => {
    const a = person('Ngoại trưởng Mỹ Antony Blinken phát biểu.', 'Antony Blinken');
    expect(a.titles).toEqual(['Ngoại trưởng Mỹ']);
    expect(a.organisation).toBe('Mỹ');
    const b = person('Trưởng SOM EU Gunnar Wiegan nhấn mạnh vai trò của ASEAN.', 'Gunnar Wiegan');
    expect(b.titles).toEqual(['Trưởng SOM EU']);
    expect(b.organisation).toBe('EU');
  });

  it('reads lower-case words of a long title up to the name', () => {
    const p = person(
      'Bộ trưởng điện đàm với Đại diện cấp cao về chính sách an ninh và đối ngoại EU Josep Borrell.',
      'Josep Borrell',
    );
    expect(p.titles).toEqual(['Đại diện cấp cao về chính sách an ninh và đối ngoại EU']);
  });

  it('gives every title of a comma-separated chain to the name after it', () => {
    const p = person('Hôm nay, Phó Thủ tướng, Bộ trưởng Ngoại giao Phan Văn Hùng đã điện đàm.', 'Phan Văn Hùng');
    expect(p.titles).toEqual(['Phó Thủ tướng', 'Bộ trưởng Ngoại giao']);
  });

  it('ends a role at a dash before the next title: two roles, the first not swallowing the second', () => {
    const p = person('Đồng bảo trợ là lãnh đạo phe đối lập - Thượng nghị sĩ Cộng hòa Mark Tillman.', 'Mark Tillman');
    expect(p.titles).toEqual(['lãnh đạo phe đối lập', 'Thượng nghị sĩ Cộng hòa']);
  });

  it('does not give a role to a name beyond the next title and the words between', () => {
    const text = 'Bộ trưởng nói sẽ đề nghị Thủ tướng giao cho Phó Thủ tướng Lê Hữu Phúc chỉ đạo.';
    expect(person(text, 'Lê Hữu Phúc').titles).toEqual(['Phó Thủ tướng']);
  });

  it('ends a role at a verb of succession: the person after it is its object, not its holder', () => {
    const text = 'Tân HLV trưởng đội tuyển quốc gia thay thế Lê Văn Bình từ tháng 6.';
    expect(person(text, 'Lê Văn Bình').titles).toEqual([]);
    expect(person('Giám đốc mới kế nhiệm Trần Quốc Huy sau đại hội.', 'Trần Quốc Huy').titles).toEqual([]);
  });

  it('names a Sino-Vietnamese name after a country even without a known surname', () => {
    expect(person('Chủ tịch Trung Quốc Tập Cận Bình đã điện đàm.', 'Tập Cận Bình').titles).toEqual([
      'Chủ tịch Trung Quốc',
    ]);
  });

  it('gives the side a title names: the sender country of an ambassador, the body a role belongs to', () => {
    expect(person('Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam tiếp đoàn.', 'Choi Young-sam').organisation).toBe(
      'Hàn Quốc',
    );
    const text = 'Trung tướng Tô Ân Xô, Chánh Văn phòng, Người phát ngôn Bộ Công an, thông tin.';
    expect(person(text, 'Tô Ân Xô').organisation).toBe('Bộ Công an');
    expect(person('Bí thư Thành ủy TP.HCM Nguyễn Văn Nên dự lễ.', 'Nguyễn Văn Nên').organisation).toBe(
      'Thành ủy TP.HCM',
    );
  });

  it('reads abbreviated academic titles', () => {
    const p = person('Theo BS.CK2 Cao Thị Hồng, bệnh nhân đã ổn định.', 'Cao Thị Hồng');
    expect(p.titles).toEqual(['BS.CK2']);
  });

  it('drops a bare title that a longer one spells out, keeps distinct ones in order of appearance', () => {
    const text =
      'Bộ trưởng Bộ Ngoại giao Đặng Văn Lâm tiếp đoàn. Bộ trưởng Đặng Văn Lâm nhấn mạnh quan hệ hai nước. Đại tướng Đặng Văn Lâm cũng dự.';
    expect(person(text, 'Đặng Văn Lâm').titles).toEqual(['Bộ trưởng Bộ Ngoại giao', 'Đại tướng']);
  });

  it('does not give one person the titles of the next ("và Phu nhân")', () => {
    const text = 'Tổng Bí thư, Chủ tịch nước và Phu nhân Ngô Phương Ly đã thăm Nhà lưu niệm.';
    expect(person(text, 'Ngô Phương Ly').titles).toEqual(['Phu nhân']);
  });
});

describe('appositive roles after the name', () => {
  it('reads each comma-separated role, and stops at "và" before another person', () => {
    const text =
      'Cuộc đối thoại do Thượng tướng Hoàng Xuân Chiến, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng Việt Nam và bà Benedikta Von Seherr-Thoss, Tổng vụ trưởng về Chính sách An ninh và Phòng thủ chung (CSDP) và Ứng phó khủng hoảng thuộc Cơ quan Hành động đối ngoại EU (EEAS) đồng chủ trì.';
    const chien = person(text, 'Hoàng Xuân Chiến');
    expect(chien.titles).toEqual(['Thượng tướng', 'Ủy viên Trung ương Đảng', 'Thứ trưởng Bộ Quốc phòng Việt Nam']);
    expect(chien.organisation).toBe('Bộ Quốc phòng Việt Nam');
    const b = person(text, 'Benedikta Von Seherr-Thoss');
    expect(b.titles).toEqual([
      'Tổng vụ trưởng về Chính sách An ninh và Phòng thủ chung (CSDP) và Ứng phó khủng hoảng thuộc Cơ quan Hành động đối ngoại EU (EEAS)',
    ]);
    expect(b.organisation).toBe('Cơ quan Hành động đối ngoại EU (EEAS)');
  });

  it('ends a role at the verb after it', () => {
    const p = person(
      'Ông Pawel Herczynski, Tổng Vụ trưởng về Chính sách An ninh thuộc Cơ quan Đối ngoại châu Âu đồng chủ trì cuộc họp.',
      'Pawel Herczynski',
    );
    expect(p.titles).toEqual(['Tổng Vụ trưởng về Chính sách An ninh thuộc Cơ quan Đối ngoại châu Âu']);
  });

  it('reads lower-case offices and keeps a comma followed by the body as part of the role', () => {
    const a = person('Ông Hoàng Nam Sơn, phó giám đốc Sở Xây dựng Hà Nội, cho biết.', 'Hoàng Nam Sơn');
    expect(a.titles).toEqual(['phó giám đốc Sở Xây dựng Hà Nội']);
    const b = person(
      'Bà Anne-Marie Trevelyan, Quốc vụ khanh phụ trách khu vực Ấn Độ Dương, Bộ Ngoại giao Anh, cho biết.',
      'Anne-Marie Trevelyan',
    );
    expect(b.titles).toEqual(['Quốc vụ khanh phụ trách khu vực Ấn Độ Dương, Bộ Ngoại giao Anh']);
  });

  it('writes "Đại sứ, Trưởng Phái đoàn ..." as one role, as the lexicon does', () => {
    const p = person(
      'Ông Julien Guerrier, Đại sứ, Trưởng Phái đoàn Liên minh châu Âu (EU) tại Việt Nam, kết thúc nhiệm kỳ.',
      'Julien Guerrier',
    );
    expect(p.titles).toEqual(['Đại sứ, Trưởng Phái đoàn Liên minh châu Âu (EU) tại Việt Nam']);
  });
});
