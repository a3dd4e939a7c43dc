// Screen-reader-only labels on pages in other languages than Vietnamese (lib/extract/screen-reader-text.ts):
// found by the visually-hidden pattern of the page's own stylesheet, whatever the class is called, or by the
// frameworks' class names; never a rule that hides only on some screens, never display: none, never a long box.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { extractArticle } from '../../lib/extract';
import type { Article } from '../../lib/article';
import { isVisuallyHiddenRule, visuallyHiddenClassesIn } from '../../lib/extract/screen-reader-text';
import { headIndex } from '../../lib/extract/head-index';
import { EN, EN_URL as URL, paras } from '../support/english-article';

function extract(body: string, style = ''): Article {
  const doc = parseHtml(
    `<!doctype html><html lang="en"><head><title>Ministers meet to discuss trade</title><style>${style}</style></head><body><article><h1>Ministers meet to discuss trade</h1>${body}</article></body></html>`,
    URL,
  );
  const r = extractArticle(doc, URL);
  expect(r.kind).toBe('article');
  return r as Article;
}

const figure = (labelClass: string, label = 'Credit') =>
  `<figure><img src="https://news.example.com/p/ministers.jpg" width="800" height="500" alt="">
   <figcaption><span>The ministers before the talks in Hanoi.</span> <span class="${labelClass}">${label}</span> <span>Jane Doe/Reuters</span></figcaption></figure>`;

describe('the visually-hidden pattern of a stylesheet', () => {
  it('is read whatever the class is called, in the usual forms', () => {
    expect(
      isVisuallyHiddenRule('position:absolute;width:1px;height:1px;margin:-1px;clip:rect(0 0 0 0);overflow:hidden'),
    ).toBe(true);
    expect(isVisuallyHiddenRule('border:0;clip:rect(1px, 1px, 1px, 1px);position:absolute !important')).toBe(true);
    expect(isVisuallyHiddenRule('position: absolute; clip-path: inset(50%); white-space: nowrap')).toBe(true);
    expect(isVisuallyHiddenRule('position:absolute;overflow:hidden;width:1px;height:1px')).toBe(true);
  });

  it('is not a box merely positioned, clipped with room left, or display: none', () => {
    expect(isVisuallyHiddenRule('position:absolute;top:0;left:0;width:100%')).toBe(false);
    expect(isVisuallyHiddenRule('position:absolute;clip:rect(0 120px 40px 0)')).toBe(false);
    expect(isVisuallyHiddenRule('display:none')).toBe(false);
    expect(isVisuallyHiddenRule('clip:rect(0 0 0 0);overflow:hidden;width:1px;height:1px')).toBe(false); // in the flow
  });

  it('takes top-level one-class rules only (not @media, not a compound or a :focus selector)', () => {
    const sheet = `<![CDATA[ .a-x1{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}
      /* a comment { } */ .b-y2, .c-z3 {position:absolute;clip:rect(0,0,0,0)}
      @media (max-width:600px){.m-q{position:absolute;clip:rect(0 0 0 0)}}
      .sr-focus:focus{position:absolute;clip:rect(0 0 0 0)} div .d-w{position:absolute;clip:rect(0 0 0 0)}
      .e-v{position:absolute;top:0} ]]>`;
    expect([...visuallyHiddenClassesIn(sheet)].sort()).toEqual(['a-x1', 'b-y2', 'c-z3']);
  });
});

describe('screen-reader labels on an English page', () => {
  it('a hashed class the stylesheet hides: the caption keeps its text and credit without the label', () => {
    const a = extract(
      `${paras(EN.slice(0, 2))}${figure('css-1dv1kvn')}${paras(EN.slice(2))}`,
      '.css-1dv1kvn{border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px}',
    );
    const cap = a.images.find((i) => i.src.endsWith('ministers.jpg'))?.caption ?? '';
    expect(cap).toContain('The ministers before the talks in Hanoi.');
    expect(cap).toContain('Jane Doe/Reuters');
    expect(cap).not.toContain('Credit');
    for (const p of EN) expect(a.bodyText).toContain(p);
  });

  it('a framework class name without any stylesheet ("visually-hidden")', () => {
    const a = extract(`${paras(EN.slice(0, 2))}${figure('visually-hidden', 'Image caption')}${paras(EN.slice(2))}`);
    expect(a.bodyText).not.toContain('Image caption');
    expect(a.bodyText).toContain('Jane Doe/Reuters');
  });

  it('keeps a label hidden only on small screens, and a class hidden by display: none (a script may show it)', () => {
    const a = extract(
      `${paras(EN.slice(0, 2))}${figure('m-label', 'Photograph:')}<p class="js-more">${EN[2]}</p>${paras(EN.slice(3))}`,
      '@media (max-width:600px){.m-label{position:absolute;clip:rect(0 0 0 0)}} .js-more{display:none}',
    );
    expect(a.bodyText).toContain('Photograph:');
    for (const p of EN) expect(a.bodyText).toContain(p);
  });

  it('keeps a long box of prose even when its class is visually hidden (fail safe)', () => {
    const a = extract(`${paras(EN.slice(0, 2))}<div class="sr-only"><p>${EN[2]}</p><p>${EN[3]}</p></div>`);
    for (const p of EN) expect(a.bodyText).toContain(p);
  });
});

describe("the page's style sheets", () => {
  it('are found on the head index walk, in the head and in the body, in document order', () => {
    const doc = parseHtml(
      '<!doctype html><html><head><style>.a{}</style></head><body><div><style>.b{}</style></div><svg><style>.c{}</style></svg></body></html>',
    );
    expect(headIndex(doc).styles.map((s) => s.textContent)).toEqual(['.a{}', '.b{}', '.c{}']);
  });

  it('a sheet in the body hides its labels too', () => {
    const doc = parseHtml(
      `<!doctype html><html lang="en"><head><title>Ministers meet to discuss trade</title></head><body><style>.lbl-9{position:absolute;clip:rect(0 0 0 0)}</style><article><h1>Ministers meet to discuss trade</h1>${paras(EN.slice(0, 2))}${figure('lbl-9')}${paras(EN.slice(2))}</article></body></html>`,
      URL,
    );
    const r = extractArticle(doc, URL) as Article;
    expect(r.bodyText).not.toContain('Credit');
    expect(r.bodyText).toContain('Jane Doe/Reuters');
  });
});
