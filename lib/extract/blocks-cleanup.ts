// Clean the ends of an article's block list: trailing bylines ("Hoàng Phương", "Tin, ảnh: PHƯƠNG LINH",
// "Theo TTXVN") become authors, ">> related" links and link lists are dropped.
import { isBylineText, parseByline, isOutletName } from '../meta';
import type { Block } from './body';
import { PROMO_LINE } from './boilerplate';

const RELATED_PREFIX = /^(?:>>|»|►|▶|→|\+\s*Xem|Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan)/u;
const SOURCE_LINE = /^(?:nguồn(?:\s*tin)?|source)\s*[:：]/iu;

export interface CleanedBlocks {
  blocks: Block[];
  /** Names found in the trailing byline lines (in page order). */
  bylineAuthors: string[];
  /** The removed byline lines, verbatim. */
  bylineLines: string[];
}

function isRelatedLink(b: Block): boolean {
  if (b.kind === 'figure') return false;
  if (RELATED_PREFIX.test(b.text)) return b.linkShare > 0.5 || b.text.length < 200;
  return (b.kind === 'p' || b.kind === 'list') && b.linkShare >= 0.9 && b.text.split(/\s+/).length <= 40;
}

export function cleanBlocks(input: Block[]): CleanedBlocks {
  let blocks = input.filter((b) => !isRelatedLink(b));
  const bylineLines: string[] = [];
  const names: string[][] = [];
  // Walk back from the end over at most four short credit lines.
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const b = blocks[i]!;
    if (b.kind !== 'p') break;
    const text = b.text;
    if (text.length > 120) break;
    const parsed = parseByline(text);
    const credit = isBylineText(text) || SOURCE_LINE.test(text) || PROMO_LINE.test(text) || (text.length <= 40 && isOutletName(text));
    const byRight = b.right && (parsed.length > 0 || /^theo\s/iu.test(text) || (text.split(' ').length <= 5 && !/[.!?…]$/u.test(text)));
    if (!credit && !byRight) break;
    bylineLines.unshift(text);
    names.unshift(parsed);
    blocks = blocks.slice(0, i);
  }
  return { blocks, bylineAuthors: names.flat(), bylineLines };
}
