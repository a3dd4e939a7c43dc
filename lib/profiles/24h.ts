import type { SiteProfile } from './types';

export const h24: SiteProfile = {
  id: '24h',
  domains: ['24h.com.vn'],
  siteName: '24h',
  aliases: ['Tin tức 24h', '24H.COM.VN'],
  imageHosts: ['24hstatic.com'],
  layouts: [
    {
      name: '2020',
      title: ['h1#article_title', 'h1.clrTit'],
      lead: ['h2#article_sapo'],
      body: ['article#article_body', '.cate-24h-foot-arti-deta-info'],
      author: ['.nguontin'],
      date: ['.cate-24h-foot-arti-deta-cre-post', 'time'],
      remove: ['.nguontin', '.bv-lq', '.linkOrigin', '.viewVideoPlay', '.tuht_show', '.tags'],
    },
    // 2012: the dated line belongs to this copy; the page metadata describes the first copy (another section).
    {
      name: '2012',
      title: ['.boxBaiViet-c .baiviet-title', 'h1.baiviet-title'],
      lead: ['.baiviet-head-noidung'],
      body: ['.boxBaiViet-c .text-conent', '#baiviet-container'],
      author: ['.nguontin'],
      date: ['.publication_date'],
      preferVisibleDate: true,
      remove: ['.nguontin', '.baiviet-bailienquan', '.baiviet-tags', '.rating', '.boxDanhGia'],
    },
  ],
  verified: { '2012': [2012] },
};
