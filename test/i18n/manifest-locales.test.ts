// The manifest's name, description, button title and shortcut text come from public/_locales: every
// __MSG_key__ the build config uses must exist in every locale, and the locales must hold the same keys.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const localesDir = join(root, 'public/_locales');
const locales = readdirSync(localesDir);
const messages = (lang: string) =>
  JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('manifest locales', () => {
  it('has Vietnamese and English, with the same keys', () => {
    expect(locales.sort()).toEqual(['en', 'vi']);
    expect(Object.keys(messages('vi')).sort()).toEqual(Object.keys(messages('en')).sort());
  });

  it('defines every message the build config names, non-empty, in every locale', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandSaveDigest']));
    for (const lang of locales) {
      for (const key of used) expect(messages(lang)[key]?.message.trim(), `${lang}/${key}`).toBeTruthy();
    }
  });
});
