import type { SiteProfile } from './types';

// Profiles from shared/reference/vn-news-sites.md (sources there). Unverified selectors fall through to the
// generic path when they do not match, so a redesign costs speed, not the article.
export const vietnamnet: SiteProfile = {
  id: 'vietnamnet',
  domains: ['vietnamnet.vn'],
  siteName: 'VietNamNet',
  layouts: [{ name: '2023', title: ['h1.content-detail-title', '.content-detail-title'], lead: ['.content-detail-sapo', 'h2.sapo'], body: ['div.maincontent.main-content', 'div.maincontent', '#maincontent'], author: ['.article-detail-author__info span.name a', '.article-detail-author__name', '.article-detail-author__info .name'], date: ['div.publish-date', '.bread-crumb-detail__time'], remove: ['div.ck-cms-insert-neww-group', 'article.ck-cms-insert-news', 'article.ck-cms-wiki-news-full', 'div.related-news', 'div.link-special', '.content-detail__link-special', 'div.article-detail-author-wrapper', '#insert-rating'] }],
};

export const znews: SiteProfile = {
  id: 'znews',
  domains: ['znews.vn', 'zingnews.vn', 'news.zing.vn', 'zing.vn'],
  siteName: 'Znews',
  layouts: [
    { name: '2020', title: ['h1.the-article-title'], lead: ['p.the-article-summary'], body: ['div.the-article-body'], author: ['.the-article-credit p.author', 'p.author', 'li.the-article-author'], date: ['ul.the-article-meta li.the-article-publish', 'ul.the-article-meta li'], remove: ['#innerarticle', 'table.article', '.inner-article', '.notebox', '.the-article-tags', '.the-article-credit'] },
    // news.zing.vn 2012: header and body are repeated inside #content_document; the byline closes it.
    { name: '2012', title: ['#content_document h1.pTitle', 'h1.pTitle'], lead: ['#content_document h2.pHead', 'h2.pHead'], body: ['#content_document'], author: ['#content_document p.pAuthor', 'p.pAuthor'], date: ['.timestamp'], remove: ['h1.pTitle', 'h2.pHead', 'p.pAuthor', 'p.pSource', '#detail_sidebar', '.tags', '.tag', '.social', '.article_tools', '.newsrelate', '.relate'] },
  ],
};

export const laodong: SiteProfile = {
  id: 'laodong',
  domains: ['laodong.vn'],
  siteName: 'Lao Động',
  layouts: [
    { name: '2022', title: ['h1.title', 'h1'], lead: ['.chappeau', 'div.chappeau p', '.sapo'], body: ['div#gallery-ctt', 'div.art-body', '.article-content'], author: ['.author .name', '.art-author', '.author'], date: ['.time time', '.art-info .time', '.time'], remove: ['.keywords', '.tags', '.related', '.box-relate', '.art-relate'] },
  ],
};

export const qdnd: SiteProfile = {
  id: 'qdnd',
  domains: ['qdnd.vn'],
  siteName: 'Quân đội nhân dân',
  layouts: [{ name: '2023', title: ['h1.post-title', '.post-title', '.article-detail h1'], lead: ['div.post-summary'], body: ['div.post-content', '.article-detail'], author: ['.post-author', '.author', 'p.author'], date: ['.post-subinfo .post-time', '.post-time', '.date-time', '.post-date'], remove: ['p.logo-online', '.post-tags', '.post-related', '.related-news', '.box-relate', '.box-news-other', '.post-summary'] }],
};

export const cand: SiteProfile = {
  id: 'cand',
  domains: ['cand.com.vn'],
  siteName: 'Công an nhân dân',
  layouts: [
    { name: '2023', title: ['.box-title-detail.entry-title', 'h1.box-title-detail', 'h1'], lead: ['div.box-des-detail'], body: ['.detail-content-body', '.detail-content'], author: ['.box-author', '.author'], date: ['.box-date', '.time-detail', '.box-time'], remove: ['.contref.simplebox.thumbnail', '.contref', '.vertical', '.box-des-detail', '.tags', '.related'] },
    { name: '2020', title: ['.titledetail'], lead: ['.desnews'], body: ['.post-content'], date: ['.timepost'], remove: ['.desnews'] },
  ],
};

export const vov: SiteProfile = {
  id: 'vov',
  domains: ['vov.vn'],
  siteName: 'VOV',
  layouts: [
    { name: '2023', title: ['h1.article-title', '.article-title.mb-0', 'h1'], lead: ['.article-summary', 'div.sapo', '.text-summary', '.article__sapo'], body: ['div.text-long', '.detail.detail--normal', "div[itemprop='articleBody']"], author: ['div.author', '.article-author', '.author'], date: ['.article-date', '.publish-date', '.time'], remove: ['article.inner-article', '.inner-article', 'div.author', '.article-tags', '.related', '.related-news', '.article-related'] },
  ],
};

export const baoquocte: SiteProfile = {
  id: 'baoquocte',
  domains: ['baoquocte.vn', 'baoquocte.com.vn', 'tgvn.com.vn'],
  siteName: 'Báo Quốc tế',
  layouts: [
    { name: '2025', title: ['.article-detail-title', 'h1.article-detail-title.f0', 'h1'], lead: ['.article-detail-desc', '.article-desc', '.sapo'], body: ['.article-detail.fw.lt.mb.clearfix', '.article-detail-content', '.article-detail', '.__MASTERCMS_CONTENT'], author: ['.article-detail-author', '.author', '.article-author'], date: ['.article-detail-date', '.article-date', '.time'], remove: ['.article-detail-title', '.article-detail-desc', '.article-detail-author', '.article-detail-date', '.related', '.box-related', '.article-related', '.tags', '.share', '.article-detail-tags'] },
  ],
};

export const kinhtedothi: SiteProfile = {
  id: 'kinhtedothi',
  domains: ['kinhtedothi.vn'],
  siteName: 'Kinh tế & Đô thị',
  layouts: [
    { name: '2023', title: ['.article-title', 'h1'], lead: ['.article-sapo', '.sapo', '.article-lead'], body: ['.embed-portal.content-ktdt-article', '.content-ktdt-article'], author: ['.article-author', '.author'], date: ['.article-date', '.time', '.date'], remove: ['.related', '.box-related', '.tags'] },
    { name: '2020', title: ['h1'], body: ['#cotent_detail'], date: ['.time_detail_news'] },
  ],
};

export const hanoimoi: SiteProfile = {
  id: 'hanoimoi',
  domains: ['hanoimoi.vn', 'hanoimoi.com.vn'],
  siteName: 'Hànộimới',
  layouts: [
    { name: '2024', title: ['h1.b-title', 'h1'], lead: ['.b-sapo', '.sapo', 'h2.sapo'], body: ['div.b-maincontent'], author: ['.b-author', '.author'], date: ['.b-date', '.time', '.date'], remove: ['div.c-box', '.related', '.tags'] },
  ],
};

export const h24: SiteProfile = {
  id: '24h',
  domains: ['24h.com.vn'],
  siteName: '24h',
  layouts: [
    { name: '2020', title: ['h1#article_title', 'h1.clrTit'], lead: ['h2#article_sapo'], body: ['article#article_body', '.cate-24h-foot-arti-deta-info'], author: ['.nguontin'], date: ['.cate-24h-foot-arti-deta-cre-post', 'time'], remove: ['.nguontin', '.bv-lq', '.linkOrigin', '.viewVideoPlay', '.tuht_show', '.tags'] },
    // 2012: the dated line belongs to this copy; the page metadata describes the first copy (another section).
    { name: '2012', title: ['.boxBaiViet-c .baiviet-title', 'h1.baiviet-title'], lead: ['.baiviet-head-noidung'], body: ['.boxBaiViet-c .text-conent', '#baiviet-container'], author: ['.nguontin'], date: ['.publication_date'], preferVisibleDate: true, remove: ['.nguontin', '.baiviet-bailienquan', '.baiviet-tags', '.rating', '.boxDanhGia'] },
  ],
};

export const genk: SiteProfile = {
  id: 'genk',
  domains: ['genk.vn'],
  siteName: 'GenK',
  layouts: [
    { name: '2018', title: ['h1.kbwc-title', 'h1'], lead: ['h2.knc-sapo', '.knc-sapo'], body: ['div#ContentDetail', 'div.knc-content'], date: ['span.kbwcm-time'], remove: ['.link-content-footer', '.knc-relate-wrapper', '.VCSortableInPreviewMode[type=RelatedNewsBox]'] },
    { name: '2012', title: ['.news-showtitle h1', 'h1'], lead: ['.init_content'], body: ['.news-show .assessment-main1', '.assessment-main1'], date: ['[id$=lblDattime]'], remove: ['.init_content', '.tinlienquan', '.tag'] },
  ],
};

export const baomoi: SiteProfile = {
  id: 'baomoi',
  domains: ['baomoi.com'],
  siteName: 'Báo Mới',
  layouts: [{ name: '2023', title: ['h1.bm-title', 'h1'], lead: ['h3.bm-sapo', '.bm-sapo', '.article__sapo'], body: ['.bm-content', '.article__body'], author: ['.bm-author', '.article__author'], date: ['.bm-time time', 'time'], remove: ['.bm-related', '.bm-tag', '.bm-source'] }],
};

export const eeas: SiteProfile = {
  id: 'eeas',
  domains: ['eeas.europa.eu'],
  siteName: 'Phái đoàn Liên minh châu Âu (EEAS)',
  layouts: [
    { name: 'drupal-8', title: ['h1.node__title', 'h1.page-header', 'h1'], body: ['.node__content .field--name-body', '.field--name-body'], date: ['.node__meta time', '.field--name-field-date', 'time'], remove: ['.field--name-field-unique-id', '.language-switcher', '.field--name-field-tags', '.block-language'] },
    // Drupal 7 press releases (2016-2021): "Hanoi, 01/12/2020 - 14:08, UNIQUE ID: ..." above the body.
    { name: 'drupal-7', title: ['h1.page-header', 'h1'], body: ['article.node .field-name-body', '.field-name-body'], date: ['.field-name-field-eeas-place-and-date .date-display-single', '.date-display-single'], remove: ['.field-name-field-eeas-place-and-date', '.field-name-field-press-material-type', '.field-name-field-tags', '.language-switcher-locale-url'] },
  ],
};

export const mofa: SiteProfile = {
  id: 'mofa',
  domains: ['mofa.gov.vn'],
  siteName: 'Bộ Ngoại giao Việt Nam',
  layouts: [{ name: '2024', title: ['h1.title', '.news-title', 'h1'], lead: ['.sapo', '.news-sapo', '.summary'], body: ['.news-content', '.article-content', '.content-detail', '.detail-content'], date: ['.news-date', '.date', '.time'], remove: ['.related', '.tin-khac', '.other-news', '.tags'] }],
};
