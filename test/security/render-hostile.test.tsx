// @vitest-environment happy-dom
// Rendering defends itself: a digest whose fields are hostile (as if the stored record were tampered with, or
// the injected script's answer forged by the page) is rendered by the real components (DigestView, the popup,
// the library's digest page) and the resulting DOM is walked: no script, frame, form, handler, style or
// script URL anywhere; article links open in a new tab with noopener; hostile text fields show as text.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestView } from '../../components/common/DigestView';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import { LibraryApp } from '../../components/library/LibraryApp';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Article } from '../../lib/article';
import type { InjectedResult } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { agreement, makeDigest, person } from '../library/make-digest';
import { fakePlatform } from '../popup/fake-platform';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { HOSTILE_CASES, HOSTILE_VECTORS, REAL_LINK, readHostile } from './hostile-cases';
import { inertProblemsIn } from './inert-html';

afterEach(() => {
  cleanup();
  location.hash = '';
});

/** Classic vectors, plus every hostile fixture page's raw HTML, as if stored without extraction. */
const VECTORS = HOSTILE_VECTORS;
// The real link comes first: happy-dom's parser (unlike a browser's) can leave everything after some SVG
// payloads inside the <svg>, which the sanitiser then drops whole. Safe, but it would hide later content.
const PAYLOADS = [...VECTORS, ...HOSTILE_CASES.map((c) => readHostile(c.file))];
const HOSTILE_BODY = REAL_LINK + PAYLOADS.join('');
const MARKUP_TEXT = '<img src=x onerror=window.__pwned=10>';

function hostileArticle(bodyHtml = HOSTILE_BODY): Article {
  return makeArticle(1, {
    title: `Tiêu đề ${MARKUP_TEXT}`,
    siteName: `<b onmouseover=alert(1)>Báo</b>`,
    authors: [`<script>window.__pwned=11</script>Thu Trang`],
    lead: `Sapo ${MARKUP_TEXT} Phó Thủ tướng Bùi Thanh Sơn.`,
    publishedNote: '<i>note</i>',
    canonicalUrl: 'javascript:window.__pwned=13',
    bodyHtml,
    images: [{ src: 'javascript:window.__pwned=12', alt: MARKUP_TEXT, caption: MARKUP_TEXT, credit: null }],
  });
}

const RENDERER_ATTRS = { a: ['target', 'rel'], img: ['loading', 'referrerpolicy'] };
/** The renderer's placeholder for an image it does not load (another site's, or images off). */
const PLACEHOLDER = { span: ['class', 'role', 'aria-label'] };

function expectInertArticle(): void {
  const view = screen.getByTestId('article');
  const body = view.querySelector('.article__body')!;
  const lead = view.querySelector('.article__lead');
  expect(inertProblemsIn(body, { extra: RENDERER_ATTRS, wrappers: PLACEHOLDER })).toEqual([]);
  if (lead)
    expect(inertProblemsIn(lead, { extra: RENDERER_ATTRS, wrappers: { mark: ['class', 'data-key'] } })).toEqual([]);
  const links = [...body.querySelectorAll('a')];
  expect(links.filter((a) => a.hasAttribute('href')).length).toBeGreaterThan(0);
  for (const a of links) {
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
    // A link whose address was not http(s) keeps its text and loses the address.
    const href = a.getAttribute('href');
    if (href !== null) expect(href).toMatch(/^https?:\/\//);
  }
  // Real content survived: the sanitiser cleans, it does not blank the article.
  expect(body.textContent).toContain('liên kết thật');
}

function expectNothingExecutableAnywhere(): void {
  const all = [...document.body.querySelectorAll('*')];
  // The app's own controls (search box, checkboxes) are inputs; nothing else of this kind may appear.
  const bad = all.filter((el) =>
    /^(?:script|iframe|frame|frameset|object|embed|applet|base|meta|style|template|noscript|portal|math)$/i.test(
      el.localName,
    ),
  );
  // In the article only the reader's own "load images" button (for images from other sites) may appear.
  const form = all.filter(
    (el) =>
      /^(?:form|input|button|select|textarea|svg)$/i.test(el.localName) &&
      el.closest('[data-testid=article]') &&
      el.getAttribute('data-testid') !== 'load-images',
  );
  expect(form.map((e) => e.localName)).toEqual([]);
  expect(bad.map((e) => e.localName)).toEqual([]);
  for (const el of all) {
    for (const attr of [...el.attributes]) {
      expect(attr.name.startsWith('on'), `${el.localName} ${attr.name}`).toBe(false);
      if (attr.name === 'href' || attr.name === 'src')
        expect(attr.value, `${el.localName} ${attr.name}`).not.toMatch(/^\s*(?:javascript|vbscript|data):/i);
    }
  }
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

/** The library's digest view, in Vietnamese, as the library page renders it. */
function renderDigestView(digest: ReturnType<typeof makeDigest>) {
  render(
    <I18nContext.Provider value={i18nFor('vi')}>
      <DigestView digest={digest} />
    </I18nContext.Provider>,
  );
}

describe('DigestView with a tampered record', () => {
  it.each(
    PAYLOADS.map((p, i) => [i < VECTORS.length ? `vector ${i + 1}` : HOSTILE_CASES[i - VECTORS.length]!.file, p]),
  )('%s renders inert', (_name, payload) => {
    const digest = makeDigest({ id: 'v' });
    digest.article = hostileArticle(REAL_LINK + payload);
    renderDigestView(digest);
    expectInertArticle();
    expectNothingExecutableAnywhere();
  });

  it('renders only inert article markup, links in a new tab with noopener, hostile text as text', () => {
    const article = hostileArticle();
    const digest = makeDigest({
      id: 'h',
      title: article.title,
      people: [person(`Bùi Thanh Sơn ${MARKUP_TEXT}`)],
      agreements: [agreement(`Hiệp định ${MARKUP_TEXT}`, '<b>X</b>')],
    });
    digest.article = article;
    renderDigestView(digest);
    expectInertArticle();
    expectNothingExecutableAnywhere();
    expect(screen.getByTestId('title').textContent).toContain(MARKUP_TEXT);
    expect(document.body.textContent).toContain(`Bùi Thanh Sơn ${MARKUP_TEXT}`);
    expect(document.body.textContent).toContain('<script>window.__pwned=11</script>Thu Trang');
  });
});

describe('the popup with a forged extraction answer', () => {
  it('renders it inert', async () => {
    const article = hostileArticle();
    const answer: InjectedResult = {
      ok: true,
      result: article,
      entities: makeEntities(article),
      selection: null,
      ms: 1,
    };
    render(<PopupApp platform={fakePlatform({ answer: () => answer })} />);
    await screen.findByTestId('article');
    expectInertArticle();
    expectNothingExecutableAnywhere();
  });
});

describe('the library digest page with a tampered stored record', () => {
  it('renders it inert', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const store = createDigestStore(p.area, { lock: p.lock });
    const digest = makeDigest({ id: 'tampered', title: `Bài ${MARKUP_TEXT}` });
    digest.article = {
      ...hostileArticle(),
      url: digest.article.url,
      canonicalUrl: digest.article.canonicalUrl,
      domain: digest.article.domain,
    };
    await store.restoreDigest(digest);
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(1));
    expectNothingExecutableAnywhere();
    location.hash = '#/digest/tampered';
    await screen.findByTestId('article');
    expectInertArticle();
    expectNothingExecutableAnywhere();
  });
});
