import type { SiteProfile } from './types';

export const qdnd: SiteProfile = {
  id: 'qdnd',
  domains: ['qdnd.vn'],
  siteName: 'Quân đội nhân dân',
  aliases: ['QĐND', 'QĐND Online', 'Báo Quân đội nhân dân'],
  layouts: [
    {
      name: '2023',
      title: ['h1.post-title', '.post-title', '.article-detail h1'],
      lead: ['div.post-summary'],
      body: ['div.post-content', '.article-detail'],
      author: ['.post-author', '.author', 'p.author'],
      date: ['.post-subinfo .post-time', '.post-time', '.date-time', '.post-date'],
      remove: [
        'p.logo-online',
        '.post-tags',
        '.post-related',
        '.related-news',
        '.box-relate',
        '.box-news-other',
        '.post-summary',
      ],
    },
  ],
};
