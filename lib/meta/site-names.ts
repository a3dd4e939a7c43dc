// Names of publications: a profiled site's name comes from its profile (the one home of a site's facts), other
// Vietnamese publications and news agencies from lib/meta/publications.ts. Also decides what is an outlet and
// never an author: any of those names, their domains ("Theo VnExpress.net"), and their usual variants ("Báo
// Dân trí", "VietNamNet News", "Tuổi Trẻ Online").
import { PROFILES } from '../profiles';
import { foldForSearch } from '../text';
import { AGENCIES, PUBLICATIONS } from './publications';

const hostKey = (domain: string) => domain.toLowerCase().replace(/^www\d*\./, '');
/** Folded, with "+" spelled out: "Vietnam+" is not the country "Việt Nam". */
const fold = (s: string) => foldForSearch(s.replace(/\+/g, ' plus '));

/** Publication name by domain: profiles first, then the list of other publications. */
const NAME_BY_DOMAIN = new Map<string, string>();
for (const p of PROFILES) for (const d of p.domains) NAME_BY_DOMAIN.set(d, p.siteName);
for (const p of PUBLICATIONS) for (const d of p.domains) if (!NAME_BY_DOMAIN.has(d)) NAME_BY_DOMAIN.set(d, p.name);

/**
 * A publication's name reduced to its core: folded, without "báo điện tử"/"tạp chí" in front and "online",
 * "news", "điện tử", ".vn" behind ("Báo điện tử VietNamNet News" → "vietnamnet").
 */
export function outletKey(name: string): string {
  // (Folded text has one space between words: a \s+ before the ending would be retried from each space of a run.)
  return fold(name)
    .replace(
      /^(?:bao dien tu|trang tin dien tu|trang thong tin dien tu|tap chi dien tu|tap chi|cong thong tin dien tu) /,
      '',
    )
    .replace(/ (?:online|news|dien tu|vn|com|net|com vn|tv)$/, '')
    .replace(/ (?:online|news|dien tu)$/, '')
    .trim();
}

/** The label that names the site in a domain ("news.zing.vn" → "zing", "baomoi.com" → "baomoi"). */
const siteLabel = (domain: string) => domain.split('.').find((l) => !/^(?:www\d*|m|news|e|en|vn)$/.test(l)) ?? '';

const OUTLET_KEYS = new Set<string>();
// Full names only: a candidate is reduced to its core when checked ("VietNamNet News" → "vietnamnet"), but a
// name's own core is not a key ("Vietnam News" must not make the country "Việt Nam" an outlet).
const addOutlet = (name: string) => {
  OUTLET_KEYS.add(fold(name));
  OUTLET_KEYS.add(fold(name).replace(/ /g, '')); // "Dantri", "Vietnamnet", "Zingnews"
};
for (const p of PROFILES) {
  for (const n of [p.siteName, ...(p.aliases ?? [])]) addOutlet(n);
  for (const d of p.domains) {
    addOutlet(d);
    addOutlet(siteLabel(d));
  }
}
for (const p of PUBLICATIONS) {
  for (const n of [p.name, ...(p.aliases ?? [])]) addOutlet(n);
  for (const d of p.domains) {
    addOutlet(d);
    addOutlet(siteLabel(d));
  }
}
for (const a of AGENCIES) addOutlet(a);
const AGENCY_KEYS = new Set(AGENCIES.map(fold));

/** True when `name` is a news agency ("Reuters", "AP", "TTXVN", "Associated Press"). */
export function isAgencyName(name: string): boolean {
  return AGENCY_KEYS.has(fold(name));
}

/** Host → publication name; unknown hosts get the page's own og:site_name, else the host ("example.vn"). */
export function siteNameFor(domain: string, ogSiteName?: string | null): string {
  const host = hostKey(domain);
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = NAME_BY_DOMAIN.get(h);
    if (name) return name;
  }
  const og = ogSiteName?.trim();
  return og && og.length <= 60 ? og : host;
}

/** True when `name` is a publication or news agency rather than a person. */
export function isOutletName(name: string): boolean {
  const folded = fold(name);
  if (!folded) return true;
  if (OUTLET_KEYS.has(folded) || OUTLET_KEYS.has(outletKey(name)) || OUTLET_KEYS.has(folded.replace(/ /g, '')))
    return true;
  // "baoquocte.vn", "Theo VnExpress.net": anything that looks like a domain.
  return /\.(vn|com|net|org|gov|edu|info)\b/i.test(name);
}
