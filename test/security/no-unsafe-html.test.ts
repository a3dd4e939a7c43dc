// Static guard over the product code (entrypoints, components, lib, platform): every write of HTML or code
// must be proved, from the source, to carry the sanitiser's or an escaper's output; the few that cannot be are
// listed below with the reason, and a listed place that disappears fails too (the list stays exact). The same
// walk checks that no product file names a network API.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNetworkUses, findSinks, type Sink } from './html-sinks';

const ROOT = join(__dirname, '../..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'lib', 'platform'];

/** Sinks that cannot be proved safe by the checker, each with why it is safe anyway. */
const ALLOWED: { file: string; kind: string; value: string; reason: string }[] = [
  {
    file: 'lib/sanitize/article-html.ts',
    kind: 'innerHTML =',
    value: 'html',
    reason:
      'The sanitiser itself parses untrusted HTML into an inert <template> (no script runs, no image loads) to walk it and rebuild it from its allow-list.',
  },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const files = PRODUCT_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))).map((p) => ({
  file: relative(ROOT, p),
  source: readFileSync(p, 'utf8'),
}));
const sinks = files.flatMap(({ file, source }) => findSinks(file, source));
const isAllowed = (s: Sink) => ALLOWED.some((a) => a.file === s.file && a.kind === s.kind && a.value === s.value);

describe('no unsanitised HTML in product code', () => {
  it('scans the product code', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.file === 'components/common/ArticleView.tsx')).toBe(true);
  });

  it('every HTML/code sink is proved to carry sanitised or escaped HTML, or is on the list with a reason', () => {
    const unproved = sinks
      .filter((s) => !s.proved && !isAllowed(s))
      .map((s) => `${s.file}:${s.line} ${s.kind} ${s.value ?? ''}`);
    expect(unproved).toEqual([]);
  });

  it('the allow-list names only places that exist and still need it', () => {
    for (const a of ALLOWED) {
      const hits = sinks.filter((s) => s.file === a.file && s.kind === a.kind && s.value === a.value);
      expect(hits.length, `${a.file} ${a.kind} ${a.value}`).toBe(1);
      expect(hits[0]!.proved).toBe(false);
    }
  });

  it('the article views are among the places checked (the check is not vacuous)', () => {
    const view = sinks.filter((s) => s.file === 'components/common/ArticleView.tsx');
    expect(view.map((s) => s.kind)).toEqual(expect.arrayContaining(['innerHTML =', 'dangerouslySetInnerHTML']));
    expect(view.every((s) => s.proved)).toBe(true);
  });
});

describe('the checker itself', () => {
  const check = (src: string) => findSinks('x.tsx', src);
  it('flags raw writes', () => {
    const raw = [
      'el.innerHTML = article.bodyHtml;',
      'function f(html: string) { el.innerHTML = html; }',
      'el.outerHTML = `<p>${text}</p>`;',
      "el.insertAdjacentHTML('beforeend', digest.article.lead);",
      'document.write(x);',
      'const v = <div dangerouslySetInnerHTML={{ __html: props.html }} />;',
      "el['innerHTML'] = x;",
      'frame.srcdoc = sanitizeArticleHtml(x, u);',
      "eval('1');",
      "new Function('return 1');",
      "setTimeout('alert(1)', 0);",
      "el.setAttribute('onclick', 'x()');",
      'el.innerHTML += sanitizeArticleHtml(a, b);',
      'function f(h: string, u: string, user: string) { const t = document.createElement("template"); t.innerHTML = sanitizeArticleHtml(h, u); t.content.querySelector("a").setAttribute("href", user); return t.innerHTML; }\nel.innerHTML = f(a, b, c);',
      'function f(h: string, u: string) { const t = document.createElement("template"); t.innerHTML = sanitizeArticleHtml(h, u); t.content.append(document.createElement("script")); return t.innerHTML; }\nel.innerHTML = f(a, b);',
      'function f(h: string, u: string, v: string) { const t = document.createElement("template"); t.innerHTML = sanitizeArticleHtml(h, u); t.content.firstElementChild.setAttribute("onclick", v); return t.innerHTML; }\nel.innerHTML = f(a, b, c);',
    ];
    for (const src of raw) {
      const found = check(src);
      expect(found.length, src).toBeGreaterThan(0);
      expect(
        found.some((s) => !s.proved),
        src,
      ).toBe(true);
    }
  });
  it('accepts values that come from the sanitiser or the escapers', () => {
    const ok = [
      'el.innerHTML = sanitizeArticleHtml(html, url, document);',
      'function f(a: A) { const clean = sanitizeArticleHtml(a.bodyHtml, a.url); el.innerHTML = clean; }',
      'const v = <div dangerouslySetInnerHTML={{ __html: `<p>${escapeHtmlText(lead)}</p>` }} />;',
      'function alt(h: string, u: string) { const t = document.createElement("template"); t.innerHTML = sanitizeArticleHtml(h, u); for (const i of t.content.querySelectorAll("img")) { const s = document.createElement("span"); s.setAttribute("aria-label", i.alt); s.textContent = i.alt; i.replaceWith(s); } return t.innerHTML; }\nel.innerHTML = alt(a, b);',
      'function safe(a: A) { const t = document.createElement("template"); t.innerHTML = sanitizeArticleHtml(a.b, a.u); t.content.querySelector("a")?.setAttribute("target", "_blank"); return t.innerHTML; }\nconst body = useMemo(() => safe(article), [article]);\nconst v = <div dangerouslySetInnerHTML={{ __html: body }} />;',
    ];
    for (const src of ok)
      expect(
        check(src).every((s) => s.proved),
        src,
      ).toBe(true);
  });
});

/**
 * The one place allowed to name a network API: "keep images in the library" reads a digest's pictures in the
 * article's tab, as the page itself would request them but without cookies or referrer (docs/security-and-privacy.md).
 */
const NETWORK_ALLOWED = { file: 'platform/page-image-reader.ts', name: 'fetch' };

describe('no network API in product code', () => {
  it('no fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, importScripts (but the tab’s image reader’s fetch)', () => {
    const uses = files.flatMap(({ file, source }) => findNetworkUses(file, source));
    const outside = uses
      .filter((u) => !(u.file === NETWORK_ALLOWED.file && u.name === NETWORK_ALLOWED.name))
      .map((u) => `${u.file}:${u.line} ${u.name}`);
    expect(outside).toEqual([]);
    expect(uses.length, 'the allowance names a place that still needs it').toBeGreaterThan(0);
  });
  it('the image reader’s one request carries no cookies and no referrer, and is a CORS read under the page’s origin', () => {
    const source = files.find((f) => f.file === NETWORK_ALLOWED.file)!.source;
    const calls = source.match(/await fetcher\(/g) ?? [];
    expect(calls).toHaveLength(1);
    for (const option of ["credentials: 'omit'", "referrerPolicy: 'no-referrer'", "mode: 'cors'"])
      expect(source).toContain(option);
    // The reader runs only in the tab it was injected into: no extension page or the service worker imports it.
    const importers = files.filter((f) => f.source.includes("page-image-reader'")).map((f) => f.file);
    expect(importers).toEqual(['entrypoints/read-images.ts']);
  });
  it('the network check finds a use', () => {
    expect(
      findNetworkUses('x.ts', 'await fetch("https://x"); navigator.sendBeacon(u, d); // fetch in a comment').map(
        (u) => u.name,
      ),
    ).toEqual(['fetch', 'sendBeacon']);
  });
});
