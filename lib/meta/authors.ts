// Bylines: "Hoàng Phương", "Tin, ảnh: PHƯƠNG LINH", "Quang Phong - Tùng Nguyên", "THUẬN VĂN, LÊ ÁNH",
// "Theo Sầm Hoa (Vietnamnet/Reuters)", "Nhóm PV". Names keep the page's case. A byline may also credit a
// source apart from its reporters ("Theo TTXVN", "Hà Thu (tổng hợp)", "Ca Tiếu(theo online-tech-tips)"): the
// source is returned on its own, never as a name. Publications, agencies, roles and CMS accounts ("Admin",
// "SEO", "Traffic Team", "BTV") and anything not shaped like a name are never authors.
import { cleanInline, foldForSearch } from '../text';
import { isOutletName, outletKey } from './site-names';
import { hasRoleWord, isDateWords } from './credit-words';

/** Role labels in front of the names. */
const ROLE_PREFIX =
  /^(?:(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ|infographic|thực hiện|ghi chép|nhóm thực hiện|tác giả|phóng viên|pv|ctv|người viết|bài viết|biên tập|trình bày|thiết kế|nội dung)(?:\s*(?:,|và|&|\+|\/)\s*(?:tin|bài|ảnh|video|clip|đồ họa|đồ hoạ))*\s*[:：]\s*)+/iu;
/** Credits for pictures or layout alone: the people named made the media, not the article. */
const MEDIA_ONLY =
  /^(?:(?:ảnh|video|clip|đồ họa|đồ hoạ|infographic|trình bày|thiết kế)(?:\s*(?:,|và|&|\+|\/)\s*(?:ảnh|video|clip|đồ họa|đồ hoạ))*\s*[:：]\s*)/iu;
/** A picture or video credit after another credit on one line (" Ảnh: Misso"). */
const MEDIA_AFTER = /\s(?:ảnh|video|clip|đồ họa|đồ hoạ|infographic)\s*[:：]/iu;
const SOURCE_PREFIX = /^(?:nguồn(?:\s*tin)?|source)\s*[:：]\s*/iu;
const VIA = /^theo\s+/iu;
/** What separates a publication from the names around it. */
const OUTLET_SEPARATORS = /\s+[-–—]\s+|\s*\/\s*|\s*\|\s*/u;
const SEPARATORS = /\s+[-–—]\s+|\s*[,;&]\s*|\s+và\s+|\s*\/\s*|\s*\|\s*/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;
/** Lower-case particles allowed inside a name ("Nguyễn thị" never; but foreign "von", "de", "van"). */
const PARTICLE = /^(?:von|van|de|der|la|le|da|di|du|bin|al|ibn)$/u;
/** "By", "Written by", "Posted by", "Bởi" in front of the names. */
const BY_PREFIX = /^(?:(?:written|posted|reported|compiled|edited|words|story|text)\s+)?by\s+|^bởi\s+/iu;
const BY_ALONE = /^(?:by|von|par|por|di|bởi|theo|written by|posted by)$/iu;
const ROLES = new Set([
  'btv',
  'pv',
  'ctv',
  'bbt',
  'ptv',
  'ktv',
  'phong vien',
  'bien tap vien',
  'cong tac vien',
  'ban bien tap',
  'quan tri vien',
  'toa soan',
  'ban thu ky toa soan',
  'nhom phong vien',
  'nhom tac gia',
  'tac gia',
  'khach',
  'an danh',
]);
/** Bracketed or trailing notes that name where the text comes from rather than who wrote it. */
const COMPILED = /^(?:tổng hợp|tổng hợp từ .+|lược dịch|dịch|biên dịch|theo .+|nguồn:? .+)$/iu;

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
  if (capitalised < 1) return false;
  const folded = foldForSearch(s);
  // "SEO", "Traffic Team", "Staff Writer": accounts and job titles; "Tuesday", "Thứ Ba": the byline's date;
  // "PV", "BTV", "Ban biên tập" alone: roles ("Nhóm PV" is a team of reporters: kept).
  return !hasRoleWord(folded) && !isDateWords(folded) && !ROLES.has(folded);
}

export interface Credit {
  /** People credited, in the page's order and spelling. */
  names: string[];
  /** The source credited apart from them ("TTXVN", "tổng hợp", "Vietnamnet/Reuters"), or null. */
  source: string | null;
}

const trimCredit = (s: string) => s.replace(/^[\s(\-–—•*"“”]+|[\s)\-–—•*.,;:"“”]+$/gu, '');

/** Words that open a publication's name ("Báo Đất Việt", "Tạp chí Cộng sản", "Đài Tiếng nói Việt Nam"). */
const OUTLET_HEAD =
  /^(?:báo|tạp chí|đài|kênh|cổng thông tin|trang tin|thông tấn xã|nhà xuất bản|tuần báo|nhật báo)\s+\p{Lu}/iu;

/** Is one part of a byline a publication rather than a person: a known one, a name opened by "Báo", a domain? */
function isOutletPart(part: string): boolean {
  const t = trimCredit(part);
  return !!t && (isOutletName(t) || OUTLET_HEAD.test(t) || /^[\p{L}\d-]+\.(?:vn|com|net|org)(?:\.vn)?$/iu.test(t));
}

/** The first part of a byline that names a publication ("Hoàng Lan - Báo Đất Việt" → "Báo Đất Việt"), or null. */
function outletIn(text: string): string | null {
  // Dashes, slashes and bars first: a publication's own name may hold "&" or "và" ("Gia đình & Xã hội").
  for (const part of text.split(OUTLET_SEPARATORS)) if (isOutletPart(part)) return trimCredit(part);
  for (const part of text.split(SEPARATORS)) if (isOutletPart(part)) return trimCredit(part);
  return null;
}

const pushOutlet = (sources: string[], text: string) => {
  const outlet = outletIn(text);
  if (outlet) sources.push(outlet);
};

/** The names in a text that carries no source any more ("Quang Phong - Tùng Nguyên"). */
function namesIn(text: string, via: boolean): string[] {
  const names: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = part
      .replace(BY_PREFIX, '')
      .replace(ROLE_PREFIX, '')
      .replace(/^[\s"'“”‘’.]+|[\s"'“”‘’,]+$/gu, '')
      .replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '')
      .trim();
    // "By" alone: the byline's label, its names in another element.
    if (!name || BY_ALONE.test(name) || isOutletPart(name) || !looksLikeName(name)) continue;
    // "Theo Infonet": a single word after "Theo" names an outlet more often than a reporter.
    if (via && !name.includes(' ')) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Split a byline into the people it credits and the source it names. */
export function parseCredit(raw: string): Credit {
  let text = cleanInline(raw);
  if (!text || text.length > 200) return { names: [], source: null };
  const sources: string[] = [];
  // "(tổng hợp)", "(theo online-tech-tips)", "(Vietnamnet/Reuters)": a bracket naming where the text comes from.
  text = text.replace(/\s*\(([^()]{1,80})\)\s*/gu, (_m, inner: string) => {
    const c = cleanInline(inner);
    if (COMPILED.test(c)) sources.push(c.replace(/^(?:theo|nguồn:?)\s+/iu, ''));
    else if (c.split(/\s*\/\s*|\s*,\s*/u).every((p) => isOutletName(p) || /^[\p{L}\d-]+\.[a-z]{2,}/iu.test(p)))
      sources.push(c);
    return ' ';
  });
  text = trimCredit(text);
  if (SOURCE_PREFIX.test(text))
    return { names: [], source: trimCredit(text.replace(SOURCE_PREFIX, '')) || sources[0] || null };
  // "Hà Thu - Theo Reuters", "Minh Anh, theo VnExpress": a source after the names.
  const after = /(?:\s+[-–—]\s+|\s*,\s*|\s+)theo\s+(.{2,60})$/iu.exec(text);
  if (after && !VIA.test(text) && namesIn(text.slice(0, after.index), false).length) {
    sources.push(trimCredit(after[1]!));
    text = text.slice(0, after.index);
  }
  // "H.V. Ảnh: Misso": the reporter's credit, then the pictures' on the same line; only the first is the article's.
  const media = MEDIA_AFTER.exec(text.replace(ROLE_PREFIX, ''));
  if (media && media.index > 0) text = trimCredit(text.replace(ROLE_PREFIX, '').slice(0, media.index));
  const mediaOnly = MEDIA_ONLY.test(text) && !/^(?:tin|bài)/iu.test(text);
  text = text.replace(ROLE_PREFIX, '');
  const via = VIA.test(text);
  if (via) {
    text = text.replace(VIA, '');
    // "Theo Minh Nguyễn/Vcamp.vn": the name before the slash, the source after it.
    const [who, ...from] = text.split(/\s*\/\s*/u);
    if (from.length) sources.push(from.join('/'));
    text = who ?? '';
    const names = namesIn(text, true);
    if (!names.length && text)
      sources.unshift(text); // "Theo TTXVN", "Theo Ngôi Sao", "Theo Reuters, AFP"
    else if (!sources.length) pushOutlet(sources, text); // "Theo Hoàng Lan - Báo Đất Việt"
    return { names, source: sources[0] ?? null };
  }
  const names = mediaOnly ? [] : namesIn(text, false);
  if (!names.length && !sources.length && text && isOutletName(text)) sources.push(text);
  if (!sources.length && !mediaOnly) pushOutlet(sources, text);
  return { names, source: sources[0] ?? null };
}

/** Split one byline text into author names; [] when it names only an outlet or nothing name-like. */
export function parseByline(raw: string): string[] {
  return parseCredit(raw).names;
}

/** Does a short line read as a byline (credit line) rather than a sentence of the article? */
export function isBylineText(raw: string): boolean {
  const text = cleanInline(raw);
  if (!text || text.length > 80) return false;
  if (
    /^(?:tin|bài|ảnh|video|thực hiện|ghi chép|nhóm thực hiện)(?:\s*(?:,|và)\s*(?:tin|bài|ảnh|video))*\s*[:：]/iu.test(
      text,
    )
  )
    return true;
  if (/^theo\s+\S/iu.test(text) && text.split(' ').length <= 8) return true;
  if (/^\(?\s*(?:tổng hợp|theo\s+\S[^)]*)\)?$/iu.test(text)) return true;
  if (/[.!?…]["”]?$/u.test(text) && !/^\p{Lu}\.$/u.test(text.slice(-2))) return false;
  const credit = parseCredit(text);
  return (credit.names.length > 0 || !!credit.source) && text.split(/\s+/).length <= 10;
}

/** The names without the page's own publication ("Báo Mẫu" in the author tag of baomau.vn). */
export function withoutPublisher(names: string[], siteName: string, domain: string): string[] {
  const site = outletKey(siteName);
  const label = foldForSearch(domain.split('.').find((l) => !/^(?:www\d*|m|news)$/.test(l)) ?? '');
  return names.filter((n) => {
    const k = outletKey(n);
    return k !== site && k.replace(/ /g, '') !== label && !(site && k.replace(/ /g, '') === site.replace(/ /g, ''));
  });
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
