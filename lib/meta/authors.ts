// Bylines: "Hoàng Phương", "Tin, ảnh: PHƯƠNG LINH", "Quang Phong - Tùng Nguyên", "THUẬN VĂN, LÊ ÁNH",
// "Theo Sầm Hoa (Vietnamnet/Reuters)", "Nhóm PV". Names keep the page's case. Outlets ("Theo TTXVN"),
// CMS user names ("admin", "btv_hoa") and anything that is not shaped like a name are rejected.
import { cleanInline } from '../text';
import { isOutletName } from './site-names';

/** Role labels in front of the names. */
const ROLE_PREFIX =
  /^(?:(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ|infographic|thực hiện|ghi chép|nhóm thực hiện|tác giả|phóng viên|pv|ctv|nguồn|người viết|bài viết|biên tập|trình bày|thiết kế|nội dung)(?:\s*(?:,|và|&|\+|\/)\s*(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ))*\s*[:：]\s*)+/iu;
const VIA = /^theo\s+/iu;
const SEPARATORS = /\s+[-–—]\s+|\s*[,;&]\s*|\s+và\s+|\s*\/\s*|\s*\|\s*/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** Lower-case particles allowed inside a name ("Nguyễn thị" never; but foreign "von", "de", "van"). */
const PARTICLE = /^(?:von|van|de|der|la|le|da|di|du|bin|al|ibn)$/u;

/** True when `s` is shaped like a person's name (or a reporters' team label such as "Nhóm PV"). */
export function looksLikeName(s: string): boolean {
  if (!s || s.length > 40 || /[\d@#:()[\]{}<>=_]/u.test(s)) return false;
  const words = s.split(' ');
  if (words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitalised++;
    else if (!PARTICLE.test(w)) return false;
  }
  return capitalised >= 1;
}

/** Split one byline text into author names; [] when it names only an outlet or nothing name-like. */
export function parseByline(raw: string): string[] {
  let text = cleanInline(raw).replace(/^[\s(\-–—•*]+|[\s)\-–—•*.]+$/gu, '');
  if (!text) return [];
  text = text.replace(ROLE_PREFIX, '');
  const via = VIA.test(text);
  if (via) {
    text = text.replace(VIA, '');
    // "Theo Sầm Hoa (Vietnamnet/Reuters)", "Theo Minh Nguyễn/Vcamp.vn": the name before the source.
    text = text.replace(/\s*\(.*$/u, '').split(/\s*\/\s*/u)[0] ?? '';
  }
  text = text.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
  const names: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = part.replace(ROLE_PREFIX, '').replace(/^[\s"'“”‘’.]+|[\s"'“”‘’.,]+$/gu, '').trim();
    if (!name || isOutletName(name) || !looksLikeName(name)) continue;
    // "Theo Infonet": a single word after "Theo" is an outlet more often than a reporter.
    if (via && !name.includes(' ') && !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Does a short line read as a byline (credit line) rather than a sentence of the article? */
export function isBylineText(raw: string): boolean {
  const text = cleanInline(raw);
  if (!text || text.length > 80) return false;
  if (/^(?:tin|bài|ảnh|thực hiện|ghi chép|nhóm thực hiện)(?:\s*(?:,|và)\s*(?:tin|bài|ảnh))*\s*[:：]/iu.test(text)) return true;
  if (/^theo\s+\S/iu.test(text) && text.split(' ').length <= 8) return true;
  if (/[.!?…]["”]?$/u.test(text) && !/^\p{Lu}\.$/u.test(text.slice(-2))) return false;
  return parseByline(text).length > 0 && text.split(/\s+/).length <= 10;
}

/** Unique, display-spelling author list from several byline texts. */
export function mergeAuthors(lists: string[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of lists)
    for (const name of list) {
      const key = name.toLocaleLowerCase('vi');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  return out;
}
