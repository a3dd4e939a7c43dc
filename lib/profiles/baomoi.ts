import type { SiteProfile } from './types';

export const baomoi: SiteProfile = {
  id: 'baomoi',
  domains: ['baomoi.com'],
  siteName: 'Báo Mới',
  aliases: ['Baomoi'],
  layouts: [
    {
      name: '2023',
      title: ['h1.bm-title', 'h1'],
      lead: ['h3.bm-sapo', '.bm-sapo', '.article__sapo'],
      body: ['.bm-content', '.article__body'],
      author: ['.bm-author', '.article__author'],
      date: ['.bm-time time', 'time'],
      remove: ['.bm-related', '.bm-tag', '.bm-source'],
    },
  ],
};
