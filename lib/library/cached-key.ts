// matchKey with a bounded memo: names, titles and tags repeat across thousands of digests, and matchKey
// (two Unicode normalisations and several regexes) dominates index building at 10,000 digests otherwise.
import { matchKey } from '../text';

const MAX = 50_000;
const cache = new Map<string, string>();

export function cachedMatchKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = matchKey(text);
    if (cache.size >= MAX) cache.clear();
    cache.set(text, key);
  }
  return key;
}
