import type { SiteProfile } from './types';

export const laodong: SiteProfile = {
  id: 'laodong',
  domains: ['laodong.vn'],
  siteName: 'Lao Động',
  aliases: ['Báo Lao Động'],
  layouts: [
    {
      name: '2022',
      title: ['h1.title', 'h1'],
      lead: ['.chappeau', 'div.chappeau p', '.sapo'],
      body: ['div#gallery-ctt', 'div.art-body', '.article-content'],
      author: ['.author .name', '.art-author', '.author'],
      date: ['.time time', '.art-info .time', '.time'],
      remove: ['.keywords', '.tags', '.related', '.box-relate', '.art-relate'],
    },
  ],
};
