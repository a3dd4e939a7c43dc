// English pages: what a capitalised run is when it is not a name. English capitalises nationality adjectives,
// sentence-opening function words, titles and the heads of organisations and places, so a run of capitals there
// says far less than in Vietnamese. Each rule here is English grammar or the shape of a name, never a list of names.

import { COUNTRIES } from '../../lexicon';
import type { Mention } from './mentions';
import type { Token } from './tokens';

/** Function words that open a sentence in capitals ("If Sudan", "Many Tunisians", "When Obama"): never a name part. */
const FUNCTION_WORDS = new Set(
  (
    'if many when the this that these those some most all both after before while as at in on for but and or then ' +
    'there here it its his her their our we they he she you under over with without from by of since although ' +
    'though because during meanwhile yesterday today last next every each other another such what why how where ' +
    'who whom which not no yes unlike despite among between against into onto upon via per like once even still ' +
    'also only just more less few several any none neither either whether than until unless'
  ).split(' '),
);

/** English titles written before a name ("President-elect Donald J. Trump", "Prime Minister Tony Abbott"). */
const TITLE_WORDS = new Set(
  (
    'president elect vice prime minister secretary senator sen rep representative governor gov mayor king queen ' +
    'prince princess pope chancellor general gen ambassador chairman chairwoman chair chief judge justice ' +
    'emir sultan premier deputy former late mr mrs ms dr professor prof lieutenant colonel col major captain ' +
    'admiral sergeant commander director spokesman spokeswoman foreign defence defense finance interior state ' +
    'attorney speaker leader envoy officer ceo founder commissioner'
  ).split(' '),
);

/** Title words that only qualify the next one ("Foreign Minister", "Vice President"). */
const MODIFIERS = new Set(
  'vice prime foreign defence defense finance interior state deputy former late attorney'.split(' '),
);

/** Nationality adjectives the country names do not give by a regular ending. */
const IRREGULAR_DEMONYMS = new Set(
  (
    'american british english french dutch german greek swiss thai welsh irish scottish scots filipino afghan ' +
    'spanish swedish danish finnish polish turkish norwegian peruvian european african asian arab arabian soviet ' +
    'palestinian kurdish kurd western eastern northern southern latino hispanic'
  ).split(' '),
);

/**
 * Words that head an organisation, a place or a thing in English: a run ending with one is no person. Heads that
 * are also common surnames (Hall, House, Park, Church, Law, Post, Lake…) are left out: "Regina Hall" is a person.
 */
const HEAD_WORDS = new Set(
  (
    'court courts rights state states foods party council committee ministry department agency bank university ' +
    'college school hospital institute museum army forces force police news times images club league ' +
    'union association organization organisation foundation fund nations republic kingdom government office ' +
    'senate congress parliament assembly commission authority service services airport airlines airways company ' +
    'group street road avenue square river island islands sea ocean mountains valley city county province region ' +
    'coast center centre network channel magazine journal tribune herald review online media stores store ' +
    'motors market markets exchange games cup festival prize award awards corp inc ltd co council treaty accord act ' +
    'bureau mosque temple palace prison airport station stadium brigade brigades ' +
    'brotherhood district beach harbour harbor presse act front movement coalition alliance council initiative program programme project agreement summit conference'
  ).split(' '),
);

/**
 * The lower-case half of an English adjective compound ("Kroger-owned", "Islamist-led", "Communist-run"): a
 * participle or a closed set of combining words. Romanised Korean names keep theirs ("Choi Young-sam", "Jong-un").
 */
const ADJECTIVE_PART = /^(?:[a-z]+ed|run|born|made|like|style|wide|free|bound|era|friendly|speaking)$/;

/** Compass words before a country or place: a region ("South Sudan", "Northern Ireland"). */
const COMPASS = new Set('north south east west northern southern eastern western central upper lower'.split(' '));

let countryWords: Set<string> | null = null;
/** Lower-case country forms of the lexicon ("sudan", "tunisia", "united states"). */
function countries(): Set<string> {
  if (!countryWords) {
    countryWords = new Set();
    for (const c of COUNTRIES) for (const f of c.forms) countryWords.add(f.replace(/^~/, '').toLowerCase());
  }
  return countryWords;
}

const DEMONYM_ENDINGS = ['ese', 'ian', 'ean', 'an', 'ish', 'i', 'n'];
const STEM_ENDINGS = ['', 'a', 'ia', 'e', 'o', 'y', 'ea'];

/**
 * A nationality adjective or demonym ("Sudanese", "Tunisians", "Pakistani"): the word less a demonym ending is a
 * country of the lexicon, with the ending that country's name drops. The country's own name is no demonym
 * ("Jordan").
 */
export function isDemonym(low: string): boolean {
  if (IRREGULAR_DEMONYMS.has(low)) return true;
  if (!/^[a-z]+$/.test(low)) return false;
  const known = countries();
  const word = low.endsWith('s') && !low.endsWith('ss') ? low.slice(0, -1) : low;
  if (known.has(word)) return false;
  if (IRREGULAR_DEMONYMS.has(word)) return true;
  for (const ending of DEMONYM_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    for (const end of STEM_ENDINGS) if (known.has(stem + end)) return true;
  }
  return false;
}

/**
 * "Anthony Albanese": an adjective stands before its noun, so a singular word of a demonym's shape that closes a
 * run after a word that is no demonym, compass word, title or function word is a surname, not a nationality
 * (a plural, "Young Tunisians", "South Sudanese", "Many Sudanese" and the irregular adjectives are still none).
 */
function surnameLikeDemonym(low: (k: number) => string, start: number, k: number, end: number): boolean {
  if (k !== end - 1 || k === start) return false;
  const word = low(k);
  const before = low(k - 1);
  if (IRREGULAR_DEMONYMS.has(word) || (word.endsWith('s') && !word.endsWith('ss'))) return false;
  return !isDemonym(before) && !COMPASS.has(before) && !TITLE_WORDS.has(before) && !FUNCTION_WORDS.has(before);
}

/**
 * The English reading of a mention: its name range once function words and titles before it are left out, or null
 * when the run is no person (a demonym or a hyphen compound of one, "Kroger-owned", a run ending with an
 * organisation's or a place's head, a country or a region, a title alone). Mentions with Vietnamese letters are
 * left as they are.
 */
function englishRange(
  tokens: readonly Token[],
  m: Mention,
): Mention | { start: number; end: number; titled: boolean } | null {
  let start = m.start;
  const { end } = m;
  const latin = (k: number) => /^[A-Za-z'’.]+$/.test(tokens[k]!.text);
  for (let k = m.start; k < m.end; k++) if (!latin(k)) return m;
  const low = (k: number) => tokens[k]!.low;
  // "Kroger-owned", "pro-Trump": a hyphen compound with a lower-case word is an adjective.
  const after = tokens[end];
  if (after && /^[-‐‑]$/.test(after.gap) && ADJECTIVE_PART.test(after.low)) return null;
  if (/^[-‐‑]$/.test(tokens[start]!.gap) && start > 0 && !tokens[start - 1]!.cap) return null;
  // After a possessive (tokens.ts leaves the "'s" in the gap): a person's possessive names a thing ("Ma Rainey's
  // Black Bottom", "Shakespeare's Hamlet"); a place's or a body's introduces a person ("Silicon Valley's Kumail
  // Nanjiani", "Britain's Theresa May"), and mentions.ts decides by the owner's context.
  if (/^['’]s[ \t]/.test(tokens[m.start]!.gap) && m.start > 0 && tokens[m.start - 1]!.cap) {
    const owner = low(m.start - 1);
    if (!HEAD_WORDS.has(owner) && !countries().has(owner)) return null;
  }
  // "Credit Ashraf Shazly", "CreditKevin Frayer": a photo credit names who took the picture.
  if (/^Credit(?:\p{Lu}|$)/u.test(tokens[start]!.text)) return null;
  while (start < end && (FUNCTION_WORDS.has(low(start)) || TITLE_WORDS.has(low(start)))) start++;
  if (start === end) return null;
  // "Foreign Relations", "Prime Time": a title's modifier alone before the rest opens no name.
  if (start > m.start && MODIFIERS.has(low(start - 1))) return null;
  // "Communications Minister Malcolm Turnbull": words before a title word are the title's, when a name of two or
  // more words follows it ("Martin Luther King Jr" keeps its "King").
  for (let k = start; k < end - 2; k++) if (TITLE_WORDS.has(low(k))) start = k + 1;
  // A demonym or an adjective compound ("Mercer Island-based Dana F. Besecker") before a name of two or more
  // words qualifies it; anywhere else the run is no person.
  for (let k = start; k < end; k++) {
    const adjective = isDemonym(low(k)) || (k > start && /^[-‐‑]$/.test(tokens[k]!.gap) && ADJECTIVE_PART.test(low(k)));
    if (!adjective || surnameLikeDemonym(low, start, k, end)) continue;
    if (end - k - 1 < 2) return null;
    start = k + 1;
  }
  // A head closes a name before it ("Criminal Court"); alone it is a word or a surname ("Bà Park").
  if (end - start >= 2 && HEAD_WORDS.has(low(end - 1))) return null;
  let from = start;
  while (from < end - 1 && COMPASS.has(low(from))) from++;
  const rest = tokens
    .slice(from, end)
    .map((t) => t.low)
    .join(' ');
  if (countries().has(rest)) return null;
  return start === m.start ? m : { start, end, titled: start > m.start && TITLE_WORDS.has(low(start - 1)) };
}

/** The mentions that stay people once English grammar is read (one pass; mentions without Latin-only words pass). */
export function englishMentions(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const range = englishRange(tokens, m);
    if (!range) continue;
    if (range === m) out.push(m);
    // A title announced the name: as strong as a Vietnamese title before a single word ("President Obama").
    else if ('titled' in range)
      out.push({ ...m, start: range.start, end: range.end, triggered: m.triggered || range.titled });
  }
  return out;
}
