// The one place Markdown is escaped. Text from a web page must come out of a .md file as the same text in
// every viewer (CommonMark, GitHub, Obsidian): never as raw HTML, a link, a heading, a list, a fence, a
// thematic break, an Obsidian highlight, comment, tag or math span. The user's own notes stay Markdown, but
// lose raw HTML and links to anything but web and mail addresses.

/** Characters with an inline meaning anywhere in a line (Obsidian adds #tags, ==highlights==, %%comments%%, $math$). */
const INLINE = /[\\`*_[\]<>|~#$^]/g;
/** "==" and "%%" only mean something doubled: each character next to its twin is escaped. */
const DOUBLED = /=(?==)|(?<==)=|%(?=%)|(?<=%)%/g;
/** A character reference ("&lt;", "&#60;") would turn into the character it names. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;

/** Escape text that Markdown would read as syntax, wherever in a line or block it lands. */
export function escapeMarkdown(text: string): string {
  // Each rewrite runs only when its characters occur: this is called for every text node of every body.
  let out = text.replace(INLINE, '\\$&');
  if (out.includes('==') || out.includes('%%')) out = out.replace(DOUBLED, '\\$&');
  if (out.includes('&')) out = out.replace(ENTITY, '\\&');
  // At the start of a line: list bullets, setext underlines and thematic breaks ("-", "+", "="), and
  // ordered-list numbers ("1." becomes "1\.": only punctuation can be escaped in CommonMark).
  return out.replace(/^([ \t]*)([-+=])/gm, '$1\\$2').replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}

/** Inline code: fenced with one backtick more than the longest run inside, so it cannot end early. */
export function codeSpan(code: string, inTable = false): string {
  const text = inTable ? code.replace(/\|/g, '\\|') : code;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both are spaces: padding keeps the content exact.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return text.trim() === '' ? escapeMarkdown(text) : `${fence}${pad}${text}${pad}${fence}`;
}

/** A code block fenced with more backticks than any run inside it (at least three). */
export function codeBlock(code: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}

/** An http(s) address as a link destination: in angle brackets, which may not hold "<", ">" or white space. */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/** Destinations the user's links may keep: web and mail addresses, and relative ones (no scheme, no entity). */
const SAFE_DESTINATION = /^<?(?:https?:\/\/|mailto:|[^\s:&<>()]+(?:[\s)>]|$))/i;

/**
 * The user's notes, kept as Markdown, without raw HTML (every "<" that could open a tag or an autolink is
 * escaped) and without links whose destination could run code ("javascript:", "data:", an entity hiding a
 * colon): their "](" is escaped, so the text stays and the link goes.
 */
export function safeUserMarkdown(notes: string): string {
  // A "[" at a line start opens a reference definition when the first "]" or line break after it is "]:". The
  // end of that label is kept between calls: the starts come in order, and a lookahead per start re-read the
  // same long label from each of many line starts ("[" and U+2028 repeated), which cost quadratic time.
  let stop = -1;
  let checked = { start: -1, end: -1, safe: false };
  return notes
    .replace(/\r\n?/g, '\n')
    .replace(/<(?=[a-z/!?])/gi, '\\<')
    .replace(/\]\(/g, (m, at: number, all: string) =>
      SAFE_DESTINATION.test(all.slice(at + 2, at + 2 + 200)) ? m : ']\\(',
    )
    .replace(/^( {0,3})\[/gm, (m, indent: string, at: number, all: string) => {
      const from = at + m.length;
      if (stop < from) for (stop = from; stop < all.length && all[stop] !== ']' && all[stop] !== '\n';) stop++;
      if (all[stop] !== ']' || all[stop + 1] !== ':') return m;
      // The destination after "]:", read in the 1,200 characters after the "[" (else those characters themselves).
      const [start, end] =
        stop + 2 <= from + 1200 ? [stop + 2, Math.min(from + 1200, stop + 2 + 200)] : [from, from + 200];
      if (start !== checked.start || end !== checked.end)
        checked = { start, end, safe: SAFE_DESTINATION.test(all.slice(start, end)) };
      return checked.safe ? m : `${indent}\\[`;
    })
    .trim();
}
