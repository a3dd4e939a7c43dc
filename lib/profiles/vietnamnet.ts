import type { SiteProfile } from './types';

// Profiles from shared/reference/vn-news-sites.md (sources there). Unverified selectors fall through to the
// generic path when they do not match, so a redesign costs speed, not the article.
export const vietnamnet: SiteProfile = {
  id: 'vietnamnet',
  domains: ['vietnamnet.vn'],
  siteName: 'VietNamNet',
  aliases: ['VietNamNet News', 'Báo VietNamNet'],
  layouts: [
    {
      name: '2023',
      title: ['h1.content-detail-title', '.content-detail-title'],
      lead: ['.content-detail-sapo', 'h2.sapo'],
      body: ['div.maincontent.main-content', 'div.maincontent', '#maincontent'],
      author: [
        '.article-detail-author__info span.name a',
        '.article-detail-author__name',
        '.article-detail-author__info .name',
      ],
      date: ['div.publish-date', '.bread-crumb-detail__time'],
      remove: [
        'div.ck-cms-insert-neww-group',
        'article.ck-cms-insert-news',
        'article.ck-cms-wiki-news-full',
        'div.related-news',
        'div.link-special',
        '.content-detail__link-special',
        'div.article-detail-author-wrapper',
        '#insert-rating',
      ],
    },
  ],
};
