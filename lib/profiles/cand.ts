import type { SiteProfile } from './types';

export const cand: SiteProfile = {
  id: 'cand',
  domains: ['cand.com.vn'],
  siteName: 'Công an nhân dân',
  aliases: ['CAND', 'Báo Công an nhân dân'],
  layouts: [
    {
      name: '2023',
      title: ['.box-title-detail.entry-title', 'h1.box-title-detail', 'h1'],
      lead: ['div.box-des-detail'],
      body: ['.detail-content-body', '.detail-content'],
      author: ['.box-author', '.author'],
      date: ['.box-date', '.time-detail', '.box-time'],
      remove: ['.contref.simplebox.thumbnail', '.contref', '.vertical', '.box-des-detail', '.tags', '.related'],
    },
    {
      name: '2020',
      title: ['.titledetail'],
      lead: ['.desnews'],
      body: ['.post-content'],
      date: ['.timepost'],
      remove: ['.desnews'],
    },
  ],
};
