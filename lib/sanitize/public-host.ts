// Hosts an address stored in a digest may name: public web hosts only. A page (or an imported backup) must not
// make the reader's browser request loopback, the local network or a device by address when a digest is
// opened. Works without the public suffix list (it runs in the page too): names under special-use and LAN
// suffixes, single-label names and IP literals in any notation are refused.

/** RFC 6761/6762/8375 special-use names and the suffixes home and office networks use. */
const PRIVATE_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'lan',
  'home',
  'internal',
  'intranet',
  'corp',
  'private',
  'home.arpa',
  'test',
  'invalid',
  'example',
  'onion',
  'arpa',
];

/**
 * True for a public DNS name ("image.plo.vn"); false for IP literals (the URL parser has already turned
 * 0x7f.1 or 2130706433 into 127.0.0.1), bracketed IPv6, single labels ("printer") and private suffixes.
 */
export function isPublicWebHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host || host.length > 253 || host.startsWith('[') || host.includes(':')) return false;
  if (/^[\d.]+$/.test(host)) return false; // IPv4 in dotted form (the only form left after URL parsing)
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((l) => !l)) return false;
  // A top-level label is alphabetic (or an IDN "xn--"); a numeric one means an address, not a name.
  const tld = labels[labels.length - 1]!;
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return false;
  return !PRIVATE_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}
