import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate, resolveLang, t } from '../../lib/i18n/index';
import { en, vi } from '../../lib/i18n/strings';

describe('i18n', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(resolveLang('auto', 'vi')).toBe('vi');
    expect(resolveLang('auto', 'vi-VN')).toBe('vi');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'fr')).toBe('en');
    expect(resolveLang('vi', 'en-US')).toBe('vi');
    expect(resolveLang('en', 'vi')).toBe('en');
  });

  it('has every string in both languages, with the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key], key).toBeTruthy();
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(en[key]), key).toEqual(holes(vi[key]));
    }
    expect(t('vi', 'menu.save')).toBe('Lưu bản tin');
    expect(t('en', 'menu.save')).toBe('Save digest');
    expect(t('vi', 'popup.library', { count: 3 })).toBe('Thư viện (3)');
  });

  it('formats dates the Vietnamese way, in Vietnam time, and in British English', () => {
    expect(formatDate('2025-10-22T19:25:00+07:00', 'vi')).toBe('Thứ Tư, 22/10/2025, 19:25');
    expect(formatDate('2025-10-22T12:25:00Z', 'vi')).toBe('Thứ Tư, 22/10/2025, 19:25');
    expect(formatDate('2025-10-22T19:25:00+07:00', 'en')).toBe('Wednesday 22 October 2025, 19:25');
    expect(formatDate('2021-07-08', 'vi')).toBe('Thứ Năm, 08/07/2021');
    expect(formatDate(null, 'vi')).toBeNull();
    expect(formatDate('not a date', 'en')).toBeNull();
    expect(formatShortDate('2025-05-24T08:30:00Z', 'vi')).toBe('24/05/2025, 15:30');
  });
});
