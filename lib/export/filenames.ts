// File names for exports: Vietnamese titles folded to short ASCII slugs ("Đối thoại Quốc phòng" →
// "doi-thoai-quoc-phong"), unique within one export.
import { foldForSearch } from '../text/normalize';

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
  return `${prefix}-${date.toISOString().slice(0, 10)}`;
}
