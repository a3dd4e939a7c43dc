import type { SiteProfile } from './types';

export const znews: SiteProfile = {
  id: 'znews',
  domains: ['znews.vn', 'zingnews.vn', 'news.zing.vn', 'zing.vn'],
  siteName: 'Znews',
  aliases: ['Zing News', 'Zing', 'Zingnews', 'Tri thức trực tuyến'],
  layouts: [
    {
      name: '2020',
      title: ['h1.the-article-title'],
      lead: ['p.the-article-summary'],
      body: ['div.the-article-body'],
      author: ['.the-article-credit p.author', 'p.author', 'li.the-article-author'],
      date: ['ul.the-article-meta li.the-article-publish', 'ul.the-article-meta li'],
      remove: [
        '#innerarticle',
        'table.article',
        '.inner-article',
        '.notebox',
        '.the-article-tags',
        '.the-article-credit',
      ],
    },
    // news.zing.vn 2012: header and body are repeated inside #content_document; the byline closes it.
    {
      name: '2012',
      title: ['#content_document h1.pTitle', 'h1.pTitle'],
      lead: ['#content_document h2.pHead', 'h2.pHead'],
      body: ['#content_document'],
      author: ['#content_document p.pAuthor', 'p.pAuthor'],
      date: ['.timestamp'],
      remove: [
        'h1.pTitle',
        'h2.pHead',
        'p.pAuthor',
        'p.pSource',
        '#detail_sidebar',
        '.tags',
        '.tag',
        '.social',
        '.article_tools',
        '.newsrelate',
        '.relate',
      ],
    },
  ],
  verified: { '2012': [2012] },
};
