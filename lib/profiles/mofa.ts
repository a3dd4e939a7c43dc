import type { SiteProfile } from './types';

export const mofa: SiteProfile = {
  id: 'mofa',
  domains: ['mofa.gov.vn'],
  siteName: 'Bộ Ngoại giao Việt Nam',
  aliases: ['Bộ Ngoại giao', 'BNG'],
  layouts: [
    {
      name: '2024',
      title: ['h1.title', '.news-title', 'h1'],
      lead: ['.sapo', '.news-sapo', '.summary'],
      body: ['.news-content', '.article-content', '.content-detail', '.detail-content'],
      date: ['.news-date', '.date', '.time'],
      remove: ['.related', '.tin-khac', '.other-news', '.tags'],
    },
  ],
};
