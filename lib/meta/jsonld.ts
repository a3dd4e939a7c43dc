// JSON-LD (schema.org) article metadata. Pages often ship slightly broken JSON (raw newlines inside strings,
// trailing commas), so parsing is forgiving; a block that still fails is skipped, never fatal.

export interface JsonLdAuthor {
  name: string;
  type: string | null;
}

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  authors: JsonLdAuthor[];
  publisherName: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|Report|WebPage)$/;

function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are exactly what breaks these blocks
      const repaired = text.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}

function flatten(node: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(node)) for (const n of node) flatten(n, out);
  else if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) flatten(obj['@graph'], out);
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const typeOf = (o: Record<string, unknown>): string => {
  const t = o['@type'];
  return Array.isArray(t) ? String(t.find((x) => ARTICLE_TYPES.test(String(x))) ?? t[0] ?? '') : String(t ?? '');
};

function authorsOf(v: unknown): JsonLdAuthor[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const out: JsonLdAuthor[] = [];
  for (const a of list) {
    if (typeof a === 'string' && a.trim()) out.push({ name: a.trim(), type: null });
    else if (a && typeof a === 'object') {
      const o = a as Record<string, unknown>;
      const name = str(o.name);
      if (name) out.push({ name, type: str(o['@type']) });
    }
  }
  return out;
}

/** The first article-like JSON-LD object on the page (NewsArticle preferred over WebPage), or null. */
export function readJsonLdArticle(doc: Document, scripts?: string[]): JsonLdArticle | null {
  const objects: Record<string, unknown>[] = [];
  const texts = scripts ?? [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const text of texts) flatten(parseLoose(text), objects);
  const articles = objects.filter((o) => ARTICLE_TYPES.test(typeOf(o)));
  const best = articles.find((o) => typeOf(o) !== 'WebPage') ?? articles[0];
  if (!best) return null;
  const publisher = best.publisher as Record<string, unknown> | undefined;
  return {
    type: typeOf(best),
    headline: str(best.headline) ?? str(best.name),
    description: str(best.description),
    datePublished: str(best.datePublished) ?? str(best.dateCreated),
    authors: authorsOf(best.author),
    publisherName: publisher && typeof publisher === 'object' ? str(publisher.name) : null,
  };
}

/** Every schema.org @type named on the page (to spot VideoObject-only pages, listings, etc.). */
export function jsonLdTypes(doc: Document, scripts?: string[]): string[] {
  const objects: Record<string, unknown>[] = [];
  const texts = scripts ?? [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const text of texts) flatten(parseLoose(text), objects);
  return objects.map(typeOf).filter(Boolean);
}
