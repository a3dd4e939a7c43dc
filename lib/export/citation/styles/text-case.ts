// Typography of titles in formatted references: straight quotes to typographic ones (single inside a quoted
// title), and English title case for English-language articles only (a Vietnamese title keeps its case).

/** Words English title case leaves in lower case: articles, conjunctions, prepositions (CSL's list). */
const STOP_WORDS = new Set(
  (
    'a an and as at but by down for from in into nor of off on onto or out over per plus so than the till to up upon via with within without yet ' +
    'about above across after against along alongside amid amidst among amongst around aside atop before behind below beneath beside besides ' +
    'between beyond circa despite during except given inside lest like near next notwithstanding outside since through throughout toward ' +
    'towards under underneath until unto versus vs vs. v v. de von van et al'
  ).split(' '),
);

const OPENS_AFTER = /[\s([{“‘"']/u;

/**
 * Straight and typographic double quotes become “ ” (or ‘ ’ when `nested`, inside a quoted title), straight
 * single quotes ‘ ’ and apostrophes ’.
 */
export function smartQuotes(text: string, nested: boolean): string {
  const [open, close] = nested ? ['‘', '’'] : ['“', '”'];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const opening = i === 0 || OPENS_AFTER.test(text[i - 1]!);
    if (c === '"') out += opening ? open : close;
    else if (c === '“') out += open;
    else if (c === '”') out += close;
    else if (c === "'") out += opening ? '‘' : '’';
    else out += c;
  }
  return out;
}

/** English title case: each lower-case word capitalised but the small words inside a phrase. */
export function titleCase(text: string): string {
  let phraseStart = true;
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s*$/.test(token)) return token;
      const lead = /^[“"(]+/.exec(token)?.[0] ?? '';
      const startsPhrase = phraseStart || lead.includes('“') || lead.includes('"');
      phraseStart = /[:?!.][”’")]*$/.test(token);
      const word = token.slice(lead.length);
      const bare = trimTrailing(word, ',;:?!.”’")');
      // Only an all-lower-case word changes: "iPhone", "US" and "VnExpress" are written as their owners write them.
      if (!/^\p{Ll}[\p{Ll}\p{M}'’.-]*$/u.test(bare)) return token;
      if (!startsPhrase && (STOP_WORDS.has(bare) || STOP_WORDS.has(trimTrailing(bare, '.')))) return token;
      return lead + word.charAt(0).toLocaleUpperCase('en') + word.slice(1);
    })
    .join('');
}

/** `text` without the run of `chars` at its end (a loop: a regex ending in "+$" is quadratic on long runs). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function isEnglish(language: string | null): boolean {
  return language !== null && /^en\b/i.test(language);
}
