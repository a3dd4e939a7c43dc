// File names for exports: made only from a safe alphabet (a-z, 0-9, "-", one "." before the extension)
// whatever the record holds, so no title, date or site from a page or an imported backup can name a path
// ("../", "/etc/", "C:/", NUL, control or bidi characters). Vietnamese titles fold to short ASCII slugs
// ("Đối thoại Quốc phòng" → "doi-thoai-quoc-phong"), unique within one export.
import { foldForSearch } from '../text';
import { localDay, statedDay } from '../time';

/** ASCII slug of `text`, at most `max` characters, cut at a word boundary; "untitled" when empty. */
export function slugify(text: string, max = 60): string {
  const ascii = foldForSearch(text)
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  if (ascii === '') return 'untitled';
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

/**
 * "2025-10-22": the day a published date states, else the reader's day of the save (lib/time), else "undated"
 * (never the raw value).
 */
export function datePart(published: string | null | undefined, savedAt?: string): string {
  return statedDay(published) ?? localDay(savedAt) ?? 'undated';
}

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9]+)?$/;

/** Refuses a name outside the safe alphabet: the last guard before a name reaches a zip or a download. */
export function assertSafeFileName(name: string): string {
  if (name.length > 120 || !SAFE_NAME.test(name)) throw new Error(`unsafe export file name: ${JSON.stringify(name)}`);
  return name;
}

/** Hands out names that never repeat within one export: "a.md", "a-2.md", "a-3.md"… (case-insensitive). */
export class UniqueNames {
  private used = new Set<string>();

  take(base: string, ext: string): string {
    let name = `${base}.${ext}`;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${base}-${n}.${ext}`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

/** "tin-gon-2025-03-01" style prefix for files made at `date`. */
export function datedName(prefix: string, date: Date): string {
  return `${prefix}-${localDay(date.getTime()) ?? 'undated'}`;
}
