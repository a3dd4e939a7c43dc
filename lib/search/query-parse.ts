// What the user typed, as the index needs it: phrases (the free words in order, each quoted phrase, each
// field-prefixed value), each a sequence of units; a unit is one word or an abbreviation with every spelling
// of its row. Words carry their folded form, their accented form when typed with diacritics (exact matches
// rank first), whether they are an acronym typed in capitals (matches only the same letters without
// diacritics: "DOC" is not "đọc") and whether they are the prefix being typed.
import { spellingAt, spellingsOfRow } from './abbreviations';
import { accentForm, forEachToken } from './tokenize';

export interface QueryWord {
  fold: string;
  /** The accented form as typed, or null when typed without diacritics. */
  accent: string | null;
  /** An acronym typed in capitals ("DOC", "EU"): only occurrences written without diacritics match. */
  literal: boolean;
  /** The last word while typing: matches any word it starts. */
  prefix: boolean;
}

export interface QueryUnit {
  /** Alternative word sequences; one of them fills the unit. */
  alts: QueryWord[][];
}

export type PhraseField = 'people' | 'agreements' | 'notes' | 'tags';

export interface QueryPhrase {
  units: QueryUnit[];
  /** Only this field (person:, agreement:, note:, tag:), or anywhere. */
  field: PhraseField | null;
  /** Quoted or field-prefixed: must match as a phrase, never as scattered words. */
  strict: boolean;
}

export interface ParsedQuery {
  phrases: QueryPhrase[];
  /** Folded values of site: prefixes (a domain or a site name). */
  sites: string[];
}

const PREFIXES: Record<string, PhraseField | 'site'> = {
  person: 'people',
  people: 'people',
  site: 'site',
  tag: 'tags',
  agreement: 'agreements',
  note: 'notes',
  notes: 'notes',
};

const OPEN_QUOTES = '"“„«';
const CLOSE_QUOTES = '"”“»';

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

interface RawPart {
  text: string;
  field: PhraseField | 'site' | null;
  quoted: boolean;
  /** The part reaches the end of the query with no closing quote or space after it: its last word is being typed. */
  open: boolean;
}

/** Split the typed text into free words, quoted phrases and prefixed values. One pass, no backtracking. */
function splitParts(text: string): RawPart[] {
  const parts: RawPart[] = [];
  const free: string[] = [];
  let freeOpen = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text[i]!)) i++;
    if (i >= n) break;
    let field: RawPart['field'] = null;
    const colon = /^(\p{L}+):/u.exec(text.slice(i, i + 12));
    if (colon && PREFIXES[colon[1]!.toLowerCase()] && i + colon[0].length < n && !isSpace(text[i + colon[0].length]!)) {
      field = PREFIXES[colon[1]!.toLowerCase()]!;
      i += colon[0].length;
    }
    if (OPEN_QUOTES.includes(text[i]!)) {
      const start = i + 1;
      let end = start;
      while (end < n && !CLOSE_QUOTES.includes(text[end]!)) end++;
      parts.push({ text: text.slice(start, end), field, quoted: true, open: end >= n });
      i = end + 1;
      freeOpen = false;
      continue;
    }
    const start = i;
    while (i < n && !isSpace(text[i]!)) i++;
    const word = text.slice(start, i);
    if (field) parts.push({ text: word, field, quoted: false, open: i >= n });
    else {
      free.push(word);
      freeOpen = i >= n;
      continue;
    }
    freeOpen = false;
  }
  if (free.length) parts.unshift({ text: free.join(' '), field: null, quoted: false, open: freeOpen });
  return parts;
}

const ACRONYM = /^[A-Z][A-Z0-9]+$/;

function wordsOf(text: string, open: boolean): QueryWord[] {
  const out: QueryWord[] = [];
  forEachToken(text, (fold, start, end, plain) => {
    const raw = text.slice(start, end);
    const accent = plain ? null : accentForm(raw);
    out.push({ fold, accent: accent === fold ? null : accent, literal: plain && ACRONYM.test(raw), prefix: false });
  });
  // The last word is a prefix only while it is being typed (nothing after it, not even a separator).
  if (open && out.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(text)) out[out.length - 1]!.prefix = true;
  return out;
}

/** Words into units, each abbreviation spelled any way its row allows. */
function unitsOf(words: QueryWord[]): QueryUnit[] {
  const folds = words.map((w) => w.fold);
  const units: QueryUnit[] = [];
  for (let i = 0; i < words.length;) {
    const hit = spellingAt(folds, i);
    if (!hit) {
      units.push({ alts: [[words[i]!]] });
      i++;
      continue;
    }
    const typed = words.slice(i, i + hit.length);
    const typedKey = folds.slice(i, i + hit.length).join(' ');
    const others = spellingsOfRow(hit.row)
      .filter((s) => s.join(' ') !== typedKey)
      .map((s) => s.map((fold): QueryWord => ({ fold, accent: null, literal: false, prefix: false })));
    units.push({ alts: [typed, ...others] });
    i += hit.length;
  }
  return units;
}

/** Several words and every one in capitals: typed with caps lock, not a list of acronyms. */
function capsLocked(text: string): boolean {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length > 1 && words.every((w) => w === w.toUpperCase());
}

/** Words of a query beyond this are ignored: matching stays cheap whatever is pasted into the box. */
export const MAX_QUERY_WORDS = 32;

export function parseSearch(text: string): ParsedQuery {
  const phrases: QueryPhrase[] = [];
  const sites: string[] = [];
  const parts = splitParts(text.length > 2000 ? text.slice(0, 2000) : text);
  let budget = MAX_QUERY_WORDS;
  const caps = capsLocked(
    parts
      .filter((p) => p.field !== 'site')
      .map((p) => p.text)
      .join(' '),
  );
  for (const part of parts) {
    if (part.field === 'site') {
      const words: string[] = [];
      forEachToken(part.text, (w) => {
        words.push(w);
      });
      if (words.length) sites.push(words.join(' '));
      continue;
    }
    const words = wordsOf(part.text, part.open).slice(0, budget);
    budget -= words.length;
    if (words.length === 0) continue;
    if (caps) for (const w of words) w.literal = false;
    phrases.push({ units: unitsOf(words), field: part.field, strict: part.quoted || part.field !== null });
  }
  return { phrases, sites };
}

/** Every word of the query, each alternative included (for candidate lookup and highlighting). */
export function queryWords(q: ParsedQuery): QueryWord[] {
  return q.phrases.flatMap((p) => p.units.flatMap((u) => u.alts.flat()));
}

/** The same query with acronyms matching any spelling (when the letters as typed find nothing). */
export function withoutLiterals(q: ParsedQuery): ParsedQuery | null {
  if (!queryWords(q).some((w) => w.literal)) return null;
  const loose = (w: QueryWord): QueryWord => ({ ...w, literal: false });
  return {
    ...q,
    phrases: q.phrases.map((p) => ({ ...p, units: p.units.map((u) => ({ alts: u.alts.map((a) => a.map(loose)) })) })),
  };
}
