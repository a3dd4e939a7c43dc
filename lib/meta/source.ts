// The source an article credits apart from its reporters, where the credit is not a byline: an agency's tag in
// the dateline of the first paragraph ("WASHINGTON (AP) — ", "(Reuters) - ", "Hà Nội (TTXVN) - "). Read by
// indexOf, without a pattern that could backtrack on page text.
import { isAgencyName } from './site-names';

/** How far into the first paragraph the dateline's bracket may open ("NEW YORK, May 5, 2019 (Reuters) -"). */
const MAX_DATELINE = 60;

/**
 * The agency (or agencies: "AP/Reuters") a first paragraph credits in its dateline, or null. Only news agencies
 * count: an outlet's own tag ("(PLO)- ", "(CNN)" on its own site) is the publication, not a source.
 */
export function datelineAgency(text: string): string | null {
  const open = text.indexOf('(');
  if (open < 0 || open > MAX_DATELINE) return null;
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 40) return null;
  const before = text.slice(0, open).trim();
  // A dateline: a place (and a date), every word capitalised or a number ("HANOI, May 5"); no sentence
  // ("Officials said (AP) ..." is not one).
  if (before && (/[.!?;:"“”]\s/u.test(before) || !before.split(/[\s,]+/u).every((w) => /^[\p{Lu}\d]/u.test(w))))
    return null;
  let end = close + 1;
  while (end < text.length && /\s/u.test(text[end]!)) end++;
  if (!'-–—:'.includes(text[end] ?? 'x')) return null;
  const inner = text.slice(open + 1, close).trim();
  const parts = inner
    .split(/[/,]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length && parts.some(isAgencyName) ? inner : null;
}
