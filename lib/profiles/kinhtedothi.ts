import type { SiteProfile } from './types';

export const kinhtedothi: SiteProfile = {
  id: 'kinhtedothi',
  domains: ['kinhtedothi.vn'],
  siteName: 'Kinh tế & Đô thị',
  aliases: ['Kinh tế và Đô thị', 'KTĐT'],
  layouts: [
    {
      name: '2023',
      title: ['.article-title', 'h1'],
      lead: ['.article-sapo', '.sapo', '.article-lead'],
      body: ['.embed-portal.content-ktdt-article', '.content-ktdt-article'],
      author: ['.article-author', '.author'],
      date: ['.article-date', '.time', '.date'],
      remove: ['.related', '.box-related', '.tags'],
    },
    { name: '2020', title: ['h1'], body: ['#cotent_detail'], date: ['.time_detail_news'] },
  ],
};
