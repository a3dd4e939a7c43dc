import type { ProfileLayout, SiteProfile } from './types';

// The "detail-content afcbc-body" template used by tuoitre, nld, soha, kenh14, cafef, vtv, baochinhphu and
// current thanhnien (VCCorp/VCCorp-like CMS), from documented selectors (no real page of it in the corpus).
// The body ends at [data-check-position=body_end]. Its in-body "div[type=content]" boxes are removed only
// when they are not article prose (2026 pages put paragraphs of the article in them).
const detailRemove = [
  '.VCSortableInPreviewMode[type=RelatedNewsBox]',
  '[type=RelatedOneNews]',
  '.VCSortableInPreviewMode[type=RelatedNewsBox]',
  '.detail__related',
  '.box-relate',
  '.relate-container',
  '.readmore-body-box',
  '#tuoitre-tag-detail',
  '.detail-tab',
  '[data-type=_mgwidget]',
  '.kbwcb-tags',
  '.tags',
  '.detail__topic',
  '.detail-topic',
  'div[type=content]',
  '[data-check-position=body_end] ~ *',
  '.author-info',
  '.detail-author',
  '.link-content-footer',
];
export const detailLayout: ProfileLayout = {
  name: 'detail-content',
  title: ['h1.detail-title', 'h1.article-title', 'h1.title-detail', 'h1.kbwc-title', 'h1'],
  lead: ['h2.detail-sapo', '.detail-sapo', 'h2.sapo', '.knc-sapo', 'h2.knc-sapo', 'p.sapo'],
  body: ['div.detail-content.afcbc-body', 'div.detail-cmain', 'div.detail-content', 'div.knc-content', '#mainContent'],
  author: [
    '.detail-author .name',
    '.author-info .name',
    '.detail-info .author',
    'p.author',
    '.kbwcm-author',
    '.author',
  ],
  date: ['[data-role=publishdate]', '.detail-time', 'span.kbwcm-time', '.pdate', '.date-time'],
  remove: detailRemove,
};

export const tuoitre: SiteProfile = {
  id: 'tuoitre',
  domains: ['tuoitre.vn'],
  siteName: 'Tuổi Trẻ',
  aliases: ['Tuổi Trẻ Online', 'TTO', 'Báo Tuổi Trẻ'],
  verified: { '2015': [2015] },
  layouts: [
    {
      name: '2015',
      title: ['.detail-content h1.title-2', 'h1.title-2'],
      lead: ['.detail-content p.txt-head', 'p.txt-head'],
      body: ['div.left-side > div.fck', 'div.fck'],
      date: ['.detail-content .date', 'span.date'],
      author: ['.fck .wrapper-qt'],
      remove: ['.wrapper-qt', '[id^=tt-wrapper]', '.tinlienquan', '.tag'],
    },
    detailLayout,
  ],
};
export const nld: SiteProfile = {
  id: 'nld',
  domains: ['nld.com.vn'],
  siteName: 'Người Lao Động',
  aliases: ['NLĐ', 'Báo Người Lao Động'],
  layouts: [detailLayout],
};
export const soha: SiteProfile = { id: 'soha', domains: ['soha.vn'], siteName: 'Soha', layouts: [detailLayout] };
export const kenh14: SiteProfile = {
  id: 'kenh14',
  domains: ['kenh14.vn'],
  siteName: 'Kenh14',
  layouts: [detailLayout],
};
export const cafef: SiteProfile = { id: 'cafef', domains: ['cafef.vn'], siteName: 'CafeF', layouts: [detailLayout] };
export const vtv: SiteProfile = {
  id: 'vtv',
  domains: ['vtv.vn'],
  siteName: 'VTV',
  aliases: ['VTV.vn', 'Đài Truyền hình Việt Nam'],
  layouts: [detailLayout, { name: 'legacy', title: ['h1'], body: ['div.noidung'], remove: detailRemove }],
};
export const baochinhphu: SiteProfile = {
  id: 'baochinhphu',
  domains: ['baochinhphu.vn', 'chinhphu.vn'],
  siteName: 'Báo Chính phủ',
  aliases: ['Cổng Thông tin điện tử Chính phủ', 'Cổng TTĐT Chính phủ', 'Chinhphu.vn', 'VGP'],
  layouts: [
    detailLayout,
    {
      name: 'vgp-2020',
      title: ['.article-header > h1'],
      lead: ['.article-body .summary'],
      body: ['.article-body'],
      date: ['.article-header .meta'],
      remove: ['.summary'],
    },
  ],
};
