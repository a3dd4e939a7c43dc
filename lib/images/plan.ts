// Which images a save keeps: the ones the digest shows (the article's images, after extraction's filtering:
// no trackers, no hidden or tiny images, https on public hosts only), each once, in the article's order, at most
// IMAGE_CAPS.images. Each says whether it is on the article's own site family: only those may be requested by
// the tab although the page did not load them yet (a lazy photo below the fold); any other image is read only
// when the page itself already loaded that very address.
import type { Article } from '../article';
import { imageFamily, inImageFamily } from '../sanitize';
import { IMAGE_CAPS, type SkippedImage } from './kept';

import type { ImagePlanItem } from './request';

export type { ImagePlanItem };

export interface ImagePlan {
  items: ImagePlanItem[];
  /** Images over the count cap: not read at all. */
  skipped: SkippedImage[];
}

export function planImages(article: Pick<Article, 'url' | 'images'>, maxImages: number = IMAGE_CAPS.images): ImagePlan {
  const family = imageFamily(article.url);
  const seen = new Set<string>();
  const items: ImagePlanItem[] = [];
  const skipped: SkippedImage[] = [];
  for (const { src } of article.images) {
    if (seen.has(src) || !src.startsWith('https://')) continue;
    seen.add(src);
    if (items.length >= maxImages) skipped.push({ src, reason: 'over-count' });
    else items.push({ src, family: inImageFamily(src, family) });
  }
  return { items, skipped };
}
