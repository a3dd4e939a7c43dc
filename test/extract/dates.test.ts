import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIsoLike, parseVietnameseDate, yearFromUrl } from '../../lib/meta';

describe('parseVietnameseDate', () => {
  it.each([
    ['Thứ tư, 22/10/2025, 19:25 (GMT+7)', '2025-10-22T19:25:00+07:00'],
    ['09/10/2025 17:55', '2025-10-09T17:55:00+07:00'],
    ['01/12/2020 - 14:08', '2020-12-01T14:08:00+07:00'],
    ['Thứ Hai, 24/12/2012, 03:04 AM (GMT+7)', '2012-12-24T03:04:00+07:00'],
    ['| Cập nhật thứ hai, ngày 24/12/12 11:05 tối', '2012-12-24T23:05:00+07:00'],
    ['23/03/2015 08:06 GMT+7', '2015-03-23T08:06:00+07:00'],
    ['Thứ Ba, 25/12/2012 - 10:03', '2012-12-25T10:03:00+07:00'],
    ['ngày 24 tháng 5 năm 2023, 9h30', '2023-05-24T09:30:00+07:00'],
    ['14:08 01.12.2020', '2020-12-01T14:08:00+07:00'],
  ])('%s', (text, iso) => {
    expect(parseVietnameseDate(text).iso).toBe(iso);
  });

  it('gives a date alone when there is no time, and says so', () => {
    const r = parseVietnameseDate('Hanoi, 01/12/2020');
    expect(r.iso).toBe('2020-12-01');
    expect(r.hasTime).toBe(false);
    expect(r.note).toMatch(/without a time/);
  });

  it('never guesses a missing year silently', () => {
    const r = parseVietnameseDate('Chiều 24/5, Bộ trưởng Bộ Ngoại giao đã điện đàm');
    expect(r.iso).toBeNull();
    expect(r.note).toMatch(/without a year/);
    expect(parseVietnameseDate('Ngày 12-5').iso).toBeNull();
  });

  it('takes a missing year from context and notes where it came from', () => {
    const r = parseVietnameseDate('Ngày 12-5', { yearHint: { year: 2023, source: 'the URL' } });
    expect(r.iso).toBe('2023-05-12');
    expect(r.note).toMatch(/2023 taken from the URL/);
    expect(parseVietnameseDate('ngày 19.12', { yearHint: { year: 2012, source: 'the URL' } }).iso).toBe('2012-12-19');
  });

  it('rejects impossible dates', () => {
    expect(parseVietnameseDate('31/02/2020').iso).toBeNull();
    expect(parseVietnameseDate('nothing here').iso).toBeNull();
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseVietnameseDate(s);
        expect(r === null || typeof r === 'object').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid d/m/y h:m', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.constantFrom('/', '-', '.'),
        fc.constantFrom('', 'Thứ hai, ', 'Cập nhật: '),
        (d, sep, prefix) => {
          const [y, m, day, h, mi] = [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
          ];
          const p = (n: number) => String(n).padStart(2, '0');
          const text = `${prefix}${day}${sep}${m}${sep}${y} ${p(h)}:${p(mi)}`;
          expect(parseVietnameseDate(text).iso).toBe(`${y}-${p(m)}-${p(day)}T${p(h)}:${p(mi)}:00+07:00`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseIsoLike and yearFromUrl', () => {
  it('reads metadata dates with and without offsets', () => {
    expect(parseIsoLike('2025-10-11T10:02:08+0700').iso).toBe('2025-10-11T10:02:08+07:00');
    expect(parseIsoLike('2015-03-23 08:06 +07:00').iso).toBe('2015-03-23T08:06:00+07:00');
    expect(parseIsoLike('2012-12-25').iso).toBe('2012-12-25');
    expect(parseIsoLike('2012-12-23T14:02').note).toMatch(/\+07:00 assumed/);
  });
  it('finds years stated by URLs', () => {
    expect(yearFromUrl('http://vnexpress.net/gl/ban-doc-viet/tam-su/2012/12/vo-ngoai-tinh/')).toBe(2012);
    expect(yearFromUrl('http://www.thanhnien.com.vn/pages/20121219/5-bong-hong.aspx')).toBe(2012);
    expect(yearFromUrl('https://vnexpress.net/cong-nhan-mat-viec-chat-vat-lo-tet-4420519.html')).toBeNull();
  });
});
