// Registry of site profiles and lookup by host name. One file per site or shared CMS template; selectors come
// from shared/reference/vn-news-sites.md (sources there). Unverified selectors fall through to the generic path
// when they do not match, so a redesign costs speed, not the article.
import type { SiteProfile } from './types';
import { vnexpress } from './vnexpress';
import { plo, nhandan, tienphong, vietnamplus } from './zce-sites';
import { tuoitre, nld, soha, kenh14, cafef, vtv, baochinhphu } from './vccorp';
import { thanhnien } from './thanhnien';
import { dantri } from './dantri';
import { vietnamnet } from './vietnamnet';
import { znews } from './znews';
import { laodong } from './laodong';
import { qdnd } from './qdnd';
import { cand } from './cand';
import { vov } from './vov';
import { baoquocte } from './baoquocte';
import { kinhtedothi } from './kinhtedothi';
import { hanoimoi } from './hanoimoi';
import { h24 } from './24h';
import { genk } from './genk';
import { baomoi } from './baomoi';
import { eeas } from './eeas';
import { mofa } from './mofa';

export type { SiteProfile, ProfileLayout } from './types';

export const PROFILES: readonly SiteProfile[] = [
  vnexpress, tuoitre, thanhnien, dantri, vietnamnet, znews, laodong, tienphong, nhandan, vietnamplus, baochinhphu,
  qdnd, cand, vov, vtv, baoquocte, plo, nld, kinhtedothi, hanoimoi, h24, soha, kenh14, cafef, genk, baomoi, eeas, mofa,
];

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
