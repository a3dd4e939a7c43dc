// Pages for the not-an-article verdict, both ways, shared by its test and the benchmark (section 14).
// Real pages (the corpus, Readability's suite) must all be accepted, also when they carry video metadata or
// set their paragraphs in <div>s or <br>-separated text; hand-made listing, home and tag pages built the way
// real ones are, and real pages turned into their site's section page, must all be refused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../node/parse-html';
import { decodeHtmlBytes } from '../../lib/dom';
import { CORPUS_PAGES } from '../cli/run-cli';
import { listSuitePages, SUITE_URL } from '../readability-suite/suite-pages';

export interface VerdictPage {
  set: string;
  name: string;
  url: string;
  /** A fresh parse each call: the transformations modify it. */
  doc: () => Document;
}

export function corpusPages(): VerdictPage[] {
  return readdirSync(CORPUS_PAGES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(CORPUS_PAGES, f), 'utf8')) as { url: string; file: string };
      const html = decodeHtmlBytes(new Uint8Array(readFileSync(join(CORPUS_PAGES, gold.file))));
      return {
        set: 'corpus',
        name: gold.file.replace(/\.html$/, ''),
        url: gold.url,
        doc: () => parseHtml(html, gold.url),
      };
    });
}

export function suitePages(): VerdictPage[] {
  return listSuitePages().map((p) => ({
    set: 'suite',
    name: p.name,
    url: SUITE_URL,
    doc: () => parseHtml(p.source, SUITE_URL),
  }));
}

// ------------------------------------------------------------------ real articles in other clothes

/** The page as a video page: VideoObject JSON-LD and og:type=video.other, as news sites add to articles with a clip. */
export function withVideoMetadata(doc: Document): Document {
  const head = doc.head ?? doc.documentElement;
  for (const m of doc.querySelectorAll('meta[property="og:type"]')) m.remove();
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) s.remove();
  const meta = doc.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'video.other');
  head.appendChild(meta);
  const ld = doc.createElement('script');
  ld.setAttribute('type', 'application/ld+json');
  ld.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: doc.title,
    uploadDate: '2024-05-01',
  });
  head.appendChild(ld);
  return doc;
}

/** Every <p> becomes a <div> (templates that set paragraphs in divs). */
export function paragraphsAsDivs(doc: Document): Document {
  for (const p of [...doc.querySelectorAll('p')]) {
    const div = doc.createElement('div');
    while (p.firstChild) div.appendChild(p.firstChild);
    p.replaceWith(div);
  }
  return doc;
}

/** Each run of sibling <p>s becomes one <div> of text separated by <br><br> (old templates and blogs). */
export function paragraphsAsBreaks(doc: Document): Document {
  for (const p of [...doc.querySelectorAll('p')]) {
    if (!p.parentNode) continue;
    const prev = p.previousElementSibling;
    if (prev && prev.localName === 'div' && prev.hasAttribute('data-br-run')) {
      prev.appendChild(doc.createElement('br'));
      prev.appendChild(doc.createElement('br'));
      while (p.firstChild) prev.appendChild(p.firstChild);
      p.remove();
      continue;
    }
    const div = doc.createElement('div');
    div.setAttribute('data-br-run', '');
    while (p.firstChild) div.appendChild(p.firstChild);
    p.replaceWith(div);
  }
  return doc;
}

// ------------------------------------------------------------------ listings

const WORDS_EN =
  'government minister talks trade agreement summit partners energy security election court economy markets growth climate policy report region council leaders visit'.split(
    ' ',
  );
const WORDS_VI =
  'Chính phủ|Bộ trưởng|hợp tác|thương mại|hiệp định|hội nghị|đối tác|năng lượng|an ninh|bầu cử|tòa án|kinh tế|thị trường|tăng trưởng|khí hậu|chính sách|báo cáo|khu vực|hội đồng|lãnh đạo'.split(
    '|',
  );

/** A deterministic headline and a one- or two-sentence summary, in the page's language. */
function teaserText(i: number, vi: boolean): { headline: string; summary: string } {
  const words = vi ? WORDS_VI : WORDS_EN;
  const pick = (k: number) => words[(i * 7 + k * 3) % words.length]!;
  const headline = vi
    ? `${pick(0)} và ${pick(1)}: ${pick(2)} ${pick(3)} trong năm ${2020 + (i % 5)}`
    : `${pick(0)} ${pick(1)} ${pick(2)} as ${pick(3)} ${pick(4)} meets in ${2020 + (i % 5)}`;
  const summary = vi
    ? `Theo ${pick(4)}, ${pick(5)} ${pick(6)} đã được bàn thảo tại ${pick(7)} hôm thứ ${2 + (i % 5)}. Các bên nhất trí ${pick(8)} ${pick(9)}.`
    : `The ${pick(4)} said on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][i % 5]} that ${pick(5)} and ${pick(6)} would top the ${pick(7)} agenda. ${i % 2 ? `Officials expect ${pick(8)} talks to continue.` : ''}`;
  return { headline, summary: summary.trim() };
}

interface ListingOptions {
  vi?: boolean;
  items?: number;
  /** How each teaser is marked up. */
  item?: 'article-h3' | 'li-link-p' | 'div-thumb' | 'td-old';
  /** The page's h1: a section name, a long tag-page title, or none. */
  h1?: string | null;
  /** A paragraph introducing the section (tag pages often have one). */
  intro?: string | null;
  /** og:type=article on every page, as some CMS themes do. */
  ogArticle?: boolean;
  /** A sidebar of "most read" links. */
  sidebar?: boolean;
}

function teaserHtml(i: number, o: ListingOptions): string {
  const { headline, summary } = teaserText(i, !!o.vi);
  const href = `/${o.vi ? 'tin-tuc' : 'news'}/story-${1000 + i}.html`;
  switch (o.item ?? 'article-h3') {
    case 'li-link-p':
      return `<li class="list-item"><a href="${href}" class="title">${headline}</a><p class="summary">${summary}</p><span class="time">${1 + (i % 12)} hours ago</span></li>`;
    case 'div-thumb':
      return `<div class="post post-${i}"><a href="${href}" class="thumb"><img src="/img/${i}.jpg" alt=""></a><div class="post-body"><h2 class="post-title"><a href="${href}">${headline}</a></h2><div class="excerpt">${summary}</div><a class="more" href="${href}">Read more</a></div></div>`;
    case 'td-old':
      return `<tr><td><a href="${href}"><img src="/img/${i}.gif" width="80"></a></td><td><a class="link-title" href="${href}"><b>${headline}</b></a><br>${summary}</td></tr>`;
    default:
      return `<article class="story"><h3 class="story-title"><a href="${href}">${headline}</a></h3><p class="story-sapo">${summary}</p></article>`;
  }
}

/** A listing page built like real ones: site header and menu, an optional h1 and intro, teasers, sidebar, footer. */
export function listingHtml(o: ListingOptions = {}): string {
  const n = o.items ?? 24;
  const items = Array.from({ length: n }, (_, i) => teaserHtml(i, o)).join('\n');
  const list =
    o.item === 'li-link-p'
      ? `<ul class="news-list">${items}</ul>`
      : o.item === 'td-old'
        ? `<table class="list" width="100%">${items}</table>`
        : `<div class="news-list">${items}</div>`;
  const menu = (
    o.vi
      ? ['Thời sự', 'Thế giới', 'Kinh tế', 'Pháp luật', 'Thể thao']
      : ['World', 'Business', 'Politics', 'Sport', 'Culture']
  )
    .map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`)
    .join('');
  const sidebar = o.sidebar
    ? `<aside class="sidebar"><h4>${o.vi ? 'Đọc nhiều' : 'Most read'}</h4><ol>${Array.from({ length: 8 }, (_, i) => `<li><a href="/popular-${i}.html">${teaserText(i + 50, !!o.vi).headline}</a></li>`).join('')}</ol></aside>`
    : '';
  const footer = o.vi
    ? '<footer><p>Cơ quan chủ quản: Báo Mẫu. Giấy phép số 123/GP-BTTTT. Địa chỉ: 1 Phố Mẫu, Hà Nội. Điện thoại: 024 1234 5678.</p></footer>'
    : '<footer><p>© 2024 Example News Ltd. All rights reserved. Registered office: 1 Example Street, London. Contact us for advertising and syndication.</p></footer>';
  const og = o.ogArticle
    ? '<meta property="og:type" content="article">'
    : '<meta property="og:type" content="website">';
  return `<!doctype html><html lang="${o.vi ? 'vi' : 'en'}"><head><meta charset="utf-8"><title>${o.h1 ?? 'News'} | Example</title>${og}</head><body>
<header class="site-header"><a class="logo" href="/"><img src="/logo.png" alt="Example"></a><nav><ul class="menu">${menu}</ul></nav></header>
<main class="container">${o.h1 ? `<h1 class="page-title">${o.h1}</h1>` : ''}${o.intro ? `<div class="intro"><p>${o.intro}</p></div>` : ''}
<section class="category">${list}</section>
<div class="pagination"><a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></div>
</main>${sidebar}${footer}</body></html>`;
}

/** Hand-made listing, home and tag pages, with an address that gives nothing away (no /tag/, not the root). */
export function handMadeListings(): VerdictPage[] {
  const pages: [string, ListingOptions][] = [
    [
      'business category page, English, 1,300 words of teasers',
      { items: 60, item: 'div-thumb', h1: 'Markets', sidebar: true },
    ],
    ['category page with og:type=article', { items: 30, item: 'div-thumb', h1: 'Economy', ogArticle: true }],
    ['section page of <li> teasers', { items: 20, item: 'li-link-p', h1: 'World' }],
    [
      'tag page with a long title and an intro',
      {
        items: 15,
        item: 'article-h3',
        h1: 'Everything about the South China Sea dispute',
        intro: 'All our coverage of the maritime disputes in the region.',
      },
    ],
    ['old home page in a layout table', { items: 18, item: 'td-old', h1: null, sidebar: true }],
    ['Vietnamese category page', { vi: true, items: 25, item: 'div-thumb', h1: 'Kinh doanh', sidebar: true }],
    [
      'Vietnamese tag page with a long title',
      { vi: true, items: 12, item: 'li-link-p', h1: 'Tin tức về Hiệp định EVFTA mới nhất hôm nay' },
    ],
    ['Vietnamese home page without a headline', { vi: true, items: 40, item: 'article-h3', h1: null, sidebar: true }],
  ];
  return pages.map(([name, o], i) => {
    const html = listingHtml(o);
    const url = `https://news${i}.example.com/${o.vi ? 'chuyen-muc/kinh-te' : 'section/markets'}`;
    return { set: 'hand-made', name, url, doc: () => parseHtml(html, url) };
  });
}

/**
 * The page turned into its own site's section page: the article's container (where its paragraphs are)
 * filled with teasers built from the page's own paragraphs (a headline link and a first sentence each), the
 * article metadata a section page does not carry (og:type=article, JSON-LD) removed. Null when the page has
 * no article container to replace.
 */
export function asSectionPage(doc: Document, items = 16): Document | null {
  const text = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    if (!p.parentElement) continue;
    text.set(p.parentElement, (text.get(p.parentElement) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let container: Element | null = null;
  let best = 0;
  for (const [el, n] of text) if (n > best) [container, best] = [el, n];
  if (!container || best < 200 || container === doc.body) return null;
  // The whole article: climb while the parent holds little more paragraph text than the container.
  const total = (el: Element) =>
    [...el.querySelectorAll('p')].reduce((n, p) => n + (p.textContent ?? '').trim().length, 0);
  while (
    container.parentElement &&
    container.parentElement !== doc.body &&
    total(container.parentElement) <= best * 1.25
  )
    container = container.parentElement;
  const sentences = [...container.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 40);
  if (!sentences.length) return null;
  const teasers: string[] = [];
  for (let i = 0; i < items; i++) {
    const t = sentences[i % sentences.length]!;
    // Cut by characters (Chinese and Japanese text has no spaces), at a space where there is one.
    const cut = (max: number) => (t.length <= max ? t : t.slice(0, max).replace(/\s+\S*$/u, ''));
    const headline = cut(70).replace(/[<>&]/g, ' ');
    const first = (
      t.match(/^.{20,200}?[.!?。！？](?=\s|$|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})/u)?.[0] ?? cut(200)
    ).replace(/[<>&]/g, ' ');
    teasers.push(
      `<div class="teaser"><h3><a href="/story-${i}.html">${headline.replace(/[<>&]/g, ' ')}</a></h3><p>${first}</p></div>`,
    );
  }
  container.innerHTML = teasers.join('');
  // Any other prose of the article left outside the container (its sapo, a standfirst, paragraphs set in
  // list items or divs) goes too: every paragraph outside it, and every element with 100+ characters of text
  // of its own.
  const ownText = (el: Element) =>
    [...el.childNodes].reduce((n, c) => n + (c.nodeType === 3 ? (c.nodeValue ?? '').trim().length : 0), 0);
  for (const el of [...doc.body!.querySelectorAll('*')]) {
    if (
      el.isConnected !== false &&
      !container.contains(el) &&
      !el.contains(container) &&
      (el.localName === 'p' || ownText(el) >= 100)
    )
      el.remove();
  }
  for (const m of doc.querySelectorAll('meta[property="og:type"], script[type="application/ld+json"]')) m.remove();
  for (const h1 of [...doc.querySelectorAll('h1')]) h1.remove();
  return doc;
}
