// Which site a host belongs to: its registrable domain by the public suffix list (through tldts), so
// "image.plo.vn" and "plo.vn" are one site, "m.dantri.com.vn" belongs to "dantri.com.vn", and "foo.github.io" and
// "bar.github.io" are two (a shared suffix the list knows). The one owner of this fact: the digest's site (which
// saved digest a page may update) and the image family (which hosts a saved digest may load pictures from) both
// ask here.
import { getDomain, parse } from 'tldts';

/** The registrable domain of a public host ("i1-vnexpress.vnecdn.net" → "vnecdn.net"), or null (IP, unknown suffix, LAN). */
export function registrableDomain(hostname: string): string | null {
  const info = parse(hostname, { allowPrivateDomains: true });
  if (info.isIp || (!info.isIcann && !info.isPrivate)) return null;
  return getDomain(hostname, { allowPrivateDomains: true });
}

/** The site of any host: its registrable domain, or the host itself (an IP address, "localhost", a LAN name). */
export function siteOfHost(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return registrableDomain(h) ?? h;
}
