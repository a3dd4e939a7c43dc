import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatDate, formatShortDate, resolveLang, t } from '../../lib/i18n';
import { placeholders } from '../../lib/i18n/format';
import { en } from '../../lib/i18n/en';
import { vi, type StringKey } from '../../lib/i18n/vi';

const root = resolve(import.meta.dirname, '../..');

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(root, dir, f));
}

describe('i18n', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(resolveLang('auto', 'vi')).toBe('vi');
    expect(resolveLang('auto', 'vi-VN')).toBe('vi');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'fr')).toBe('en');
    expect(resolveLang('vi', 'en-US')).toBe('vi');
    expect(resolveLang('en', 'vi')).toBe('en');
  });

  it('has every string in both languages, with the same placeholders; a plural entry counts {count}', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as StringKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
      for (const entry of [vi[key], en[key]]) {
        if (typeof entry === 'string') expect(entry.trim(), key).not.toBe('');
        else expect(placeholders(entry), key).toContain('count');
      }
    }
    expect(t('vi', 'menu.save')).toBe('Lưu bản tin');
    expect(t('en', 'menu.save')).toBe('Save digest');
    expect(t('vi', 'popup.library', { count: 3 })).toBe('Thư viện (3)');
  });

  it('picks plural forms with Intl.PluralRules: 1 article, 2 articles; Vietnamese has one form', () => {
    expect(t('en', 'lib.articles', { count: 1 })).toBe('1 article');
    expect(t('en', 'lib.articles', { count: 2 })).toBe('2 articles');
    expect(t('en', 'lib.articles', { count: 0 })).toBe('0 articles');
    expect(t('en', 'lib.deleted', { count: 1 })).toBe('1 digest deleted.');
    expect(t('en', 'lib.deleted', { count: 3 })).toBe('3 digests deleted.');
    expect(t('en', 'digest.mentions', { count: 1 })).toBe('1 mention');
    expect(t('vi', 'lib.articles', { count: 1 })).toBe('1 bài');
    expect(t('vi', 'lib.articles', { count: 2 })).toBe('2 bài');
    // Numbers the language's way.
    expect(t('en', 'lib.results', { count: 12345 })).toBe('12,345 digests');
    expect(t('vi', 'lib.results', { count: 12345 })).toBe('12.345 bản tin');
  });

  it('one catalogue per language: no other module of the UI defines strings or fills placeholders', () => {
    const files = [...sources('components'), ...sources('entrypoints'), ...sources('lib/i18n')];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (f.endsWith(join('lib', 'i18n', 'format.ts'))) continue;
      expect(/\.replace\(\/\\\{\(\\w\+\)\\\}\/g/.test(text), `${f} fills {placeholders} itself`).toBe(false);
    }
    // No string is defined twice (one key for "Close"): two keys with the same words in both languages are one
    // string. (One language may use a word for two things the other tells apart: "Nhân vật" is person and people.)
    const seen = new Map<string, string>();
    for (const key of Object.keys(vi) as StringKey[]) {
      const both = JSON.stringify([CATALOGUES.vi[key], CATALOGUES.en[key]]);
      if (both.length < 16) continue;
      expect(seen.get(both), `${both} is both ${seen.get(both)} and ${key}`).toBeUndefined();
      seen.set(both, key);
    }
  });

  it('every key is used by the code, and the code uses no key the catalogue lacks', () => {
    const code = [...sources('components'), ...sources('entrypoints'), ...sources('lib')]
      .filter((f) => !f.includes(join('lib', 'i18n', 'vi.ts')) && !f.includes(join('lib', 'i18n', 'en.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Keys built from a prefix and a code (`notArticle.${code}`, `report.reason.${reason}`...) count by their prefix.
    const prefixes = [...code.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((m) => m[1]!);
    for (const key of Object.keys(vi)) {
      const used = code.includes(`'${key}'`) || code.includes(`"${key}"`) || prefixes.some((p) => key.startsWith(p));
      expect(used, `${key} is never used`).toBe(true);
    }
  });

  it('formats dates the Vietnamese way and in British English, for a reader in Vietnam', () => {
    // A published date keeps the page's own clock (lib/i18n/dates.ts): a page that gives UTC is shown in UTC,
    // named; before, it was moved to Vietnam time, which put US articles on the next day. A save is the reader's.
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      expect(formatDate('2025-10-22T19:25:00+07:00', 'vi')).toBe('Thứ Tư, 22/10/2025, 19:25');
      expect(formatDate('2025-10-22T12:25:00Z', 'vi')).toBe('Thứ Tư, 22/10/2025, 12:25 (GMT)');
      expect(formatDate('2025-10-22T19:25:00+07:00', 'en')).toBe('Wednesday 22 October 2025, 19:25');
      expect(formatDate('2021-07-08', 'vi')).toBe('Thứ Năm, 08/07/2021');
      expect(formatDate(null, 'vi')).toBeNull();
      expect(formatDate('not a date', 'en')).toBeNull();
      expect(formatShortDate('2025-05-24T08:30:00Z', 'vi')).toBe('24/05/2025, 15:30');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
