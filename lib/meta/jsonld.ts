// JSON-LD (schema.org) article metadata. Pages often ship slightly broken JSON (raw newlines inside strings,
// trailing commas), so parsing is forgiving; a block that still fails is skipped, never fatal. Bounded: a block
// over the size cap is skipped unparsed, nesting is followed iteratively to a fixed depth and object count,
// and a value longer than any real one (a 5-million-character headline) counts as absent.
import { FIELD_CAPS } from '../article';

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

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|ScholarlyArticle|Report|WebPage)$/;

/** The CDATA wrapper some templates put around a script's text ("<![CDATA[ … ]]>", "//<![CDATA[ … //]]>"). */
function unwrapCdata(text: string): string {
  const open = text.indexOf('<![CDATA[');
  if (open < 0 || open > 100 || !['', '//', '/*'].includes(text.slice(0, open).trim())) return text;
  const close = text.lastIndexOf(']]>');
  if (close < open) return text;
  const inner = text.slice(open + 9, close).trimEnd();
  return inner.endsWith('//') || inner.endsWith('/*') ? inner.slice(0, -2) : inner;
}

function parseLoose(raw: string): unknown {
  if (raw.length > FIELD_CAPS.jsonLdBlock) return null;
  const text = unwrapCdata(raw);
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

/** The objects of a JSON-LD value: top-level arrays and @graph lists unpacked, without recursion and within the caps. */
function flatten(root: unknown, out: Record<string, unknown>[]): void {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length && out.length < FIELD_CAPS.jsonLdObjects) {
    const [node, depth] = stack.pop()!;
    if (depth > FIELD_CAPS.jsonLdDepth) continue;
    if (Array.isArray(node)) {
      for (let i = Math.min(node.length, FIELD_CAPS.jsonLdObjects) - 1; i >= 0; i--) stack.push([node[i], depth + 1]);
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) stack.push([obj['@graph'], depth + 1]);
    }
  }
}

/** A text value within `max` characters, else null (a value no real page has is no value). */
const str = (v: unknown, max: number = FIELD_CAPS.metaValue): string | null => {
  if (typeof v !== 'string' || v.length > max * 4) return null;
  const t = v.trim();
  return t && t.length <= max ? t : null;
};
const typeOf = (o: Record<string, unknown>): string => {
  const t = o['@type'];
  const name = Array.isArray(t)
    ? String(t.slice(0, 20).find((x) => ARTICLE_TYPES.test(String(x))) ?? t[0] ?? '')
    : String(t ?? '');
  return name.length <= 100 ? name : '';
};

function authorsOf(v: unknown): JsonLdAuthor[] {
  const list = (Array.isArray(v) ? v : v ? [v] : []).slice(0, FIELD_CAPS.authors);
  const out: JsonLdAuthor[] = [];
  for (const a of list) {
    const name =
      typeof a === 'string'
        ? str(a, FIELD_CAPS.author)
        : a && typeof a === 'object'
          ? str((a as Record<string, unknown>).name, FIELD_CAPS.author)
          : null;
    if (!name) continue;
    out.push({ name, type: a && typeof a === 'object' ? str((a as Record<string, unknown>)['@type'], 100) : null });
  }
  return out;
}

/** The first article-like JSON-LD object on the page (NewsArticle preferred over WebPage), or null. */
export function readJsonLdArticle(doc: Document, scripts?: string[]): JsonLdArticle | null {
  const objects: Record<string, unknown>[] = [];
  const texts =
    scripts ?? [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const text of texts) flatten(parseLoose(text), objects);
  const articles = objects.filter((o) => ARTICLE_TYPES.test(typeOf(o)));
  const best = articles.find((o) => typeOf(o) !== 'WebPage') ?? articles[0];
  if (!best) return null;
  const publisher = best.publisher as Record<string, unknown> | undefined;
  return {
    type: typeOf(best),
    headline: str(best.headline, FIELD_CAPS.title) ?? str(best.name, FIELD_CAPS.title),
    description: str(best.description, FIELD_CAPS.lead),
    datePublished: str(best.datePublished, 64) ?? str(best.dateCreated, 64),
    authors: authorsOf(best.author),
    publisherName: publisher && typeof publisher === 'object' ? str(publisher.name, FIELD_CAPS.label) : null,
  };
}

/** Every schema.org @type named on the page (to spot VideoObject-only pages, listings, etc.). */
export function jsonLdTypes(doc: Document, scripts?: string[]): string[] {
  const objects: Record<string, unknown>[] = [];
  const texts =
    scripts ?? [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  for (const text of texts) flatten(parseLoose(text), objects);
  return objects.map(typeOf).filter(Boolean);
}
