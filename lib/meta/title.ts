// Article titles without the site suffix ("... - VnExpress", "... | Thanh Niên Online") or section names.
import { cleanInline, foldForSearch } from '../text';
import { isOutletName } from './site-names';

const SEPARATOR = /\s+[-|–—»:]{1,2}\s+|\s*\|\s*/u;

/** Remove trailing (and leading) segments that name the site, e.g. "Tuổi Trẻ Online", "VnExpress", "baoquocte.vn". */
export function stripSiteSuffix(raw: string, siteName: string, domain: string, sections: string[] = []): string {
  const title = cleanInline(raw);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = foldForSearch(siteName);
  const dom = foldForSearch(domain.split('.')[0] ?? '');
  const isSite = (p: string) => {
    const k = foldForSearch(p).replace(/\b(online|bao dien tu|bao|tin tuc|news|dien tu)\b/g, '').trim();
    return isOutletName(p) || (site && (k === site || k.includes(site))) || (dom && k.replace(/ /g, '') === dom);
  };
  // Section names ("Chính trị - Xã hội") may themselves contain the separator: strip them as whole strings.
  const sectionKeys = sections.map((x) => foldForSearch(x)).filter(Boolean);
  const stripSections = (t: string): string => {
    for (const m of t.matchAll(/\s+[-|–—»:]{1,2}\s+/gu)) {
      const tail = t.slice(m.index! + m[0].length);
      if (sectionKeys.includes(foldForSearch(tail))) return t.slice(0, m.index).trim();
    }
    return t;
  };
  if (sectionKeys.length) {
    // Peel site segments from the end, then a section, then re-split what is left.
    let t = title;
    for (let guard = 0; guard < 4; guard++) {
      const ps = t.split(SEPARATOR);
      if (ps.length > 1 && isSite(ps[ps.length - 1]!)) {
        t = t.slice(0, t.lastIndexOf(ps[ps.length - 1]!)).replace(/\s*[-|–—»:]{1,2}\s*$/u, '').trim();
        continue;
      }
      const before = t;
      t = stripSections(t);
      if (t === before) break;
    }
    if (t !== title) return t;
  }
  let end = parts.length;
  while (end > 1 && isSite(parts[end - 1]!)) end--;
  let start = 0;
  while (start < end - 1 && isSite(parts[start]!)) start++;
  if (end === parts.length && start === 0) return title;
  // Re-cut the original string so separators inside the title ("Bà Rịa - Vũng Tàu") survive.
  const kept = parts.slice(start, end);
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const last = title.indexOf(lastPart, first) + lastPart.length;
  return title.slice(first, last).trim();
}

/**
 * Choose the title: an on-page headline (h1) wins when the metadata title starts with it (that proves the rest
 * is a suffix); otherwise the metadata title with the site suffix removed.
 */
export function chooseTitle(
  candidates: { h1?: string | null; meta: (string | null | undefined)[] },
  siteName: string,
  domain: string,
  sections: string[] = [],
): string | null {
  const h1 = candidates.h1 ? cleanInline(candidates.h1) : '';
  const metas = candidates.meta.filter((m): m is string => !!m && !!m.trim()).map((m) => cleanInline(m));
  if (h1 && h1.length >= 8) return h1;
  for (const m of metas) {
    const stripped = stripSiteSuffix(m, siteName, domain, sections);
    if (stripped) return stripped;
  }
  return h1 || null;
}
