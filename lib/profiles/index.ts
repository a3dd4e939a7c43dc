// Registry of site profiles and lookup by host name.
import type { SiteProfile } from './types';
import { vnexpress } from './vnexpress';
import { plo, nhandan, tienphong, vietnamplus } from './zce-sites';
import { tuoitre, nld, soha, kenh14, cafef, vtv, baochinhphu } from './vccorp';
import { thanhnien, dantri } from './dantri-thanhnien';
import { vietnamnet, znews, laodong, qdnd, cand, vov, baoquocte, kinhtedothi, hanoimoi, h24, genk, baomoi, eeas, mofa } from './others';

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
