import type { SiteProfile } from './types';
import { detailLayout } from './vccorp';

export const thanhnien: SiteProfile = {
  id: 'thanhnien',
  domains: ['thanhnien.vn', 'thanhnien.com.vn'],
  siteName: 'Thanh Niên',
  aliases: ['Thanh Niên Online', 'TNO', 'Báo Thanh Niên'],
  layouts: [
    {
      ...detailLayout,
      title: ['h1.detail-title', '.details__headline', 'h1'],
      author: ['.detail-author .name', 'a.name[title]', '.details__author .name'],
      date: ['div.detail-time [data-role=publishdate]', 'div.detail__meta time', '.detail-time'],
    },
    {
      name: '2020',
      title: ['.details__headline'],
      lead: ['.sapo', 'h2.sapo'],
      body: ['#abody.cms-body', '#abody'],
      author: ['.details__author .name'],
      date: ['.details__meta time'],
      remove: ['.details__morenews', '.morenews', 'table.picture'],
    },
    // SharePoint era (2012): the sapo is an h2 inside the body; the byline and ">> related" links end it.
    {
      name: '2012',
      title: ['h1.mainTitle'],
      lead: ['div.article-content h2.ms-rteElement-H2'],
      body: ['div.article-content'],
      date: ['span.date-line'],
      remove: ['#newsimage:empty', '.article-tools'],
    },
  ],
  verified: { '2012': [2012] },
};
