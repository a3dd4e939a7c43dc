import type { SiteProfile } from './types';

export const genk: SiteProfile = {
  id: 'genk',
  domains: ['genk.vn'],
  siteName: 'GenK',
  imageHosts: ['vcmedia.vn'],
  layouts: [
    {
      name: '2018',
      title: ['h1.kbwc-title', 'h1'],
      lead: ['h2.knc-sapo', '.knc-sapo'],
      body: ['div#ContentDetail', 'div.knc-content'],
      date: ['span.kbwcm-time'],
      remove: ['.link-content-footer', '.knc-relate-wrapper', '.VCSortableInPreviewMode[type=RelatedNewsBox]'],
    },
    {
      name: '2012',
      title: ['.news-showtitle h1', 'h1'],
      lead: ['.init_content'],
      body: ['.news-show .assessment-main1', '.assessment-main1'],
      date: ['[id$=lblDattime]'],
      remove: ['.init_content', '.tinlienquan', '.tag'],
    },
  ],
  verified: { '2012': [2012] },
};
