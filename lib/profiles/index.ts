// Registry of site profiles and lookup by host name. One file per site or shared CMS template, listed in
// sites.ts; selectors come from shared/reference/vn-news-sites.md (sources there). A profile is a hint: the
// extractor checks its choice against the page's prose, and reads a redesigned page from its prose region.
import type { SiteProfile } from './types';
import * as SITES from './sites';

export type { SiteProfile, ProfileLayout } from './types';

export const PROFILES: readonly SiteProfile[] = Object.values(SITES);

const BY_DOMAIN = new Map<string, SiteProfile>();
for (const p of PROFILES) for (const d of p.domains) BY_DOMAIN.set(d, p);

/** The profile claiming `hostname` or one of its parent domains ("suckhoe.vnexpress.net" → vnexpress). */
export function profileForHost(hostname: string): SiteProfile | null {
  let host = hostname.toLowerCase().replace(/^www\d*\./, '');
  while (host.includes('.')) {
    const p = BY_DOMAIN.get(host);
    if (p) return p;
    host = host.slice(host.indexOf('.') + 1);
  }
  return null;
}
