// English pages: what a capitalised run is when it is not a name. English capitalises nationality adjectives,
// sentence-opening function words, titles and the heads of organisations and places, so a run of capitals there
// says far less than in Vietnamese. Each rule here is English grammar or the shape of a name, never a list of names.

import { COUNTRIES, PLACES, PROVINCES, STRONG_SURNAMES } from '../../lexicon';
import type { Mention } from './mentions';
import type { Token } from './tokens';
import { isFoldedVietSyllable, isVietSyllable } from './syllable';

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
    'attorney speaker leader envoy officer ceo founder commissioner councilor councillor counsellor counselor'
  ).split(' '),
);

/** Titles English writes as acronyms before a name ("PM Pham Minh Chinh", "Deputy PM Tran Hong Ha"). */
const ACRONYM_TITLES = new Set(['PM', 'DPM', 'FM', 'VP']);

/**
 * Portfolios a title names after "of" or before its head ("Secretary of State", "Minister of Foreign Affairs",
 * "Trade Minister"): part of the title, never of the name after it.
 */
const PORTFOLIOS = new Set(
  (
    'state affairs foreign home trade industry commerce health education justice security homeland energy labor ' +
    'labour transport transportation agriculture environment culture information communications planning ' +
    'investment public treasury economy science technology natural resources defence defense finance interior'
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
    'brotherhood district beach harbour harbor presse act front movement coalition alliance council initiative program programme project agreement summit conference ' +
    'passage bay gulf strait straits peninsula canyon lagoon reef desert boulevard plaza bridge tunnel highway bill browser'
  ).split(' '),
);

/**
 * The lower-case half of an English adjective compound ("Kroger-owned", "Islamist-led", "Communist-run"): a
 * participle or a closed set of combining words. Romanised Korean names keep theirs ("Choi Young-sam", "Jong-un").
 */
const ADJECTIVE_PART = /^(?:[a-z]+ed|run|born|made|like|style|wide|free|bound|era|friendly|speaking)$/;

/** Words that head a place's name before it ("Boulevard Montmartre", "Mount Everest", "Lake Taupo", "Cape Reinga"). */
const LEADING_PLACE_HEADS = new Set('boulevard rue avenue mount fort cape lake gulf bay'.split(' '));

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

const lowerCache = new WeakMap<readonly Token[], Set<string>>();
/** Words the text writes in lower case inside running text ("using", "treats"). */
function writtenLower(tokens: readonly Token[]): Set<string> {
  let words = lowerCache.get(tokens);
  if (!words) {
    words = new Set();
    for (const t of tokens) if (!t.cap && t.alpha && /[ \t\n]$/.test(t.gap)) words.add(t.low);
    lowerCache.set(tokens, words);
  }
  return words;
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
  inSide: (k: number) => boolean,
): Mention | { start: number; end: number; titled: boolean } | null {
  let start = m.start;
  const { end } = m;
  // Latin letters of any language but Vietnamese ("Whangārei", "Tāne"): a word with marks that is no Vietnamese
  // syllable.
  const latin = (k: number) =>
    /^[A-Za-z'’.]+$/.test(tokens[k]!.text) ||
    (/^[\p{Script=Latin}\p{M}'’.]+$/u.test(tokens[k]!.text) && !isVietSyllable(tokens[k]!.low));
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
    if (!HEAD_WORDS.has(owner) && !countries().has(owner) && !inSide(m.start - 1)) return null;
  }
  // "Credit Ashraf Shazly", "CreditKevin Frayer": a photo credit names who took the picture.
  if (/^Credit(?:\p{Lu}|$)/u.test(tokens[start]!.text)) return null;
  // "Using Chromium": a gerund the text also writes in lower case opens a sentence or a heading, not a name
  // ("Channing Tatum").
  if (/^[a-z]{2,}ing$/.test(low(start)) && writtenLower(tokens).has(low(start))) start++;
  if (start === end) return null;
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Bui Thanh Son": a run right after a title and
  // "of" opens with the title's portfolio.
  const ofTitle = titleOfBefore(tokens, start);
  let titled = false;
  while (
    start < end &&
    (FUNCTION_WORDS.has(low(start)) ||
      TITLE_WORDS.has(low(start)) ||
      ((titled || ofTitle) && PORTFOLIOS.has(low(start))))
  ) {
    titled ||= TITLE_WORDS.has(low(start)) && !MODIFIERS.has(low(start));
    start++;
  }
  if (start === end) return null;
  // "Foreign Relations", "Prime Time": a title's modifier alone before one more word opens no name ("State
  // Councilor Wang Yi" and "Secretary of State Antony Blinken" have a head or a title before).
  if (start > m.start && MODIFIERS.has(low(start - 1)) && !titled && !ofTitle && end - start < 2) return null;
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
  // A head closes a name before it ("Criminal Court"); alone it is a word or a surname ("Bà Park"). A place's head
  // and a compass word open a place ("Boulevard Montmartre", "South Taranaki", "Lower Manhattan").
  if (end - start >= 2 && HEAD_WORDS.has(low(end - 1))) return null;
  if (end - start >= 2 && (LEADING_PLACE_HEADS.has(low(start)) || COMPASS.has(low(start)))) return null;
  let from = start;
  while (from < end - 1 && COMPASS.has(low(from))) from++;
  const rest = tokens
    .slice(from, end)
    .map((t) => t.low)
    .join(' ');
  if (countries().has(rest)) return null;
  const byTitle = start > m.start && (TITLE_WORDS.has(low(start - 1)) || PORTFOLIOS.has(low(start - 1)));
  return start === m.start ? m : { start, end, titled: byTitle };
}

/** "Secretary of", "Minister of the": a title word and "of" (and an article) right before token k. */
function titleOfBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (j >= 0 && tokens[j]!.low === 'the' && /^[ \t]+$/.test(tokens[k]!.gap)) j--;
  return (
    j >= 1 &&
    tokens[j]!.low === 'of' &&
    /^[ \t]+$/.test(tokens[j + 1]!.gap) &&
    /^[ \t]+$/.test(tokens[j]!.gap) &&
    tokens[j - 1]!.cap &&
    TITLE_WORDS.has(tokens[j - 1]!.low)
  );
}

/** The mentions that stay people once English grammar is read (one pass; mentions without Latin-only words pass). */
export function englishMentions(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  inSide: (k: number) => boolean = () => false,
): Mention[] {
  const out: Mention[] = [];
  // "the Tor Browser", "The Cambridge Analytica scandal": English sets no article before a person's name, so a name
  // once written after one is a thing's, wherever it stands.
  const things = new Set<string>();
  // (English prose only: "an" is a Vietnamese word, "công an Nguyễn Văn B" a policeman.)
  const english = englishText(tokens);
  for (const m of mentions) {
    const range = englishRange(tokens, m, inSide);
    if (!range) continue;
    const kept = range === m ? m : 'titled' in range ? { ...m, start: range.start, end: range.end } : null;
    if (!kept) continue;
    // (and its tails of two words or more: "Flag Code" of "The Federal Flag Code").
    if (english && !('titled' in range && range.titled) && afterArticle(tokens, m.start, kept.start))
      for (let k = kept.start; k <= kept.end - 2; k++) things.add(keyOf(tokens, { start: k, end: kept.end }));
    // A title announced the name: as strong as a Vietnamese title before a single word ("President Obama").
    out.push(range === m ? m : { ...kept, triggered: m.triggered || ('titled' in range && range.titled) });
  }
  const named = things.size > 0 ? out.filter((m) => !things.has(keyOf(tokens, m))) : out;
  return english ? withEnglishNames(tokens, named, inSide) : named;
}

const keyOf = (tokens: readonly Token[], m: { start: number; end: number }) =>
  tokens
    .slice(m.start, m.end)
    .map((t) => t.low)
    .join(' ');

/** English articles ("a" is left out: a preposition in Spanish, a conjunction in Czech). */
const ARTICLES = new Set(['the', 'an']);

/** An article right before the name, inside its run or before it ("The Cambridge Analytica", "the Tor Browser"). */
function afterArticle(tokens: readonly Token[], runStart: number, nameStart: number): boolean {
  if (nameStart === runStart + 1 && ARTICLES.has(tokens[runStart]!.low)) return true;
  if (nameStart !== runStart || runStart === 0 || !/^[ \t]+$/.test(tokens[runStart]!.gap)) return false;
  const before = tokens[runStart - 1]!;
  return ARTICLES.has(before.low);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

let folded: { surnames: Set<string>; places: Set<string> } | null = null;
/** The strong surnames and the Vietnamese places of the lexicon without their marks ("nguyen", "ha long"). */
function foldedLexicon(): { surnames: Set<string>; places: Set<string> } {
  if (!folded) {
    const places = new Set<string>();
    for (const p of PLACES) places.add(fold(p));
    for (const p of PROVINCES) for (const f of [p.name, ...p.forms]) places.add(fold(f));
    folded = { surnames: new Set(STRONG_SURNAMES.map(fold)), places };
  }
  return folded;
}

/** Share of words with letters beyond ASCII under which a text is read as English (Vietnamese prose: about half). */
const ENGLISH_MARKED_SHARE = 0.1;

/**
 * An English text: few of its words carry marks. Vietnamese writes many names and places without any ("Quang
 * Trung", "Cao Minh"), so a marks-less Vietnamese name is read only where the prose is not Vietnamese.
 */
function englishText(tokens: readonly Token[]): boolean {
  let words = 0;
  let marked = 0;
  for (const t of tokens) {
    if (!t.alpha) continue;
    words++;
    if (!/^[A-Za-z'’]+$/.test(t.text)) marked++;
  }
  return words > 0 && marked < words * ENGLISH_MARKED_SHARE;
}

/** A capitalised word of ASCII letters only (no acronym): how English pages write names, Vietnamese ones too. */
const asciiWord = (t: Token) => t.cap && !t.upper && /^[A-Za-z]{2,}$/.test(t.text);

/**
 * Names the Vietnamese rules cannot see on an English page, added to the mentions (a name already found is kept as
 * found; a mention inside a longer one found here gives way to it):
 * - a Vietnamese name written without its marks, anywhere in a capitalised run ("Vietnam's Pham Minh Chinh", "PM
 *   Pham Minh Chinh", "Minister of Planning and Investment Nguyen Chi Dung"): a strong surname of the lexicon less
 *   its marks, then one to three words that are Vietnamese syllables less their marks, to the run's end, and no
 *   place of the gazetteer ("Ha Long", "Cao Bang");
 * - a name of two words or more after an English title that the mention rules left ("Secretary-General Antonio
 *   Guterres", "PM Rishi Sunak").
 */
function withEnglishNames(tokens: readonly Token[], found: Mention[], inSide: (k: number) => boolean): Mention[] {
  const lex = foldedLexicon();
  const added: Mention[] = [];
  const spaced = (k: number) => /^[ \t]+$/.test(tokens[k]!.gap);
  for (let i = 0; i < tokens.length; i++) {
    if (
      !asciiWord(tokens[i]!) ||
      (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.upper && /^[ \t-]+$/.test(tokens[i]!.gap))
    )
      continue;
    // The capitalised run [i, end), words joined by spaces or hyphens ("Secretary-General").
    let end = i + 1;
    while (end < tokens.length && end - i < 10 && asciiWord(tokens[end]!) && /^(?:[ \t]+|-)$/.test(tokens[end]!.gap))
      end++;
    const afterAcronym = i > 0 && ACRONYM_TITLES.has(tokens[i - 1]!.text) && spaced(i);
    let candidate: Mention | null = null;
    // A Vietnamese name at the run's end (not a hyphenated one: "Han Dong-hoon" is Korean).
    const hyphenAfter = end < tokens.length && /^[-‐‑]$/.test(tokens[end]!.gap);
    for (let s = i; s <= end - 2 && !candidate && !hyphenAfter; s++) {
      if (!lex.surnames.has(tokens[s]!.low) || end - s > 4) continue;
      let ok = true;
      for (let k = s + 1; k < end && ok; k++) ok = spaced(k) && isFoldedVietSyllable(tokens[k]!.low);
      // Words before it in the run are a title or a portfolio, not more of a Vietnamese name ("Ha Long Bay").
      if (ok && s > i) ok = !isFoldedVietSyllable(tokens[s - 1]!.low) || TITLE_WORDS.has(tokens[s - 1]!.low);
      const key = tokens
        .slice(s, end)
        .map((t) => t.low)
        .join(' ');
      for (let k = s + 2; k <= end && ok; k++)
        ok = !lex.places.has(
          tokens
            .slice(s, k)
            .map((t) => t.low)
            .join(' '),
        );
      if (ok && !lex.places.has(key)) candidate = { start: s, end, foreign: false, triggered: true, titles: [] };
    }
    // A name after a title of the run or an acronym title.
    if (!candidate && (afterAcronym || TITLE_WORDS.has(tokens[i]!.low))) {
      const range = englishRange(tokens, { start: i, end, foreign: true, triggered: false, titles: [] }, inSide);
      if (range && range.end - range.start >= 2 && (afterAcronym || ('titled' in range && range.titled)))
        candidate = { start: range.start, end: range.end, foreign: true, triggered: true, titles: [] };
    }
    const runStart = i;
    i = end - 1;
    if (!candidate) continue;
    const c = candidate;
    let inSideName = false;
    for (let k = c.start; k < c.end; k++) inSideName ||= inSide(k);
    if (inSideName) continue;
    // Mentions inside the run give way to the Vietnamese name ("Investment Nguyen Chi Dung" is "Nguyen Chi Dung");
    // to a titled name only those inside it. A mention reaching out of that scope, or the same name, is kept.
    const [from, to] = c.foreign ? [c.start, c.end] : [runStart, end];
    const overlapping = found.filter((m) => m.start < c.end && c.start < m.end);
    if (overlapping.some((m) => m.start < from || m.end > to || (m.start === c.start && m.end === c.end))) continue;
    c.titles = overlapping.flatMap((m) => m.titles.filter((t) => t.end <= c.start || t.start >= c.end));
    added.push(c);
  }
  if (added.length === 0) return found;
  const kept = found.filter((m) => !added.some((c) => m.start < c.end && c.start < m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
