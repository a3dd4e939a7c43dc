// Which hosts a saved digest may load its images from when it is opened: by default only the article's own
// site family, i.e. its registrable domain ("image.plo.vn" belongs to "plo.vn"; "foo.github.io" and
// "bar.github.io" are two families: lib/meta/registrable-domain.ts, the public suffix list) and the
// image hosts the site's profile names (VnExpress serves its photos from vnecdn.net). Anything else, however
// the record got it (a page, a tampered store, an imported backup), is not requested unless the reader asks.
import { registrableDomain } from '../meta';
import { profileForHost } from '../profiles';

/** The image hosts of a profiled site (its CDNs), as its profile names them: profiles own a site's facts. */
export function siteImageHosts(domain: string): readonly string[] {
  return profileForHost(domain)?.imageHosts ?? [];
}

/** The registrable domains a digest of the article at `articleUrl` may load images from. */
export function imageFamily(articleUrl: string): Set<string> {
  const family = new Set<string>();
  let host = '';
  try {
    host = new URL(articleUrl).hostname;
  } catch {
    return family;
  }
  const own = registrableDomain(host);
  if (!own) return family;
  family.add(own);
  for (const h of siteImageHosts(host)) {
    const d = registrableDomain(h);
    if (d) family.add(d);
  }
  return family;
}

/** May a digest of that family load `src` when it is opened? https from a host of the family only. */
export function inImageFamily(src: string, family: Set<string>): boolean {
  try {
    const u = new URL(src);
    if (u.protocol !== 'https:') return false;
    const d = registrableDomain(u.hostname);
    return !!d && family.has(d);
  } catch {
    return false;
  }
}
