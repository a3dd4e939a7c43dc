// Which credited names are split into family and given parts, and which stay whole.
import { describe, expect, it } from 'vitest';
import { citationName } from '../../lib/export/citation';

const whole = (name: string) => ({ kind: 'whole', name });
const western = (given: string, family: string, particle = '') => ({ kind: 'western', family, given, particle });

describe('citation names', () => {
  it('keeps a Vietnamese name whole, in NFC or NFD, with either tone placement', () => {
    for (const n of [
      'Nguyễn Văn An',
      'Vũ Phương Thảo',
      'Tùng Nguyên',
      'Minh Nguyễn',
      'Lê Ánh',
      'Hoàng Thuỵ',
      'Hoàng Thụy',
    ]) {
      expect(citationName(n)).toEqual(whole(n));
      expect(citationName(n.normalize('NFD'))).toEqual(whole(n));
    }
  });

  it('keeps a Vietnamese name written without diacritics whole when it starts with a surname or is all syllables', () => {
    expect(citationName('Nguyen Van An')).toEqual(whole('Nguyen Van An'));
    expect(citationName('Quang Phong')).toEqual(whole('Quang Phong'));
    expect(citationName('Thu Trang')).toEqual(whole('Thu Trang'));
  });

  it('splits a Vietnamese name turned round for an English page ("Dat Nguyen")', () => {
    expect(citationName('Dat Nguyen')).toEqual(western('Dat', 'Nguyen'));
  });

  it('splits a Western name, with particles after the given names', () => {
    expect(citationName('Julian Borger')).toEqual(western('Julian', 'Borger'));
    expect(citationName('Anna Maria Smith')).toEqual(western('Anna Maria', 'Smith'));
    expect(citationName('Jean-Paul Vincent van Gogh')).toEqual(western('Jean-Paul Vincent', 'Gogh', 'van'));
    expect(citationName('Borger, Julian')).toEqual(western('Julian', 'Borger'));
  });

  it('keeps East Asian names (surname first) and unsure shapes whole', () => {
    for (const n of [
      'Wang Yi',
      'Xi Jinping',
      'Moon Jae-in',
      'Kim Jong-un',
      'John Smith Jr.',
      'Trung',
      'TTXVN',
      'Nhóm PV',
    ])
      expect(citationName(n)).toEqual(whole(n));
  });

  it('writes a byline set in capitals in ordinary case, and drops invisible characters', () => {
    expect(citationName('THUẬN VĂN')).toEqual(whole('Thuận Văn'));
    expect(citationName('XUÂN\u00A0LONG\u200B')).toEqual(whole('Xuân Long'));
    expect(citationName('  ')).toBeNull();
  });
});
