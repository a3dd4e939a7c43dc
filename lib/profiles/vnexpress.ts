import type { SiteProfile } from './types';

// VnExpress: 2019–2025 template (verified on 2022/2025 pages) and the 2012–2013 template still served for old URLs.
export const vnexpress: SiteProfile = {
  id: 'vnexpress',
  domains: ['vnexpress.net'],
  siteName: 'VnExpress',
  aliases: ['VnExpress.net', 'Báo VnExpress'],
  imageHosts: ['vnecdn.net'],
  layouts: [
    {
      name: '2019-2025',
      title: ['h1.title-detail', 'h1.title_news_detail'],
      lead: ['p.description'],
      body: ['article.fck_detail', 'div.fck_detail'],
      author: ['p.author_mail strong', 'p.author_mail', 'article.fck_detail > p.author'],
      date: ['div.header-content span.date', 'span.date'],
      remove: [
        '.list-news',
        '.list_link',
        '[data-component-type]',
        '.box-tinlienquanv2',
        '.box_brief_info',
        '.box-embed-video',
        '.wrap-player-popcast',
        '.width_common.box_category',
        'p.author_mail',
      ],
    },
    {
      name: '2012',
      title: ['.content h1.Title', 'h1.Title'],
      lead: ['.content .Lead', 'h2.Lead'],
      body: ['.content div[cpms_content="true"]', '.content .cxtLeft'],
      date: ['.content .spanTime', '.spanTime'],
      remove: ['.email-print', 'h1.Title', '.Lead'],
    },
  ],
  verified: { '2019-2025': [2022, 2025], '2012': [2012] },
};
