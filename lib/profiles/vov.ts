import type { SiteProfile } from './types';

export const vov: SiteProfile = {
  id: 'vov',
  domains: ['vov.vn'],
  siteName: 'VOV',
  aliases: ['VOV.VN', 'Đài Tiếng nói Việt Nam'],
  layouts: [
    {
      name: '2023',
      title: ['h1.article-title', '.article-title.mb-0', 'h1'],
      lead: ['.article-summary', 'div.sapo', '.text-summary', '.article__sapo'],
      body: ['div.text-long', '.detail.detail--normal', "div[itemprop='articleBody']"],
      author: ['div.author', '.article-author', '.author'],
      date: ['.article-date', '.publish-date', '.time'],
      remove: [
        'article.inner-article',
        '.inner-article',
        'div.author',
        '.article-tags',
        '.related',
        '.related-news',
        '.article-related',
      ],
    },
  ],
};
