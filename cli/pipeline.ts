// The CLI's use of the core: bytes -> Document -> article + entities. The same lib/ code the extension runs.
import type { Article, NotArticle } from '../lib/article';
import type { Entities } from '../lib/entities';
import { parseHtml } from '../node/parse-html';
import { decodeHtmlBytes } from '../lib/dom';
import { extractArticle } from '../lib/extract';
import { extractEntities } from '../lib/entities';
import { absoluteHttpUrl, CliError } from './args';

export type ArticleDigest = Article & { entities: Entities };

/** The note browsers and SingleFile leave in a saved page: where it was saved from. */
const SAVED_FROM = [
  /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i,
  /<!--\s*Page saved with SingleFile\s+url:\s*(\S+)/i,
];

/**
 * The page's own address: its canonical link, else og:url, else the "saved from" note of a saved page
 * (only absolute http(s) addresses count).
 */
export function addressInPage(doc: Document, html: string): string | null {
  const head = html.slice(0, 8192);
  return (
    absoluteHttpUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    absoluteHttpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
    SAVED_FROM.map((re) => absoluteHttpUrl(re.exec(head)?.[1])).find(Boolean) ??
    null
  );
}

/** The digest of a page, or the refusal when it is not an article (bad input throws CliError). */
export function digestOutcome(
  bytes: Uint8Array,
  opts: { input: string; url: string | null; force: boolean; /** How the user gives an address. */ urlHint?: string },
): ArticleDigest | NotArticle {
  if (bytes.includes(0) && !looksLikeUtf16(bytes))
    throw new CliError(`"${opts.input}" is a binary file, not an HTML page`, 2);
  const html = decodeHtmlBytes(bytes);
  const doc = parseHtml(html);
  const url = opts.url ?? addressInPage(doc, html);
  if (!url) {
    throw new CliError(
      `"${opts.input}" names no address of its own (no canonical link, og:url or "saved from" note): ${opts.urlHint ?? 'give one with --url'}`,
      2,
    );
  }
  const result = extractArticle(doc, url, { force: opts.force });
  if (result.kind === 'not-article') return result;
  const text = [result.lead, result.bodyText].filter(Boolean).join('\n\n');
  return { ...result, entities: extractEntities(text) };
}

/** The digest of one page; a refusal exits 3 with its reason. */
export function digestPage(
  bytes: Uint8Array,
  opts: { input: string; url: string | null; force: boolean },
): ArticleDigest {
  const result = digestOutcome(bytes, opts);
  if (result.kind === 'not-article') {
    const title = result.title ? ` ("${result.title}")` : '';
    throw new CliError(
      `not an article${title}: ${result.reason} [${result.code}]${opts.force ? '' : ' (--force extracts anyway)'}`,
      3,
    );
  }
  return result;
}

/** UTF-16 pages contain NUL bytes but carry a BOM; anything else with NULs is binary. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

export interface MentionOut {
  start: number;
  end: number;
  text: string;
}

export interface TextEntities {
  /** Length of the text the offsets refer to: the input after Unicode NFC. */
  textLength: number;
  people: (Entities['people'][number] & { mentionsAt: MentionOut[] })[];
  agreements: (Entities['agreements'][number] & { mentionsAt: MentionOut[] })[];
  sides: (NonNullable<Entities['sides']>[number] & { mentionsAt: MentionOut[] })[];
}

/** `--text`: people, agreements and sides of plain text, each span with the text it covers (offsets after NFC). */
export function entitiesOfText(raw: string): TextEntities {
  const text = raw.replace(/^\uFEFF/, '').normalize('NFC');
  const entities = extractEntities(text);
  const at = (spans: { start: number; end: number }[]) =>
    spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
  return {
    textLength: text.length,
    people: entities.people.map((p) => ({ ...p, mentionsAt: at(p.spans) })),
    agreements: entities.agreements.map((a) => ({ ...a, mentionsAt: at(a.spans) })),
    sides: (entities.sides ?? []).map((s) => ({ ...s, mentionsAt: at(s.spans) })),
  };
}
