import type { SiteProfile } from './types';
import { zceLayout } from './zce-template';

/** Sites on the shared ZCE template; each keeps its own name and any site-specific older layout. */
export const plo: SiteProfile = {
  id: 'plo',
  domains: ['plo.vn'],
  siteName: 'Pháp Luật TP.HCM',
  aliases: ['PLO', 'Báo Pháp Luật TP.HCM', 'Pháp Luật Online'],
  layouts: [zceLayout],
  verified: { 'zce-template': [2025] },
};
export const nhandan: SiteProfile = {
  id: 'nhandan',
  domains: ['nhandan.vn'],
  siteName: 'Nhân Dân',
  aliases: ['Báo Nhân Dân', 'Nhân Dân điện tử', 'NDĐT'],
  layouts: [
    zceLayout,
    {
      name: 'detail',
      title: ['h1.article__title', 'h1'],
      lead: ['.article__sapo', '.sapo'],
      body: ['div.detail-content-body', 'div.detail__body'],
      remove: zceLayout.remove,
    },
  ],
};
export const tienphong: SiteProfile = {
  id: 'tienphong',
  domains: ['tienphong.vn'],
  siteName: 'Tiền Phong',
  aliases: ['Báo Tiền Phong'],
  layouts: [zceLayout],
};
export const vietnamplus: SiteProfile = {
  id: 'vietnamplus',
  domains: ['vietnamplus.vn'],
  siteName: 'VietnamPlus',
  aliases: ['Vietnam+'],
  layouts: [{ ...zceLayout, remove: [...(zceLayout.remove ?? []), '.article__avatar'] }],
};
