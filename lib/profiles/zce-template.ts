import type { ProfileLayout } from './types';

// The BEM "ZCE"/MasterCMS template shared by plo.vn, nhandan.vn, tienphong.vn, vietnamplus.vn and other state
// and party papers (checked on an Oct 2025 plo.vn page of the corpus: see plo's `verified`; the reference
// shared/reference/vn-news-sites.md saw a second one).
export const zceLayout: ProfileLayout = {
  name: 'zce-template',
  title: ['h1.article__title', '.article__title.cms-title'],
  lead: ['.article__sapo', '.cms-desc'],
  body: ['div.article__body.cms-body', 'div.article__body', 'div.cms-body'],
  author: [
    '.article__meta .author.cms-author',
    '.article__author .name',
    '.article__author .author',
    'div.article__author p.name',
  ],
  date: ['.article__meta time.article__time', 'time.article__time'],
  remove: [
    '.article-relate',
    '.related-topic',
    '.article__relate',
    '.related-news',
    '.box-related',
    '.rennab',
    '.sda_middle',
    '.article__tag',
    '.article__author',
    '.box-author',
    '.article__footer',
    '.box-event',
    '.story-event',
    '.article__event',
    '.c-event',
    '.box-stream',
    '.notebox.ncenter',
    '.ads',
    '.banner',
    '.article__social',
    '.article__share',
  ],
};
