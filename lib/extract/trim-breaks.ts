// Leading and trailing white space and <br> tags cut from a block's HTML, in one pass from each end (the
// pattern this replaces, /(\s|<br>)+$/, backtracked quadratically over a long run of <br>s inside a block).

const BR = '<br>';

export function trimBreaks(html: string): string {
  let start = 0;
  let end = html.length;
  for (;;) {
    if (start < end && /\s/.test(html[start]!)) start++;
    else if (html.startsWith(BR, start) && start + BR.length <= end) start += BR.length;
    else break;
  }
  for (;;) {
    if (end > start && /\s/.test(html[end - 1]!)) end--;
    else if (end - BR.length >= start && html.startsWith(BR, end - BR.length)) end -= BR.length;
    else break;
  }
  return html.slice(start, end);
}
