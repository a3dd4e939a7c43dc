import type { SiteProfile } from './types';

export const dantri: SiteProfile = {
  id: 'dantri',
  domains: ['dantri.com.vn'],
  siteName: 'Dân trí',
  aliases: ['Báo Dân trí', 'Dantri'],
  imageHosts: ['vcmedia.vn'],
  layouts: [
    {
      name: '2022',
      title: ['h1.title-page', 'h1.e-magazine__title'],
      lead: ['h2.singular-sapo', 'h2.e-magazine__sapo'],
      body: ['div.singular-content', '[data-slot=content]', '.e-magazine__body'],
      author: ['.author-wrap .author-name b', '.author-name'],
      date: ['time.author-time'],
      remove: ['article[data-content-name=article-related]', '.singular-source', 'figure.video'],
    },
    {
      name: '2019',
      title: ['h1.dt-news__title'],
      lead: ['div.dt-news__sapo h2', '.dt-news__sapo'],
      body: ['div.dt-news__content'],
      date: ['span.dt-news__time'],
      remove: ['ul.dt-news__tag-list', '.dt-news__related'],
    },
    {
      name: '2012',
      title: ['h1.fon31'],
      lead: ['h2.fon33'],
      body: ['div.fon34'],
      date: ['span.fon7'],
      remove: ['.news-tag', '.box_tinlienquan'],
    },
  ],
  verified: { '2012': [2012] },
};
