// Clean the ends of an article's block list, on both paths. At the end: trailing bylines ("Hoàng Phương",
// "Tin, ảnh: PHƯƠNG LINH", "Theo TTXVN", "Hà Thu (tổng hợp)", "H.V.") become authors and a source, photo
// credits ("Ảnh: Misso") and promotion lines go. At the start: labels above the text (a section name, a date
// line, the headline again) go, and the outlet's tag in front of the first paragraph ("(PLO)- ", "TT - ").
// Anywhere: ">> related" links and link lists.
import { datelineAgency, isBylineText, parseCredit, isOutletName, parseVietnameseDate } from '../meta';
import { escapeHtmlText } from '../sanitize';
import { cleanInline } from '../text';
import type { Block } from './body';
import { PROMO_LINE } from './boilerplate';
import { stripLeadTag, type OutletContext } from './lead';

const RELATED_PREFIX = /^(?:>>|»|►|▶|→|\+\s*Xem|Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan)/u;
const SOURCE_LINE = /^(?:nguồn(?:\s*tin)?|source)\s*[:：]/iu;
/** A closing call to follow the site on a network ("Kết bạn với Tin tức 24h trên Facebook để nhận tin..."). */
const SOCIAL_PROMO = /\b(?:facebook|fanpage|zalo|youtube|tiktok|google news|telegram|instagram|twitter)\b/iu;

export interface CleanedBlocks {
  blocks: Block[];
  /** Names found in the trailing byline lines (in page order). */
  bylineAuthors: string[];
  /** The removed byline lines, verbatim. */
  bylineLines: string[];
  /** A source the trailing lines credit ("TTXVN", "tổng hợp"), or null. */
  source: string | null;
}

/**
 * Picture files named as decoration: icons, logos, buttons ("/images/icons/print.gif", "logo-online.png"), and
 * SVG files (badges such as "Follow us on Google News"; news photos are raster images).
 */
const DECORATION = /(?:^|[/_.-])(?:icons?|logos?|btn|buttons?|spacer|blank|bullet|arrow|badge)(?:[/_.-]|\d|$)|\.svg$/i;

/** A picture with no caption whose file is named as a decoration is no picture of the article. */
function isDecoration(b: Block): boolean {
  if (b.kind !== 'figure' || !b.image || b.image.caption || b.image.credit) return false;
  try {
    return DECORATION.test(new URL(b.image.src).pathname);
  } catch {
    return false;
  }
}

function isRelatedLink(b: Block): boolean {
  if (b.kind === 'figure') return false;
  if (RELATED_PREFIX.test(b.text)) return b.linkShare > 0.5 || b.text.length < 200;
  return (b.kind === 'p' || b.kind === 'list') && b.linkShare >= 0.9 && b.text.split(/\s+/).length <= 40;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * A block's HTML cut into tags, entities and single characters, in one pass without a backtracking pattern
 * (the HTML is body.ts's own, but a tag left open must not cost more than one scan).
 */
function htmlPieces(html: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < html.length;) {
    const c = html[i]!;
    let end = i + 1;
    if (c === '<') {
      const close = html.indexOf('>', i);
      end = close < 0 ? html.length : close + 1;
    } else if (c === '&') {
      const semi = html.indexOf(';', i);
      if (semi > i + 1 && semi - i <= 12 && /^&[a-z#0-9]+;$/iu.test(html.slice(i, semi + 1))) end = semi + 1;
    }
    out.push(html.slice(i, end));
    i = end;
  }
  return out;
}

/** The block with `text` (a suffix of its text) as its text: the HTML loses the same leading characters only. */
function withoutLeadingText(b: Block, text: string): Block {
  const prefix = cleanInline(b.text.slice(0, b.text.length - text.length));
  let dropped = '';
  const out: string[] = [];
  for (const piece of htmlPieces(b.html)) {
    if (piece.startsWith('<') || cleanInline(dropped).length >= prefix.length) out.push(piece);
    else dropped += decode(piece);
  }
  let html = out.join('').replace(/^((?:<[^>]+>)+)\s+/u, '$1');
  // The new HTML's text must be the new text; if not, plain text is safe and loses only the emphasis.
  if (
    cleanInline(
      decode(
        htmlPieces(html)
          .filter((p) => !p.startsWith('<'))
          .join(''),
      ),
    ) !== text
  )
    html = `<p>${escapeHtmlText(text)}</p>`;
  return { ...b, html, text };
}

/**
 * Labels above the article's first paragraph: the headline repeated, a date line, a short label without a
 * sentence (a section name, "Chính trị - Xã hội"). Pictures and real paragraphs stop the walk.
 */
export function stripLeadingLabels(blocks: Block[], title: string | null): Block[] {
  const titleKey = title ? cleanInline(title).toLocaleLowerCase('vi') : null;
  let start = 0;
  for (; start < blocks.length && start < 4; start++) {
    const b = blocks[start]!;
    if (b.kind !== 'p' && b.kind !== 'h') break;
    const t = b.text;
    const isTitle = titleKey !== null && t.toLocaleLowerCase('vi') === titleKey;
    const isDate = t.length <= 60 && t.split(/\s+/).length <= 10 && parseVietnameseDate(t).iso !== null;
    const isLabel =
      b.kind === 'p' &&
      t.length < 40 &&
      !/[.!?…:]["”]?$/u.test(t) &&
      blocks.slice(start + 1).some((n) => n.kind === 'p' && n.text.length >= 80);
    if (!isTitle && !isDate && !isLabel) break;
  }
  return blocks.slice(start);
}

/** A widget's counter read as a line ("6 người", "12 bình luận", "1,2K lượt thích"): a number and a word or two. */
const COUNTER_LINE = /^[\d.,]+[KkMm]?\s+\p{L}+(?:\s\p{L}+)?$/u;

export function cleanBlocks(input: Block[], outlet: OutletContext = {}): CleanedBlocks {
  let blocks = input.filter((b) => !isRelatedLink(b) && !isDecoration(b));
  const firstText = blocks.findIndex((b) => b.kind === 'p');
  // An agency's tag in the dateline ("(TTXVN) - ") credits a source before it goes with the outlet's tag.
  let source: string | null = firstText >= 0 && firstText < 3 ? datelineAgency(blocks[firstText]!.text) : null;
  if (firstText >= 0 && firstText < 3) {
    const b = blocks[firstText]!;
    const stripped = stripLeadTag(b.text, outlet);
    if (stripped !== b.text && stripped)
      blocks = blocks.map((x, i) => (i === firstText ? withoutLeadingText(b, stripped) : x));
  }
  const bylineLines: string[] = [];
  const names: string[][] = [];
  // Walk back from the end over at most four short credit lines.
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const b = blocks[i]!;
    if (b.kind !== 'p') break;
    const text = b.text;
    if (text.length > 120) break;
    // A label left without what it introduced ("Thích và chia sẻ bài này trên:"): nothing follows it.
    if (text.length <= 80 && /[:：]$/u.test(text) && !/^(?:tin|bài|ảnh)/iu.test(text)) {
      blocks = blocks.slice(0, i);
      continue;
    }
    const credit = parseCredit(text);
    const promo =
      PROMO_LINE.test(text) ||
      (SOCIAL_PROMO.test(text) && !credit.names.length) ||
      (text.length <= 30 && COUNTER_LINE.test(text));
    const isCredit = isBylineText(text) || SOURCE_LINE.test(text) || promo || (text.length <= 40 && isOutletName(text));
    const byRight =
      b.right &&
      (credit.names.length > 0 || /^theo\s/iu.test(text) || (text.split(' ').length <= 5 && !/[.!?…]$/u.test(text)));
    if (!isCredit && !byRight) break;
    bylineLines.unshift(text);
    if (!promo) {
      names.unshift(credit.names);
      source = credit.source ?? source;
    }
    blocks = blocks.slice(0, i);
  }
  return { blocks, bylineAuthors: names.flat(), bylineLines, source };
}
