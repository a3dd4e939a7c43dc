import type { SiteProfile } from './types';

export const hanoimoi: SiteProfile = {
  id: 'hanoimoi',
  domains: ['hanoimoi.vn', 'hanoimoi.com.vn'],
  siteName: 'Hànộimới',
  aliases: ['Hà Nội Mới', 'HNM', 'Báo Hà Nội Mới'],
  layouts: [
    {
      name: '2024',
      title: ['h1.b-title', 'h1'],
      lead: ['.b-sapo', '.sapo', 'h2.sapo'],
      body: ['div.b-maincontent'],
      author: ['.b-author', '.author'],
      date: ['.b-date', '.time', '.date'],
      remove: ['div.c-box', '.related', '.tags'],
    },
  ],
};
