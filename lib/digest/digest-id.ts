// A digest's id is derived from its canonical URL key, so the same article always maps to the same record
// (no duplicates) whichever tab or device-independent address it was saved from.

/** cyrb53: a fast 53-bit string hash; collisions are checked by the store against the stored urlKey. */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** "d" + base-36 hash of the url key, e.g. "d2k9x0c1v7q". */
export function digestIdFor(urlKey: string, seed = 0): string {
  return 'd' + cyrb53(urlKey, seed).toString(36);
}
