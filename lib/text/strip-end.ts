// A run of characters removed from the end of a text by a scan. /[…]+$/ is retried from each character of
// a run that something else follows, so a long such run cost quadratic time (recheck flags the pattern).

/** `text` without the characters at its end that `oneChar` accepts (a pattern for one BMP character, e.g. /[\s,;:]/). */
export function stripEnd(text: string, oneChar: RegExp): string {
  let end = text.length;
  while (end > 0 && oneChar.test(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}
