// Article titles without what sites append: the site's name ("... - VnExpress", "... | Thanh Niên Online"),
// section names, media labels ("- Ảnh", "| Video"), the site's self-description ("| Trang thông tin điện tử
// ..."), an accentless keyword echo ("...Hàn Quốc-lo luyen thi cong chuc o han"). Linear in the title's length
// and capped: a page's 54 KB og:title of repeated separators once froze a tab for 32 seconds.
import { cleanInline, foldForSearch } from '../text';
import { isOutletName, outletKey } from './site-names';

/** Longest title kept: a real headline is far shorter; beyond this a "title" is junk, cut at a word. */
export const MAX_TITLE_CHARS = 400;
// cleanTitle leaves one space between words, so a separator's spaces are single: a \s+ here would be retried
// from each space of a long run.
const SEPARATOR = / [-|–—»:]{1,2} | ?\| ?/gu;
const MEDIA =
  /^(?:ảnh|hình ảnh|photo|photos|video|clip|infographic|podcast|e-?magazine|longform|interactive|trực tiếp|live)(?:\s*\d{1,3})?$/iu;
/** The site describing itself, folded: always junk at the end, however short. */
const SELF_DESCRIPTION = /^(?:trang thong tin|trang tin|bao dien tu|cong thong tin|tap chi dien tu|bao dien tu)\b/;
/** "Tin tức mới nhất 24h", "Đọc báo online hôm nay": news in general, not the topic of a title. */
const NEWS_IN_GENERAL =
  /^(?:tin tuc|thong tin|doc bao|tin moi)\b.*\b(?:moi nhat|nhanh nhat|dien tu|tong hop|chinh thuc|24h|24\/7|hom nay|trong ngay|online)\b/;

/** A title cleaned for display: entity debris ("</>") dropped, white space collapsed, capped at a word. */
export function cleanTitle(raw: string): string {
  // The debris goes before white space is collapsed, so no run of spaces is left where it stood.
  let t = cleanInline(
    (raw.length > 4 * MAX_TITLE_CHARS ? raw.slice(0, 4 * MAX_TITLE_CHARS) : raw).replace(/<\/?>/g, ''),
  );
  if (t.length > MAX_TITLE_CHARS) t = t.slice(0, MAX_TITLE_CHARS).replace(/ \S*$/u, '');
  return t;
}

interface Part {
  text: string;
  start: number;
}

/** The title cut at its separators, in one pass. */
function split(title: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  parts.push({ text: title.slice(from), start: from });
  return parts;
}

/** "Đột nhập lò luyện thi công chức Hàn Quốc-lo luyen thi cong chuc o han": the tail echoes the title unaccented. */
function withoutEcho(title: string): string {
  const dash = title.lastIndexOf('-');
  if (dash < 10) return title;
  const tail = title.slice(dash + 1).trim();
  const words = tail.split(/\s+/);
  if (words.length < 3 || /[^\u0020-\u007e]/u.test(tail) || tail !== tail.toLowerCase()) return title;
  const head = new Set(foldForSearch(title.slice(0, dash)).split(' '));
  return words.filter((w) => head.has(w)).length >= 0.6 * words.length ? title.slice(0, dash).trim() : title;
}

/** Remove trailing (and leading) segments that name the site, a section, a media label or the site's description. */
export function stripSiteSuffix(raw: string, siteName: string, domain: string, sections: string[] = []): string {
  const title = cleanTitle(raw);
  const parts = split(title);
  if (parts.length < 2) return withoutEcho(title);
  const site = outletKey(siteName);
  const dom = foldForSearch((domain.split('.').find((l) => !/^(?:www\d*|m|news)$/.test(l)) ?? '').replace(/-/g, ''));
  const isSite = (p: string) => {
    if (isOutletName(p)) return true;
    const k = outletKey(p);
    return (!!site && (k === site || k.includes(site))) || (!!dom && k.replace(/ /g, '') === dom);
  };
  const isJunk = (p: string) => {
    const t = p.trim();
    if (!t || !/[\p{L}\p{N}]/u.test(t)) return true;
    const k = foldForSearch(t);
    return isSite(t) || MEDIA.test(t) || SELF_DESCRIPTION.test(k) || NEWS_IN_GENERAL.test(k);
  };
  const sectionKeys = new Set(sections.map((x) => foldForSearch(x)).filter(Boolean));
  const joined = (from: number, to: number) =>
    title.slice(parts[from]!.start, parts[to - 1]!.start + parts[to - 1]!.text.length);

  let end = parts.length;
  // From the end: junk segments, and section names (which may hold a separator: "Chính trị - Xã hội").
  peel: while (end > 1) {
    for (let k = Math.min(3, end - 1); k >= 1; k--) {
      if (sectionKeys.has(foldForSearch(joined(end - k, end)))) {
        end -= k;
        continue peel;
      }
    }
    if (!isJunk(parts[end - 1]!.text)) break;
    end--;
  }
  // The site's name in the middle, only short labels after it ("... - Zing News | Xã hội"): cut there.
  for (let i = 1; i < end; i++) {
    if (isSite(parts[i]!.text) && parts.slice(i + 1, end).every((p) => p.text.trim().split(/\s+/).length <= 5)) {
      end = i;
      break;
    }
  }
  let start = 0;
  while (start < end - 1 && isJunk(parts[start]!.text)) start++;
  if (!parts.slice(start, end).some((p) => p.text.trim())) return withoutEcho(title);
  return withoutEcho(joined(start, end).trim());
}

/**
 * Choose the title: an on-page headline (h1) wins when it is long enough; otherwise the metadata title with
 * the site's additions removed.
 */
export function chooseTitle(
  candidates: { h1?: string | null; meta: (string | null | undefined)[] },
  siteName: string,
  domain: string,
  sections: string[] = [],
): string | null {
  const h1 = candidates.h1 ? cleanTitle(candidates.h1) : '';
  if (h1 && h1.length >= 8) return h1;
  for (const m of candidates.meta) {
    if (!m || !m.trim()) continue;
    const stripped = stripSiteSuffix(m, siteName, domain, sections);
    if (stripped) return stripped;
  }
  return h1 || null;
}
