// Parts of a text enclosed in brackets or quotes, replaced by a scan. A pattern such as /\([^)]*\)/g looks for
// the closing character again from every opening one, so a long run of "(" or "«" never closed cost quadratic
// time; here each character is read once.

/**
 * `text` with each enclosed part (from a character of `open` to the next character of `close` after it)
 * replaced by `by`, as /[open][^close]*[close]/g would. An opening character never closed stays, with all that
 * follows it. With `spaceAround`, the white space on both sides of each part goes too.
 */
export function replaceEnclosed(text: string, open: string, close: string, by: string, spaceAround = false): string {
  let out = '';
  let from = 0;
  for (let at = from; at < text.length; at++) {
    if (!open.includes(text[at]!)) continue;
    let end = at + 1;
    while (end < text.length && !close.includes(text[end]!)) end++;
    if (end === text.length) break; // no closing character after this one, so none after any later one either
    const before = text.slice(from, at);
    out += (spaceAround ? before.trimEnd() : before) + by;
    from = end + 1;
    if (spaceAround) while (from < text.length && /\s/.test(text[from]!)) from++;
    at = from - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
