import type { SiteProfile } from './types';

export const baoquocte: SiteProfile = {
  id: 'baoquocte',
  domains: ['baoquocte.vn', 'baoquocte.com.vn', 'tgvn.com.vn'],
  siteName: 'Báo Quốc tế',
  aliases: ['Thế giới & Việt Nam', 'TG&VN', 'Baoquocte.vn'],
  layouts: [
    {
      name: '2025',
      title: ['.article-detail-title', 'h1.article-detail-title.f0', 'h1'],
      lead: ['.article-detail-desc', '.article-desc', '.sapo'],
      body: ['.article-detail.fw.lt.mb.clearfix', '.article-detail-content', '.article-detail', '.__MASTERCMS_CONTENT'],
      author: ['.article-detail-author', '.author', '.article-author'],
      date: ['.article-detail-date', '.article-date', '.time'],
      remove: [
        '.article-detail-title',
        '.article-detail-desc',
        '.article-detail-author',
        '.article-detail-date',
        '.related',
        '.box-related',
        '.article-related',
        '.tags',
        '.share',
        '.article-detail-tags',
      ],
    },
  ],
};
